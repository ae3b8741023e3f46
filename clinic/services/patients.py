"""Creating and changing patients. Blind indexes and name tokens are recomputed here, the
only place demographics are written, so lookups can never drift from the encrypted values."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import IntegrityError, transaction

from clinic import validation
from clinic.models import AdministrativeGender, Patient, PatientIdentifier, PatientNameToken
from clinic.roles import SCHEDULING_ROLES, actor_for, patient_for_demographics, require_role
from compliance.audit import AuditAction, record_event
from compliance.blind_index import blind_index, name_search_tokens
from config.errors import Conflict, InvalidInput

DUPLICATE_MRN = "A patient with this MRN already exists in this organization."

# Demographic fields a service caller may set, with their validators.
_VALIDATORS = {
    "given_name": lambda v: validation.text(v, field="Given name", max_length=100),
    "family_name": lambda v: validation.text(v, field="Family name", max_length=100),
    "birth_date": validation.birth_date,
    "mrn": validation.mrn,
    "phone": validation.phone,
    "email": validation.email,
    "address": lambda v: validation.text(v, field="Address", max_length=300, required=False),
    "insurance_member_id": lambda v: validation.text(
        v, field="Insurance member id", max_length=60, required=False
    ),
    "gender": lambda v: validation.choice(v, field="Gender", choices=AdministrativeGender),
}


def name_dob_index(given_name: str, family_name: str, birth_date: date) -> str:
    return blind_index(f"{given_name} {family_name}|{birth_date.isoformat()}", purpose="name_dob")


def refresh_lookup_indexes(patient: Patient) -> None:
    patient.mrn_index = blind_index(patient.mrn, purpose="mrn")
    patient.email_index = blind_index(patient.email, purpose="email") if patient.email else ""
    patient.phone_index = blind_index(patient.phone, purpose="phone") if patient.phone else ""
    patient.name_dob_index = name_dob_index(
        patient.given_name, patient.family_name, patient.birth_date
    )


def replace_name_tokens(patient: Patient) -> None:
    PatientNameToken.objects.filter(patient=patient).delete()
    tokens = name_search_tokens(f"{patient.given_name} {patient.family_name}")
    PatientNameToken.objects.bulk_create(
        [PatientNameToken(patient=patient, token=token) for token in sorted(tokens)]
    )


def _save_unique(patient: Patient, **kwargs: Any) -> None:
    try:
        with transaction.atomic():
            patient.save(**kwargs)
    except IntegrityError:
        raise Conflict(DUPLICATE_MRN) from None


@transaction.atomic
def patient_create(
    *,
    actor: Any,
    given_name: str,
    family_name: str,
    birth_date: date | str,
    mrn: str,
    gender: str = AdministrativeGender.UNKNOWN,
    phone: str = "",
    email: str = "",
    address: str = "",
    insurance_member_id: str = "",
    user: Any = None,
) -> Patient:
    """Register a patient in the actor's organization (front desk, clinician, org admin)."""
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES, "registering patients")
    values = {
        name: check(value)
        for name, check, value in (
            ("given_name", _VALIDATORS["given_name"], given_name),
            ("family_name", _VALIDATORS["family_name"], family_name),
            ("birth_date", _VALIDATORS["birth_date"], birth_date),
            ("mrn", _VALIDATORS["mrn"], mrn),
            ("gender", _VALIDATORS["gender"], gender),
            ("phone", _VALIDATORS["phone"], phone),
            ("email", _VALIDATORS["email"], email),
            ("address", _VALIDATORS["address"], address),
            ("insurance_member_id", _VALIDATORS["insurance_member_id"], insurance_member_id),
        )
    }
    if user is not None and Patient.objects.filter(user=user).exists():
        raise Conflict("This user account is already linked to a patient.")
    patient = Patient(organization_id=who.organization_id, user=user, **values)
    refresh_lookup_indexes(patient)
    _save_unique(patient)
    replace_name_tokens(patient)
    record_event(
        actor=actor,
        action=AuditAction.CREATE,
        entity_type="Patient",
        entity_id=patient.pk,
        patient_id=patient.pk,
    )
    return patient


@transaction.atomic
def patient_update(*, actor: Any, patient_id: int, **changes: Any) -> Patient:
    """Change demographics. Unknown field names are refused rather than ignored."""
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES, "changing patient details")
    unknown = set(changes) - set(_VALIDATORS)
    if unknown:
        raise InvalidInput(f"Unknown patient fields: {', '.join(sorted(unknown))}.")
    if not changes:
        raise InvalidInput("Nothing to change.")
    patient = patient_for_demographics(who, patient_id)
    patient = Patient.objects.select_for_update().get(pk=patient.pk)
    for name, value in changes.items():
        setattr(patient, name, _VALIDATORS[name](value))
    refresh_lookup_indexes(patient)
    _save_unique(patient)
    if {"given_name", "family_name"} & set(changes):
        replace_name_tokens(patient)
    record_event(
        actor=actor,
        action=AuditAction.UPDATE,
        entity_type="Patient",
        entity_id=patient.pk,
        patient_id=patient.pk,
        detail={"fields": sorted(changes)},
    )
    return patient


@transaction.atomic
def patient_identifier_add(
    *, actor: Any, patient_id: int, system: str, value: str
) -> PatientIdentifier:
    """Record the patient's id in an external EHR (one id per system and value)."""
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES, "changing patient details")
    patient = patient_for_demographics(who, patient_id)
    system = validation.text(system, field="System", max_length=200)
    value = validation.text(value, field="Identifier", max_length=100)
    identifier = PatientIdentifier(
        patient=patient,
        system=system,
        value=value,
        value_index=blind_index(f"{system}|{value}", purpose="external_id"),
    )
    try:
        with transaction.atomic():
            identifier.save()
    except IntegrityError:
        raise Conflict("This identifier is already assigned to a patient.") from None
    record_event(
        actor=actor,
        action=AuditAction.CREATE,
        entity_type="PatientIdentifier",
        entity_id=identifier.pk,
        patient_id=patient.pk,
        detail={"system": system},
    )
    return identifier
