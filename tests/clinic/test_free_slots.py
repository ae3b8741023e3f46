"""The free-slot selector over the database: rules, holidays and bookings together."""

from __future__ import annotations

import zoneinfo
from datetime import timedelta

import pytest

from clinic.models import AvailabilityException, Specialty
from clinic.selectors import free_slots, practitioners_list
from clinic.services import appointment_book
from config.errors import InvalidInput, NotFound
from tests.clinic.factories import AvailabilityRuleFactory
from tests.clinic.helpers import local_slot

pytestmark = pytest.mark.django_db


def day_window(clinic, days_ahead=3):
    start = local_slot(clinic.location, days_ahead=days_ahead, hour=0)
    return {"start": start, "end": start + timedelta(days=1)}


def test_free_slots_of_a_day_follow_the_rules_and_skip_the_break(clinic_a) -> None:
    slots = free_slots(actor=clinic_a.patient.user, **day_window(clinic_a))
    tz = zoneinfo.ZoneInfo(clinic_a.location.timezone)
    local = [s.start.astimezone(tz).strftime("%H:%M") for s in slots]
    assert local[0] == "09:00"
    assert local[-1] == "16:30"
    assert "12:00" not in local
    assert "12:30" not in local
    assert len(local) == 14


def test_a_booked_slot_disappears_from_the_free_slots(clinic_a) -> None:
    start = local_slot(clinic_a.location, hour=10)
    appointment_book(
        actor=clinic_a.front_desk,
        patient_id=clinic_a.patient.pk,
        practitioner_id=clinic_a.practitioner.pk,
        start=start,
    )
    starts = [s.start for s in free_slots(actor=clinic_a.front_desk, **day_window(clinic_a))]
    assert start not in starts
    assert len(starts) == 13


def test_a_holiday_closes_the_day(clinic_a) -> None:
    window = day_window(clinic_a)
    local_day = window["start"].astimezone(zoneinfo.ZoneInfo(clinic_a.location.timezone)).date()
    AvailabilityException.objects.create(
        organization=clinic_a.organization, date=local_day, reason="Public holiday"
    )
    assert free_slots(actor=clinic_a.front_desk, **window) == []


def test_free_slots_filter_by_specialty_practitioner_and_part_of_day(clinic_a) -> None:
    window = day_window(clinic_a)
    weekday = window["start"].astimezone(zoneinfo.ZoneInfo(clinic_a.location.timezone)).weekday()
    cardiologist = AvailabilityRuleFactory(
        practitioner__organization=clinic_a.organization,
        practitioner__specialty=Specialty.CARDIOLOGY,
        location=clinic_a.location,
        weekday=weekday,
    ).practitioner
    cardio = free_slots(actor=clinic_a.front_desk, specialty="cardiology", **window)
    assert {s.practitioner_id for s in cardio} == {cardiologist.pk}
    mine = free_slots(
        actor=clinic_a.front_desk,
        practitioner_id=clinic_a.practitioner.pk,
        part_of_day="afternoon",
        **window,
    )
    assert {s.practitioner_id for s in mine} == {clinic_a.practitioner.pk}
    tz = zoneinfo.ZoneInfo(clinic_a.location.timezone)
    assert all(12 <= s.start.astimezone(tz).hour < 17 for s in mine)
    assert [
        p.pk for p in practitioners_list(actor=clinic_a.front_desk, specialty="cardiology")
    ] == [cardiologist.pk]


def test_free_slots_never_include_the_past(clinic_a) -> None:
    start = local_slot(clinic_a.location, days_ahead=-2, hour=0)
    slots = free_slots(actor=clinic_a.front_desk, start=start, end=start + timedelta(days=1))
    assert slots == []


def test_another_organizations_practitioner_is_not_found(clinic_a, clinic_b) -> None:
    with pytest.raises(NotFound):
        free_slots(
            actor=clinic_a.patient.user,
            practitioner_id=clinic_b.practitioner.pk,
            **day_window(clinic_a),
        )


def test_another_organizations_slots_are_not_offered(clinic_a, clinic_b) -> None:
    slots = free_slots(actor=clinic_a.patient.user, **day_window(clinic_a))
    assert {s.practitioner_id for s in slots} == {clinic_a.practitioner.pk}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"part_of_day": "midnight"}, "Part of day must be one of"),
        ({"specialty": "astrology"}, "Specialty must be one of"),
        ({"end_offset_days": -1}, "End must be after start"),
        ({"end_offset_days": 400}, "at most"),
    ],
)
def test_bad_search_input_gets_a_clear_error(clinic_a, kwargs, message) -> None:
    window = day_window(clinic_a)
    if "end_offset_days" in kwargs:
        window["end"] = window["start"] + timedelta(days=kwargs.pop("end_offset_days"))
    with pytest.raises(InvalidInput, match=message):
        free_slots(actor=clinic_a.front_desk, **window, **kwargs)
