"""Recording health data. Only clinicians of the patient's own organization write records
(break-glass grants reading, never writing); every write is audited with the code only."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from clinic import validation
from clinic.models import (
    AllergyIntolerance,
    CodeSystem,
    Condition,
    Criticality,
    Immunization,
    Interpretation,
    MedicationStatement,
    MedicationStatus,
    Observation,
)
from clinic.roles import actor_for, patient_for_clinical_write
from compliance.audit import AuditAction, record_event
from config.errors import InvalidInput

CLINICAL_STATUSES = ("active", "recurrence", "relapse", "inactive", "remission", "resolved")


def _coding(code: Any, display: Any, code_system: Any) -> dict[str, str]:
    return {
        "code": validation.text(code, field="Code", max_length=40),
        "display": validation.text(display, field="Display", max_length=200),
        "code_system": validation.text(code_system, field="Code system", max_length=100),
    }


def _save(model: type[Model], *, actor: Any, patient_id: Any, **fields: Any) -> Any:
    patient = patient_for_clinical_write(actor_for(actor), patient_id)
    record = model.objects.create(patient=patient, recorded_by=actor, **fields)
    record_event(
        actor=actor,
        action=AuditAction.CREATE,
        entity_type=model.__name__,
        entity_id=record.pk,
        patient_id=patient.pk,
        detail={"code_system": fields["code_system"], "code": fields["code"]},
    )
    return record


@transaction.atomic
def observation_record(
    *,
    actor: Any,
    patient_id: Any,
    code: str,
    display: str,
    value: str,
    effective_at: datetime | str,
    unit: str = "",
    reference_range: str = "",
    interpretation: str = "",
    note: str = "",
    code_system: str = CodeSystem.LOINC,
) -> Observation:
    """Record a lab result. ``value`` is text: numeric results and "positive" alike."""
    effective_at = validation.aware_datetime(effective_at, field="Effective time")
    if effective_at > timezone.now():
        raise InvalidInput("Effective time cannot be in the future.")
    return _save(
        Observation,
        actor=actor,
        patient_id=patient_id,
        **_coding(code, display, code_system),
        value=validation.text(
            str(value) if value is not None else "", field="Value", max_length=200
        ),
        unit=validation.text(unit, field="Unit", max_length=40, required=False),
        reference_range=validation.text(
            reference_range, field="Reference range", max_length=80, required=False
        ),
        interpretation=validation.choice(
            interpretation, field="Interpretation", choices=Interpretation, required=False
        ),
        effective_at=effective_at,
        note=validation.text(note, field="Note", max_length=2000, required=False),
    )


@transaction.atomic
def medication_record(
    *,
    actor: Any,
    patient_id: Any,
    code: str,
    display: str,
    dosage: str = "",
    status: str = MedicationStatus.ACTIVE,
    effective_start: date | str | None = None,
    effective_end: date | str | None = None,
    note: str = "",
    code_system: str = CodeSystem.RXNORM,
) -> MedicationStatement:
    start = validation.a_date(effective_start, field="Start date", required=False)
    end = validation.a_date(effective_end, field="End date", required=False)
    if start and end and end < start:
        raise InvalidInput("End date is before the start date.")
    return _save(
        MedicationStatement,
        actor=actor,
        patient_id=patient_id,
        **_coding(code, display, code_system),
        dosage=validation.text(dosage, field="Dosage", max_length=300, required=False),
        status=validation.choice(status, field="Status", choices=MedicationStatus),
        effective_start=start,
        effective_end=end,
        note=validation.text(note, field="Note", max_length=2000, required=False),
    )


@transaction.atomic
def allergy_record(
    *,
    actor: Any,
    patient_id: Any,
    code: str,
    display: str,
    category: str = "",
    criticality: str = "",
    reaction: str = "",
    onset_date: date | str | None = None,
    note: str = "",
    code_system: str = CodeSystem.SNOMED,
) -> AllergyIntolerance:
    return _save(
        AllergyIntolerance,
        actor=actor,
        patient_id=patient_id,
        **_coding(code, display, code_system),
        category=validation.choice(
            category,
            field="Category",
            choices=("food", "medication", "environment", "biologic"),
            required=False,
        ),
        criticality=validation.choice(
            criticality, field="Criticality", choices=Criticality, required=False
        ),
        reaction=validation.text(reaction, field="Reaction", max_length=300, required=False),
        onset_date=validation.past_date(onset_date, field="Onset date", required=False),
        note=validation.text(note, field="Note", max_length=2000, required=False),
    )


@transaction.atomic
def condition_record(
    *,
    actor: Any,
    patient_id: Any,
    code: str,
    display: str,
    clinical_status: str = "active",
    onset_date: date | str | None = None,
    abatement_date: date | str | None = None,
    note: str = "",
    code_system: str = CodeSystem.SNOMED,
) -> Condition:
    return _save(
        Condition,
        actor=actor,
        patient_id=patient_id,
        **_coding(code, display, code_system),
        clinical_status=validation.choice(
            clinical_status, field="Clinical status", choices=CLINICAL_STATUSES
        ),
        onset_date=validation.past_date(onset_date, field="Onset date", required=False),
        abatement_date=validation.past_date(abatement_date, field="Abatement date", required=False),
        note=validation.text(note, field="Note", max_length=2000, required=False),
    )


@transaction.atomic
def immunization_record(
    *,
    actor: Any,
    patient_id: Any,
    code: str,
    display: str,
    occurrence_date: date | str,
    lot_number: str = "",
    note: str = "",
    code_system: str = CodeSystem.CVX,
) -> Immunization:
    return _save(
        Immunization,
        actor=actor,
        patient_id=patient_id,
        **_coding(code, display, code_system),
        occurrence_date=validation.past_date(occurrence_date, field="Occurrence date"),
        lot_number=validation.text(lot_number, field="Lot number", max_length=40, required=False),
        note=validation.text(note, field="Note", max_length=2000, required=False),
    )
