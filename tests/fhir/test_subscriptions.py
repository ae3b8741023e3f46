from __future__ import annotations

import hashlib
import hmac
import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone
from fhir.resources.R4B.bundle import Bundle

from clinic.fhir import webhooks
from clinic.fhir.models import Subscription, WebhookDelivery, WebhookOrigin
from clinic.services import observation_record


class Receiver:
    """A real HTTP server on 127.0.0.1 that records what it is sent."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.received: list[tuple[dict, bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((dict(self.headers), body))
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.server.shutdown()


def subscribe(ehr, url: str) -> dict:
    return ehr.post(
        "/fhir/Subscription",
        {
            "resourceType": "Subscription",
            "status": "requested",
            "reason": "sync labs",
            "criteria": "Observation",
            "channel": {"type": "rest-hook", "endpoint": url, "payload": "application/fhir+json"},
        },
    )


def record_lab(world, capture) -> int:
    with capture(execute=True):  # on_commit callbacks: queue the (eager) delivery task
        return observation_record(
            actor=world.clinician,
            patient_id=world.patient.pk,
            code="4548-4",
            display="HbA1c",
            value="6.1",
            unit="%",
            effective_at="2024-01-02T10:00:00+00:00",
            note="private note",
        ).pk


def test_subscription_to_an_origin_the_admin_did_not_allow_is_refused(ehr_a, receiver):
    response = subscribe(ehr_a, receiver.url)
    assert response.status_code == 422
    assert not Subscription.objects.exists()


def test_observation_change_is_delivered_once_signed_and_id_only(
    ehr_a, clinic_a, receiver, django_capture_on_commit_callbacks
):
    WebhookOrigin.objects.create(
        organization=clinic_a.organization, origin=webhooks.origin_of(receiver.url)
    )
    created = subscribe(ehr_a, receiver.url)
    assert created.status_code == 201, created.content
    secret = created.json()["extension"][0]["valueString"]
    observation_id = record_lab(
        clinic_a, django_capture_on_commit_callbacks
    )  # tasks run eagerly on commit
    assert len(receiver.received) == 1
    headers, body = receiver.received[0]
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    assert headers["X-Clinic-Signature"] == expected
    bundle = Bundle.model_validate_json(body)
    assert bundle.entry[0].request.url == f"Observation/{observation_id}"
    assert b"private note" not in body
    # The lab value is not in the body; the bundle's own send time ("...:56.198Z") may hold "6.1".
    untimed = json.dumps({k: v for k, v in json.loads(body).items() if k != "timestamp"})
    assert "6.1" not in untimed
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("delivered", 1)
    assert webhooks.deliver(delivery.pk) == "skipped"  # running twice delivers once
    assert len(receiver.received) == 1


def test_failing_endpoint_backs_off_then_dead_letters_and_replay_delivers(
    ehr_a, clinic_a, settings, django_capture_on_commit_callbacks
):
    settings.FHIR_WEBHOOK_MAX_ATTEMPTS = 3
    failing = Receiver(status=503)
    try:
        WebhookOrigin.objects.create(
            organization=clinic_a.organization, origin=webhooks.origin_of(failing.url)
        )
        assert subscribe(ehr_a, failing.url).status_code == 201
        record_lab(clinic_a, django_capture_on_commit_callbacks)
        delivery = WebhookDelivery.objects.get()
        assert (delivery.status, delivery.attempts, delivery.last_error) == (
            "pending",
            1,
            "HTTP 503",
        )
        first_wait = delivery.next_attempt_at - timezone.now()
        assert timedelta(seconds=25) < first_wait <= timedelta(seconds=30)
        for _ in range(2):
            WebhookDelivery.objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
            webhooks.deliver(delivery.pk)
        delivery.refresh_from_db()
        assert (delivery.status, delivery.attempts) == ("dead", 3)
        assert len(failing.received) == 3
        failing.status = 200
        with django_capture_on_commit_callbacks(execute=True):
            assert webhooks.replay(actor=clinic_a.org_admin, delivery_ids=[delivery.pk]) == 1
        delivery.refresh_from_db()
        assert delivery.status == "delivered"
        assert len(failing.received) == 4
    finally:
        failing.server.shutdown()


def test_backoff_doubles_per_attempt():
    assert [webhooks.backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]


def test_other_organizations_changes_are_not_delivered(
    ehr_a, clinic_a, clinic_b, receiver, django_capture_on_commit_callbacks
):
    WebhookOrigin.objects.create(
        organization=clinic_a.organization, origin=webhooks.origin_of(receiver.url)
    )
    assert subscribe(ehr_a, receiver.url).status_code == 201
    record_lab(clinic_b, django_capture_on_commit_callbacks)
    assert receiver.received == []
    assert not WebhookDelivery.objects.exists()


def test_delivery_body_is_valid_json_bundle(
    ehr_a, clinic_a, receiver, django_capture_on_commit_callbacks
):
    WebhookOrigin.objects.create(
        organization=clinic_a.organization, origin=webhooks.origin_of(receiver.url)
    )
    subscribe(ehr_a, receiver.url)
    record_lab(clinic_a, django_capture_on_commit_callbacks)
    data = json.loads(receiver.received[0][1])
    assert data["type"] == "history"
    assert "resource" not in data["entry"][0]
