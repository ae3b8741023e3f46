"""The pure slot arithmetic: rules, breaks, exceptions, bookings, time zones."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, time, timedelta

import pytest

from clinic.availability import ClosedPeriod, RuleSpec, free_slots, rule_slots

MONDAY = date(2030, 1, 7)


def rule(**overrides: object) -> RuleSpec:
    values: dict[str, object] = {
        "practitioner_id": 1,
        "location_id": 10,
        "timezone": "UTC",
        "weekday": 0,
        "start_time": time(9, 0),
        "end_time": time(12, 0),
        "slot_minutes": 30,
    }
    values.update(overrides)
    return RuleSpec(**values)  # type: ignore[arg-type]


def day_range(day: date) -> dict[str, datetime]:
    start = datetime.combine(day, time(0, 0), tzinfo=UTC)
    return {"start": start, "end": start + timedelta(days=1)}


def starts(slots: list) -> list[str]:
    return [s.start.strftime("%H:%M") for s in slots]


def test_rule_lays_slots_end_to_end_within_its_hours() -> None:
    slots = rule_slots(rule(), **day_range(MONDAY))
    assert starts(slots) == ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30"]
    assert all(s.end - s.start == timedelta(minutes=30) for s in slots)


def test_rule_offers_nothing_on_other_weekdays() -> None:
    assert rule_slots(rule(), **day_range(MONDAY + timedelta(days=1))) == []


def test_slots_crossing_the_break_or_the_end_are_not_offered() -> None:
    slots = rule_slots(
        rule(slot_minutes=40, break_start=time(10, 0), break_end=time(10, 30)),
        **day_range(MONDAY),
    )
    # 09:00-09:40 fits; 09:40-10:20 crosses the break; 10:20-11:00 too; 11:00-11:40 fits;
    # 11:40-12:20 would end after closing.
    assert starts(slots) == ["09:00", "11:00"]


def test_rule_validity_dates_bound_the_offer() -> None:
    assert rule_slots(rule(valid_from=MONDAY + timedelta(days=1)), **day_range(MONDAY)) == []
    assert rule_slots(rule(valid_until=MONDAY - timedelta(days=1)), **day_range(MONDAY)) == []
    assert len(rule_slots(rule(valid_from=MONDAY, valid_until=MONDAY), **day_range(MONDAY))) == 6


def test_an_organization_holiday_closes_every_practitioner() -> None:
    closed = [ClosedPeriod(date=MONDAY)]
    assert rule_slots(rule(), closed=closed, **day_range(MONDAY)) == []


def test_a_practitioners_partial_leave_removes_only_their_overlapping_slots() -> None:
    closed = [ClosedPeriod(date=MONDAY, practitioner_id=1, start_time=time(10), end_time=time(11))]
    assert starts(rule_slots(rule(), closed=closed, **day_range(MONDAY))) == [
        "09:00",
        "09:30",
        "11:00",
        "11:30",
    ]
    other = rule(practitioner_id=2)
    assert len(rule_slots(other, closed=closed, **day_range(MONDAY))) == 6


def test_local_hours_are_converted_to_utc() -> None:
    # New York is UTC-5 in January: 09:00 local is 14:00 UTC.
    slots = rule_slots(rule(timezone="America/New_York"), **day_range(MONDAY))
    assert slots[0].start == datetime(2030, 1, 7, 14, 0, tzinfo=UTC)


def test_a_local_time_skipped_by_daylight_saving_is_not_offered() -> None:
    # 2030-03-10 is the spring-forward Sunday in New York: 02:00-03:00 does not exist.
    night = rule(
        timezone="America/New_York",
        weekday=6,
        start_time=time(1, 0),
        end_time=time(4, 0),
        slot_minutes=60,
    )
    start = datetime(2030, 3, 10, 0, 0, tzinfo=UTC)
    slots = rule_slots(night, start=start, end=start + timedelta(days=1))
    new_york = zoneinfo.ZoneInfo("America/New_York")
    local_starts = [s.start.astimezone(new_york) for s in slots]
    assert [t.hour for t in local_starts] == [1, 3]


def test_booked_intervals_remove_overlapping_slots_of_that_practitioner_only() -> None:
    busy_start = datetime.combine(MONDAY, time(9, 15), tzinfo=UTC)
    slots = free_slots(
        [rule(), rule(practitioner_id=2)],
        busy=[(1, busy_start, busy_start + timedelta(minutes=30))],
        **day_range(MONDAY),
    )
    first_practitioner = [s for s in slots if s.practitioner_id == 1]
    assert starts(first_practitioner) == ["10:00", "10:30", "11:00", "11:30"]
    assert len([s for s in slots if s.practitioner_id == 2]) == 6


def test_part_of_day_filters_on_local_start_time() -> None:
    all_day = rule(end_time=time(19, 0), slot_minutes=60)
    assert starts(free_slots([all_day], part_of_day="morning", **day_range(MONDAY))) == [
        "09:00",
        "10:00",
        "11:00",
    ]
    assert starts(free_slots([all_day], part_of_day="evening", **day_range(MONDAY))) == [
        "17:00",
        "18:00",
    ]


def test_unknown_part_of_day_is_refused() -> None:
    with pytest.raises(ValueError, match="part_of_day"):
        free_slots([rule()], part_of_day="midnight", **day_range(MONDAY))


def test_two_rules_offering_the_same_start_yield_one_slot() -> None:
    slots = free_slots([rule(), rule(location_id=11)], **day_range(MONDAY))
    assert len(slots) == 6
    assert {s.location_id for s in slots} == {10}
