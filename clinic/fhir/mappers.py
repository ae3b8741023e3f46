"""Clinic rows -> FHIR R4 resources, validated by fhir.resources (R4B models).

Each ``*_to_fhir`` builds the resource through the library's model class, so every response
is checked against the FHIR structure definitions before it leaves; a mapper bug becomes a
logged 500, never an invalid resource on the wire. ``fhir.resources`` 8 ships R5 and R4B;
R4B (4.3.0) is R4 plus fixes and is wire-compatible for every resource served here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from django.conf import settings
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.resource import Resource

from clinic import models as m

NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi"
ORG_SLUG_SYSTEM = "urn:clinic:organization"
INTERPRETATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
CLINICAL_STATUS_SYSTEM = "http://terminology.hl7.org/CodeSystem/condition-clinical"
ALLERGY_STATUS_SYSTEM = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
SNOMED = "http://snomed.info/sct"


def mrn_system() -> str:
    return getattr(settings, "FHIR_MRN_SYSTEM", "urn:clinic:mrn")


def build(resource_type: str, data: dict[str, Any]) -> Resource:
    """Validate ``data`` as ``resource_type`` with fhir.resources (raises on invalid)."""
    return get_fhir_model_class(resource_type).model_validate(
        {"resourceType": resource_type, **_drop_empty(data)}
    )


def _drop_empty(data: Any) -> Any:
    if isinstance(data, dict):
        cleaned = {k: _drop_empty(v) for k, v in data.items()}
        return {k: v for k, v in cleaned.items() if v not in (None, "", [], {})}
    if isinstance(data, list):
        return [x for x in (_drop_empty(v) for v in data) if x not in (None, "", [], {})]
    return data


def instant(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def meta(version: tuple[int, datetime] | None) -> dict[str, Any]:
    if version is None:
        return {}
    return {"versionId": str(version[0]), "lastUpdated": instant(version[1])}


def ref(resource_type: str, pk: Any) -> dict[str, str]:
    return {"reference": f"{resource_type}/{pk}"}


def _codeable(system: str, code: str, display: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code, "display": display}], "text": display}


def patient_to_fhir(p: m.Patient, version: Any) -> Resource:
    identifiers = [
        {
            "use": "usual",
            "type": {
                "coding": [
                    {"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}
                ]
            },
            "system": mrn_system(),
            "value": p.mrn,
        }
    ]
    identifiers += [{"system": i.system, "value": i.value} for i in p.identifiers.all()]
    telecom = []
    if p.phone:
        telecom.append({"system": "phone", "value": p.phone})
    if p.email:
        telecom.append({"system": "email", "value": p.email})
    return build(
        "Patient",
        {
            "id": str(p.pk),
            "meta": meta(version),
            "active": p.active,
            "identifier": identifiers,
            "name": [{"use": "official", "family": p.family_name, "given": [p.given_name]}],
            "telecom": telecom,
            "gender": p.gender,
            "birthDate": day(p.birth_date),
            "address": [{"text": p.address}] if p.address else [],
            "managingOrganization": ref("Organization", p.organization_id),
        },
    )


def practitioner_to_fhir(p: m.Practitioner, version: Any) -> Resource:
    return build(
        "Practitioner",
        {
            "id": str(p.pk),
            "meta": meta(version),
            "active": p.active,
            "identifier": [{"system": NPI_SYSTEM, "value": p.npi}] if p.npi else [],
            "name": [
                {
                    "family": p.family_name,
                    "given": [p.given_name],
                    "prefix": [p.prefix] if p.prefix else [],
                }
            ],
            "qualification": [
                {
                    "code": _codeable(
                        SNOMED,
                        m.SPECIALTY_SNOMED.get(p.specialty, p.specialty),
                        p.get_specialty_display(),
                    )
                }
            ],
        },
    )


def organization_to_fhir(o: m.Organization, version: Any) -> Resource:
    return build(
        "Organization",
        {
            "id": str(o.pk),
            "meta": meta(version),
            "active": o.active,
            "identifier": [{"system": ORG_SLUG_SYSTEM, "value": o.slug}],
            "name": o.name,
        },
    )


def location_to_fhir(loc: m.Location, version: Any) -> Resource:
    return build(
        "Location",
        {
            "id": str(loc.pk),
            "meta": meta(version),
            "status": "active",
            "name": loc.name,
            "address": {"text": loc.address} if loc.address else None,
            "managingOrganization": ref("Organization", loc.organization_id),
        },
    )


def schedule_to_fhir(rule: m.AvailabilityRule, version: Any) -> Resource:
    hours = f"{rule.start_time:%H:%M}-{rule.end_time:%H:%M}"
    return build(
        "Schedule",
        {
            "id": str(rule.pk),
            "meta": meta(version),
            "active": True,
            "actor": [ref("Practitioner", rule.practitioner_id), ref("Location", rule.location_id)],
            "planningHorizon": {"start": day(rule.valid_from), "end": day(rule.valid_until)},
            "comment": (
                f"{rule.get_weekday_display()} {hours} ({rule.location.timezone}), "
                f"{rule.slot_minutes}-minute slots"
            ),
        },
    )


def slot_id(slot: Any) -> str:
    return f"{slot.practitioner_id}-{int(slot.start.timestamp())}"


def slot_to_fhir(slot: Any, schedule_id: int | None) -> Resource:
    return build(
        "Slot",
        {
            "id": slot_id(slot),
            "schedule": ref("Schedule", schedule_id if schedule_id is not None else "unknown"),
            "status": "free",
            "start": instant(slot.start),
            "end": instant(slot.end),
        },
    )


def appointment_to_fhir(a: m.Appointment, version: Any) -> Resource:
    return build(
        "Appointment",
        {
            "id": str(a.pk),
            "meta": meta(version),
            "status": a.status,
            "start": instant(a.start),
            "end": instant(a.end),
            "created": instant(a.created_at),
            "reasonCode": [{"text": a.reason}] if a.reason else [],
            "participant": [
                {"actor": ref("Patient", a.patient_id), "status": "accepted"},
                {"actor": ref("Practitioner", a.practitioner_id), "status": "accepted"},
                {"actor": ref("Location", a.location_id), "status": "accepted"},
            ],
        },
    )


def _notes(record: Any) -> list[dict[str, str]]:
    return [{"text": record.note}] if record.note else []


def _quantity_or_string(value: str, unit: str) -> dict[str, Any]:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return {"valueString": value}
    if unit:
        return {
            "valueQuantity": {
                "value": number,
                "unit": unit,
                "system": "http://unitsofmeasure.org",
                "code": unit,
            }
        }
    return {"valueQuantity": {"value": number}}


def observation_to_fhir(o: m.Observation, version: Any) -> Resource:
    interpretation = []
    if o.interpretation:
        label = dict(m.Interpretation.choices).get(o.interpretation, o.interpretation)
        interpretation = [_codeable(INTERPRETATION_SYSTEM, o.interpretation, label)]
    return build(
        "Observation",
        {
            "id": str(o.pk),
            "meta": meta(version),
            "status": o.status,
            "category": [
                _codeable(
                    "http://terminology.hl7.org/CodeSystem/observation-category",
                    "laboratory",
                    "Laboratory",
                )
            ],
            "code": _codeable(o.code_system, o.code, o.display),
            "subject": ref("Patient", o.patient_id),
            "effectiveDateTime": instant(o.effective_at),
            "issued": instant(o.recorded_at),
            **_quantity_or_string(o.value, o.unit),
            "interpretation": interpretation,
            "referenceRange": [{"text": o.reference_range}] if o.reference_range else [],
            "note": _notes(o),
        },
    )


def medication_to_fhir(r: m.MedicationStatement, version: Any) -> Resource:
    return build(
        "MedicationStatement",
        {
            "id": str(r.pk),
            "meta": meta(version),
            "status": r.status,
            "medicationCodeableConcept": _codeable(r.code_system, r.code, r.display),
            "subject": ref("Patient", r.patient_id),
            "effectivePeriod": {"start": day(r.effective_start), "end": day(r.effective_end)},
            "dateAsserted": instant(r.recorded_at),
            "dosage": [{"text": r.dosage}] if r.dosage else [],
            "note": _notes(r),
        },
    )


def allergy_to_fhir(r: m.AllergyIntolerance, version: Any) -> Resource:
    return build(
        "AllergyIntolerance",
        {
            "id": str(r.pk),
            "meta": meta(version),
            "clinicalStatus": {
                "coding": [{"system": ALLERGY_STATUS_SYSTEM, "code": r.clinical_status}]
            },
            "category": [r.category] if r.category else [],
            "criticality": r.criticality or None,
            "code": _codeable(r.code_system, r.code, r.display),
            "patient": ref("Patient", r.patient_id),
            "onsetDateTime": day(r.onset_date),
            "recordedDate": instant(r.recorded_at),
            "reaction": [{"manifestation": [{"text": r.reaction}]}] if r.reaction else [],
            "note": _notes(r),
        },
    )


def condition_to_fhir(r: m.Condition, version: Any) -> Resource:
    return build(
        "Condition",
        {
            "id": str(r.pk),
            "meta": meta(version),
            "clinicalStatus": {
                "coding": [{"system": CLINICAL_STATUS_SYSTEM, "code": r.clinical_status}]
            },
            "code": _codeable(r.code_system, r.code, r.display),
            "subject": ref("Patient", r.patient_id),
            "onsetDateTime": day(r.onset_date),
            "abatementDateTime": day(r.abatement_date),
            "recordedDate": instant(r.recorded_at),
            "note": _notes(r),
        },
    )


def immunization_to_fhir(r: m.Immunization, version: Any) -> Resource:
    return build(
        "Immunization",
        {
            "id": str(r.pk),
            "meta": meta(version),
            "status": r.status,
            "vaccineCode": _codeable(r.code_system, r.code, r.display),
            "patient": ref("Patient", r.patient_id),
            "occurrenceDateTime": day(r.occurrence_date),
            "recorded": instant(r.recorded_at),
            "lotNumber": r.lot_number,
            "note": _notes(r),
        },
    )


def audit_event_to_fhir(e: Any, version: Any = None) -> Resource:
    """compliance.AuditEvent -> FHIR AuditEvent: who, what, on which entity; no PHI values."""
    action_codes = {"create": "C", "read": "R", "update": "U", "delete": "D", "search": "E"}
    entity: list[dict[str, Any]] = []
    if e.entity_type:
        reference = f"{e.entity_type}/{e.entity_id}" if e.entity_id else None
        entity.append({"what": {"reference": reference, "display": e.entity_type}})
    if e.patient_id:
        entity.append({"what": ref("Patient", e.patient_id), "role": {"code": "1"}})
    return build(
        "AuditEvent",
        {
            "id": str(e.seq),
            "type": {
                "system": "http://terminology.hl7.org/CodeSystem/audit-event-type",
                "code": "rest",
                "display": "RESTful Operation",
            },
            "subtype": [{"system": "urn:clinic:audit-action", "code": e.action}],
            "action": action_codes.get(e.action, "E"),
            "recorded": instant(e.recorded_at),
            "outcome": "0" if e.outcome == "success" else "4",
            "purposeOfEvent": [
                {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                            "code": e.purpose,
                        }
                    ]
                }
            ],
            "agent": [
                {
                    "who": {"identifier": {"system": "urn:clinic:user", "value": str(e.actor_id)}}
                    if e.actor_id
                    else {"display": "system"},
                    "altId": e.client_app or None,
                    "role": [{"text": e.actor_role}] if e.actor_role else [],
                    "requestor": True,
                    "network": {"address": e.source, "type": "2"} if e.source else None,
                }
            ],
            "source": {"observer": {"display": "clinic-assistant"}},
            "entity": entity,
        },
    )
