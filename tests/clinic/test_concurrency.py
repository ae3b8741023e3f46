"""No double booking under real concurrency: several threads, one slot, PostgreSQL.

Each thread runs on its own database connection and books the same practitioner and start
for a different patient at the same moment (a barrier releases them together). The row lock
on the practitioner serialises them; the partial unique constraint backs it up.
"""

from __future__ import annotations

import threading
import zoneinfo
from datetime import timedelta

import pytest
from django.db import connection, connections

from clinic.models import Appointment, AppointmentStatus
from clinic.services import appointment_book, appointment_reschedule
from config.errors import Conflict
from tests.clinic.factories import AvailabilityRuleFactory, PatientFactory
from tests.clinic.helpers import local_slot

THREADS = 6

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def run_together(calls):
    """Run each callable in its own thread, released at once; collect results or errors."""
    barrier = threading.Barrier(len(calls))
    outcomes: list[object] = [None] * len(calls)

    def worker(index: int, call) -> None:
        try:
            barrier.wait(timeout=10)
            outcomes[index] = call()
        except Exception as exc:
            outcomes[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def test_exactly_one_of_several_concurrent_bookings_of_one_slot_wins(clinic_a) -> None:
    assert connection.vendor == "postgresql"
    patients = [clinic_a.patient, clinic_a.other_patient] + [
        PatientFactory(organization=clinic_a.organization) for _ in range(THREADS - 2)
    ]
    start = local_slot(clinic_a.location, hour=9)

    def booking(patient):
        return lambda: appointment_book(
            actor=clinic_a.front_desk,
            patient_id=patient.pk,
            practitioner_id=clinic_a.practitioner.pk,
            start=start,
        )

    outcomes = run_together([booking(p) for p in patients])

    winners = [o for o in outcomes if isinstance(o, Appointment)]
    losers = [o for o in outcomes if isinstance(o, Conflict)]
    assert len(winners) == 1, outcomes
    assert len(losers) == THREADS - 1, outcomes
    assert all(str(e) == "That time is no longer available." for e in losers)
    rows = Appointment.objects.filter(practitioner=clinic_a.practitioner, start=start)
    assert list(rows.values_list("pk", "status")) == [(winners[0].pk, AppointmentStatus.BOOKED)]


def test_one_patient_booking_two_practitioners_at_once_gets_one_appointment(clinic_a) -> None:
    """The patient-row lock: two different slots that overlap in time for one patient."""
    start = local_slot(clinic_a.location, hour=15)
    tz_weekday = start.astimezone(zoneinfo.ZoneInfo(clinic_a.location.timezone)).weekday()
    second = AvailabilityRuleFactory(
        practitioner__organization=clinic_a.organization,
        location=clinic_a.location,
        weekday=tz_weekday,
    ).practitioner

    outcomes = run_together(
        [
            lambda pid=pid: appointment_book(
                actor=clinic_a.front_desk,
                patient_id=clinic_a.patient.pk,
                practitioner_id=pid,
                start=start,
            )
            for pid in (clinic_a.practitioner.pk, second.pk)
        ]
    )

    assert sorted(type(o).__name__ for o in outcomes) == ["Appointment", "Conflict"], outcomes
    assert Appointment.objects.filter(patient=clinic_a.patient).count() == 1


def test_concurrent_reschedules_into_one_slot_leave_the_loser_with_their_old_booking(
    clinic_a,
) -> None:
    target = local_slot(clinic_a.location, days_ahead=5, hour=16)
    originals = [
        appointment_book(
            actor=clinic_a.front_desk,
            patient_id=patient.pk,
            practitioner_id=clinic_a.practitioner.pk,
            start=local_slot(clinic_a.location, hour=9) + timedelta(minutes=30 * index),
        )
        for index, patient in enumerate((clinic_a.patient, clinic_a.other_patient))
    ]

    outcomes = run_together(
        [
            lambda a=a: appointment_reschedule(
                actor=clinic_a.front_desk, appointment_id=a.pk, new_start=target
            )
            for a in originals
        ]
    )

    assert sorted(type(o).__name__ for o in outcomes) == ["Appointment", "Conflict"], outcomes
    booked = Appointment.objects.filter(status=AppointmentStatus.BOOKED)
    assert booked.count() == 2  # the winner's new slot and the loser's untouched old one
    assert booked.filter(start=target).count() == 1
    loser = next(a for a, o in zip(originals, outcomes, strict=True) if isinstance(o, Conflict))
    loser.refresh_from_db()
    assert loser.status == AppointmentStatus.BOOKED
