"""Booking, cancelling, rescheduling and closing appointments.

Concurrency (clinic/README.md "Booking without double booking"): inside one transaction,
lock the practitioner row(s) in id order, then the patient row, then check overlaps and
insert. The partial unique constraint on (practitioner, start) catches anything the locks
miss; its ``IntegrityError`` becomes ``Conflict``. Any error rolls the whole transaction
back, so a failed reschedule leaves the old appointment booked.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from clinic import conf, validation
from clinic.availability import Slot
from clinic.models import Appointment, AppointmentStatus, Patient, Practitioner
from clinic.roles import (
    SCHEDULING_ROLES,
    Actor,
    Role,
    actor_for,
    patient_for_demographics,
    patients_visible_to,
    require_role,
)
from clinic.slots import offered_slot
from compliance.audit import AuditAction, record_event
from config.errors import Conflict, InvalidInput, NotFound

SLOT_TAKEN = "That time is no longer available."
PATIENT_OVERLAP = "The patient already has an appointment that overlaps this time."


def _practitioner_in_org(practitioner_id: Any, organization_id: int) -> Practitioner:
    pk = validation.object_id(practitioner_id, field="Practitioner")
    practitioner = Practitioner.objects.filter(
        pk=pk, organization_id=organization_id, active=True
    ).first()
    if practitioner is None:
        raise NotFound("Practitioner not found.")
    return practitioner


def _future_slot(*, practitioner: Practitioner, start: Any) -> Slot:
    start = validation.aware_datetime(start, field="Start")
    if start <= timezone.now():
        raise InvalidInput("That time is in the past.")
    slot = offered_slot(
        practitioner_id=practitioner.pk, organization_id=practitioner.organization_id, start=start
    )
    if slot is None:
        raise InvalidInput("That time is not an available slot for this practitioner.")
    return slot


def _lock(practitioner_ids: set[int], patient_id: int) -> None:
    """Take the booking locks in the one global order: practitioners by id, then the patient."""
    for pk in sorted(practitioner_ids):
        Practitioner.objects.select_for_update().filter(pk=pk).values_list("pk").first()
    Patient.objects.select_for_update().filter(pk=patient_id).values_list("pk").first()


def _insert_after_checks(
    *, patient: Patient, practitioner: Practitioner, slot: Slot, actor: Any, reason: str
) -> Appointment:
    active = Appointment.objects.exclude(status=AppointmentStatus.CANCELLED)
    if active.filter(practitioner=practitioner, start__lt=slot.end, end__gt=slot.start).exists():
        raise Conflict(SLOT_TAKEN)
    if active.filter(
        patient=patient, status=AppointmentStatus.BOOKED, start__lt=slot.end, end__gt=slot.start
    ).exists():
        raise Conflict(PATIENT_OVERLAP)
    appointment = Appointment(
        organization_id=patient.organization_id,
        patient=patient,
        practitioner=practitioner,
        location_id=slot.location_id,
        start=slot.start,
        end=slot.end,
        reason=reason,
        booked_by=actor,
    )
    try:
        with transaction.atomic():
            appointment.save()
    except IntegrityError:
        raise Conflict(SLOT_TAKEN) from None
    return appointment


def _appointment_for(who: Actor, appointment_id: Any, *, lock: bool = False) -> Appointment:
    pk = validation.object_id(appointment_id, field="Appointment")
    queryset = Appointment.objects.filter(pk=pk, patient__in=patients_visible_to(who))
    if lock:
        queryset = queryset.select_for_update(of=("self",))
    appointment = queryset.first()
    if appointment is None:
        raise NotFound("Appointment not found.")
    return appointment


def _check_patient_cutoff(who: Actor, appointment: Appointment, verb: str) -> None:
    now = timezone.now()
    if appointment.start <= now:
        raise InvalidInput(f"This appointment has already started and cannot be {verb}.")
    if who.role == Role.PATIENT and appointment.start - now < conf.cancel_cutoff():
        hours = int(conf.cancel_cutoff().total_seconds() // 3600)
        raise InvalidInput(
            f"Appointments can be {verb} online up to {hours} hours before they start; "
            "please call the clinic.",
            code="cutoff_passed",
        )


@transaction.atomic
def appointment_book(
    *, actor: Any, patient_id: Any, practitioner_id: Any, start: datetime | str, reason: str = ""
) -> Appointment:
    """Book the slot starting at ``start`` with the practitioner for the patient.

    Patients book for themselves; front desk, clinicians and org admins for patients of their
    organization, with that organization's practitioners.
    """
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES | {Role.PATIENT}, "booking appointments")
    patient = patient_for_demographics(who, patient_id)
    practitioner = _practitioner_in_org(practitioner_id, patient.organization_id)
    reason = validation.text(reason, field="Reason", max_length=500, required=False)
    slot = _future_slot(practitioner=practitioner, start=start)
    _lock({practitioner.pk}, patient.pk)
    appointment = _insert_after_checks(
        patient=patient, practitioner=practitioner, slot=slot, actor=actor, reason=reason
    )
    record_event(
        actor=actor,
        action=AuditAction.CREATE,
        entity_type="Appointment",
        entity_id=appointment.pk,
        patient_id=patient.pk,
        detail={"practitioner_id": practitioner.pk},
    )
    return appointment


def _cancel_row(appointment: Appointment, actor: Any) -> None:
    appointment.status = AppointmentStatus.CANCELLED
    appointment.cancelled_at = timezone.now()
    appointment.cancelled_by = actor
    appointment.save(update_fields=["status", "cancelled_at", "cancelled_by"])


@transaction.atomic
def appointment_cancel(*, actor: Any, appointment_id: Any) -> Appointment:
    """Cancel a booked appointment. Patients must respect the cut-off; staff may cancel up to
    the start (the patient phoned the desk)."""
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES | {Role.PATIENT}, "cancelling appointments")
    appointment = _appointment_for(who, appointment_id, lock=True)
    if appointment.status != AppointmentStatus.BOOKED:
        raise Conflict(f"This appointment is {appointment.get_status_display().lower()}.")
    _check_patient_cutoff(who, appointment, "cancelled")
    _cancel_row(appointment, actor)
    record_event(
        actor=actor,
        action=AuditAction.UPDATE,
        entity_type="Appointment",
        entity_id=appointment.pk,
        patient_id=appointment.patient_id,
        detail={"status": AppointmentStatus.CANCELLED},
    )
    return appointment


@transaction.atomic
def appointment_reschedule(
    *,
    actor: Any,
    appointment_id: Any,
    new_start: datetime | str,
    practitioner_id: Any = None,
) -> Appointment:
    """Move a booked appointment to a new slot (same practitioner unless another is given).

    One transaction: the old row is cancelled and the new one inserted under the same locks;
    if the new slot is taken, everything rolls back and the old booking stands.
    """
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES | {Role.PATIENT}, "rescheduling appointments")
    old = _appointment_for(who, appointment_id)
    if old.status != AppointmentStatus.BOOKED:
        raise Conflict(f"This appointment is {old.get_status_display().lower()}.")
    _check_patient_cutoff(who, old, "rescheduled")
    practitioner = _practitioner_in_org(
        practitioner_id if practitioner_id is not None else old.practitioner_id,
        old.organization_id,
    )
    slot = _future_slot(practitioner=practitioner, start=new_start)
    _lock({practitioner.pk, old.practitioner_id}, old.patient_id)
    old = _appointment_for(who, old.pk, lock=True)
    if old.status != AppointmentStatus.BOOKED:
        raise Conflict(f"This appointment is {old.get_status_display().lower()}.")
    _cancel_row(old, actor)
    new = _insert_after_checks(
        patient=old.patient, practitioner=practitioner, slot=slot, actor=actor, reason=old.reason
    )
    new.rescheduled_from = old
    new.save(update_fields=["rescheduled_from"])
    record_event(
        actor=actor,
        action=AuditAction.UPDATE,
        entity_type="Appointment",
        entity_id=old.pk,
        patient_id=old.patient_id,
        detail={"status": AppointmentStatus.CANCELLED, "rescheduled_to": new.pk},
    )
    record_event(
        actor=actor,
        action=AuditAction.CREATE,
        entity_type="Appointment",
        entity_id=new.pk,
        patient_id=new.patient_id,
        detail={"practitioner_id": practitioner.pk, "rescheduled_from": old.pk},
    )
    return new


def _close(*, actor: Any, appointment_id: Any, status: str) -> Appointment:
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES, "closing appointments")
    appointment = _appointment_for(who, appointment_id, lock=True)
    if appointment.status != AppointmentStatus.BOOKED:
        raise Conflict(f"This appointment is {appointment.get_status_display().lower()}.")
    if appointment.start > timezone.now():
        raise InvalidInput("An appointment can only be closed once it has started.")
    appointment.status = status
    appointment.save(update_fields=["status"])
    record_event(
        actor=actor,
        action=AuditAction.UPDATE,
        entity_type="Appointment",
        entity_id=appointment.pk,
        patient_id=appointment.patient_id,
        detail={"status": status},
    )
    return appointment


@transaction.atomic
def appointment_mark_fulfilled(*, actor: Any, appointment_id: Any) -> Appointment:
    return _close(actor=actor, appointment_id=appointment_id, status=AppointmentStatus.FULFILLED)


@transaction.atomic
def appointment_mark_no_show(*, actor: Any, appointment_id: Any) -> Appointment:
    return _close(actor=actor, appointment_id=appointment_id, status=AppointmentStatus.NO_SHOW)
