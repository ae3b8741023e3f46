"""Recording and reading health records."""

from __future__ import annotations

import datetime
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from clinic import selectors
from clinic.models import (
    AllergyIntolerance,
    Condition,
    Immunization,
    MedicationStatement,
    Observation,
)
from clinic.services import (
    allergy_record,
    condition_record,
    immunization_record,
    medication_record,
    observation_record,
)
from compliance.models import AuditEvent
from config.errors import InvalidInput

pytestmark = pytest.mark.django_db


def record_lab(clinic, **overrides):
    values = {
        "actor": clinic.clinician,
        "patient_id": clinic.patient.pk,
        "code": "4548-4",
        "display": "Hemoglobin A1c/Hemoglobin.total in Blood",
        "value": "7.2",
        "unit": "%",
        "reference_range": "4.0-5.6",
        "interpretation": "H",
        "effective_at": timezone.now() - timedelta(days=1),
        "note": "Fasting sample",
    }
    values.update(overrides)
    return observation_record(**values)


def test_clinician_records_a_lab_result_with_who_recorded_it(clinic_a) -> None:
    lab = record_lab(clinic_a)
    lab.refresh_from_db()
    assert (lab.value, lab.unit, lab.reference_range, lab.interpretation) == (
        "7.2",
        "%",
        "4.0-5.6",
        "H",
    )
    assert lab.recorded_by == clinic_a.clinician
    event = AuditEvent.objects.get(action="create", entity_type="Observation")
    assert event.patient_id == clinic_a.patient.pk
    assert event.detail == {"code_system": "http://loinc.org", "code": "4548-4"}


def test_lab_values_and_notes_are_encrypted_but_codes_are_not(clinic_a) -> None:
    lab = record_lab(clinic_a)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT value, interpretation, note, code, unit FROM clinic_observation WHERE id = %s",
            [lab.pk],
        )
        value, interpretation, note, code, unit = cursor.fetchone()
    assert all(v.startswith("v1:") for v in (value, interpretation, note))
    assert (code, unit) == ("4548-4", "%")


def test_observations_come_newest_first_and_filter_by_code(clinic_a) -> None:
    older = record_lab(clinic_a, effective_at=timezone.now() - timedelta(days=90), value="8.0")
    newer = record_lab(clinic_a)
    record_lab(clinic_a, code="2345-7", display="Glucose", value="99", unit="mg/dL")
    rows = selectors.observations_for_patient(
        actor=clinic_a.patient.user, patient_id=clinic_a.patient.pk, code="4548-4"
    )
    assert [o.pk for o in rows] == [newer.pk, older.pk]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"effective_at": timezone.now() + timedelta(days=2)}, "cannot be in the future"),
        ({"value": ""}, "Value is required"),
        ({"code": ""}, "Code is required"),
        ({"interpretation": "VERY HIGH"}, "Interpretation must be one of"),
        ({"effective_at": "yesterday"}, "not a valid date and time"),
    ],
)
def test_invalid_lab_results_are_refused_without_writing(clinic_a, overrides, message) -> None:
    with pytest.raises(InvalidInput, match=message):
        record_lab(clinic_a, **overrides)
    assert Observation.objects.count() == 0
    assert not AuditEvent.objects.filter(entity_type="Observation").exists()


def test_clinician_records_medication_allergy_condition_and_immunization(clinic_a) -> None:
    common = {"actor": clinic_a.clinician, "patient_id": clinic_a.patient.pk}
    medication_record(
        **common,
        code="860975",
        display="metformin 500 MG Oral Tablet",
        dosage="500 mg twice daily",
        effective_start="2024-01-01",
    )
    allergy_record(
        **common,
        code="91936005",
        display="Allergy to penicillin",
        category="medication",
        criticality="high",
        reaction="Anaphylaxis",
    )
    condition_record(
        **common, code="44054006", display="Diabetes mellitus type 2", onset_date="2020-06-01"
    )
    immunization_record(
        **common,
        code="140",
        display="Influenza, seasonal",
        occurrence_date=datetime.date(2024, 10, 1),
        lot_number="LOT-1",
    )
    assert MedicationStatement.objects.get().dosage == "500 mg twice daily"
    assert AllergyIntolerance.objects.get().reaction == "Anaphylaxis"
    assert Condition.objects.get().onset_date == datetime.date(2020, 6, 1)
    assert Immunization.objects.get().lot_number == "LOT-1"
    assert AuditEvent.objects.filter(action="create", patient_id=clinic_a.patient.pk).count() == 4


def test_bad_record_input_is_refused_without_writing(clinic_a) -> None:
    common = {"actor": clinic_a.clinician, "patient_id": clinic_a.patient.pk}
    with pytest.raises(InvalidInput, match="End date is before"):
        medication_record(
            **common,
            code="1",
            display="x",
            effective_start="2024-05-01",
            effective_end="2024-01-01",
        )
    with pytest.raises(InvalidInput, match="Criticality must be one of"):
        allergy_record(**common, code="1", display="x", criticality="deadly")
    with pytest.raises(InvalidInput, match="Clinical status must be one of"):
        condition_record(**common, code="1", display="x", clinical_status="cured")
    with pytest.raises(InvalidInput, match="cannot be in the future"):
        immunization_record(**common, code="1", display="x", occurrence_date="2999-01-01")
    assert not MedicationStatement.objects.exists()
    assert not AllergyIntolerance.objects.exists()
    assert not Condition.objects.exists()
    assert not Immunization.objects.exists()
