from __future__ import annotations

import json
import socket

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db
def test_healthz_answers_without_authentication(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["X-Request-ID"]


@pytest.mark.django_db
def test_readyz_is_ready_when_the_database_answers(client, settings):
    settings.REDIS_URL = ""
    settings.LLM_ENDPOINTS = []
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ready"
    assert body["checks"]["database"]["ok"] is True
    assert set(body["checks"]) == {"database"}


@pytest.mark.django_db
def test_readyz_reports_a_down_redis_as_not_ready_with_the_reason(client, settings):
    settings.REDIS_URL = f"redis://127.0.0.1:{free_port()}/0"
    settings.LLM_ENDPOINTS = []
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "not ready"
    assert body["checks"]["redis"]["ok"] is False
    assert "redis unreachable" in body["checks"]["redis"]["reason"]
    assert body["checks"]["database"]["ok"] is True


@pytest.mark.django_db
def test_readyz_reports_a_down_model_server_as_not_ready(client, settings):
    settings.REDIS_URL = ""
    settings.LLM_ENDPOINTS = [f"http://127.0.0.1:{free_port()}/v1"]
    response = client.get("/readyz")
    assert response.status_code == 503
    check = response.json()["checks"]["model_server"]
    assert check["ok"] is False
    assert "no model server is healthy" in check["reason"]


@pytest.mark.django_db
def test_readyz_reports_a_broken_database(client, settings, monkeypatch):
    from config import health

    def broken_cursor():
        raise health.connection.OperationalError("server closed the connection")  # type: ignore[attr-defined]

    monkeypatch.setattr(health.connection, "cursor", broken_cursor, raising=False)
    settings.REDIS_URL = ""
    settings.LLM_ENDPOINTS = []
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"]["reason"].startswith("database unreachable")


@pytest.mark.django_db
def test_request_id_from_a_well_formed_header_is_echoed(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="abc12345-trace")
    assert response["X-Request-ID"] == "abc12345-trace"


@pytest.mark.django_db
def test_malformed_request_id_is_replaced(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="<script>")
    assert response["X-Request-ID"] != "<script>"
    assert len(response["X-Request-ID"]) == 32


def test_probe_bodies_are_json(client, db):
    assert json.loads(client.get("/healthz").content)["status"] == "ok"
