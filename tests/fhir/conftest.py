"""FHIR fixtures: an EHR client per clinic, tokens from the real token endpoint."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client

from clinic.fhir.clients import fhir_client_create
from clinic.fhir.models import FhirClient

FHIR = "application/fhir+json"


@dataclass
class Ehr:
    """One registered FHIR client with a bearer token, driving the Django test client."""

    client: FhirClient
    secret: str
    token: str
    http: Client

    def headers(self, **extra: str) -> dict[str, str]:
        return {"HTTP_AUTHORIZATION": f"Bearer {self.token}", "HTTP_ACCEPT": FHIR, **extra}

    def get(self, url: str, **extra: str) -> Any:
        return self.http.get(url, **self.headers(**extra))

    def post(self, url: str, body: Any, **extra: str) -> Any:
        import json

        return self.http.post(url, json.dumps(body), content_type=FHIR, **self.headers(**extra))

    def put(self, url: str, body: Any, **extra: str) -> Any:
        import json

        return self.http.put(url, json.dumps(body), content_type=FHIR, **self.headers(**extra))


def request_token(http: Client, client: FhirClient, secret: str, scope: str = "") -> Any:
    basic = base64.b64encode(f"{client.application.client_id}:{secret}".encode()).decode()
    data = {"grant_type": "client_credentials"}
    if scope:
        data["scope"] = scope
    return http.post("/fhir/auth/token", data, HTTP_AUTHORIZATION=f"Basic {basic}")


def make_ehr(organization_id: int, scopes: str, *, name: str = "Test EHR") -> Ehr:
    client, secret = fhir_client_create(
        actor=None, organization_id=organization_id, name=name, scopes=scopes
    )
    http = Client()
    response = request_token(http, client, secret)
    assert response.status_code == 200, response.content
    return Ehr(client, secret, response.json()["access_token"], http)


@pytest.fixture
def ehr_a(clinic_a: Any) -> Ehr:
    return make_ehr(clinic_a.organization.pk, "system/*.read system/*.write system/Subscription.*")


@pytest.fixture
def ehr_b(clinic_b: Any) -> Ehr:
    return make_ehr(clinic_b.organization.pk, "system/*.read system/*.write")


@pytest.fixture
def ehr_a_readonly(clinic_a: Any) -> Ehr:
    return make_ehr(clinic_a.organization.pk, "system/Patient.read", name="Read-only EHR")
