"""Every write of the conversations app (the API and the portal/staff pages call these).

* ``conversation_create(*, patient_user)``
* ``conversation_post_message(*, actor, conversation_id, text) -> Reply``
* ``conversation_stream_message(*, actor, conversation_id, text)``: a generator of events
  ``{"event": "delta", "data": {"text": ...}}`` then one ``{"event": "done", "data": reply}``
* ``handoff_reply(*, actor, handoff_id, text) -> Message``

Transactions are short on purpose: a turn can wait seconds on the model, and on SQLite a write
transaction holds the database lock, so the patient's message is stored (and audited) in one
transaction, each tool call runs in its own (tools.py), and the reply, the dialogue state and
any hand-off are stored together in a last one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from django.db import transaction
from django.utils import timezone

from clinic.roles import SCHEDULING_ROLES, Role, actor_for, require_role
from compliance.audit import AuditAction, record_event
from config.errors import Forbidden, InvalidInput

from . import ports
from .models import (
    Conversation,
    ConversationStatus,
    HandoffReason,
    HandoffRequest,
    HandoffStatus,
    Message,
    MessageRole,
)
from .pipeline import Turn, run_turn
from .replies import Reply
from .selectors import conversation_for_patient, handoff_for_staff
from .tools import ToolContext

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
SUMMARY_MAX_TOKENS = 60


def _clean_text(text: Any) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("Write a message.")
    text = text.strip()
    if len(text) > MAX_MESSAGE_CHARS:
        raise InvalidInput(f"Messages are limited to {MAX_MESSAGE_CHARS} characters.")
    return text


def _store_message(conversation: Conversation, *, role: str, text: str, **fields: Any) -> Message:
    """Save one message and queue its analytics copy (redacted after commit, by id)."""
    from .tasks import redact_message

    message = Message.objects.create(conversation=conversation, role=role, text=text, **fields)
    transaction.on_commit(lambda: redact_message.delay(message.pk))
    return message


@transaction.atomic
def conversation_create(*, patient_user: Any) -> Conversation:
    """A new conversation for the signed-in patient (patients only: the assistant acts for
    one patient, on their own record)."""
    who = actor_for(patient_user)
    if who.role != Role.PATIENT or who.patient_id is None:
        raise Forbidden("Only patients can start a conversation with the assistant.")
    conversation = Conversation.objects.create(
        patient_id=who.patient_id, organization_id=who.organization_id
    )
    record_event(
        actor=patient_user,
        action=AuditAction.CREATE,
        entity_type="Conversation",
        entity_id=conversation.pk,
        patient_id=who.patient_id,
    )
    return conversation


@transaction.atomic
def _receive(*, actor: Any, conversation_id: Any, text: str) -> tuple[Conversation, Message]:
    conversation = conversation_for_patient(actor=actor, conversation_id=conversation_id)
    message = _store_message(conversation, role=MessageRole.PATIENT, text=text, author=actor)
    record_event(
        actor=actor,
        action=AuditAction.CREATE,
        entity_type="Message",
        entity_id=message.pk,
        patient_id=conversation.patient_id,
        client_app="assistant",
    )
    return conversation, message


def _start_turn(*, actor: Any, conversation_id: Any, text: Any) -> tuple[Conversation, Turn]:
    text = _clean_text(text)
    conversation, _ = _receive(actor=actor, conversation_id=conversation_id, text=text)
    ctx = ToolContext(user=actor, conversation_id=conversation.pk)
    return conversation, run_turn(ctx=ctx, conversation=conversation, text=text)


@transaction.atomic
def _finish_turn(*, conversation: Conversation, turn: Turn) -> Reply:
    reply = turn.reply
    conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
    message = _store_message(
        conversation,
        role=MessageRole.ASSISTANT,
        text=reply.text,
        intent=reply.intent[:32],
        citations=reply.citations,
        actions=reply.actions,
        emergency=reply.emergency,
        handoff=reply.handoff,
        degraded=reply.degraded,
    )
    conversation.state = turn.state
    fields = ["state", "updated_at"]
    if reply.emergency:
        conversation.emergency = True
        fields.append("emergency")
    if reply.handoff:
        conversation.handoff = True
        conversation.status = ConversationStatus.WAITING_FOR_STAFF
        fields += ["handoff", "status"]
    conversation.save(update_fields=fields)
    if reply.handoff:
        _open_handoff(conversation, reason=reply.handoff_reason or HandoffReason.LOW_CONFIDENCE)
    reply.message_id = message.pk
    reply.conversation_id = conversation.pk
    return reply


def _open_handoff(conversation: Conversation, *, reason: str) -> HandoffRequest:
    """Queue the conversation for staff (one open request per conversation) and alert them
    after commit. The alert carries the request id only, never what was said."""
    from .tasks import alert_staff

    existing = HandoffRequest.objects.filter(
        conversation=conversation, status=HandoffStatus.OPEN
    ).first()
    if existing is not None:
        if reason == HandoffReason.EMERGENCY and existing.reason != reason:
            existing.reason = reason
            existing.save(update_fields=["reason"])
            transaction.on_commit(lambda: alert_staff.delay(existing.pk))
        return existing
    handoff = HandoffRequest.objects.create(
        conversation=conversation,
        organization_id=conversation.organization_id,
        reason=reason,
        summary=_summary(conversation, reason=reason),
    )
    record_event(
        actor=None,
        action=AuditAction.CREATE,
        entity_type="HandoffRequest",
        entity_id=handoff.pk,
        patient_id=conversation.patient_id,
        client_app="assistant",
        detail={"reason": str(reason), "conversation_id": conversation.pk},
    )
    transaction.on_commit(lambda: alert_staff.delay(handoff.pk))
    return handoff


def _summary(conversation: Conversation, *, reason: str) -> str:
    """A short summary for staff: by the model when it is up (not for emergencies, which must
    not wait on it), otherwise the reason and the patient's last words."""
    recent = list(conversation.messages.order_by("-created_at", "-pk")[:6])[::-1]
    last_patient = next((m.text for m in reversed(recent) if m.role == MessageRole.PATIENT), "")
    fallback = f"{HandoffReason(reason).label}. Last message from the patient: {last_patient[:300]}"
    client = ports.llm_client() if reason != HandoffReason.EMERGENCY else None
    if client is None:
        return fallback
    transcript = "\n".join(f"{m.role}: {m.text[:400]}" for m in recent)
    messages = [
        {
            "role": "system",
            "content": "Summarize for clinic staff, in one sentence, what the patient needs.",
        },
        {"role": "user", "content": transcript},
    ]
    try:
        text = ports.chat_text(client, messages, max_tokens=SUMMARY_MAX_TOKENS).strip()
    except Exception:  # the summary is a convenience; the queue entry must exist regardless
        logger.warning("hand-off summary model call failed; using the rule summary")
        return fallback
    return f"{text[:500]}\n({fallback})" if text else fallback


def conversation_post_message(*, actor: Any, conversation_id: Any, text: Any) -> Reply:
    """Store the patient's message, run the turn, store and return the reply."""
    conversation, turn = _start_turn(actor=actor, conversation_id=conversation_id, text=text)
    if turn.deltas is not None:
        for _ in turn.deltas:
            pass
    return _finish_turn(conversation=conversation, turn=turn)


def conversation_stream_message(
    *, actor: Any, conversation_id: Any, text: Any
) -> Iterator[dict[str, Any]]:
    """Like ``conversation_post_message`` but yields events as the reply is produced.

    Validation and scoping run before the first event (this is a plain function returning a
    generator), so a bad request or another patient's conversation raises at once and the
    view can answer 400/404 instead of a broken stream.
    """
    conversation, turn = _start_turn(actor=actor, conversation_id=conversation_id, text=text)
    return _events(conversation, turn)


def _events(conversation: Conversation, turn: Turn) -> Iterator[dict[str, Any]]:
    if turn.deltas is None:
        yield {"event": "delta", "data": {"text": turn.reply.text}}
    else:
        for piece in turn.deltas:
            yield {"event": "delta", "data": {"text": piece}}
    reply = _finish_turn(conversation=conversation, turn=turn)
    yield {"event": "done", "data": reply.as_dict()}


STAFF_QUEUE_ROLES = SCHEDULING_ROLES


@transaction.atomic
def handoff_reply(*, actor: Any, handoff_id: Any, text: Any) -> Message:
    """A staff member answers a queued conversation; the reply appears in the patient's
    conversation as a ``staff`` message and the request leaves the queue."""
    text = _clean_text(text)
    who = actor_for(actor)
    require_role(who, STAFF_QUEUE_ROLES, "the assistant hand-off queue")
    handoff = handoff_for_staff(actor=actor, handoff_id=handoff_id, lock=True)
    conversation = handoff.conversation
    message = _store_message(conversation, role=MessageRole.STAFF, text=text, author=actor)
    handoff.status = HandoffStatus.ANSWERED
    handoff.answered_at = timezone.now()
    handoff.answered_by = actor
    handoff.save(update_fields=["status", "answered_at", "answered_by"])
    conversation.status = ConversationStatus.OPEN
    conversation.save(update_fields=["status", "updated_at"])
    record_event(
        actor=actor,
        action=AuditAction.UPDATE,
        entity_type="HandoffRequest",
        entity_id=handoff.pk,
        patient_id=conversation.patient_id,
        detail={"status": HandoffStatus.ANSWERED, "message_id": message.pk},
    )
    return message
