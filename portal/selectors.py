"""Reads the portal needs that no other app offers yet.

``record_access_for_patient`` answers "who looked at my record" (45 CFR 164.528 accounting
and the HIPAA right of access) from the audit trail. It is scoped to the signed-in patient:
there is no patient id parameter to tamper with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model

from clinic.roles import Role, actor_for
from compliance.audit import AuditAction, record_event
from compliance.models import AuditEvent
from config.errors import Forbidden

ACCESS_LOG_LIMIT = 200

ROLE_LABELS = {
    "clinician": "Clinician",
    "front_desk": "Front desk",
    "org_admin": "Clinic administrator",
    "auditor": "Compliance auditor",
    "system": "Clinic system",
}
ACTION_LABELS = {
    AuditAction.READ: "viewed",
    AuditAction.CREATE: "added",
    AuditAction.UPDATE: "changed",
    AuditAction.DELETE: "removed",
    AuditAction.SEARCH: "found in a search",
    AuditAction.EXPORT: "exported",
    AuditAction.REVEAL: "revealed",
    AuditAction.BREAK_GLASS: "opened with emergency access",
    AuditAction.CHAT_TOOL_CALL: "looked up for the assistant",
}
ENTITY_LABELS = {
    "Patient": "your details",
    "Observation": "lab results",
    "MedicationStatement": "medications",
    "AllergyIntolerance": "allergies",
    "Condition": "conditions",
    "Immunization": "immunizations",
    "Appointment": "appointments",
    "Conversation": "an assistant conversation",
    "Message": "an assistant message",
    "HandoffRequest": "a request to talk to staff",
}


@dataclass(frozen=True)
class RecordAccess:
    when: datetime
    who: str
    role: str
    what: str
    emergency: bool


def _who(event: AuditEvent, names: dict[int, Any]) -> str:
    user = names.get(event.actor_id) if event.actor_id else None
    if user is None:
        return "Clinic system (automated)" if event.actor_id is None else "A former staff member"
    return user.get_full_name() or user.get_username()


def record_access_for_patient(*, actor: Any) -> list[RecordAccess]:
    """Accesses to the patient's record by anyone but the patient, newest first."""
    who = actor_for(actor)
    if who.role != Role.PATIENT or who.patient_id is None:
        raise Forbidden("Only patients can see who accessed their own record.")
    events = list(
        AuditEvent.objects.filter(patient_id=who.patient_id)
        .exclude(actor_id=actor.pk)
        .exclude(action__in=[AuditAction.LOGIN, AuditAction.LOGOUT, AuditAction.LOGIN_FAILURE])
        .order_by("-seq")[:ACCESS_LOG_LIMIT]
    )
    users = get_user_model().objects.in_bulk({e.actor_id for e in events if e.actor_id})
    rows = [
        RecordAccess(
            when=event.recorded_at,
            who=_who(event, users),
            role=ROLE_LABELS.get(event.actor_role, "Staff" if event.actor_id else "Clinic system"),
            what=(
                f"{ENTITY_LABELS.get(event.entity_type, event.entity_type)} "
                f"{ACTION_LABELS.get(event.action, event.action)}"
            ).capitalize(),
            emergency=event.purpose == "ETREAT" or event.action == AuditAction.BREAK_GLASS,
        )
        for event in events
    ]
    record_event(
        actor=actor,
        action=AuditAction.READ,
        entity_type="AccessLog",
        patient_id=who.patient_id,
        purpose="PATRQT",
        detail={"count": len(rows)},
    )
    return rows
