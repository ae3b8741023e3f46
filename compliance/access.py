"""Emergency access ("break glass", 45 CFR 164.312(a)(2)(ii)).

A clinician may open a record outside their normal scope only by stating a reason. The grant
is per user and patient, expires after ``BREAK_GLASS_MINUTES`` (default 60), is audited as
BREAK_GLASS with purpose ETREAT in the same transaction, and e-mails the given addresses
(the organization's admins) once the grant has committed. The e-mail carries ids and times,
never the reason: the reason can hold clinical facts and lives encrypted in the database.
Reads made under the grant are audited by the clinic selectors with purpose ETREAT.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from compliance.audit import AuditAction, record_event
from compliance.models import BreakGlassGrant
from config.errors import Forbidden, InvalidInput

logger = logging.getLogger(__name__)

MIN_REASON_LENGTH = 10
MAX_REASON_LENGTH = 2000


def break_glass_minutes() -> int:
    return int(getattr(settings, "BREAK_GLASS_MINUTES", 60))


def active_break_glass(user: Any, patient_id: int) -> bool:
    """Whether ``user`` holds an unexpired grant for ``patient_id`` right now."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    return BreakGlassGrant.objects.filter(
        user_id=user.pk, patient_id=patient_id, expires_at__gt=timezone.now()
    ).exists()


def _require_clinician(actor: Any) -> None:
    if actor is None or not getattr(actor, "is_authenticated", False) or not actor.is_active:
        raise Forbidden("Sign in to request emergency access.")
    if apps.is_installed("clinic"):
        from clinic.roles import Role, actor_for

        if actor_for(actor).role != Role.CLINICIAN:
            raise Forbidden("Only clinicians can request emergency access to a record.")


def _clean_emails(notify_emails: list[str]) -> list[str]:
    cleaned = []
    for address in notify_emails:
        try:
            validate_email(address)
        except Exception:
            raise InvalidInput("A notification address is not a valid e-mail address.") from None
        cleaned.append(address)
    if not cleaned:
        raise InvalidInput("Emergency access must notify at least one administrator.")
    return cleaned


@transaction.atomic
def break_glass_open(
    *, actor: Any, patient_id: int, reason: str, notify_emails: list[str]
) -> BreakGlassGrant:
    """Open time-limited emergency access to one patient's record; audited and notified."""
    _require_clinician(actor)
    reason = (reason or "").strip()
    if len(reason) < MIN_REASON_LENGTH:
        raise InvalidInput(
            f"Give a reason of at least {MIN_REASON_LENGTH} characters for emergency access."
        )
    if len(reason) > MAX_REASON_LENGTH:
        raise InvalidInput(f"The reason is limited to {MAX_REASON_LENGTH} characters.")
    try:
        patient_id = int(patient_id)
    except (TypeError, ValueError):
        raise InvalidInput("The patient id must be a whole number.") from None
    recipients = _clean_emails(notify_emails)
    now = timezone.now()
    grant = BreakGlassGrant.objects.create(
        user=actor,
        patient_id=patient_id,
        reason=reason,
        opened_at=now,
        expires_at=now + timedelta(minutes=break_glass_minutes()),
    )
    record_event(
        actor=actor,
        action=AuditAction.BREAK_GLASS,
        entity_type="Patient",
        entity_id=patient_id,
        patient_id=patient_id,
        purpose="ETREAT",
        detail={"grant_id": grant.pk, "expires_at": grant.expires_at.isoformat()},
    )
    transaction.on_commit(lambda: _notify(grant.pk, recipients))
    return grant


def _notify(grant_id: int, recipients: list[str]) -> None:
    grant = BreakGlassGrant.objects.select_related("user").get(pk=grant_id)
    body = (
        f"User {grant.user.get_username()} (id {grant.user_id}) opened emergency access to "
        f"patient record id {grant.patient_id} at {grant.opened_at.isoformat()}.\n"
        f"The access expires at {grant.expires_at.isoformat()}.\n"
        f"The stated reason is in the audit system (break-glass grant {grant.pk}); please "
        "review it."
    )
    try:
        send_mail(
            subject=f"Emergency access opened (grant {grant.pk})",
            message=body,
            from_email=None,
            recipient_list=recipients,
        )
    except Exception:
        logger.exception("break-glass notification failed", extra={"grant_id": grant.pk})
