"""Staff console writes that belong to no other app: revealing a masked conversation and
opening break-glass by patient id. Each writes its audit event in the same transaction."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction

from assistant.conversations import selectors as conversation_selectors
from assistant.conversations.models import Conversation, Message
from clinic.models import Patient
from clinic.roles import SCHEDULING_ROLES, Role, actor_for, require_role
from clinic.services import break_glass
from compliance.audit import AuditAction, record_event
from config.errors import InvalidInput, NotFound


class RevealReason(models.TextChoices):
    """Why a reviewer unmasks a conversation: a code, so the audit event holds no free text."""

    PATIENT_FOLLOW_UP = "follow_up", "Following up with the patient"
    SAFETY = "safety", "Patient safety concern"
    QUALITY = "quality", "Quality review of the assistant"
    COMPLAINT = "complaint", "Complaint or patient request"


@transaction.atomic
def conversation_reveal(*, actor: Any, conversation_id: Any, reason: str) -> list[Message]:
    """The full text of one conversation of the actor's organization, for a stated reason.

    ``conversation_messages`` audits the read; the REVEAL event beside it records why.
    """
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES, "assistant conversations")
    if reason not in RevealReason.values:
        raise InvalidInput("Choose why you need to see the full conversation.")
    try:
        pk = int(conversation_id)
    except (TypeError, ValueError):
        raise NotFound("Conversation not found.") from None
    conversation = Conversation.objects.filter(pk=pk, organization_id=who.organization_id).first()
    if conversation is None:
        raise NotFound("Conversation not found.")
    messages = conversation_selectors.conversation_messages(actor=actor, conversation_id=pk)
    record_event(
        actor=actor,
        action=AuditAction.REVEAL,
        entity_type="Conversation",
        entity_id=pk,
        patient_id=conversation.patient_id,
        detail={"reason": reason, "count": len(messages)},
    )
    return messages


def break_glass_by_id(*, actor: Any, patient_id: Any, reason: str) -> Any:
    """Break-glass from the console form, where the clinician types a patient id. The role is
    checked before the lookup, so no one else can probe which ids exist."""
    require_role(actor_for(actor), {Role.CLINICIAN}, "emergency access")
    try:
        pk = int(patient_id)
    except (TypeError, ValueError):
        raise InvalidInput("The patient id must be a whole number.") from None
    patient = Patient.objects.filter(pk=pk).first()
    if patient is None:
        raise NotFound("Patient not found.")
    return break_glass(actor=actor, patient=patient, reason=reason)
