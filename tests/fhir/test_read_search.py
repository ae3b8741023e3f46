from __future__ import annotations

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.capabilitystatement import CapabilityStatement
from fhir.resources.R4B.patient import Patient

from clinic.fhir.registry import SPECS


def test_metadata_lists_every_served_type_with_its_search_parameters(client):
    response = client.get("/fhir/metadata")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/fhir+json")
    statement = CapabilityStatement.model_validate_json(response.content)
    served = {r.type: r for r in statement.rest[0].resource}
    assert set(SPECS) <= set(served)
    assert {p.name for p in served["Observation"].searchParam} == set(SPECS["Observation"].params)
    assert {i.code for i in served["Patient"].interaction} == {
        "read",
        "search-type",
        "create",
        "update",
    }


def test_patient_search_by_name_finds_only_the_clients_organization(ehr_a, clinic_a, clinic_b):
    response = ehr_a.get("/fhir/Patient?name=ali")
    assert response.status_code == 200, response.content
    bundle = Bundle.model_validate_json(response.content)
    assert bundle.total == 1
    patient = bundle.entry[0].resource
    assert patient.id == str(clinic_a.patient.pk)
    assert patient.name[0].family == "Anderson"


def test_patient_read_carries_version_and_etag(ehr_a, clinic_a):
    response = ehr_a.get(f"/fhir/Patient/{clinic_a.patient.pk}")
    assert response.status_code == 200
    patient = Patient.model_validate_json(response.content)
    assert patient.meta.versionId == "1"
    assert response["ETag"] == 'W/"1"'
    assert patient.identifier[0].value == "A-0001"
    assert patient.birthDate.isoformat() == "1971-01-11"


def test_client_cannot_read_another_organizations_patient(ehr_a, clinic_b):
    response = ehr_a.get(f"/fhir/Patient/{clinic_b.patient.pk}")
    assert response.status_code == 404
    assert response.json()["resourceType"] == "OperationOutcome"
    assert response.json()["issue"][0]["code"] == "not-found"


def test_client_cannot_search_another_organizations_observations(ehr_a, clinic_b):
    from clinic.services import observation_record

    observation_record(
        actor=clinic_b.clinician,
        patient_id=clinic_b.patient.pk,
        code="4548-4",
        display="HbA1c",
        value="6.1",
        unit="%",
        effective_at="2024-01-02T10:00:00+00:00",
    )
    response = ehr_a.get(f"/fhir/Observation?patient=Patient/{clinic_b.patient.pk}")
    assert response.status_code == 200
    assert response.json()["total"] == 0


def test_missing_scope_is_refused_with_forbidden_outcome_and_audited(ehr_a_readonly, clinic_a):
    from compliance.models import AuditEvent

    response = ehr_a_readonly.get("/fhir/Observation")
    assert response.status_code == 403
    assert "system/Observation.read" in response.json()["issue"][0]["diagnostics"]
    denied = AuditEvent.objects.filter(outcome="denied", entity_type="Observation")
    assert denied.count() == 1
    assert denied.get().client_app == f"fhir:{ehr_a_readonly.client.application.client_id}"


def test_write_without_write_scope_is_refused(ehr_a_readonly, clinic_a):
    response = ehr_a_readonly.post("/fhir/Patient", {"resourceType": "Patient"})
    assert response.status_code == 403


def test_expired_token_is_refused_with_401(ehr_a):
    from datetime import timedelta

    from django.utils import timezone
    from oauth2_provider.models import AccessToken

    AccessToken.objects.update(expires=timezone.now() - timedelta(seconds=1))
    response = ehr_a.get("/fhir/Patient")
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["issue"][0]["code"] == "login"


def test_missing_token_is_refused_with_401(client, clinic_a):
    response = client.get("/fhir/Patient")
    assert response.status_code == 401
    assert response.json()["resourceType"] == "OperationOutcome"


def test_token_endpoint_refuses_scopes_beyond_the_clients_allowance(ehr_a_readonly):
    from tests.fhir.conftest import request_token

    response = request_token(
        ehr_a_readonly.http,
        ehr_a_readonly.client,
        ehr_a_readonly.secret,
        scope="system/Observation.read",
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_scope"


def test_wildcard_read_scope_does_not_open_the_audit_trail(ehr_a):
    assert ehr_a.get("/fhir/AuditEvent").status_code == 403


def test_auditor_scope_reads_audit_events_of_its_organization(clinic_a, clinic_b, ehr_a):
    from tests.fhir.conftest import make_ehr

    ehr_a.get(f"/fhir/Patient/{clinic_a.patient.pk}")
    auditor = make_ehr(clinic_a.organization.pk, "system/AuditEvent.read", name="Audit tool")
    response = auditor.get(f"/fhir/AuditEvent?patient=Patient/{clinic_a.patient.pk}&action=read")
    assert response.status_code == 200, response.content
    bundle = Bundle.model_validate_json(response.content)
    assert bundle.total >= 1
    assert all(
        e.resource.entity[-1].what.reference == f"Patient/{clinic_a.patient.pk}"
        for e in bundle.entry
    )
    other = auditor.get(f"/fhir/AuditEvent?patient=Patient/{clinic_b.patient.pk}")
    assert other.json()["total"] == 0


def test_every_read_is_audited_as_the_client(ehr_a, clinic_a):
    from compliance.models import AuditEvent

    ehr_a.get(f"/fhir/Patient/{clinic_a.patient.pk}")
    event = AuditEvent.objects.filter(action="read", entity_type="Patient").last()
    assert event.patient_id == clinic_a.patient.pk
    assert event.client_app == f"fhir:{ehr_a.client.application.client_id}"
    assert event.actor_id == ehr_a.client.application.user_id


def test_search_pages_with_opaque_links_that_keep_names_out_of_urls(ehr_a, clinic_a):
    from tests.clinic import factories as f

    for n in range(5):
        f.PatientFactory(
            organization=clinic_a.organization, given_name=f"Pagey{n}", family_name="Pager"
        )
    first = ehr_a.get("/fhir/Patient?name=pager&_count=2")
    bundle = Bundle.model_validate_json(first.content)
    assert bundle.total == 5
    links = {link.relation: link.url for link in bundle.link}
    assert "pager" not in "".join(links.values()).lower()
    seen = [e.resource.id for e in bundle.entry]
    url = links.get("next")
    while url:
        page = Bundle.model_validate_json(ehr_a.get(url.replace("http://testserver", "")).content)
        seen += [e.resource.id for e in page.entry]
        url = {link.relation: link.url for link in page.link}.get("next")
    assert len(seen) == 5 == len(set(seen))


def test_observation_search_by_code_and_date_prefix(ehr_a, clinic_a):
    from clinic.services import observation_record

    for day, value in (("2024-01-05", "5.9"), ("2024-03-05", "6.4")):
        observation_record(
            actor=clinic_a.clinician,
            patient_id=clinic_a.patient.pk,
            code="4548-4",
            display="HbA1c",
            value=value,
            unit="%",
            effective_at=f"{day}T09:00:00+00:00",
        )
    response = ehr_a.get(
        f"/fhir/Observation?subject=Patient/{clinic_a.patient.pk}&code=http://loinc.org|4548-4&date=ge2024-02-01"
    )
    bundle = Bundle.model_validate_json(response.content)
    assert bundle.total == 1
    assert float(bundle.entry[0].resource.valueQuantity.value) == 6.4
    desc = ehr_a.get("/fhir/Observation?_sort=-date").json()
    assert [e["resource"]["valueQuantity"]["value"] for e in desc["entry"]] == [6.4, 5.9]


def test_unknown_search_parameter_and_bad_date_answer_400_outcomes(ehr_a, clinic_a):
    unknown = ehr_a.get("/fhir/Patient?shoe-size=9")
    assert unknown.status_code == 400
    assert "shoe-size" in unknown.json()["issue"][0]["diagnostics"]
    bad_date = ehr_a.get("/fhir/Observation?date=ge2024-13-45")
    assert bad_date.status_code == 400
    assert bad_date.json()["resourceType"] == "OperationOutcome"


def test_every_resource_type_can_be_searched(ehr_a, clinic_a):
    for resource_type in SPECS:
        response = ehr_a.get(f"/fhir/{resource_type}?_count=3")
        assert response.status_code == 200, (resource_type, response.content)
        Bundle.model_validate_json(response.content)
    slots = ehr_a.get("/fhir/Slot?_count=2").json()
    assert slots["total"] > 0
    slot_id = slots["entry"][0]["resource"]["id"]
    assert ehr_a.get(f"/fhir/Slot/{slot_id}").json()["status"] == "free"
