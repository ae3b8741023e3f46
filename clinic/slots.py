"""Loading availability rows into ``clinic.availability`` values, and asking it questions.

Shared by the free-slot selector and the booking service so both use one definition of a
valid slot.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from clinic import availability
from clinic.models import Appointment, AppointmentStatus, AvailabilityException, AvailabilityRule


def rule_specs(practitioner_ids: Iterable[int]) -> list[availability.RuleSpec]:
    rules = AvailabilityRule.objects.filter(practitioner_id__in=list(practitioner_ids))
    return [
        availability.RuleSpec(
            practitioner_id=rule.practitioner_id,
            location_id=rule.location_id,
            timezone=rule.location.timezone,
            weekday=rule.weekday,
            start_time=rule.start_time,
            end_time=rule.end_time,
            slot_minutes=rule.slot_minutes,
            break_start=rule.break_start,
            break_end=rule.break_end,
            valid_from=rule.valid_from,
            valid_until=rule.valid_until,
        )
        for rule in rules.select_related("location").order_by("pk")
    ]


def closed_periods(
    organization_id: int, start: datetime, end: datetime
) -> list[availability.ClosedPeriod]:
    # A day of margin each side: exception dates are local, the range is UTC.
    rows = AvailabilityException.objects.filter(
        organization_id=organization_id,
        date__gte=(start - timedelta(days=1)).date(),
        date__lte=(end + timedelta(days=1)).date(),
    )
    return [
        availability.ClosedPeriod(
            date=row.date,
            practitioner_id=row.practitioner_id,
            start_time=row.start_time,
            end_time=row.end_time,
        )
        for row in rows
    ]


def busy_intervals(
    practitioner_ids: Iterable[int], start: datetime, end: datetime
) -> list[tuple[int, datetime, datetime]]:
    rows = (
        Appointment.objects.filter(
            practitioner_id__in=list(practitioner_ids), start__lt=end, end__gt=start
        )
        .exclude(status=AppointmentStatus.CANCELLED)
        .values_list("practitioner_id", "start", "end")
    )
    return list(rows)


def offered_slot(
    *, practitioner_id: int, organization_id: int, start: datetime
) -> availability.Slot | None:
    """The slot the practitioner's rules offer at exactly ``start`` (bookings ignored)."""
    window_end = start + timedelta(minutes=1)
    for rule in rule_specs([practitioner_id]):
        for slot in availability.rule_slots(
            rule,
            start=start,
            end=window_end,
            closed=closed_periods(organization_id, start, window_end),
        ):
            if slot.start == start:
                return slot
    return None
