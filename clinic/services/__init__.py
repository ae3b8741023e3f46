"""Every write to clinic data. Each service checks the actor's role, validates, writes and
records its audit event inside one transaction (clinic/README.md)."""

from __future__ import annotations

from clinic.services.access import break_glass
from clinic.services.patients import patient_create, patient_identifier_add, patient_update
from clinic.services.records import (
    allergy_record,
    condition_record,
    immunization_record,
    medication_record,
    observation_record,
)
from clinic.services.scheduling import (
    appointment_book,
    appointment_cancel,
    appointment_mark_fulfilled,
    appointment_mark_no_show,
    appointment_reschedule,
)

__all__ = [
    "allergy_record",
    "appointment_book",
    "appointment_cancel",
    "appointment_mark_fulfilled",
    "appointment_mark_no_show",
    "appointment_reschedule",
    "break_glass",
    "condition_record",
    "immunization_record",
    "medication_record",
    "observation_record",
    "patient_create",
    "patient_identifier_add",
    "patient_update",
]
