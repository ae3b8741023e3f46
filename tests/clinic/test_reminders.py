"""Reminder e-mails: sent once per appointment, with no clinical details."""

from __future__ import annotations

import threading
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.db import connections
from django.utils import timezone

from clinic import reminders, tasks
from clinic.models import Appointment, AppointmentStatus
from compliance.models import AuditEvent
from config.beat import BEAT_SCHEDULE
from tests.clinic.factories import AppointmentFactory, PractitionerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def due(clinic_a) -> Appointment:
    practitioner = PractitionerFactory(
        organization=clinic_a.organization, family_name="Oncologist", specialty="cardiology"
    )
    return AppointmentFactory(
        patient=clinic_a.patient,
        practitioner=practitioner,
        location=clinic_a.location,
        start=timezone.now() + timedelta(hours=3),
        reason="Chest pain follow-up",
    )


def test_the_beat_task_sends_a_due_reminder_to_the_patient(clinic_a, due) -> None:
    assert tasks.send_due_reminders.delay().get() == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [clinic_a.patient.email]
    assert clinic_a.location.name in message.body
    due.refresh_from_db()
    assert due.reminder_sent_at is not None
    event = AuditEvent.objects.get(action="export", entity_id=str(due.pk))
    assert event.actor_id is None
    assert event.patient_id == clinic_a.patient.pk


def test_the_reminder_holds_no_name_practitioner_or_reason(clinic_a, due) -> None:
    reminders.send_due_reminders()
    text = mail.outbox[0].subject + mail.outbox[0].body
    for secret in ("Alice", "Anderson", "Oncologist", "Chest pain", "Cardiology", "cardiology"):
        assert secret not in text


def test_running_the_task_twice_sends_one_reminder(due) -> None:
    assert reminders.send_due_reminders() == 1
    assert reminders.send_due_reminders() == 0
    assert len(mail.outbox) == 1


def test_two_workers_racing_for_the_same_reminder_send_one(due) -> None:
    ids = reminders.due_reminder_ids()  # both workers saw the same due list
    assert ids == [due.pk]
    assert [reminders.send_reminder(pk) for pk in ids + ids] == [True, False]
    assert len(mail.outbox) == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_claims_on_postgres_have_exactly_one_winner(due) -> None:
    barrier = threading.Barrier(4)
    results: list[bool] = []

    def worker() -> None:
        try:
            barrier.wait(timeout=10)
            results.append(reminders.claim_reminder(due.pk))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(results) == [False, False, False, True]


def test_a_failed_send_releases_the_claim_for_a_retry(due) -> None:
    with mock.patch("clinic.reminders.send_mail", side_effect=ConnectionError("smtp down")):
        assert reminders.send_due_reminders() == 0
    due.refresh_from_db()
    assert due.reminder_sent_at is None
    assert reminders.send_due_reminders() == 1
    assert len(mail.outbox) == 1


def test_appointments_outside_the_lead_time_or_not_booked_get_no_reminder(clinic_a) -> None:
    common = {"patient": clinic_a.patient, "location": clinic_a.location}
    AppointmentFactory(start=timezone.now() + timedelta(days=3), **common)
    AppointmentFactory(start=timezone.now() - timedelta(hours=1), **common)
    AppointmentFactory(
        start=timezone.now() + timedelta(hours=2), status=AppointmentStatus.CANCELLED, **common
    )
    assert reminders.send_due_reminders() == 0
    assert mail.outbox == []


def test_the_reminder_task_is_scheduled_in_beat_without_arguments() -> None:
    entry = BEAT_SCHEDULE["clinic-send-due-reminders"]
    assert entry["task"] == tasks.send_due_reminders.name
    assert "args" not in entry
    assert "kwargs" not in entry
