"""Subscription notifications: outbox rows, signed delivery, backoff, dead letter, replay.

Body: a FHIR ``history`` Bundle whose entries are references only (``Appointment/12``, the
method and status) plus a timestamp, never resource content: the receiver reads the resource
back through the API with its own token, which is scoped and audited.

Signature: ``X-Clinic-Signature: sha256=<hex HMAC-SHA256(secret, body)>``. The timestamp is
inside the signed body, so a receiver can refuse stale replays.

Exactly-once per attempt: ``deliver`` claims the row with a conditional UPDATE
(pending and due -> sending); a second worker holding the same id gets 0 rows and stops.
A worker that dies mid-send leaves the row ``sending``; ``sweep`` returns it to pending after
``STALE_CLAIM`` so it is retried (the receiver may then see it twice: use the delivery id).

Where to: only to an origin (scheme, host, port) the organization's admin listed in
``WebhookOrigin``; plain http only to loopback and only when insecure HTTP is allowed (tests,
demo). Redirects are not followed, so an allowed origin cannot bounce a request elsewhere.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from clinic.fhir.models import Subscription, WebhookDelivery, WebhookOrigin

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Clinic-Signature"
STALE_CLAIM = timedelta(minutes=10)
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def max_attempts() -> int:
    return getattr(settings, "FHIR_WEBHOOK_MAX_ATTEMPTS", 6)


def backoff(attempts: int) -> timedelta:
    """30 s, 60 s, 120 s, ... after the 1st, 2nd, 3rd failure; capped at 1 hour."""
    base = getattr(settings, "FHIR_WEBHOOK_BACKOFF_SECONDS", 30)
    return timedelta(seconds=min(base * 2 ** max(attempts - 1, 0), 3600))


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}".lower()


def endpoint_problem(organization_id: int, url: str) -> str | None:
    """Why ``url`` may not receive this organization's webhooks, or None if it may."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return "The endpoint is not a valid URL."
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return "The endpoint must be an https URL."
    if parts.username or parts.password:
        return "The endpoint must not carry credentials."
    if parts.scheme == "http":
        insecure_ok = settings.DEBUG or getattr(settings, "ALLOW_INSECURE_HTTP", False)
        if not (insecure_ok and parts.hostname in LOOPBACK):
            return "The endpoint must be an https URL."
    allowed = WebhookOrigin.objects.filter(
        organization_id=organization_id, origin=origin_of(url)
    ).exists()
    if not allowed:
        return "The endpoint's origin is not one your organization's admin has allowed."
    return None


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def enqueue_for_change(*, resource_type: str, instance: Any, event: str) -> None:
    """Write one delivery per matching active subscription (inside the change's transaction)."""
    organization_id = getattr(instance, "organization_id", None)
    if organization_id is None:
        organization_id = instance.patient.organization_id
    subscriptions = Subscription.objects.filter(
        organization_id=organization_id,
        resource_type=resource_type,
        status=Subscription.Status.ACTIVE,
    ).values_list("pk", flat=True)
    ids = [
        WebhookDelivery.objects.create(
            subscription_id=pk, resource_type=resource_type, resource_id=instance.pk, event=event
        ).pk
        for pk in subscriptions
    ]
    if ids:
        transaction.on_commit(lambda: _queue(ids))


def _queue(ids: list[int]) -> None:
    from clinic.fhir.tasks import deliver_webhook

    for pk in ids:
        deliver_webhook.delay(pk)


def body_for(delivery: WebhookDelivery) -> bytes:
    from clinic.fhir.mappers import build, instant

    bundle = build(
        "Bundle",
        {
            "id": f"delivery-{delivery.pk}-{delivery.attempts}",
            "type": "history",
            "timestamp": instant(timezone.now()),
            "link": [
                {"relation": "subscription", "url": f"Subscription/{delivery.subscription_id}"}
            ],
            "entry": [
                {
                    "request": {
                        "method": "POST" if delivery.event == "create" else "PUT",
                        "url": f"{delivery.resource_type}/{delivery.resource_id}",
                    },
                    "response": {"status": "201" if delivery.event == "create" else "200"},
                }
            ],
        },
    )
    return bundle.model_dump_json(exclude_none=True).encode("utf-8")


def deliver(delivery_id: int) -> str:
    """One attempt at one delivery; returns what happened (for logs and tests)."""
    now = timezone.now()
    claimed = WebhookDelivery.objects.filter(
        pk=delivery_id, status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now
    ).update(status=WebhookDelivery.Status.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    if not claimed:
        return "skipped"
    delivery = WebhookDelivery.objects.select_related("subscription").get(pk=delivery_id)
    subscription = delivery.subscription
    problem = None
    if subscription.status != Subscription.Status.ACTIVE:
        problem = "subscription is not active"
    elif endpoint_problem(subscription.organization_id, subscription.endpoint):
        problem = "endpoint is no longer allowed"
    if problem:
        _finish(delivery, status=WebhookDelivery.Status.DEAD, error=problem)
        return "dead"
    body = body_for(delivery)
    headers = {
        "Content-Type": "application/fhir+json",
        SIGNATURE_HEADER: sign(subscription.secret, body),
        "X-Clinic-Delivery": str(delivery.pk),
    }
    code = None
    try:
        response = httpx.post(
            subscription.endpoint,
            content=body,
            headers=headers,
            timeout=getattr(settings, "FHIR_WEBHOOK_TIMEOUT_SECONDS", 10),
            follow_redirects=False,
        )
        code = response.status_code
        error = "" if 200 <= code < 300 else f"HTTP {code}"
    except httpx.HTTPError as exc:
        error = f"transport error: {type(exc).__name__}"
    if not error:
        _finish(delivery, status=WebhookDelivery.Status.DELIVERED, code=code)
        return "delivered"
    if delivery.attempts >= max_attempts():
        _finish(delivery, status=WebhookDelivery.Status.DEAD, code=code, error=error)
        logger.warning(
            "webhook delivery %s dead-lettered after %s attempts", delivery.pk, delivery.attempts
        )
        return "dead"
    wait = backoff(delivery.attempts)
    WebhookDelivery.objects.filter(pk=delivery.pk, status=WebhookDelivery.Status.SENDING).update(
        status=WebhookDelivery.Status.PENDING,
        next_attempt_at=timezone.now() + wait,
        last_status_code=code,
        last_error=error,
    )
    _schedule(delivery.pk, wait)
    return "retry"


def _finish(
    delivery: WebhookDelivery, *, status: str, code: int | None = None, error: str = ""
) -> None:
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status=status,
        last_status_code=code,
        last_error=error,
        delivered_at=timezone.now() if status == WebhookDelivery.Status.DELIVERED else None,
    )


def _schedule(pk: int, wait: timedelta) -> None:
    from clinic.fhir.tasks import deliver_webhook

    if getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False):
        return  # eager mode cannot wait; the beat sweep picks the row up when it is due
    deliver_webhook.apply_async((pk,), countdown=wait.total_seconds())


@transaction.atomic
def replay(*, actor: Any, delivery_ids: list[int]) -> int:
    """Put dead-lettered deliveries back in the queue (admin action). Returns how many."""
    from compliance.audit import AuditAction, record_event

    ids = list(
        WebhookDelivery.objects.filter(
            pk__in=delivery_ids, status=WebhookDelivery.Status.DEAD
        ).values_list("pk", flat=True)
    )
    WebhookDelivery.objects.filter(pk__in=ids).update(
        status=WebhookDelivery.Status.PENDING,
        attempts=0,
        next_attempt_at=timezone.now(),
        last_error="",
    )
    for pk in ids:
        record_event(
            actor=actor,
            action=AuditAction.UPDATE,
            entity_type="WebhookDelivery",
            entity_id=pk,
            detail={"replayed": True},
        )
    if ids:
        transaction.on_commit(lambda: _queue(ids))
    return len(ids)


def sweep() -> int:
    """Re-queue due pending deliveries and reclaim ones stuck in ``sending``."""
    now = timezone.now()
    WebhookDelivery.objects.filter(
        status=WebhookDelivery.Status.SENDING, claimed_at__lt=now - STALE_CLAIM
    ).update(status=WebhookDelivery.Status.PENDING, next_attempt_at=now)
    due = list(
        WebhookDelivery.objects.filter(
            status=WebhookDelivery.Status.PENDING, next_attempt_at__lte=now
        ).values_list("pk", flat=True)[:500]
    )
    _queue(due)
    return len(due)
