"""A maintained FHIR client (fhirpy) against the live server: the EHR's point of view."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from django.utils import timezone
from fhir.resources.R4B import get_fhir_model_class
from fhirpy import SyncFHIRClient
from fhirpy.base.exceptions import ResourceNotFound

from clinic.fhir.clients import fhir_client_create
from tests.clinic import factories as f


def validated(resource) -> object:
    """Every response must validate against the FHIR structure (fhir.resources)."""
    data = resource.serialize()
    return get_fhir_model_class(data["resourceType"]).model_validate(data)


@pytest.fixture
def live_ehr(transactional_db, live_server, clinic_a, clinic_b):
    client, secret = fhir_client_create(
        actor=None,
        organization_id=clinic_a.organization.pk,
        name="Live EHR",
        scopes="system/*.read system/*.write",
    )
    token = httpx.post(
        f"{live_server.url}/fhir/auth/token",
        data={"grant_type": "client_credentials", "scope": "system/*.read system/*.write"},
        auth=(client.application.client_id, secret),
    )
    assert token.status_code == 200, token.text
    assert token.json()["expires_in"] > 0
    return SyncFHIRClient(
        f"{live_server.url}/fhir", authorization=f"Bearer {token.json()['access_token']}"
    )


def test_ehr_searches_books_reads_back_and_pages_with_fhirpy(live_ehr, clinic_a, clinic_b):
    for n in range(4):
        f.PatientFactory(
            organization=clinic_a.organization, given_name=f"Live{n}", family_name="Paging"
        )

    found = live_ehr.resources("Patient").search(name="alice").fetch()
    assert [p["name"][0]["family"] for p in found] == ["Anderson"]
    validated(found[0])

    everyone = live_ehr.resources("Patient").limit(2).fetch_all()  # follows the next links
    assert len(everyone) == 6 == len({p.id for p in everyone})
    assert str(clinic_b.patient.pk) not in {p.id for p in everyone}
    for p in everyone:
        validated(p)

    start = (timezone.now() + timedelta(days=3)).date().isoformat()
    slot = live_ehr.resources("Slot").search(start=f"ge{start}").limit(1).first()
    validated(slot)
    appointment = live_ehr.resource(
        "Appointment",
        status="booked",
        slot=[{"reference": f"Slot/{slot.id}"}],
        participant=[
            {"actor": {"reference": f"Patient/{clinic_a.patient.pk}"}, "status": "accepted"},
            {
                "actor": {"reference": f"Practitioner/{clinic_a.practitioner.pk}"},
                "status": "accepted",
            },
        ],
    )
    appointment.save()
    assert appointment.id
    again = live_ehr.reference("Appointment", appointment.id).to_resource()
    validated(again)
    assert again["start"] == slot["start"]
    assert again["meta"]["versionId"] == "1"

    with pytest.raises(ResourceNotFound, match="not-found"):
        live_ehr.reference("Patient", clinic_b.patient.pk).to_resource()
