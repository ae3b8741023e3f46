from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from fhir.resources.R4B.appointment import Appointment as FhirAppointment
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.patient import Patient as FhirPatient

from clinic.models import Appointment, Observation, Patient
from compliance.models import AuditEvent


def new_patient(mrn: str = "EHR-1001", ext: str = "abc-1") -> dict:
    return {
        "resourceType": "Patient",
        "identifier": [
            {"system": "urn:clinic:mrn", "value": mrn},
            {"system": "https://ehr.example/patients", "value": ext},
        ],
        "name": [{"family": "Importson", "given": ["Ivy"]}],
        "birthDate": "1990-04-02",
        "gender": "female",
    }


def test_create_patient_returns_201_with_location_and_stores_encrypted_demographics(
    ehr_a, clinic_a
):
    response = ehr_a.post("/fhir/Patient", new_patient())
    assert response.status_code == 201, response.content
    created = FhirPatient.model_validate_json(response.content)
    assert response["Location"].endswith(f"/Patient/{created.id}/_history/1")
    row = Patient.objects.get(pk=created.id)
    assert (row.family_name, row.organization_id) == ("Importson", clinic_a.organization.pk)
    assert row.identifiers.get().value == "abc-1"
    assert AuditEvent.objects.filter(
        action="create", entity_type="Patient", entity_id=created.id
    ).exists()


def test_same_conditional_create_twice_yields_one_patient(ehr_a, clinic_a):
    condition = "identifier=https://ehr.example/patients|abc-1"
    first = ehr_a.post("/fhir/Patient", new_patient(), HTTP_IF_NONE_EXIST=condition)
    second = ehr_a.post("/fhir/Patient", new_patient(), HTTP_IF_NONE_EXIST=condition)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["id"] == second.json()["id"]
    assert Patient.objects.filter(organization=clinic_a.organization).count() == 3


def test_invalid_patient_answers_400_outcome_naming_the_field_but_not_the_value(ehr_a, clinic_a):
    body = new_patient()
    body["birthDate"] = "1990-02-31-secret"
    response = ehr_a.post("/fhir/Patient", body)
    assert response.status_code == 400
    issue = response.json()["issue"][0]
    assert "birthDate" in issue["diagnostics"]
    assert "secret" not in response.content.decode()


def test_patient_without_mrn_answers_422(ehr_a, clinic_a):
    body = new_patient()
    body["identifier"] = body["identifier"][1:]
    response = ehr_a.post("/fhir/Patient", body)
    assert response.status_code == 422
    assert response.json()["issue"][0]["code"] == "processing"


def test_malformed_json_and_wrong_content_type_answer_outcomes(ehr_a, clinic_a):
    bad = ehr_a.http.post(
        "/fhir/Patient", "{not json", content_type="application/fhir+json", **ehr_a.headers()
    )
    assert bad.status_code == 400
    assert bad.json()["resourceType"] == "OperationOutcome"
    xml = ehr_a.http.post(
        "/fhir/Patient", "<Patient/>", content_type="application/xml", **ehr_a.headers()
    )
    assert xml.status_code == 415


def test_update_with_stale_if_match_is_refused_and_current_one_succeeds(ehr_a, clinic_a):
    url = f"/fhir/Patient/{clinic_a.patient.pk}"
    current = ehr_a.get(url).json()
    current["telecom"] = [{"system": "phone", "value": "555-0199"}]
    ok = ehr_a.put(url, current, HTTP_IF_MATCH='W/"1"')
    assert ok.status_code == 200, ok.content
    assert ok["ETag"] == 'W/"2"'
    stale = ehr_a.put(url, current, HTTP_IF_MATCH='W/"1"')
    assert stale.status_code == 412
    assert Patient.objects.get(pk=clinic_a.patient.pk).phone == "555-0199"


def _future_slot(ehr_a) -> dict:
    start = (timezone.now() + timedelta(days=2)).date().isoformat()
    return ehr_a.get(f"/fhir/Slot?start=ge{start}&_count=1").json()["entry"][0]["resource"]


def test_create_appointment_from_a_slot_then_read_it_back(ehr_a, clinic_a):
    slot = _future_slot(ehr_a)
    body = {
        "resourceType": "Appointment",
        "status": "booked",
        "slot": [{"reference": f"Slot/{slot['id']}"}],
        "participant": [
            {"actor": {"reference": f"Patient/{clinic_a.patient.pk}"}, "status": "accepted"},
            {
                "actor": {"reference": f"Practitioner/{clinic_a.practitioner.pk}"},
                "status": "accepted",
            },
        ],
    }
    created = ehr_a.post("/fhir/Appointment", body)
    assert created.status_code == 201, created.content
    appointment = FhirAppointment.model_validate_json(
        ehr_a.get(f"/fhir/Appointment/{created.json()['id']}").content
    )
    assert appointment.start.isoformat().startswith(slot["start"][:16])
    assert Appointment.objects.get(pk=appointment.id).patient_id == clinic_a.patient.pk
    taken = ehr_a.post("/fhir/Appointment", body)
    assert taken.status_code in (404, 409)
    cancel = appointment.model_dump(mode="json", exclude_none=True)
    cancel["status"] = "cancelled"
    done = ehr_a.put(f"/fhir/Appointment/{appointment.id}", cancel, HTTP_IF_MATCH='W/"1"')
    assert done.status_code == 200, done.content
    assert Appointment.objects.get(pk=appointment.id).status == "cancelled"


def test_appointment_for_another_organizations_patient_is_not_found(ehr_a, clinic_a, clinic_b):
    slot = _future_slot(ehr_a)
    body = {
        "resourceType": "Appointment",
        "status": "booked",
        "start": slot["start"],
        "end": slot["end"],
        "participant": [
            {"actor": {"reference": f"Patient/{clinic_b.patient.pk}"}, "status": "accepted"},
            {
                "actor": {"reference": f"Practitioner/{clinic_a.practitioner.pk}"},
                "status": "accepted",
            },
        ],
    }
    response = ehr_a.post("/fhir/Appointment", body)
    assert response.status_code == 404
    assert not Appointment.objects.exists()


def observation(patient_id: int, value: float = 6.1) -> dict:
    return {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "HbA1c"}]},
        "subject": {"reference": f"Patient/{patient_id}"},
        "effectiveDateTime": "2024-05-01T08:00:00Z",
        "valueQuantity": {"value": value, "unit": "%"},
    }


def test_create_and_amend_observation_with_if_match(ehr_a, clinic_a):
    created = ehr_a.post("/fhir/Observation", observation(clinic_a.patient.pk))
    assert created.status_code == 201, created.content
    body = created.json()
    body["status"] = "amended"
    body["valueQuantity"]["value"] = 6.3
    updated = ehr_a.put(f"/fhir/Observation/{body['id']}", body, HTTP_IF_MATCH='W/"1"')
    assert updated.status_code == 200, updated.content
    row = Observation.objects.get(pk=body["id"])
    assert (row.value, row.status) == ("6.3", "amended")
    assert updated.json()["meta"]["versionId"] == "2"


def test_transaction_bundle_creates_patient_and_observation_atomically(ehr_a, clinic_a):
    bundle = {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "fullUrl": "urn:uuid:p1",
                "resource": new_patient("EHR-2001", "tx-1"),
                "request": {"method": "POST", "url": "Patient"},
            },
            {
                "resource": observation(0) | {"subject": {"reference": "urn:uuid:p1"}},
                "request": {"method": "POST", "url": "Observation"},
            },
        ],
    }
    response = ehr_a.post("/fhir/", bundle)
    assert response.status_code == 200, response.content
    result = Bundle.model_validate_json(response.content)
    assert [e.response.status for e in result.entry] == ["201 Created", "201 Created"]
    patient_id = int(result.entry[0].response.location.split("/")[1])
    assert Observation.objects.filter(patient_id=patient_id).count() == 1


def test_failing_transaction_entry_rolls_back_the_whole_bundle(ehr_a, clinic_a):
    bad = observation(clinic_a.patient.pk)
    del bad["valueQuantity"]
    bundle = {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "resource": new_patient("EHR-3001", "tx-3"),
                "request": {"method": "POST", "url": "Patient"},
            },
            {"resource": bad, "request": {"method": "POST", "url": "Observation"}},
        ],
    }
    response = ehr_a.post("/fhir/", bundle)
    assert response.status_code == 422
    assert "entry[1]" in response.json()["issue"][0]["diagnostics"]
    assert (
        not Patient.objects.filter(organization=clinic_a.organization, family_name__isnull=False)
        .exclude(pk__in=[clinic_a.patient.pk, clinic_a.other_patient.pk])
        .exists()
    )
