"""Break-glass: a clinician's emergency read access to a patient outside their organization.

The grant itself, its expiry and its audit record live in ``compliance.access``; this wrapper
adds what only the clinic knows: who must be told (the admins of the patient's organization).
"""

from __future__ import annotations

from typing import Any

from clinic.models import Patient, StaffMember, StaffRole
from clinic.roles import Role, actor_for, require_role
from compliance.access import break_glass_open


def organization_admin_emails(organization_id: int) -> list[str]:
    emails = StaffMember.objects.filter(
        organization_id=organization_id,
        role=StaffRole.ORG_ADMIN,
        active=True,
        user__is_active=True,
    ).values_list("user__email", flat=True)
    return sorted({email for email in emails if email})


def break_glass(*, actor: Any, patient: Patient, reason: str) -> Any:
    """Open a break-glass grant for ``actor`` on ``patient`` and notify the patient's org admins.

    Only clinicians may break the glass; ``compliance.access`` checks the reason (mandatory:
    it is what a reviewer reads afterwards), opens the grant and audits it.
    """
    require_role(actor_for(actor), {Role.CLINICIAN}, "emergency access")
    return break_glass_open(
        actor=actor,
        patient_id=patient.pk,
        reason=reason if isinstance(reason, str) else "",
        notify_emails=organization_admin_emails(patient.organization_id),
    )
