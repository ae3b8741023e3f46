"""The served resource types: one ``ResourceSpec`` each (model, scope, mapper, search).

Views, selectors, the CapabilityStatement and bulk export all read this table, so what
``/fhir/metadata`` advertises is exactly what the code does. Scoping uses the clinic's role
helpers: demographics through ``patients_visible_to``, clinical records only for roles in
``CLINICAL_READ_ROLES`` and only for patients in scope.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet

from clinic import models as m
from clinic.fhir import mappers
from clinic.fhir import search as s
from clinic.roles import CLINICAL_READ_ROLES, Actor, patients_visible_to, require_role


@dataclass(frozen=True)
class ResourceSpec:
    type: str
    model: type | None
    to_fhir: Callable[..., Any]
    scoped: Callable[[Actor], QuerySet] | None
    params: dict[str, s.Param]
    sorts: dict[str, str] = field(default_factory=dict)
    default_order: tuple[str, ...] = ("pk",)
    patient_attr: str | None = None  # attribute holding the patient id (audit, $export)
    interactions: tuple[str, ...] = ("read", "search-type")
    related: tuple[str, ...] = ()
    prefetch: tuple[str, ...] = ()
    last_updated_attr: str | None = None

    def param_names(self) -> list[str]:
        return sorted(self.params)


def _clinical(model: type) -> Callable[[Actor], QuerySet]:
    def scoped(actor: Actor) -> QuerySet:
        require_role(actor, CLINICAL_READ_ROLES, "clinical records")
        return model.objects.filter(patient__in=patients_visible_to(actor))

    return scoped


def _in_org(model: type, path: str = "organization_id") -> Callable[[Actor], QuerySet]:
    def scoped(actor: Actor) -> QuerySet:
        return model.objects.filter(**{path: actor.organization_id})

    return scoped


def _params(*params: s.Param) -> dict[str, s.Param]:
    return {p.name: p for p in (s.id_param(), *params)}


def _subject(field_name: str = "patient_id") -> list[s.Param]:
    return [
        s.reference_param("patient", field_name, "Patient"),
        s.reference_param("subject", field_name, "Patient"),
    ]


def _code(name: str = "code") -> s.Param:
    return s.token_param(name, "code", system_field="code_system")


CLINICAL = ("read", "search-type", "create")

SPECS: dict[str, ResourceSpec] = {
    spec.type: spec
    for spec in [
        ResourceSpec(
            "Patient",
            m.Patient,
            mappers.patient_to_fhir,
            patients_visible_to,
            _params(
                s.patient_name_param(),
                s.patient_identifier_param(),
                s.date_predicate("birthdate", "birth_date"),
                s.token_param("gender", "gender"),
                s.token_param("active", "active"),
            ),
            sorts={"_id": "pk", "_lastUpdated": "updated_at"},
            patient_attr="pk",
            interactions=("read", "search-type", "create", "update"),
            prefetch=("identifiers",),
            last_updated_attr="updated_at",
        ),
        ResourceSpec(
            "Practitioner",
            m.Practitioner,
            mappers.practitioner_to_fhir,
            _in_org(m.Practitioner),
            _params(
                s.contains_param("name", "given_name", "family_name"),
                s.contains_param("family", "family_name"),
                s.contains_param("given", "given_name"),
                s.token_param("identifier", "npi"),
                s.token_param("active", "active"),
            ),
            sorts={"_id": "pk", "family": "family_name", "given": "given_name"},
        ),
        ResourceSpec(
            "Organization",
            m.Organization,
            mappers.organization_to_fhir,
            _in_org(m.Organization, "pk"),
            _params(s.contains_param("name", "name"), s.token_param("identifier", "slug")),
            sorts={"_id": "pk", "name": "name"},
        ),
        ResourceSpec(
            "Location",
            m.Location,
            mappers.location_to_fhir,
            _in_org(m.Location),
            _params(
                s.contains_param("name", "name"),
                s.reference_param("organization", "organization_id", "Organization"),
            ),
            sorts={"_id": "pk", "name": "name"},
        ),
        ResourceSpec(
            "Schedule",
            m.AvailabilityRule,
            mappers.schedule_to_fhir,
            _in_org(m.AvailabilityRule, "practitioner__organization_id"),
            _params(
                s.reference_param("actor", "practitioner_id", "Practitioner"),
                s.reference_param("practitioner", "practitioner_id", "Practitioner"),
            ),
            sorts={"_id": "pk"},
            related=("location",),
        ),
        ResourceSpec(
            "Slot",
            None,  # computed from availability rules; see selectors.slot_search
            mappers.slot_to_fhir,
            None,
            {
                "schedule": s.Param("schedule", "reference"),
                "start": s.Param("start", "date"),
                "status": s.Param("status", "token"),
            },
        ),
        ResourceSpec(
            "Appointment",
            m.Appointment,
            mappers.appointment_to_fhir,
            lambda actor: m.Appointment.objects.filter(patient__in=patients_visible_to(actor)),
            _params(
                *_subject(),
                s.reference_param("practitioner", "practitioner_id", "Practitioner"),
                s.reference_param("location", "location_id", "Location"),
                s.date_param("date", "start"),
                s.token_param("status", "status"),
            ),
            sorts={"_id": "pk", "date": "start"},
            default_order=("start", "pk"),
            patient_attr="patient_id",
            interactions=("read", "search-type", "create", "update"),
            last_updated_attr="created_at",
        ),
        ResourceSpec(
            "Observation",
            m.Observation,
            mappers.observation_to_fhir,
            _clinical(m.Observation),
            _params(
                *_subject(),
                _code(),
                s.date_param("date", "effective_at"),
                s.token_param("status", "status"),
            ),
            sorts={"_id": "pk", "date": "effective_at"},
            default_order=("-effective_at", "-pk"),
            patient_attr="patient_id",
            interactions=("read", "search-type", "create", "update"),
            last_updated_attr="recorded_at",
        ),
        ResourceSpec(
            "MedicationStatement",
            m.MedicationStatement,
            mappers.medication_to_fhir,
            _clinical(m.MedicationStatement),
            _params(
                *_subject(),
                _code(),
                s.date_param("effective", "effective_start", date_only=True),
                s.token_param("status", "status"),
            ),
            sorts={"_id": "pk", "effective": "effective_start"},
            patient_attr="patient_id",
            interactions=CLINICAL,
            last_updated_attr="recorded_at",
        ),
        ResourceSpec(
            "AllergyIntolerance",
            m.AllergyIntolerance,
            mappers.allergy_to_fhir,
            _clinical(m.AllergyIntolerance),
            _params(
                s.reference_param("patient", "patient_id", "Patient"),
                _code(),
                s.date_param("date", "recorded_at"),
                s.token_param("clinical-status", "clinical_status"),
                s.token_param("criticality", "criticality"),
            ),
            sorts={"_id": "pk", "date": "recorded_at"},
            patient_attr="patient_id",
            interactions=CLINICAL,
            last_updated_attr="recorded_at",
        ),
        ResourceSpec(
            "Condition",
            m.Condition,
            mappers.condition_to_fhir,
            _clinical(m.Condition),
            _params(
                *_subject(),
                _code(),
                s.date_param("onset-date", "onset_date", date_only=True),
                s.token_param("clinical-status", "clinical_status"),
            ),
            sorts={"_id": "pk", "onset-date": "onset_date"},
            patient_attr="patient_id",
            interactions=CLINICAL,
            last_updated_attr="recorded_at",
        ),
        ResourceSpec(
            "Immunization",
            m.Immunization,
            mappers.immunization_to_fhir,
            _clinical(m.Immunization),
            _params(
                s.reference_param("patient", "patient_id", "Patient"),
                _code("vaccine-code"),
                s.date_param("date", "occurrence_date", date_only=True),
                s.token_param("status", "status"),
            ),
            sorts={"_id": "pk", "date": "occurrence_date"},
            patient_attr="patient_id",
            interactions=CLINICAL,
            last_updated_attr="recorded_at",
        ),
    ]
}

# Types a SMART scope may name: the served types plus the special ones handled in views.
SCOPED_TYPES: list[str] = [*SPECS, "AuditEvent", "Subscription"]

# The resource types of a Patient compartment export (everything linked to a patient).
PATIENT_COMPARTMENT = [t for t, spec in SPECS.items() if spec.patient_attr]

# Common control parameters accepted on every search.
CONTROL_PARAMS = {"_count", "_sort", "_offset", "_format", "_pretty", "_total"}


def spec_for(resource_type: str) -> ResourceSpec | None:
    return SPECS.get(resource_type)
