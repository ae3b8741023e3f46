"""FHIR integration state: clients, resource versions, subscriptions, deliveries, exports.

Nothing here holds PHI except the encrypted webhook secrets; delivery bodies and export
manifests carry references (``Appointment/12``), and export files live encrypted on disk.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from compliance.fields import EncryptedTextField


class FhirClient(models.Model):
    """An EHR system allowed to call the FHIR API for one organization.

    ``application`` is the django-oauth-toolkit client (client credentials grant); its
    ``user`` is a service account with a clinician ``StaffMember`` row in ``organization``, so
    every read and write runs through the clinic's role checks and is audited as that account.
    ``allowed_scopes`` is the ceiling: a token never gets a scope outside it.
    """

    application = models.OneToOneField(
        "oauth2_provider.Application", on_delete=models.CASCADE, related_name="fhir_client"
    )
    organization = models.ForeignKey(
        "clinic.Organization", on_delete=models.PROTECT, related_name="fhir_clients"
    )
    name = models.CharField(max_length=200)
    allowed_scopes = models.TextField(help_text="Space-separated SMART scopes, e.g. system/*.read")
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name

    @property
    def scope_set(self) -> set[str]:
        return set(self.allowed_scopes.split())


class ResourceVersion(models.Model):
    """``meta.versionId`` / ETag of a clinic row, bumped on every save (clinic/fhir/signals.py).

    Kept beside the clinic tables rather than in them so any write path (staff console,
    assistant, FHIR) bumps it through ``post_save`` without the clinic models knowing FHIR.
    A row without an entry is at version 1.
    """

    resource_type = models.CharField(max_length=40)
    resource_id = models.BigIntegerField()
    version = models.PositiveIntegerField(default=1)
    last_updated = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["resource_type", "resource_id"], name="fhir_resource_version_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.resource_type}/{self.resource_id} v{self.version}"


class WebhookOrigin(models.Model):
    """An origin (scheme://host[:port]) an organization's admin allows webhooks to go to."""

    organization = models.ForeignKey(
        "clinic.Organization", on_delete=models.CASCADE, related_name="webhook_origins"
    )
    origin = models.CharField(max_length=200)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organization", "origin"], name="fhir_origin_unique")
        ]

    def __str__(self) -> str:
        return self.origin


class Subscription(models.Model):
    """FHIR Subscription (rest-hook) on Appointment or Observation changes."""

    class Status(models.TextChoices):
        REQUESTED = "requested"
        ACTIVE = "active"
        ERROR = "error"
        OFF = "off"

    client = models.ForeignKey(FhirClient, on_delete=models.CASCADE, related_name="subscriptions")
    organization = models.ForeignKey(
        "clinic.Organization", on_delete=models.CASCADE, related_name="+"
    )
    resource_type = models.CharField(max_length=40)
    endpoint = models.URLField(max_length=500)
    # The HMAC key of X-Clinic-Signature; shown to the client once, at creation.
    secret = EncryptedTextField()
    reason = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.ACTIVE)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["organization", "resource_type", "status"])]

    def __str__(self) -> str:
        return f"Subscription #{self.pk} ({self.resource_type})"


class WebhookDelivery(models.Model):
    """One notification to one subscriber; ``dead`` rows are the dead-letter queue.

    ``status`` moves pending -> sending -> delivered, or back to pending with a later
    ``next_attempt_at``, or to dead after ``FHIR_WEBHOOK_MAX_ATTEMPTS``. The move to sending is
    a conditional UPDATE, so two workers holding the same id deliver once.
    """

    class Status(models.TextChoices):
        PENDING = "pending"
        SENDING = "sending"
        DELIVERED = "delivered"
        DEAD = "dead"

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    resource_type = models.CharField(max_length=40)
    resource_id = models.BigIntegerField()
    event = models.CharField(max_length=10)  # create | update
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    # Why the last attempt failed, in words that never include the body ("HTTP 503").
    last_error = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "webhook deliveries"
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"Delivery #{self.pk} of {self.resource_type}/{self.resource_id}"


class BulkExportJob(models.Model):
    """One ``$export`` request; files are written by ``clinic.fhir.tasks.bulk_export_run``."""

    class Status(models.TextChoices):
        ACCEPTED = "accepted"
        RUNNING = "running"
        COMPLETED = "completed"
        FAILED = "failed"
        CANCELLED = "cancelled"
        EXPIRED = "expired"

    class Level(models.TextChoices):
        SYSTEM = "system"
        PATIENT = "patient"
        GROUP = "group"

    client = models.ForeignKey(FhirClient, on_delete=models.CASCADE, related_name="exports")
    organization = models.ForeignKey(
        "clinic.Organization", on_delete=models.CASCADE, related_name="+"
    )
    level = models.CharField(max_length=10, choices=Level.choices)
    group_id = models.CharField(max_length=64, blank=True)
    types = models.JSONField(default=list)
    since = models.DateTimeField(null=True, blank=True)
    request_url = models.CharField(max_length=500)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACCEPTED)
    error = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Export #{self.pk} ({self.level}, {self.status})"


class BulkExportFile(models.Model):
    """One NDJSON file of one resource type, stored encrypted under ``FHIR_EXPORT_DIR``."""

    job = models.ForeignKey(BulkExportJob, on_delete=models.CASCADE, related_name="files")
    resource_type = models.CharField(max_length=40)
    count = models.PositiveIntegerField(default=0)
    path = models.CharField(max_length=300)

    def __str__(self) -> str:
        return f"Export file #{self.pk} ({self.resource_type})"


def export_dir():  # -> Path
    from pathlib import Path

    return Path(getattr(settings, "FHIR_EXPORT_DIR", settings.VAR_DIR / "fhir-exports"))
