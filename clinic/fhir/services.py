"""FHIR writes: parse with fhir.resources, map to the clinic's services, version, audit.

Every create and update calls the clinic service that owns the row (``patient_create``,
``appointment_book``, ``observation_record``, ...), so role checks, validation and the audit
event are the clinic's own. The one write the clinic has no service for, amending an
Observation, lives here with the same shape (atomic, scoped, audited).

Conditional create (``If-None-Exist``) runs the search and the create in one transaction;
concurrent duplicates of a Patient are stopped by the unique MRN / external-id constraints,
caught here and answered with the existing resource, so a retried import never duplicates.
Updates take ``If-Match`` against ``ResourceVersion`` under a row lock.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from django.db import transaction
from pydantic import ValidationError

from clinic import services as clinic_services
from clinic.fhir import selectors, versions, webhooks
from clinic.fhir.auth import FhirContext
from clinic.fhir.errors import FhirError, validation_issues
from clinic.fhir.mappers import build, mrn_system
from clinic.fhir.models import Subscription
from clinic.fhir.registry import ResourceSpec, spec_for
from clinic.fhir.search import reference_ids
from clinic.models import Appointment, AppointmentStatus, Observation
from clinic.roles import actor_for, patient_for_clinical_write
from compliance.audit import AuditAction, record_event
from config.errors import Conflict, DomainError, InvalidInput

MAX_BODY_BYTES = 5 * 1024 * 1024


@dataclass
class WriteResult:
    row: Any
    created: bool


def parse_resource(payload: Any, expected_type: str | None = None, *, where: str = "") -> Any:
    """A fhir.resources model from JSON bytes or a dict; 400 OperationOutcome if invalid."""
    if isinstance(payload, bytes | str):
        if len(payload) > MAX_BODY_BYTES:
            raise FhirError("The request body is too large.", status=413)
        try:
            payload = json.loads(payload or b"null")
        except (ValueError, UnicodeDecodeError):
            raise InvalidInput(f"{where}The body is not valid JSON.") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("resourceType"), str):
        raise InvalidInput(f"{where}The body must be a FHIR resource with a resourceType.")
    resource_type = payload["resourceType"]
    if expected_type and resource_type != expected_type:
        raise InvalidInput(f"{where}Expected a {expected_type}, got {resource_type[:40]}.")
    try:
        from fhir.resources.R4B import get_fhir_model_class

        model = get_fhir_model_class(resource_type)
    except (KeyError, ValueError, AttributeError, ImportError):
        raise InvalidInput(f"{where}Unknown resource type.") from None
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        raise FhirError(
            f"{where}The {resource_type} is not valid FHIR.",
            status=400,
            issues=validation_issues(exc, prefix=f"{resource_type}."),
        ) from None


def _unprocessable(message: str) -> FhirError:
    return FhirError(message, status=422, issue_code="processing")


def _ref_id(reference: Any, target: str, *, field: str) -> int:
    value = getattr(reference, "reference", None) if reference is not None else None
    if not value:
        raise _unprocessable(f"{field} must reference a {target}.")
    try:
        return reference_ids(value, name=field, target=target)[0]
    except DomainError:
        raise _unprocessable(f"{field} must reference a {target} by id.") from None


def _coding(concept: Any, *, field: str) -> dict[str, str]:
    codings = getattr(concept, "coding", None) or []
    for coding in codings:
        if coding.code:
            return {
                "code_system": coding.system or "",
                "code": coding.code,
                "display": coding.display or getattr(concept, "text", None) or coding.code,
            }
    raise _unprocessable(f"{field} needs a coding with a code.")


def _note(resource: Any) -> str:
    notes = getattr(resource, "note", None) or []
    return "\n".join(n.text for n in notes if n.text)


def _day(value: Any) -> Any:
    if value is None:
        return None
    return value.date() if hasattr(value, "date") and callable(value.date) else value


# --- mapping FHIR -> clinic service arguments --------------------------------------------


def _patient_fields(res: Any) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    name = (res.name or [None])[0]
    if name is None or not name.family or not name.given:
        raise _unprocessable("Patient.name needs a family name and a given name.")
    mrn = None
    external: list[tuple[str, str]] = []
    for identifier in res.identifier or []:
        is_mr = any(c.code == "MR" for c in (getattr(identifier.type, "coding", None) or []))
        if identifier.system == mrn_system() or (is_mr and not identifier.system):
            mrn = identifier.value
        elif identifier.system and identifier.value:
            external.append((identifier.system, identifier.value))
    if not mrn:
        raise _unprocessable(
            f"Patient.identifier needs the medical record number (system {mrn_system()})."
        )
    if res.birthDate is None:
        raise _unprocessable("Patient.birthDate is required.")
    telecom = {t.system: t.value for t in (res.telecom or []) if t.value}
    address = (res.address or [None])[0]
    address_text = ""
    if address is not None:
        address_text = address.text or ", ".join(
            [*(address.line or []), *(x for x in (address.city, address.postalCode) if x)]
        )
    fields = {
        "given_name": " ".join(name.given),
        "family_name": name.family,
        "birth_date": res.birthDate,
        "mrn": mrn,
        "gender": res.gender or "unknown",
        "phone": telecom.get("phone", ""),
        "email": telecom.get("email", ""),
        "address": address_text,
    }
    return fields, external


def _observation_fields(res: Any) -> dict[str, Any]:
    value, unit = "", ""
    if res.valueQuantity is not None and res.valueQuantity.value is not None:
        number = res.valueQuantity.value
        value = format(number.normalize(), "f") if hasattr(number, "normalize") else str(number)
        unit = res.valueQuantity.unit or res.valueQuantity.code or ""
    elif res.valueString:
        value = res.valueString
    elif res.valueCodeableConcept is not None:
        value = (
            res.valueCodeableConcept.text
            or _coding(res.valueCodeableConcept, field="Observation.valueCodeableConcept")[
                "display"
            ]
        )
    else:
        raise _unprocessable(
            "Observation needs valueQuantity, valueString or valueCodeableConcept."
        )
    if res.effectiveDateTime is None:
        raise _unprocessable("Observation.effectiveDateTime is required.")
    interpretation = ""
    for concept in res.interpretation or []:
        interpretation = _coding(concept, field="Observation.interpretation")["code"]
    reference_range = ""
    for rr in res.referenceRange or []:
        reference_range = rr.text or ""
    return {
        **_coding(res.code, field="Observation.code"),
        "value": value,
        "unit": unit,
        "effective_at": res.effectiveDateTime,
        "interpretation": interpretation,
        "reference_range": reference_range,
        "note": _note(res),
    }


def _create_clinical(ctx: FhirContext, resource_type: str, res: Any) -> Any:
    user = ctx.user
    if resource_type == "Patient":
        fields, external = _patient_fields(res)
        patient = clinic_services.patient_create(actor=user, **fields)
        for system, value in external:
            clinic_services.patient_identifier_add(
                actor=user, patient_id=patient.pk, system=system, value=value
            )
        return patient
    if resource_type == "Appointment":
        return _appointment_create(ctx, res)
    if resource_type == "Observation":
        if res.status != "final":
            raise _unprocessable("New Observations are accepted with status 'final' only.")
        patient_id = _ref_id(res.subject, "Patient", field="Observation.subject")
        return clinic_services.observation_record(
            actor=user, patient_id=patient_id, **_observation_fields(res)
        )
    if resource_type == "MedicationStatement":
        period = res.effectivePeriod
        return clinic_services.medication_record(
            actor=user,
            patient_id=_ref_id(res.subject, "Patient", field="MedicationStatement.subject"),
            **_coding(
                res.medicationCodeableConcept, field="MedicationStatement.medicationCodeableConcept"
            ),
            dosage="; ".join(d.text for d in (res.dosage or []) if d.text),
            status=res.status,
            effective_start=_day(period.start if period else res.effectiveDateTime),
            effective_end=_day(period.end if period else None),
            note=_note(res),
        )
    if resource_type == "AllergyIntolerance":
        reactions = [
            m.text or (m.coding[0].display if m.coding else "")
            for r in (res.reaction or [])
            for m in (r.manifestation or [])
        ]
        return clinic_services.allergy_record(
            actor=user,
            patient_id=_ref_id(res.patient, "Patient", field="AllergyIntolerance.patient"),
            **_coding(res.code, field="AllergyIntolerance.code"),
            category=(res.category or [""])[0],
            criticality=res.criticality or "",
            reaction="; ".join(r for r in reactions if r),
            onset_date=_day(res.onsetDateTime),
            note=_note(res),
        )
    if resource_type == "Condition":
        status = (
            _coding(res.clinicalStatus, field="Condition.clinicalStatus")["code"]
            if res.clinicalStatus
            else "active"
        )
        return clinic_services.condition_record(
            actor=user,
            patient_id=_ref_id(res.subject, "Patient", field="Condition.subject"),
            **_coding(res.code, field="Condition.code"),
            clinical_status=status,
            onset_date=_day(res.onsetDateTime),
            abatement_date=_day(res.abatementDateTime),
            note=_note(res),
        )
    if resource_type == "Immunization":
        if res.occurrenceDateTime is None:
            raise _unprocessable("Immunization.occurrenceDateTime is required.")
        return clinic_services.immunization_record(
            actor=user,
            patient_id=_ref_id(res.patient, "Patient", field="Immunization.patient"),
            **_coding(res.vaccineCode, field="Immunization.vaccineCode"),
            occurrence_date=_day(res.occurrenceDateTime),
            lot_number=res.lotNumber or "",
            note=_note(res),
        )
    raise FhirError(f"{resource_type} cannot be created through this API.", status=405)


def _appointment_create(ctx: FhirContext, res: Any) -> Appointment:
    if res.status not in ("booked", "proposed", "pending"):
        raise _unprocessable("New Appointments must have status booked, proposed or pending.")
    patient_id = practitioner_id = None
    for participant in res.participant or []:
        reference = getattr(participant.actor, "reference", "") or ""
        if reference.startswith("Patient/"):
            patient_id = _ref_id(participant.actor, "Patient", field="Appointment.participant")
        elif reference.startswith("Practitioner/"):
            practitioner_id = _ref_id(
                participant.actor, "Practitioner", field="Appointment.participant"
            )
    start = res.start
    for slot_ref in res.slot or []:
        slot_id = (slot_ref.reference or "").removeprefix("Slot/")
        slot, _ = selectors.slot_read(ctx, slot_id)
        practitioner_id, start = slot.practitioner_id, slot.start
    if patient_id is None or practitioner_id is None or start is None:
        raise _unprocessable(
            "An Appointment needs a Patient and a Practitioner participant and a start (or a Slot)."
        )
    reason = "; ".join(r.text for r in (res.reasonCode or []) if r.text) or (res.description or "")
    return clinic_services.appointment_book(
        actor=ctx.user,
        patient_id=patient_id,
        practitioner_id=practitioner_id,
        start=start,
        reason=reason,
    )


# --- update ------------------------------------------------------------------------------


def _update_row(ctx: FhirContext, spec: ResourceSpec, row: Any, res: Any) -> Any:
    user = ctx.user
    if spec.type == "Patient":
        fields, external = _patient_fields(res)
        patient = clinic_services.patient_update(actor=user, patient_id=row.pk, **fields)
        known = {(i.system, i.value) for i in patient.identifiers.all()}
        for system, value in external:
            if (system, value) not in known:
                clinic_services.patient_identifier_add(
                    actor=user, patient_id=patient.pk, system=system, value=value
                )
        return patient
    if spec.type == "Appointment":
        return _appointment_update(ctx, row, res)
    if spec.type == "Observation":
        if _ref_id(res.subject, "Patient", field="Observation.subject") != row.patient_id:
            raise _unprocessable("Observation.subject cannot change.")
        return observation_amend(
            actor=user,
            observation_id=row.pk,
            status=res.status,
            **{
                k: v
                for k, v in _observation_fields(res).items()
                if k in ("value", "unit", "interpretation", "reference_range", "note")
            },
        )
    raise FhirError(f"{spec.type} cannot be updated through this API.", status=405)


def _appointment_update(ctx: FhirContext, row: Appointment, res: Any) -> Appointment:
    same_time = res.start is not None and res.start == row.start
    if not same_time:
        raise _unprocessable(
            "An Appointment's start cannot be changed in place; cancel it and book a new one."
        )
    if res.status == row.status:
        return row
    if row.status != AppointmentStatus.BOOKED:
        raise Conflict(f"This appointment is already {row.status}.")
    actions = {
        AppointmentStatus.CANCELLED: clinic_services.appointment_cancel,
        AppointmentStatus.FULFILLED: clinic_services.appointment_mark_fulfilled,
        AppointmentStatus.NO_SHOW: clinic_services.appointment_mark_no_show,
    }
    action = actions.get(res.status)
    if action is None:
        raise _unprocessable(
            "Appointment.status may change from booked to cancelled, fulfilled or noshow."
        )
    return action(actor=ctx.user, appointment_id=row.pk)


OBSERVATION_STATUSES = ("final", "amended", "corrected", "entered-in-error", "cancelled")


@transaction.atomic
def observation_amend(
    *,
    actor: Any,
    observation_id: int,
    status: str,
    value: str,
    unit: str = "",
    interpretation: str = "",
    reference_range: str = "",
    note: str = "",
) -> Observation:
    """Correct a lab result (FHIR update). Same rule as recording: clinicians of the patient's
    organization only. The audit event names the fields changed, never their values."""
    from clinic import validation
    from clinic.models import Interpretation

    observation = Observation.objects.select_for_update().get(pk=observation_id)
    patient_for_clinical_write(actor_for(actor), observation.patient_id)
    if status not in OBSERVATION_STATUSES:
        raise InvalidInput(f"Observation status must be one of {', '.join(OBSERVATION_STATUSES)}.")
    new = {
        "status": status,
        "value": validation.text(value, field="Value", max_length=200),
        "unit": validation.text(unit, field="Unit", max_length=40, required=False),
        "interpretation": validation.choice(
            interpretation, field="Interpretation", choices=Interpretation, required=False
        ),
        "reference_range": validation.text(
            reference_range, field="Reference range", max_length=80, required=False
        ),
        "note": validation.text(note, field="Note", max_length=2000, required=False),
    }
    changed = sorted(k for k, v in new.items() if getattr(observation, k) != v)
    if not changed:
        return observation
    for name in changed:
        setattr(observation, name, new[name])
    observation.save(update_fields=changed)
    record_event(
        actor=actor,
        action=AuditAction.UPDATE,
        entity_type="Observation",
        entity_id=observation.pk,
        patient_id=observation.patient_id,
        detail={"fields": changed, "status": status},
    )
    return observation


# --- the interactions --------------------------------------------------------------------


def _writable(ctx: FhirContext, resource_type: str, interaction: str) -> ResourceSpec:
    spec = spec_for(resource_type)
    if spec is None or interaction not in spec.interactions:
        raise FhirError(f"{interaction} is not supported for {resource_type}.", status=405)
    ctx.require(resource_type, "write")
    return spec


@transaction.atomic
def create(
    ctx: FhirContext, resource_type: str, payload: Any, *, if_none_exist: str = ""
) -> WriteResult:
    spec = _writable(ctx, resource_type, "create")
    res = parse_resource(payload, resource_type)
    if if_none_exist:
        existing = _conditional_match(ctx, spec, if_none_exist)
        if existing is not None:
            return WriteResult(existing, created=False)
    try:
        with transaction.atomic():
            row = _create_clinical(ctx, resource_type, res)
    except Conflict:
        if not if_none_exist:
            raise
        # A concurrent request with the same identifier won the race: answer with its row.
        existing = _conditional_match(ctx, spec, if_none_exist)
        if existing is None:
            raise
        return WriteResult(existing, created=False)
    return WriteResult(row, created=True)


def _conditional_match(ctx: FhirContext, spec: ResourceSpec, criteria: str) -> Any:
    query = parse_qs(criteria.lstrip("?").split("?", 1)[-1], keep_blank_values=True)
    if not query:
        raise InvalidInput(
            "If-None-Exist must hold search parameters, e.g. identifier=system|value."
        )
    page = selectors.search(ctx, spec, {**query, "_count": ["2"]})
    if page.total > 1:
        raise FhirError(
            "If-None-Exist matches more than one resource.", status=412, issue_code="duplicate"
        )
    return page.rows[0] if page.rows else None


@transaction.atomic
def update(
    ctx: FhirContext, resource_type: str, resource_id: str, payload: Any, *, if_match: str = ""
) -> WriteResult:
    spec = _writable(ctx, resource_type, "update")
    res = parse_resource(payload, resource_type)
    if res.id is not None and res.id != resource_id:
        raise InvalidInput("The resource id in the body does not match the URL.")
    row = selectors.scoped_row(ctx, spec, resource_id)
    current = versions.current_version(spec.type, row.pk, lock=True)
    if if_match:
        wanted = versions.parse_if_match(if_match)
        if wanted != current:
            raise FhirError(
                f"Version conflict: the resource is at version {current}.",
                status=412,
                issue_code="conflict",
            )
    return WriteResult(_update_row(ctx, spec, row, res), created=False)


# --- Subscription ------------------------------------------------------------------------


SUBSCRIBABLE = ("Appointment", "Observation")


@transaction.atomic
def subscription_create(ctx: FhirContext, payload: Any) -> tuple[Subscription, str]:
    """Register a rest-hook; returns the row and its signing secret (shown once)."""
    ctx.require("Subscription", "write")
    res = parse_resource(payload, "Subscription")
    criteria = (res.criteria or "").strip()
    if criteria not in SUBSCRIBABLE:
        raise _unprocessable("Subscription.criteria must be 'Appointment' or 'Observation'.")
    ctx.require(criteria, "read")
    if res.channel.type != "rest-hook" or not res.channel.endpoint:
        raise _unprocessable("Only rest-hook channels with an endpoint are supported.")
    problem = webhooks.endpoint_problem(ctx.client.organization_id, res.channel.endpoint)
    if problem:
        raise _unprocessable(problem)
    secret = secrets.token_urlsafe(32)
    subscription = Subscription.objects.create(
        client=ctx.client,
        organization_id=ctx.client.organization_id,
        resource_type=criteria,
        endpoint=res.channel.endpoint,
        secret=secret,
        reason=(res.reason or "")[:200],
    )
    record_event(
        actor=ctx.user,
        action=AuditAction.CREATE,
        entity_type="Subscription",
        entity_id=subscription.pk,
        detail={"resource_type": criteria},
    )
    return subscription, secret


@transaction.atomic
def subscription_off(ctx: FhirContext, subscription_id: str) -> None:
    ctx.require("Subscription", "write")
    row = subscription_get(ctx, subscription_id)
    Subscription.objects.filter(pk=row.pk).update(status=Subscription.Status.OFF)
    record_event(
        actor=ctx.user, action=AuditAction.DELETE, entity_type="Subscription", entity_id=row.pk
    )


def subscription_get(ctx: FhirContext, subscription_id: str) -> Subscription:
    from config.errors import NotFound

    row = (
        Subscription.objects.filter(pk=int(subscription_id), client=ctx.client).first()
        if subscription_id.isdigit() and len(subscription_id) < 19
        else None
    )
    if row is None:
        raise NotFound("Subscription is not known.")
    return row


def subscription_to_fhir(row: Subscription, secret: str | None = None) -> Any:
    extension = [{"url": "urn:clinic:fhir:webhook-secret", "valueString": secret}] if secret else []
    return build(
        "Subscription",
        {
            "id": str(row.pk),
            "status": row.status,
            "reason": row.reason or "EHR integration",
            "criteria": row.resource_type,
            "channel": {
                "type": "rest-hook",
                "endpoint": row.endpoint,
                "payload": "application/fhir+json",
            },
            "extension": extension,
        },
    )
