"""Who is asking, and what they may touch (the roles matrix in clinic/README.md).

Every selector and service starts from ``actor_for(user)`` and one of the ``require_*``
helpers. Two kinds of refusal, on purpose:

* out of scope (another organization's patient, another patient's data) -> ``NotFound``,
  identical to a missing row, so ids cannot be probed;
* a role that may never see this kind of data (front desk and clinical records, auditors and
  patients) -> ``Forbidden``, which says nothing about whether the row exists.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from django.db.models import QuerySet

from config.errors import Forbidden, NotFound

if TYPE_CHECKING:
    from clinic.models import Patient


class Role(StrEnum):
    PATIENT = "patient"
    CLINICIAN = "clinician"
    FRONT_DESK = "front_desk"
    ORG_ADMIN = "org_admin"
    AUDITOR = "auditor"
    NONE = "none"


STAFF_ROLES = frozenset({Role.CLINICIAN, Role.FRONT_DESK, Role.ORG_ADMIN})
# May see and edit demographics and appointments of their organization's patients.
SCHEDULING_ROLES = frozenset({Role.CLINICIAN, Role.FRONT_DESK, Role.ORG_ADMIN})
# May read clinical records (patients: their own).
CLINICAL_READ_ROLES = frozenset({Role.CLINICIAN, Role.PATIENT})


@dataclass(frozen=True)
class Actor:
    user: Any
    role: Role
    organization_id: int | None = None
    patient_id: int | None = None
    practitioner_id: int | None = None

    @property
    def is_staff_role(self) -> bool:
        return self.role in STAFF_ROLES


def actor_for(user: Any) -> Actor:
    """The role of ``user``: an active ``StaffMember`` row, else a linked ``Patient``.

    Cached on the user object for the request; role changes apply from the next request.
    """
    cached = getattr(user, "_clinic_actor", None)
    if cached is not None:
        return cached
    actor = _resolve(user)
    if user is not None:
        with contextlib.suppress(AttributeError):
            user._clinic_actor = actor
    return actor


def _resolve(user: Any) -> Actor:
    from clinic.models import Patient, Practitioner, StaffMember

    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return Actor(user=user, role=Role.NONE)
    staff = StaffMember.objects.filter(user=user, active=True).first()
    if staff is not None:
        practitioner_id = (
            Practitioner.objects.filter(user=user, organization_id=staff.organization_id)
            .values_list("pk", flat=True)
            .first()
        )
        return Actor(
            user=user,
            role=Role(staff.role),
            organization_id=staff.organization_id,
            practitioner_id=practitioner_id,
        )
    patient = Patient.objects.filter(user=user, active=True).values("pk", "organization_id").first()
    if patient is not None:
        return Actor(
            user=user,
            role=Role.PATIENT,
            organization_id=patient["organization_id"],
            patient_id=patient["pk"],
        )
    return Actor(user=user, role=Role.NONE)


def require_role(actor: Actor, allowed: frozenset[Role] | set[Role], what: str) -> None:
    if actor.role not in allowed:
        raise Forbidden(f"Your role does not allow access to {what}.")


def patients_visible_to(actor: Actor) -> QuerySet[Patient]:
    """Patients whose demographics and appointments ``actor`` may see (no break-glass)."""
    from clinic.models import Patient

    if actor.role == Role.PATIENT:
        return Patient.objects.filter(pk=actor.patient_id)
    if actor.role in SCHEDULING_ROLES:
        return Patient.objects.filter(organization_id=actor.organization_id)
    raise Forbidden("Your role does not allow access to patient records.")


def patient_for_demographics(actor: Actor, patient_id: Any) -> Patient:
    """The patient, if ``actor`` may see their demographics and appointments."""
    patient = _get_in(patients_visible_to(actor), patient_id)
    if patient is None:
        raise NotFound("Patient not found.")
    return patient


def patient_for_clinical_read(actor: Actor, patient_id: Any) -> tuple[Patient, bool]:
    """The patient and whether access came through break-glass.

    A clinician outside the patient's organization gets in only with an active break-glass
    grant (``compliance.access``); everyone else out of scope gets ``NotFound``.
    """
    from clinic.models import Patient

    require_role(actor, CLINICAL_READ_ROLES, "clinical records")
    patient = _get_in(patients_visible_to(actor), patient_id)
    if patient is not None:
        return patient, False
    if actor.role == Role.CLINICIAN:
        from compliance.access import active_break_glass

        candidate = _get_in(Patient.objects.all(), patient_id)
        if candidate is not None and active_break_glass(actor.user, candidate.pk):
            return candidate, True
    raise NotFound("Patient not found.")


def patient_for_clinical_write(actor: Actor, patient_id: Any) -> Patient:
    """Only clinicians of the patient's own organization record clinical data."""
    require_role(actor, {Role.CLINICIAN}, "recording clinical data")
    patient = _get_in(patients_visible_to(actor), patient_id)
    if patient is None:
        raise NotFound("Patient not found.")
    return patient


def _get_in(queryset: QuerySet[Patient], patient_id: Any) -> Patient | None:
    try:
        pk = int(patient_id)
    except (TypeError, ValueError):
        return None
    return queryset.select_related("organization").filter(pk=pk).first()
