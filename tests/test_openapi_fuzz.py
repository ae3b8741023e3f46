"""Fuzz the non-FHIR REST API from its own OpenAPI document (drf-spectacular): no 5xx.

Schemathesis generates requests for every operation in /api/schema/ (valid and invalid
bodies, odd path ids, wrong types) and calls the Django app in-process, signed in as a
patient of clinic A with a real API token; every answer must be a non-5xx response that
conforms to the documented status codes' shapes where the schema says so.
"""

from __future__ import annotations

from datetime import timedelta
from secrets import token_urlsafe

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error


def _load_schema() -> schemathesis.schemas.BaseSchema:
    # Served by the app itself (no database needed to render it), then called in-process.
    from config.wsgi import application

    return schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


schema = _load_schema()


@pytest.fixture
def bearer(clinic_a) -> dict[str, str]:
    from django.utils import timezone

    from compliance.authentication import hash_token
    from compliance.models import ApiToken

    raw = token_urlsafe(32)
    ApiToken.objects.create(
        user=clinic_a.patient.user,
        token_hash=hash_token(raw),
        expires_at=timezone.now() + timedelta(hours=1),
    )
    return {"Authorization": f"Bearer {raw}"}


@pytest.fixture
def keep_test_connection():
    """Calling the WSGI app directly fires request_started/finished, whose
    close_old_connections() closes a connection that is inside the test's transaction on
    PostgreSQL. Django's own test client disconnects it the same way."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_rest_api_never_answers_5xx(case, bearer, db, keep_test_connection):
    response = case.call(headers=bearer)
    case.validate_response(response, checks=[not_a_server_error])


def test_fuzz_token_really_signs_in_so_handlers_are_reached(bearer, client):
    anonymous = client.get("/api/assistant/conversations")
    signed_in = client.get(
        "/api/assistant/conversations", HTTP_AUTHORIZATION=bearer["Authorization"]
    )
    assert anonymous.status_code in (401, 403)
    assert signed_in.status_code == 200
