"""Reads of the audit trail, scoped to who is asking."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from compliance.audit import AuditAction, record_event
from compliance.models import AuditEvent, Disclosure
from config.errors import Forbidden

# Actions that touch a patient's record, for the patient's access report.
ACCESS_ACTIONS = [
    AuditAction.CREATE,
    AuditAction.READ,
    AuditAction.UPDATE,
    AuditAction.DELETE,
    AuditAction.SEARCH,
    AuditAction.EXPORT,
    AuditAction.REVEAL,
    AuditAction.BREAK_GLASS,
    AuditAction.CHAT_TOOL_CALL,
]


def can_search_audit(user: Any) -> bool:
    return bool(
        user is not None
        and getattr(user, "is_authenticated", False)
        and user.has_perm("compliance.view_auditevent")
    )


@transaction.atomic
def patient_access_report(*, requester: Any, patient_id: int) -> dict[str, list[dict[str, Any]]]:
    """Who accessed a patient's record, and to whom it was disclosed (45 CFR 164.528).

    The patient themselves (``requester_patient_id`` resolved by the clinic app) or an
    auditor may ask. Staff are listed by user id and role, never with other patients' data.
    The request is itself audited.
    """
    own = _patient_id_of(requester)
    if own != patient_id and not can_search_audit(requester):
        raise Forbidden("You can only see who accessed your own record.")
    accesses = [
        {
            "when": e.recorded_at.isoformat(),
            "who": e.actor_id,
            "role": e.actor_role,
            "action": e.action,
            "what": e.entity_type,
            "purpose": e.purpose,
        }
        for e in AuditEvent.objects.filter(patient_id=patient_id, action__in=ACCESS_ACTIONS)
        .exclude(actor_id=requester.pk)
        .order_by("seq")
    ]
    disclosures = [
        {
            "when": d.disclosed_on.isoformat(),
            "recipient": d.recipient,
            "purpose": d.purpose,
            "description": d.description,
        }
        for d in Disclosure.objects.filter(patient_id=patient_id).order_by("created_at")
    ]
    record_event(
        actor=requester,
        action=AuditAction.READ,
        entity_type="AccessReport",
        patient_id=patient_id,
        purpose="PATRQT" if own == patient_id else "HOPERAT",
    )
    return {"accesses": accesses, "disclosures": disclosures}


def _patient_id_of(user: Any) -> int | None:
    from django.apps import apps

    if not apps.is_installed("clinic"):
        return None
    from clinic.roles import actor_for

    return actor_for(user).patient_id


def audit_events_for(*, requester: Any) -> QuerySet[AuditEvent]:
    if not can_search_audit(requester):
        raise Forbidden("Only auditors can search the audit trail.")
    return AuditEvent.objects.all()
