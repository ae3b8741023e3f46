"""Celery entry points. Ids only: message text never travels through the broker."""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail

logger = logging.getLogger(__name__)

WITHHELD = "[withheld]"


def analytics_copy(text: str) -> str:
    """``text`` de-identified for analytics: full tier, else fast tier, else withheld."""
    from compliance.redaction import redact_text

    for tier in ("full", "fast"):
        try:
            return redact_text(text, tier=tier)
        except Exception:
            logger.warning("redaction tier failed for a chat message", extra={"tier": tier})
    return WITHHELD


@shared_task(time_limit=60, soft_time_limit=50)
def redact_message(message_id: int) -> None:
    """Fill ``Message.redacted_text``. Safe to run twice: it recomputes the same value."""
    from .models import Message

    message = Message.objects.filter(pk=message_id).first()
    if message is None:
        return
    try:
        redacted = analytics_copy(message.text)
    except Exception:  # an import error in the engine must still leave something safe
        redacted = WITHHELD
    Message.objects.filter(pk=message_id).update(redacted_text=redacted)


@shared_task(
    time_limit=60, soft_time_limit=50, autoretry_for=(OSError,), retry_backoff=True, max_retries=5
)
def alert_staff(handoff_id: int) -> None:
    """E-mail the organization's admins and clinicians that a conversation needs a person.

    The e-mail says that, and which queue entry, nothing else: no name, no words from the
    conversation (e-mail is not a secure channel).
    """
    from clinic.models import StaffMember, StaffRole

    from .models import HandoffReason, HandoffRequest

    handoff = HandoffRequest.objects.filter(pk=handoff_id).first()
    if handoff is None:
        return
    recipients = sorted(
        {
            email
            for email in StaffMember.objects.filter(
                organization_id=handoff.organization_id,
                active=True,
                role__in=[StaffRole.ORG_ADMIN, StaffRole.CLINICIAN],
                user__is_active=True,
            ).values_list("user__email", flat=True)
            if email
        }
    )
    if not recipients:
        logger.error("no staff address to alert for a hand-off", extra={"handoff_id": handoff_id})
        return
    urgent = handoff.reason == HandoffReason.EMERGENCY
    subject = (
        "URGENT: possible emergency in an assistant conversation"
        if urgent
        else "A patient conversation is waiting for staff"
    )
    body = (
        f"Hand-off request #{handoff.pk} ({handoff.get_reason_display()}) is in the assistant "
        "queue. Sign in to the staff console to read and answer it.\n"
    )
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
