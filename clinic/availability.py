"""Free-slot arithmetic: recurring rules minus exceptions minus bookings. No database.

Kept pure (plain values in, ``Slot`` values out) so the calendar logic is tested without
fixtures, and so ``selectors.free_slots`` and ``services.appointment_book`` agree by
construction on what a valid slot is: booking only accepts a start that this module offers.

Rules are in the location's local time; everything returned is an aware UTC datetime. Local
times that do not exist (the spring-forward hour) are skipped, ambiguous ones (fall back) take
the first occurrence, so a slot never silently moves by an hour.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

PARTS_OF_DAY: dict[str, tuple[time, time]] = {
    "morning": (time(0, 0), time(12, 0)),
    "afternoon": (time(12, 0), time(17, 0)),
    "evening": (time(17, 0), time.max),
}


@dataclass(frozen=True)
class RuleSpec:
    practitioner_id: int
    location_id: int
    timezone: str
    weekday: int
    start_time: time
    end_time: time
    slot_minutes: int
    break_start: time | None = None
    break_end: time | None = None
    valid_from: date | None = None
    valid_until: date | None = None


@dataclass(frozen=True)
class ClosedPeriod:
    """An exception: ``practitioner_id`` None closes everyone; times None mean all day."""

    date: date
    practitioner_id: int | None = None
    start_time: time | None = None
    end_time: time | None = None


@dataclass(frozen=True, order=True)
class Slot:
    """FHIR Slot, computed. Ordered by start so lists sort chronologically."""

    start: datetime
    end: datetime
    practitioner_id: int
    location_id: int


def _local_to_utc(day: date, at: time, tz: zoneinfo.ZoneInfo) -> datetime | None:
    local = datetime.combine(day, at, tzinfo=tz)
    # A non-existent local time does not survive a round trip through UTC.
    roundtrip = local.astimezone(UTC).astimezone(tz)
    if roundtrip.replace(tzinfo=None) != local.replace(tzinfo=None):
        return None
    return local.astimezone(UTC)


def _overlaps(a_start: time, a_end: time, b_start: time, b_end: time) -> bool:
    return a_start < b_end and b_start < a_end


def _is_closed(
    day: date, practitioner_id: int, start: time, end: time, closed: Sequence[ClosedPeriod]
) -> bool:
    for period in closed:
        if period.date != day:
            continue
        if period.practitioner_id is not None and period.practitioner_id != practitioner_id:
            continue
        if period.start_time is None or period.end_time is None:
            return True
        if _overlaps(start, end, period.start_time, period.end_time):
            return True
    return False


def _in_part_of_day(start_local: time, part_of_day: str | None) -> bool:
    if part_of_day is None:
        return True
    lower, upper = PARTS_OF_DAY[part_of_day]
    return lower <= start_local < upper


def rule_slots(
    rule: RuleSpec,
    *,
    start: datetime,
    end: datetime,
    closed: Sequence[ClosedPeriod] = (),
    part_of_day: str | None = None,
) -> list[Slot]:
    """Every slot ``rule`` generates that starts in ``[start, end)``, ignoring bookings."""
    tz = zoneinfo.ZoneInfo(rule.timezone)
    first_day = start.astimezone(tz).date()
    last_day = end.astimezone(tz).date()
    step = timedelta(minutes=rule.slot_minutes)
    slots: list[Slot] = []
    day = first_day
    while day <= last_day:
        if (
            day.weekday() == rule.weekday
            and (rule.valid_from is None or day >= rule.valid_from)
            and (rule.valid_until is None or day <= rule.valid_until)
        ):
            cursor = datetime.combine(day, rule.start_time)
            day_end = datetime.combine(day, rule.end_time)
            while cursor + step <= day_end:
                s_local, e_local = cursor.time(), (cursor + step).time()
                cursor += step
                in_break = (
                    rule.break_start is not None
                    and rule.break_end is not None
                    and _overlaps(s_local, e_local, rule.break_start, rule.break_end)
                )
                if in_break or not _in_part_of_day(s_local, part_of_day):
                    continue
                if _is_closed(day, rule.practitioner_id, s_local, e_local, closed):
                    continue
                s_utc = _local_to_utc(day, s_local, tz)
                if s_utc is None or not (start <= s_utc < end):
                    continue
                slots.append(Slot(s_utc, s_utc + step, rule.practitioner_id, rule.location_id))
        day += timedelta(days=1)
    return slots


def free_slots(
    rules: Iterable[RuleSpec],
    *,
    start: datetime,
    end: datetime,
    busy: Iterable[tuple[int, datetime, datetime]] = (),
    closed: Sequence[ClosedPeriod] = (),
    part_of_day: str | None = None,
) -> list[Slot]:
    """Slots from ``rules`` in ``[start, end)`` that overlap no ``busy`` interval.

    ``busy`` holds ``(practitioner_id, start, end)`` of active appointments. Two rules that
    produce the same start for one practitioner (overlapping rules at two locations) yield
    it once, the first rule winning, since a practitioner cannot be in two places.
    """
    if part_of_day is not None and part_of_day not in PARTS_OF_DAY:
        raise ValueError(f"part_of_day must be one of {sorted(PARTS_OF_DAY)}")
    busy_by_practitioner: dict[int, list[tuple[datetime, datetime]]] = {}
    for practitioner_id, b_start, b_end in busy:
        busy_by_practitioner.setdefault(practitioner_id, []).append((b_start, b_end))
    seen: set[tuple[int, datetime]] = set()
    result: list[Slot] = []
    for rule in rules:
        for slot in rule_slots(rule, start=start, end=end, closed=closed, part_of_day=part_of_day):
            key = (slot.practitioner_id, slot.start)
            if key in seen:
                continue
            taken = any(
                slot.start < b_end and b_start < slot.end
                for b_start, b_end in busy_by_practitioner.get(slot.practitioner_id, ())
            )
            if taken:
                continue
            seen.add(key)
            result.append(slot)
    result.sort()
    return result
