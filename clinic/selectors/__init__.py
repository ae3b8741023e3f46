"""Every read of clinic data, scoped to the requester and audited (clinic/README.md)."""

from __future__ import annotations

from clinic.selectors.patients import patient_get, patient_search
from clinic.selectors.records import (
    allergies_for_patient,
    conditions_for_patient,
    immunizations_for_patient,
    medications_for_patient,
    observations_for_patient,
)
from clinic.selectors.scheduling import (
    appointment_get,
    appointments_for_patient,
    free_slots,
    practitioner_schedule,
    practitioners_list,
)

__all__ = [
    "allergies_for_patient",
    "appointment_get",
    "appointments_for_patient",
    "conditions_for_patient",
    "free_slots",
    "immunizations_for_patient",
    "medications_for_patient",
    "observations_for_patient",
    "patient_get",
    "patient_search",
    "practitioner_schedule",
    "practitioners_list",
]
