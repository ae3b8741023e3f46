"""Reading health records. Patients read their own; clinicians their organization's, or
another organization's under an active break-glass grant (audited as such). Front desk,
org admins and auditors are refused with ``Forbidden`` whatever the patient."""

from __future__ import annotations

from typing import Any

from django.db.models import Model

from clinic import validation
from clinic.models import (
    AllergyIntolerance,
    Condition,
    Immunization,
    MedicationStatement,
    Observation,
)
from clinic.roles import actor_for, patient_for_clinical_read
from compliance.audit import AuditAction, record_event


def _records(
    model: type[Model], *, actor: Any, patient_id: Any, ordering: str, **filters: Any
) -> list[Any]:
    patient, via_break_glass = patient_for_clinical_read(actor_for(actor), patient_id)
    rows = list(
        model.objects.filter(patient=patient, **filters)
        .select_related("recorded_by")
        .order_by(ordering, "-pk")
    )
    detail: dict[str, Any] = {"count": len(rows)}
    if filters:
        detail["filters"] = sorted(filters)
    if via_break_glass:
        detail["break_glass"] = True
    record_event(
        actor=actor,
        action=AuditAction.READ,
        entity_type=model.__name__,
        patient_id=patient.pk,
        purpose="ETREAT" if via_break_glass else "TREAT",
        detail=detail,
    )
    return rows


def observations_for_patient(
    *, actor: Any, patient_id: Any, code: str | None = None
) -> list[Observation]:
    """Lab results, newest first; ``code`` (e.g. LOINC "4548-4") narrows to one test."""
    filters = {}
    if code:
        filters["code"] = validation.text(code, field="Code", max_length=40)
    return _records(
        Observation, actor=actor, patient_id=patient_id, ordering="-effective_at", **filters
    )


def medications_for_patient(
    *, actor: Any, patient_id: Any, status: str | None = None
) -> list[MedicationStatement]:
    filters = {"status": status} if status else {}
    return _records(
        MedicationStatement,
        actor=actor,
        patient_id=patient_id,
        ordering="-effective_start",
        **filters,
    )


def allergies_for_patient(*, actor: Any, patient_id: Any) -> list[AllergyIntolerance]:
    return _records(AllergyIntolerance, actor=actor, patient_id=patient_id, ordering="-recorded_at")


def conditions_for_patient(*, actor: Any, patient_id: Any) -> list[Condition]:
    return _records(Condition, actor=actor, patient_id=patient_id, ordering="-onset_date")


def immunizations_for_patient(*, actor: Any, patient_id: Any) -> list[Immunization]:
    return _records(Immunization, actor=actor, patient_id=patient_id, ordering="-occurrence_date")
