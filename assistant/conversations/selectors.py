"""Reads of conversations, scoped to who is asking.

A patient sees only their own conversations: anyone else's id answers ``NotFound``, exactly
like a missing one. Staff of the conversation's organization (clinicians, front desk, org
admins) see the hand-off queue and the conversations in it; reading one is audited.
"""

from __future__ import annotations

from typing import Any

from clinic import validation
from clinic.roles import SCHEDULING_ROLES, Role, actor_for, require_role
from compliance.audit import AuditAction, record_event
from config.errors import NotFound

from .models import Conversation, HandoffRequest, HandoffStatus, Message


def conversation_for_patient(*, actor: Any, conversation_id: Any) -> Conversation:
    who = actor_for(actor)
    try:
        pk = validation.object_id(conversation_id, field="Conversation")
    except Exception:
        raise NotFound("Conversation not found.") from None
    conversation = None
    if who.role == Role.PATIENT and who.patient_id is not None:
        conversation = Conversation.objects.filter(pk=pk, patient_id=who.patient_id).first()
    if conversation is None:
        raise NotFound("Conversation not found.")
    return conversation


def conversation_messages(*, actor: Any, conversation_id: Any) -> list[Message]:
    """The messages of one conversation, oldest first: the patient's own, or (staff) one of
    their organization's."""
    who = actor_for(actor)
    if who.role == Role.PATIENT:
        conversation = conversation_for_patient(actor=actor, conversation_id=conversation_id)
    else:
        require_role(who, SCHEDULING_ROLES, "assistant conversations")
        try:
            pk = validation.object_id(conversation_id, field="Conversation")
        except Exception:
            raise NotFound("Conversation not found.") from None
        conversation = Conversation.objects.filter(
            pk=pk, organization_id=who.organization_id
        ).first()
        if conversation is None:
            raise NotFound("Conversation not found.")
    rows = list(conversation.messages.order_by("created_at", "pk"))
    record_event(
        actor=actor,
        action=AuditAction.READ,
        entity_type="Conversation",
        entity_id=conversation.pk,
        patient_id=conversation.patient_id,
        detail={"count": len(rows)},
    )
    return rows


def conversations_for_patient(*, actor: Any) -> list[Conversation]:
    who = actor_for(actor)
    if who.role != Role.PATIENT:
        return []
    return list(Conversation.objects.filter(patient_id=who.patient_id).order_by("-created_at"))


def handoff_queue(*, actor: Any, status: str = HandoffStatus.OPEN) -> list[HandoffRequest]:
    """The staff queue of the actor's organization, emergencies first, then oldest first."""
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES, "the assistant hand-off queue")
    rows = list(
        HandoffRequest.objects.filter(organization_id=who.organization_id, status=status)
        .select_related("conversation")
        .order_by("created_at", "pk")
    )
    rows.sort(key=lambda h: h.reason != "emergency")
    record_event(
        actor=actor,
        action=AuditAction.SEARCH,
        entity_type="HandoffRequest",
        detail={"count": len(rows), "status": str(status)},
    )
    return rows


def handoff_for_staff(*, actor: Any, handoff_id: Any, lock: bool = False) -> HandoffRequest:
    who = actor_for(actor)
    require_role(who, SCHEDULING_ROLES, "the assistant hand-off queue")
    try:
        pk = validation.object_id(handoff_id, field="Hand-off")
    except Exception:
        raise NotFound("Hand-off request not found.") from None
    queryset = HandoffRequest.objects.filter(pk=pk, organization_id=who.organization_id)
    if lock:
        queryset = queryset.select_for_update()
    handoff = queryset.select_related("conversation").first()
    if handoff is None:
        raise NotFound("Hand-off request not found.")
    return handoff
