"""Conversations with the assistant, their messages, and the staff hand-off queue.

What the patient and the assistant say is PHI: ``Message.text`` and the dialogue state are
encrypted at rest. ``Message.redacted_text`` is the analytics copy, passed through the
redaction engine's full tier before it is stored (fail closed: "[withheld]").
``citations`` and ``actions`` hold references only (knowledge source ids, tool names,
appointment ids, outcomes), never values from the record.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from compliance.fields import EncryptedJSONField, EncryptedTextField


class ConversationStatus(models.TextChoices):
    OPEN = "open", "Open"
    WAITING_FOR_STAFF = "waiting_for_staff", "Waiting for staff"
    CLOSED = "closed", "Closed"


class Conversation(models.Model):
    patient = models.ForeignKey("clinic.Patient", on_delete=models.PROTECT, related_name="+")
    # Denormalised from the patient so the staff queue filters by organization in SQL.
    organization = models.ForeignKey(
        "clinic.Organization", on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        max_length=20, choices=ConversationStatus.choices, default=ConversationStatus.OPEN
    )
    emergency = models.BooleanField(default=False)
    handoff = models.BooleanField(default=False)
    # Multi-turn dialogue state (assistant/conversations/dialogue.py): the pending action and
    # the slots offered, by opaque id. It can hold a visit reason: encrypted.
    state = EncryptedJSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["patient", "created_at"])]

    def __str__(self) -> str:
        return f"Conversation #{self.pk}"


class MessageRole(models.TextChoices):
    PATIENT = "patient", "Patient"
    ASSISTANT = "assistant", "Assistant"
    STAFF = "staff", "Staff"


class Message(models.Model):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    role = models.CharField(max_length=12, choices=MessageRole.choices)
    text = EncryptedTextField()
    # The analytics copy: de-identified (compliance.redaction, full tier) or "[withheld]".
    redacted_text = models.TextField(blank=True, default="")
    intent = models.CharField(max_length=32, blank=True, default="")
    # [{"source": "...", "title": "..."}] from the clinic's knowledge base; never PHI.
    citations = models.JSONField(default=list, blank=True)
    # [{"tool": "appointment_book", "outcome": "success", "appointment_id": 12}]; never PHI.
    actions = models.JSONField(default=list, blank=True)
    emergency = models.BooleanField(default=False)
    handoff = models.BooleanField(default=False)
    # The model was unavailable and the deterministic floor answered.
    degraded = models.BooleanField(default=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["conversation", "created_at"])]

    def __str__(self) -> str:
        return f"Message #{self.pk} ({self.role})"


class HandoffReason(models.TextChoices):
    PATIENT_REQUEST = "patient_request", "Patient asked for a person"
    EMERGENCY = "emergency", "Possible emergency"
    LOW_CONFIDENCE = "low_confidence", "The assistant was not sure"


class HandoffStatus(models.TextChoices):
    OPEN = "open", "Open"
    ANSWERED = "answered", "Answered"


class HandoffRequest(models.Model):
    """One entry of the staff queue: a conversation a person must look at."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="handoffs"
    )
    organization = models.ForeignKey(
        "clinic.Organization", on_delete=models.PROTECT, related_name="+"
    )
    reason = models.CharField(max_length=20, choices=HandoffReason.choices)
    status = models.CharField(
        max_length=12, choices=HandoffStatus.choices, default=HandoffStatus.OPEN
    )
    # A short summary for staff, written by the model (or the rules when it is down): PHI.
    summary = EncryptedTextField(blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        indexes = [models.Index(fields=["organization", "status", "created_at"])]

    def __str__(self) -> str:
        return f"Handoff #{self.pk} ({self.reason}, {self.status})"
