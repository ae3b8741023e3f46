"""Reading schedules: free slots, a patient's appointments, a practitioner's day."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from clinic import availability, conf, validation
from clinic.availability import Slot
from clinic.models import Appointment, AppointmentStatus, Practitioner, Specialty
from clinic.roles import (
    SCHEDULING_ROLES,
    Actor,
    Role,
    actor_for,
    patient_for_demographics,
    patients_visible_to,
    require_role,
)
from clinic.slots import busy_intervals, closed_periods, rule_specs
from compliance.audit import AuditAction, record_event
from config.errors import InvalidInput, NotFound

BOOKING_ROLES = SCHEDULING_ROLES | {Role.PATIENT}


def _range(start: Any, end: Any) -> tuple[datetime, datetime]:
    start = validation.aware_datetime(start, field="Start")
    end = validation.aware_datetime(end, field="End")
    if end <= start:
        raise InvalidInput("End must be after start.")
    if end - start > conf.max_slot_search_window():
        days = conf.max_slot_search_window().days
        raise InvalidInput(f"Search at most {days} days at a time.")
    return start, end


def practitioners_list(*, actor: Any, specialty: str | None = None) -> QuerySet[Practitioner]:
    """The active practitioners of the actor's organization (a directory, not PHI)."""
    who = actor_for(actor)
    require_role(who, BOOKING_ROLES, "the practitioner directory")
    queryset = Practitioner.objects.filter(organization_id=who.organization_id, active=True)
    if specialty:
        queryset = queryset.filter(
            specialty=validation.choice(specialty, field="Specialty", choices=Specialty)
        )
    return queryset.order_by("family_name", "given_name", "pk")


def free_slots(
    *,
    actor: Any,
    start: datetime | str,
    end: datetime | str,
    practitioner_id: Any = None,
    specialty: str | None = None,
    part_of_day: str | None = None,
) -> list[Slot]:
    """Bookable slots in ``[start, end)`` in the actor's organization, earliest first.

    Slots are not PHI (no patient in them), so this read is not audited. Past times are never
    offered.
    """
    who = actor_for(actor)
    start, end = _range(start, end)
    start = max(start, timezone.now())
    if part_of_day is not None:
        validation.choice(part_of_day, field="Part of day", choices=availability.PARTS_OF_DAY)
    practitioners = practitioners_list(actor=actor, specialty=specialty)
    if practitioner_id is not None:
        pk = validation.object_id(practitioner_id, field="Practitioner")
        practitioners = practitioners.filter(pk=pk)
        if not practitioners.exists():
            raise NotFound("Practitioner not found.")
    if end <= start:
        return []
    ids = list(practitioners.values_list("pk", flat=True))
    return availability.free_slots(
        rule_specs(ids),
        start=start,
        end=end,
        busy=busy_intervals(ids, start, end),
        closed=closed_periods(who.organization_id, start, end),
        part_of_day=part_of_day,
    )


def _appointments_in_scope(who: Actor) -> QuerySet[Appointment]:
    return Appointment.objects.filter(patient__in=patients_visible_to(who)).select_related(
        "practitioner", "location"
    )


def appointment_get(*, actor: Any, appointment_id: Any) -> Appointment:
    who = actor_for(actor)
    require_role(who, BOOKING_ROLES, "appointments")
    pk = validation.object_id(appointment_id, field="Appointment")
    appointment = _appointments_in_scope(who).filter(pk=pk).first()
    if appointment is None:
        raise NotFound("Appointment not found.")
    record_event(
        actor=actor,
        action=AuditAction.READ,
        entity_type="Appointment",
        entity_id=appointment.pk,
        patient_id=appointment.patient_id,
    )
    return appointment


def appointments_for_patient(
    *, actor: Any, patient_id: Any, upcoming_only: bool = False, include_cancelled: bool = False
) -> list[Appointment]:
    """A patient's appointments, soonest first."""
    who = actor_for(actor)
    require_role(who, BOOKING_ROLES, "appointments")
    patient = patient_for_demographics(who, patient_id)
    queryset = _appointments_in_scope(who).filter(patient=patient)
    if upcoming_only:
        queryset = queryset.filter(start__gte=timezone.now())
    if not include_cancelled:
        queryset = queryset.exclude(status=AppointmentStatus.CANCELLED)
    rows = list(queryset.order_by("start", "pk"))
    record_event(
        actor=actor,
        action=AuditAction.READ,
        entity_type="Appointment",
        patient_id=patient.pk,
        detail={"count": len(rows)},
    )
    return rows


def practitioner_schedule(
    *, actor: Any, practitioner_id: Any, start: datetime | str, end: datetime | str
) -> list[Appointment]:
    """Active appointments of one practitioner of the actor's organization (staff only)."""
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES, "practitioner schedules")
    start, end = _range(start, end)
    pk = validation.object_id(practitioner_id, field="Practitioner")
    if not Practitioner.objects.filter(pk=pk, organization_id=who.organization_id).exists():
        raise NotFound("Practitioner not found.")
    rows = list(
        _appointments_in_scope(who)
        .filter(practitioner_id=pk, start__lt=end, end__gt=start)
        .exclude(status=AppointmentStatus.CANCELLED)
        .order_by("start", "pk")
    )
    record_event(
        actor=actor,
        action=AuditAction.READ,
        entity_type="Appointment",
        detail={
            "practitioner_id": pk,
            "count": len(rows),
            "patient_ids": sorted({a.patient_id for a in rows}),
        },
    )
    return rows
