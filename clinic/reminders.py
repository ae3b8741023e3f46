"""Appointment reminder e-mails, sent exactly once per appointment.

``send_due_reminders`` finds booked appointments starting within the reminder lead time
whose ``reminder_sent_at`` is empty and *claims* each with a conditional UPDATE (``WHERE
reminder_sent_at IS NULL``), which affects one row for exactly one caller even when two
workers run the task at the same time. Only the claimer sends. If sending fails, the claim is
released so a later run retries; a crash between a successful send and the end of the task
cannot cause a second e-mail, because the claim is committed before sending.

The e-mail holds date, time and place only: no name, practitioner, specialty or reason.
E-mail is not a secure channel, and a specialty alone ("Oncology") can disclose a condition.
"""

from __future__ import annotations

import logging
import zoneinfo

from django.core.mail import send_mail
from django.utils import timezone

from clinic import conf
from clinic.models import Appointment, AppointmentStatus
from compliance.audit import AuditAction, audit_context, record_event

logger = logging.getLogger(__name__)


def due_reminder_ids() -> list[int]:
    now = timezone.now()
    return list(
        Appointment.objects.filter(
            status=AppointmentStatus.BOOKED,
            reminder_sent_at__isnull=True,
            start__gt=now,
            start__lte=now + conf.reminder_lead(),
        )
        .order_by("start")
        .values_list("pk", flat=True)
    )


def claim_reminder(appointment_id: int) -> bool:
    """Mark the reminder as sent; True for exactly one caller per appointment."""
    claimed = Appointment.objects.filter(
        pk=appointment_id, status=AppointmentStatus.BOOKED, reminder_sent_at__isnull=True
    ).update(reminder_sent_at=timezone.now())
    return claimed == 1


def reminder_text(appointment: Appointment) -> str:
    local = appointment.start.astimezone(zoneinfo.ZoneInfo(appointment.location.timezone))
    place = appointment.location.name
    if appointment.location.address:
        place = f"{place}, {appointment.location.address}"
    return (
        "This is a reminder of your appointment:\n\n"
        f"  Date: {local:%A %d %B %Y}\n"
        f"  Time: {local:%H:%M} ({appointment.location.timezone})\n"
        f"  Place: {place}\n\n"
        "To cancel or change it, sign in to the patient portal or call the clinic.\n"
    )


def send_reminder(appointment_id: int) -> bool:
    """Claim and send one reminder; False if someone else already did or there is no address."""
    if not claim_reminder(appointment_id):
        return False
    appointment = Appointment.objects.select_related("patient", "location").get(pk=appointment_id)
    address = appointment.patient.email
    if not address:
        logger.info("no e-mail address for reminder", extra={"appointment_id": appointment_id})
        return False
    try:
        send_mail(
            subject="Appointment reminder",
            message=reminder_text(appointment),
            from_email=None,
            recipient_list=[address],
        )
    except Exception:
        Appointment.objects.filter(pk=appointment_id).update(reminder_sent_at=None)
        logger.exception("reminder e-mail failed", extra={"appointment_id": appointment_id})
        return False
    with audit_context(source="celery", client_app="clinic.reminders"):
        record_event(
            actor=None,
            action=AuditAction.EXPORT,
            entity_type="Appointment",
            entity_id=appointment_id,
            patient_id=appointment.patient_id,
            purpose="TREAT",
            detail={"channel": "email", "kind": "appointment_reminder"},
        )
    return True


def send_due_reminders() -> int:
    """Send every due reminder; returns how many this call sent."""
    return sum(1 for pk in due_reminder_ids() if send_reminder(pk))
