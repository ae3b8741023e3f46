"""The clinic's data, one module per FHIR area; see clinic/README.md for the mapping."""

from __future__ import annotations

from .organization import (
    SPECIALTY_SNOMED,
    Location,
    Organization,
    Practitioner,
    Specialty,
    StaffMember,
    StaffRole,
)
from .patient import AdministrativeGender, Patient, PatientIdentifier, PatientNameToken
from .records import (
    AllergyIntolerance,
    ClinicalRecord,
    CodeSystem,
    Condition,
    Criticality,
    Immunization,
    Interpretation,
    MedicationStatement,
    MedicationStatus,
    Observation,
)
from .scheduling import (
    Appointment,
    AppointmentStatus,
    AvailabilityException,
    AvailabilityRule,
    Weekday,
)

__all__ = [
    "SPECIALTY_SNOMED",
    "AdministrativeGender",
    "AllergyIntolerance",
    "Appointment",
    "AppointmentStatus",
    "AvailabilityException",
    "AvailabilityRule",
    "ClinicalRecord",
    "CodeSystem",
    "Condition",
    "Criticality",
    "Immunization",
    "Interpretation",
    "Location",
    "MedicationStatement",
    "MedicationStatus",
    "Observation",
    "Organization",
    "Patient",
    "PatientIdentifier",
    "PatientNameToken",
    "Practitioner",
    "Specialty",
    "StaffMember",
    "StaffRole",
    "Weekday",
]
