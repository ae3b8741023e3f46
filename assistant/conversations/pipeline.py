"""One turn of the conversation: triage -> dialogue or intent -> tools or answers.

Order, and why:

1. **Triage first, always** (``assistant.triage.check``). On a possible emergency the reply is
   the fixed ``emergency_reply`` and the model is not called: no latency, nothing to get wrong.
2. **A pending dialogue** (booking, cancelling, rescheduling) continues unless the patient
   clearly asks for something else. Its options and confirmation are server-side state.
3. **Intent** from the rules, then the model if the rules are unsure (intents.py).
4. **Tools** for scheduling and records, with the authenticated patient as the actor; record
   answers are written from the rows, never by the model (replies.py).
5. **Answers** for clinic and health questions, by ``assistant.answers``: a request for a
   diagnosis, a prescription, a dose change or a medicine combination gets a fixed deferral
   before any model call (even before intent classification, unless the rules are sure it is
   a scheduling or records request); otherwise retrieved passages are written up by the
   model and streamed, the complete draft is checked by ``check_grounded``, and a draft that
   fails is replaced by the best passage quoted with its source. With the model down, that
   quote and a note.

The model is untrusted throughout: it picks an intent from a closed list and, for answers,
writes prose from given passages. It never names a patient, an appointment or a slot.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from assistant import answers
from assistant.triage.language import detect_language

from . import flows, ports, replies
from .dialogue import is_new_request, parse_yes_no
from .intents import Intent, Understanding, rules_classify, understand
from .models import Conversation, HandoffReason
from .replies import Reply
from .tools import ToolContext, call_tool

logger = logging.getLogger(__name__)

ANSWER_MAX_TOKENS = 160
_GREETING = re.compile(
    r"^\s*(hi|hello|hey|good (morning|afternoon|evening)|thanks|thank you)\b[\s!.]*$", re.I
)


@dataclass
class Turn:
    """A reply in the making. ``deltas`` (if any) yields the text piece by piece; once it is
    exhausted, ``reply.text`` holds the whole text. Without ``deltas`` the reply is ready."""

    reply: Reply
    state: dict[str, Any]
    deltas: Iterator[str] | None = None


def run_turn(*, ctx: ToolContext, conversation: Conversation, text: str) -> Turn:
    state = dict(conversation.state or {})
    emergency = _triage(text)
    if emergency is not None:
        state.pop("pending", None)
        return Turn(reply=emergency, state=state)

    pending = state.get("pending")
    if pending and flows.pending_is_stale(pending):
        pending = None
    floor = rules_classify(text, today=timezone.localdate())
    if pending and (parse_yes_no(text) is not None or not is_new_request(floor, pending)):
        reply, state["pending"] = flows.continue_dialogue(ctx, pending, text, floor)
        return Turn(reply=reply, state=_clean(state))

    if not (floor.is_confident and floor.intent in _TOOL_INTENTS):
        deferral = _deferral(text)
        if deferral is not None:
            state.pop("pending", None)
            return Turn(reply=deferral, state=_clean(state))

    client = ports.llm_client()
    understanding, model_down = understand(text, client=client, today=timezone.localdate())
    if model_down:
        client = None
    turn = _dispatch(ctx, understanding, text, client, state)
    turn.reply.degraded = turn.reply.degraded or (model_down and _uses_model(understanding))
    return turn


_TOOL_INTENTS = {
    Intent.BOOK,
    Intent.CANCEL,
    Intent.RESCHEDULE,
    Intent.LIST_APPOINTMENTS,
    Intent.MEDICATIONS,
    Intent.ALLERGIES,
    Intent.CONDITIONS,
    Intent.IMMUNIZATIONS,
    Intent.LABS,
    Intent.HUMAN,
}


def _clean(state: dict[str, Any]) -> dict[str, Any]:
    if state.get("pending") is None:
        state.pop("pending", None)
    return state


def _uses_model(understanding: Understanding) -> bool:
    return understanding.intent in {Intent.GENERAL_QUESTION, Intent.CLINIC_INFO, Intent.OTHER}


def _dispatch(
    ctx: ToolContext,
    understanding: Understanding,
    text: str,
    client: Any | None,
    state: dict[str, Any],
) -> Turn:
    intent = understanding.intent
    state.pop("pending", None)
    starters = {
        Intent.BOOK: flows.start_booking,
        Intent.CANCEL: flows.start_cancel,
        Intent.RESCHEDULE: flows.start_reschedule,
    }
    if intent in starters:
        reply, pending = starters[intent](ctx, understanding, text)
        state["pending"] = pending
        return Turn(reply=reply, state=_clean(state))
    if intent in _RECORD_TOOLS:
        return Turn(reply=_record_reply(ctx, intent, understanding), state=state)
    if intent == Intent.HUMAN:
        return Turn(
            reply=Reply(
                text="I have asked a member of the clinic staff to join this conversation. "
                "They will reply here as soon as they can. If this is urgent, call the clinic, "
                "or your local emergency number in an emergency.",
                intent=intent.value,
                handoff=True,
                handoff_reason=HandoffReason.PATIENT_REQUEST,
            ),
            state=state,
        )
    if intent in {Intent.GENERAL_QUESTION, Intent.CLINIC_INFO}:
        return _answer(text, intent, client, state)
    if _GREETING.match(text):
        return Turn(reply=Reply(text=replies.HELP_TEXT, intent=Intent.OTHER.value), state=state)
    if client is not None and understanding.source == "model" and understanding.confidence < 0.4:
        return Turn(
            reply=Reply(
                text="I am not sure I understood, so I have asked a member of the clinic staff "
                "to look at your message; they will reply here. " + replies.HELP_TEXT,
                intent=intent.value,
                handoff=True,
                handoff_reason=HandoffReason.LOW_CONFIDENCE,
            ),
            state=state,
        )
    return _answer(text, Intent.GENERAL_QUESTION, client, state)


_RECORD_TOOLS: dict[Intent, tuple[str, Any]] = {
    Intent.LIST_APPOINTMENTS: ("list_appointments", replies.appointments_text),
    Intent.MEDICATIONS: ("medications", replies.medications_text),
    Intent.ALLERGIES: ("allergies", replies.allergies_text),
    Intent.CONDITIONS: ("conditions", replies.conditions_text),
    Intent.IMMUNIZATIONS: ("immunizations", replies.immunizations_text),
    Intent.LABS: ("lab_results", None),
}


def _record_reply(ctx: ToolContext, intent: Intent, understanding: Understanding) -> Reply:
    from config.errors import DomainError

    tool, render = _RECORD_TOOLS[intent]
    args: dict[str, Any] = {}
    test = understanding.slots.get("test") if intent == Intent.LABS else None
    if test:
        args["test"] = test
    try:
        result = call_tool(ctx, tool, args)
    except DomainError as exc:
        return Reply(text=exc.message, intent=intent.value)
    text = replies.labs_text(result.data, test) if intent == Intent.LABS else render(result.data)
    return Reply(text=text, intent=intent.value, actions=[result.action])


# --- triage and answers ----------------------------------------------------------------------


def _triage(text: str) -> Reply | None:
    hit = ports.triage(text)
    if hit is None:
        return None
    return Reply(
        text=hit.text,
        intent="emergency",
        emergency=True,
        handoff=True,
        handoff_reason=HandoffReason.EMERGENCY,
    )


def _deferral(text: str) -> Reply | None:
    """A fixed deferral for diagnosis, prescribing, dose changes and medicine combinations,
    without calling the model (not even to classify the message)."""
    category = answers.is_out_of_scope(text)
    if category is None:
        return None
    language = detect_language(text)
    return Reply(
        text=answers.deferral_reply(category, language=language),
        intent=Intent.GENERAL_QUESTION.value,
    )


def _answer(text: str, intent: Intent, client: Any | None, state: dict[str, Any]) -> Turn:
    reply = Reply(text="", intent=intent.value, degraded=client is None)
    return Turn(reply=reply, state=state, deltas=_answer_deltas(text, client, reply))


def _answer_deltas(question: str, client: Any | None, reply: Reply) -> Iterator[str]:
    """Stream the model's draft, then settle the reply with ``assistant.answers``: the draft
    if ``check_grounded`` passes it, else the best passage quoted with its source.

    The draft pieces are yielded as they come; ``reply`` is filled in only once the check
    has run, so what is stored (and sent in the ``done`` event) is the checked text. When no
    draft was streamed (deferral, no source, model down) the final text is the one piece.
    """
    stream = None
    if client is not None:

        def stream(messages: list[dict[str, str]]) -> Iterator[str]:
            return client.stream_chat(messages, max_tokens=ANSWER_MAX_TOKENS, temperature=0.0)

    passages = ports.search(question, answers.MAX_SOURCES)
    streamed = answers.StreamedAnswer(question, passages, stream=stream)
    yield from streamed
    answer = streamed.answer
    assert answer is not None  # set once the iteration is over
    reply.citations = [ports.citation(p) for p in answer.citations]
    reply.replaced = streamed.replaced
    reply.text = answer.text
    if client is None or streamed.model_failed:
        reply.degraded = True
        if answer.fallback:
            reply.text = f"{replies.LIMITED_NOTE}\n\n{answer.text}"
        elif answer.deferral_category == "no_source":
            reply.text = f"The assistant is limited right now. {answer.text}"
    if not streamed.draft:
        yield reply.text
