"""The patient's "who looked at my record" page, worded for a patient.

The data and its audit come from ``compliance.selectors.patient_access_report`` (45 CFR
164.528 accounting: accesses from the audit trail plus recorded disclosures); this module
only scopes it to the signed-in patient (there is no patient id parameter to tamper with)
and turns user ids and codes into names and plain words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.auth import get_user_model

from clinic.roles import Role, actor_for
from compliance.audit import AuditAction
from compliance.selectors import patient_access_report
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


@dataclass(frozen=True)
class AccessLog:
    rows: list[RecordAccess]
    disclosures: list[dict[str, Any]] = field(default_factory=list)


def _who(actor_id: int | None, names: dict[int, Any]) -> str:
    user = names.get(actor_id) if actor_id else None
    if user is None:
        return "Clinic system (automated)" if actor_id is None else "A former staff member"
    return user.get_full_name() or user.get_username()


def record_access_for_patient(*, actor: Any) -> AccessLog:
    """Accesses to the patient's record by anyone but the patient, newest first."""
    who = actor_for(actor)
    if who.role != Role.PATIENT or who.patient_id is None:
        raise Forbidden("Only patients can see who accessed their own record.")
    report = patient_access_report(requester=actor, patient_id=who.patient_id)
    accesses = list(reversed(report["accesses"]))[:ACCESS_LOG_LIMIT]
    users = get_user_model().objects.in_bulk({a["who"] for a in accesses if a["who"]})
    rows = [
        RecordAccess(
            when=datetime.fromisoformat(access["when"]),
            who=_who(access["who"], users),
            role=ROLE_LABELS.get(access["role"], "Staff" if access["who"] else "Clinic system"),
            what=(
                f"{ENTITY_LABELS.get(access['what'], access['what'])} "
                f"{ACTION_LABELS.get(access['action'], access['action'])}"
            ).capitalize(),
            emergency=access["purpose"] == "ETREAT" or access["action"] == AuditAction.BREAK_GLASS,
        )
        for access in accesses
    ]
    return AccessLog(rows=rows, disclosures=report["disclosures"])
