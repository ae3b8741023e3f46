"""Booking, cancelling, rescheduling and closing appointments through the services."""

from __future__ import annotations

import zoneinfo
from datetime import time, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.test import override_settings
from django.utils import timezone

from clinic.models import Appointment, AppointmentStatus
from clinic.services import (
    appointment_book,
    appointment_cancel,
    appointment_mark_fulfilled,
    appointment_mark_no_show,
    appointment_reschedule,
)
from compliance.models import AuditEvent
from config.errors import Conflict, Forbidden, InvalidInput, NotFound
from tests.clinic.factories import AppointmentFactory, AvailabilityRuleFactory
from tests.clinic.helpers import local_slot

pytestmark = pytest.mark.django_db


def local_tz(clinic) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(clinic.location.timezone)


def book(clinic, *, actor=None, patient=None, start=None, **kwargs):
    return appointment_book(
        actor=actor or clinic.front_desk,
        patient_id=(patient or clinic.patient).pk,
        practitioner_id=kwargs.pop("practitioner_id", clinic.practitioner.pk),
        start=start or local_slot(clinic.location),
        **kwargs,
    )


def test_front_desk_books_a_free_slot_and_the_booking_is_audited(clinic_a) -> None:
    start = local_slot(clinic_a.location, hour=10)
    appointment = book(clinic_a, start=start, reason="Follow-up")

    appointment.refresh_from_db()
    assert appointment.status == AppointmentStatus.BOOKED
    assert appointment.start == start
    assert appointment.end == start + timedelta(minutes=30)
    assert appointment.location == clinic_a.location
    assert appointment.reason == "Follow-up"
    assert appointment.booked_by == clinic_a.front_desk
    event = AuditEvent.objects.get(entity_type="Appointment", entity_id=str(appointment.pk))
    assert event.action == "create"
    assert event.patient_id == clinic_a.patient.pk
    assert event.actor_id == clinic_a.front_desk.pk


def test_patient_books_for_themselves(clinic_a) -> None:
    appointment = book(clinic_a, actor=clinic_a.patient.user)
    assert appointment.patient == clinic_a.patient


def test_patient_cannot_book_for_another_patient(clinic_a) -> None:
    with pytest.raises(NotFound):
        book(clinic_a, actor=clinic_a.patient.user, patient=clinic_a.other_patient)
    assert Appointment.objects.count() == 0


def test_front_desk_cannot_book_for_another_organizations_patient(clinic_a, clinic_b) -> None:
    with pytest.raises(NotFound):
        book(clinic_a, patient=clinic_b.patient)
    assert Appointment.objects.count() == 0


def test_booking_with_another_organizations_practitioner_is_refused(clinic_a, clinic_b) -> None:
    with pytest.raises(NotFound, match="Practitioner not found"):
        book(
            clinic_a,
            practitioner_id=clinic_b.practitioner.pk,
            start=local_slot(clinic_b.location),
        )
    assert Appointment.objects.count() == 0


def test_auditor_cannot_book(clinic_a) -> None:
    with pytest.raises(Forbidden):
        book(clinic_a, actor=clinic_a.auditor)
    assert Appointment.objects.count() == 0


def test_booking_an_unknown_practitioner_gets_a_clear_error(clinic_a) -> None:
    with pytest.raises(NotFound, match="Practitioner not found"):
        book(clinic_a, practitioner_id=999999)
    with pytest.raises(InvalidInput, match="Practitioner must be an id"):
        book(clinic_a, practitioner_id="abc")
    assert Appointment.objects.count() == 0


def test_booking_a_slot_in_the_past_is_refused_and_changes_nothing(clinic_a) -> None:
    with pytest.raises(InvalidInput, match="in the past"):
        book(clinic_a, start=local_slot(clinic_a.location, days_ahead=-1))
    assert Appointment.objects.count() == 0
    assert not AuditEvent.objects.filter(entity_type="Appointment").exists()


def test_booking_a_time_that_is_not_a_slot_is_refused(clinic_a) -> None:
    with pytest.raises(InvalidInput, match="not an available slot"):
        book(clinic_a, start=local_slot(clinic_a.location, hour=10, minute=10))
    with pytest.raises(InvalidInput, match="not an available slot"):
        book(clinic_a, start=local_slot(clinic_a.location, hour=12))  # lunch break
    with pytest.raises(InvalidInput, match="not an available slot"):
        book(clinic_a, start=local_slot(clinic_a.location, hour=20))
    assert Appointment.objects.count() == 0


def test_naive_or_malformed_start_times_are_refused(clinic_a) -> None:
    naive = local_slot(clinic_a.location).replace(tzinfo=None)
    with pytest.raises(InvalidInput, match="time zone"):
        book(clinic_a, start=naive)
    with pytest.raises(InvalidInput, match="not a valid date"):
        book(clinic_a, start="next tuesday")
    assert Appointment.objects.count() == 0


def test_an_iso_string_start_is_accepted(clinic_a) -> None:
    start = local_slot(clinic_a.location, hour=11)
    appointment = book(clinic_a, start=start.isoformat())
    assert appointment.start == start


def test_the_same_slot_cannot_be_booked_twice(clinic_a) -> None:
    start = local_slot(clinic_a.location)
    first = book(clinic_a, start=start)
    with pytest.raises(Conflict, match="no longer available"):
        book(clinic_a, patient=clinic_a.other_patient, start=start)
    assert list(Appointment.objects.values_list("pk", flat=True)) == [first.pk]


def test_a_longer_slot_overlapping_a_booking_is_refused(clinic_a) -> None:
    ten = local_slot(clinic_a.location, hour=10)
    hour_rule = AvailabilityRuleFactory(
        practitioner__organization=clinic_a.organization,
        location=clinic_a.location,
        weekday=ten.astimezone(local_tz(clinic_a)).weekday(),
        start_time=time(10, 0),
        end_time=time(12, 0),
        slot_minutes=60,
        break_start=None,
        break_end=None,
    )
    # A 30-minute booking at 10:30 (made before the rule changed) blocks the 10:00-11:00 slot.
    AppointmentFactory(
        patient=clinic_a.other_patient,
        practitioner=hour_rule.practitioner,
        location=clinic_a.location,
        start=ten + timedelta(minutes=30),
    )
    with pytest.raises(Conflict, match="no longer available"):
        book(clinic_a, practitioner_id=hour_rule.practitioner.pk, start=ten)
    assert Appointment.objects.count() == 1


def test_a_patient_cannot_hold_two_overlapping_appointments(clinic_a) -> None:
    start = local_slot(clinic_a.location)
    book(clinic_a, start=start)
    second_practitioner = AvailabilityRuleFactory(
        practitioner__organization=clinic_a.organization,
        location=clinic_a.location,
        weekday=start.astimezone(local_tz(clinic_a)).weekday(),
    ).practitioner
    with pytest.raises(Conflict, match="already has an appointment"):
        book(clinic_a, practitioner_id=second_practitioner.pk, start=start)
    assert Appointment.objects.count() == 1


def test_a_cancelled_slot_can_be_booked_again(clinic_a) -> None:
    start = local_slot(clinic_a.location)
    first = book(clinic_a, start=start)
    appointment_cancel(actor=clinic_a.front_desk, appointment_id=first.pk)
    second = book(clinic_a, patient=clinic_a.other_patient, start=start)
    assert second.status == AppointmentStatus.BOOKED
    assert Appointment.objects.filter(status=AppointmentStatus.BOOKED).count() == 1


def test_patient_cancels_before_the_cutoff(clinic_a) -> None:
    appointment = book(clinic_a, start=local_slot(clinic_a.location, days_ahead=3))
    cancelled = appointment_cancel(actor=clinic_a.patient.user, appointment_id=appointment.pk)
    cancelled.refresh_from_db()
    assert cancelled.status == AppointmentStatus.CANCELLED
    assert cancelled.cancelled_by == clinic_a.patient.user
    assert cancelled.cancelled_at is not None


@override_settings(CLINIC_CANCEL_CUTOFF_HOURS=24)
def test_patient_cannot_cancel_after_the_cutoff_and_nothing_changes(clinic_a) -> None:
    appointment = AppointmentFactory(
        patient=clinic_a.patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=timezone.now() + timedelta(hours=5),
    )
    with pytest.raises(InvalidInput, match="24 hours") as error:
        appointment_cancel(actor=clinic_a.patient.user, appointment_id=appointment.pk)
    assert error.value.code == "cutoff_passed"
    appointment.refresh_from_db()
    assert appointment.status == AppointmentStatus.BOOKED
    assert appointment.cancelled_at is None


@override_settings(CLINIC_CANCEL_CUTOFF_HOURS=2)
def test_the_cutoff_is_configurable(clinic_a) -> None:
    appointment = AppointmentFactory(
        patient=clinic_a.patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=timezone.now() + timedelta(hours=5),
    )
    appointment_cancel(actor=clinic_a.patient.user, appointment_id=appointment.pk)
    appointment.refresh_from_db()
    assert appointment.status == AppointmentStatus.CANCELLED


def test_front_desk_may_cancel_inside_the_cutoff_but_not_after_the_start(clinic_a) -> None:
    soon = AppointmentFactory(
        patient=clinic_a.patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=timezone.now() + timedelta(hours=1),
    )
    appointment_cancel(actor=clinic_a.front_desk, appointment_id=soon.pk)
    started = AppointmentFactory(
        patient=clinic_a.other_patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=timezone.now() - timedelta(minutes=5),
    )
    with pytest.raises(InvalidInput, match="already started"):
        appointment_cancel(actor=clinic_a.front_desk, appointment_id=started.pk)
    started.refresh_from_db()
    assert started.status == AppointmentStatus.BOOKED


def test_cancelling_twice_is_a_conflict(clinic_a) -> None:
    appointment = book(clinic_a)
    appointment_cancel(actor=clinic_a.front_desk, appointment_id=appointment.pk)
    with pytest.raises(Conflict, match="cancelled"):
        appointment_cancel(actor=clinic_a.front_desk, appointment_id=appointment.pk)


def test_patient_cannot_cancel_another_patients_appointment(clinic_a) -> None:
    appointment = book(clinic_a, patient=clinic_a.other_patient)
    with pytest.raises(NotFound):
        appointment_cancel(actor=clinic_a.patient.user, appointment_id=appointment.pk)
    appointment.refresh_from_db()
    assert appointment.status == AppointmentStatus.BOOKED


def test_staff_cannot_cancel_another_organizations_appointment(clinic_a, clinic_b) -> None:
    appointment = book(clinic_b)
    with pytest.raises(NotFound):
        appointment_cancel(actor=clinic_a.front_desk, appointment_id=appointment.pk)
    appointment.refresh_from_db()
    assert appointment.status == AppointmentStatus.BOOKED


def test_reschedule_moves_the_booking_and_links_old_and_new(clinic_a) -> None:
    old = book(clinic_a, start=local_slot(clinic_a.location, hour=10))
    new_start = local_slot(clinic_a.location, days_ahead=4, hour=14)
    new = appointment_reschedule(
        actor=clinic_a.patient.user, appointment_id=old.pk, new_start=new_start
    )
    old.refresh_from_db()
    assert old.status == AppointmentStatus.CANCELLED
    assert new.status == AppointmentStatus.BOOKED
    assert new.start == new_start
    assert new.rescheduled_from == old
    assert new.reason == old.reason
    actions = set(
        AuditEvent.objects.filter(entity_type="Appointment").values_list("action", "entity_id")
    )
    assert ("update", str(old.pk)) in actions
    assert ("create", str(new.pk)) in actions


def test_reschedule_into_a_taken_slot_keeps_the_old_booking(clinic_a) -> None:
    old = book(clinic_a, start=local_slot(clinic_a.location, hour=10))
    taken = local_slot(clinic_a.location, hour=11)
    book(clinic_a, patient=clinic_a.other_patient, start=taken)
    with pytest.raises(Conflict, match="no longer available"):
        appointment_reschedule(actor=clinic_a.front_desk, appointment_id=old.pk, new_start=taken)
    old.refresh_from_db()
    assert old.status == AppointmentStatus.BOOKED
    assert old.cancelled_at is None
    assert Appointment.objects.filter(status=AppointmentStatus.BOOKED).count() == 2


def test_reschedule_into_the_past_keeps_the_old_booking(clinic_a) -> None:
    old = book(clinic_a)
    with pytest.raises(InvalidInput, match="in the past"):
        appointment_reschedule(
            actor=clinic_a.front_desk,
            appointment_id=old.pk,
            new_start=local_slot(clinic_a.location, days_ahead=-2),
        )
    old.refresh_from_db()
    assert old.status == AppointmentStatus.BOOKED


def test_reschedule_to_an_overlapping_later_slot_of_the_same_booking_works(clinic_a) -> None:
    old = book(clinic_a, start=local_slot(clinic_a.location, hour=10))
    new = appointment_reschedule(
        actor=clinic_a.front_desk,
        appointment_id=old.pk,
        new_start=local_slot(clinic_a.location, hour=10, minute=30),
    )
    assert new.status == AppointmentStatus.BOOKED


def test_staff_mark_a_started_appointment_fulfilled_or_no_show(clinic_a) -> None:
    past = [
        AppointmentFactory(
            patient=patient,
            practitioner=clinic_a.practitioner,
            location=clinic_a.location,
            start=timezone.now() - timedelta(hours=hours),
        )
        for patient, hours in ((clinic_a.patient, 2), (clinic_a.other_patient, 3))
    ]
    appointment_mark_fulfilled(actor=clinic_a.clinician, appointment_id=past[0].pk)
    appointment_mark_no_show(actor=clinic_a.front_desk, appointment_id=past[1].pk)
    past[0].refresh_from_db()
    past[1].refresh_from_db()
    assert past[0].status == AppointmentStatus.FULFILLED
    assert past[1].status == AppointmentStatus.NO_SHOW


def test_a_future_appointment_cannot_be_marked_fulfilled(clinic_a) -> None:
    appointment = book(clinic_a)
    with pytest.raises(InvalidInput, match="once it has started"):
        appointment_mark_fulfilled(actor=clinic_a.clinician, appointment_id=appointment.pk)
    appointment.refresh_from_db()
    assert appointment.status == AppointmentStatus.BOOKED


def test_patient_cannot_mark_their_own_appointment_fulfilled(clinic_a) -> None:
    appointment = AppointmentFactory(
        patient=clinic_a.patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=timezone.now() - timedelta(hours=1),
    )
    with pytest.raises(Forbidden):
        appointment_mark_fulfilled(actor=clinic_a.patient.user, appointment_id=appointment.pk)
    appointment.refresh_from_db()
    assert appointment.status == AppointmentStatus.BOOKED


def test_the_database_refuses_two_active_rows_for_one_practitioner_start(clinic_a) -> None:
    start = local_slot(clinic_a.location)
    AppointmentFactory(
        patient=clinic_a.patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=start,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        AppointmentFactory(
            patient=clinic_a.other_patient,
            practitioner=clinic_a.practitioner,
            location=clinic_a.location,
            start=start,
        )
