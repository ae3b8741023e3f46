"""Compliance tables: data keys, the audit trail, key rotation progress, break-glass grants,
API tokens and disclosures.

Patients live in the clinic app, which depends on this one, so patients are referenced by
integer id (``patient_id``), never by foreign key: no circular migrations, and audit rows
outlive the records they describe.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from compliance.fields import EncryptedDateField, EncryptedJSONField, EncryptedTextField


class DataKey(models.Model):
    """A data encryption key, stored only wrapped by a master key (compliance/keys.py)."""

    class State(models.TextChoices):
        ACTIVE = "active", "Active (new values)"
        RETIRING = "retiring", "Retiring (being rotated away)"
        RETIRED = "retired", "Retired (no values left; kept for backups)"

    key_id = models.CharField(max_length=32, unique=True)
    master_key_id = models.CharField(max_length=32)
    wrapped_key = models.TextField()
    state = models.CharField(max_length=16, choices=State.choices, default=State.ACTIVE)
    created_at = models.DateTimeField(default=timezone.now)
    retired_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"DataKey {self.key_id} ({self.master_key_id}, {self.state})"


class KeyRotation(models.Model):
    """Progress of one ``rotate_keys`` run, so a crashed run resumes where it stopped."""

    class State(models.TextChoices):
        RUNNING = "running"
        DONE = "done"

    target_key = models.ForeignKey(DataKey, on_delete=models.PROTECT, related_name="+")
    state = models.CharField(max_length=16, choices=State.choices, default=State.RUNNING)
    # {"app_label.model": last primary key re-encrypted} for every model with encrypted fields.
    checkpoints = models.JSONField(default=dict)
    values_rewritten = models.BigIntegerField(default=0)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"KeyRotation {self.pk} to {self.target_key_id} ({self.state})"


class AuditEventQuerySet(models.QuerySet):
    """Append-only at the ORM level too; the PostgreSQL trigger is the backstop."""

    def update(self, **kwargs: Any) -> int:
        raise AuditTrailImmutable("audit events cannot be updated")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AuditTrailImmutable("audit events cannot be deleted")

    _raw_delete = delete  # type: ignore[assignment]


class AuditTrailImmutable(Exception):
    pass


class AuditEvent(models.Model):
    """One audited action, shaped after FHIR AuditEvent; references only, never PHI values.

    ``seq``/``prev_hash``/``hash`` form the keyed hash chain (compliance/audit.py).
    """

    seq = models.BigIntegerField(unique=True)
    recorded_at = models.DateTimeField(db_index=True)
    # Who (FHIR agent): a user id without a database constraint, so deleting a user neither
    # fails nor rewrites history.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    actor_role = models.CharField(max_length=128, blank=True)
    client_app = models.CharField(max_length=64, blank=True)
    # What (FHIR action/subtype) and on which entity.
    action = models.CharField(max_length=32)
    entity_type = models.CharField(max_length=64)
    entity_id = models.CharField(max_length=64, blank=True)
    patient_id = models.BigIntegerField(null=True, blank=True)
    outcome = models.CharField(max_length=16, default="success")
    # FHIR PurposeOfUse (v3-ActReason): TREAT, ETREAT (break glass), HPAYMT, HOPERAT, PATRQT...
    purpose = models.CharField(max_length=16, default="TREAT")
    # Where from (FHIR source / agent.network).
    source = models.CharField(max_length=64, blank=True)
    request_id = models.CharField(max_length=64, blank=True)
    user_agent = models.CharField(max_length=256, blank=True)
    detail = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["seq"]
        indexes = [
            models.Index(fields=["patient_id", "recorded_at"]),
            models.Index(fields=["actor", "recorded_at"]),
        ]
        permissions = [("audit_search", "Can search the audit trail")]

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} {self.entity_type} {self.entity_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AuditTrailImmutable("audit events cannot be updated")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise AuditTrailImmutable("audit events cannot be deleted")


class AuditChainHead(models.Model):
    """The single lock row that serialises appends to the chain (pk=1); see audit.py."""

    last_seq = models.BigIntegerField(default=0)
    last_hash = models.CharField(max_length=64)

    def __str__(self) -> str:
        return f"audit chain head at #{self.last_seq}"


class BreakGlassGrant(models.Model):
    """Time-limited emergency access to one patient outside the clinician's normal scope."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    patient_id = models.BigIntegerField()
    # A free-text justification can name clinical facts: encrypted.
    reason = EncryptedTextField()
    opened_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["user", "patient_id", "expires_at"])]

    def __str__(self) -> str:
        return f"break-glass {self.pk} (user {self.user_id}, patient {self.patient_id})"


class ApiToken(models.Model):
    """A bearer token, stored as its SHA-256 only; expires after API_TOKEN_TTL_SECONDS."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"API token {self.pk} of user {self.user_id}"


class Disclosure(models.Model):
    """A disclosure of PHI outside the organisation, for the accounting of disclosures
    (45 CFR 164.528). Recipient and description can identify the patient: encrypted."""

    patient_id = models.BigIntegerField(db_index=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recipient = EncryptedTextField()
    disclosed_on = EncryptedDateField()
    purpose = models.CharField(max_length=16, default="PUBHLTH")
    description = EncryptedTextField(blank=True)
    # References to what was disclosed, e.g. [{"type": "Observation", "id": 12}].
    items = EncryptedJSONField(default=list, blank=True, null=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"disclosure {self.pk} (patient {self.patient_id})"
