"""The scheduling dialogues: book, cancel, reschedule (state format in dialogue.py).

Each function takes the tool context, the pending state (or the criteria of a new request)
and the patient's words, and returns ``(reply, new_pending)``; ``None`` clears the dialogue.
Tools run only from the stored options, and writes only after ``parse_yes_no`` said yes.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from config.errors import Conflict, DomainError

from .dialogue import (
    criteria_from,
    describe_appointment,
    describe_slot,
    numbered,
    parse_choice,
    parse_yes_no,
    specialty_prompt,
)
from .intents import Intent, Understanding
from .replies import Reply
from .tools import ToolContext, call_tool

Pending = dict[str, Any] | None

CHOOSE_HINT = "Reply with the number you want, or tell me another day or time of day."


def _reply(intent: Intent, text: str, actions: list | None = None) -> Reply:
    return Reply(text=text, intent=intent.value, actions=list(actions or []))


def _stamp(pending: dict[str, Any]) -> dict[str, Any]:
    pending["at"] = timezone.now().isoformat()
    return pending


def _resolve_practitioner(ctx: ToolContext, criteria: dict[str, Any]) -> tuple[int | None, bool]:
    """The practitioner id for a name the patient typed, and whether the name was unknown."""
    name = criteria.get("practitioner_name")
    if not name:
        return None, False
    people = call_tool(ctx, "practitioners", {}).data
    for person in people:
        if person["name"].lower().split()[-1] == str(name).lower():
            return person["practitioner_id"], False
    return None, True


def _slot_search_args(ctx: ToolContext, criteria: dict[str, Any]) -> dict[str, Any] | None:
    args: dict[str, Any] = {}
    practitioner_id = criteria.get("practitioner_id")
    if practitioner_id is None:
        practitioner_id, unknown = _resolve_practitioner(ctx, criteria)
        if unknown:
            return None
    if practitioner_id is not None:
        args["practitioner_id"] = practitioner_id
    elif criteria.get("specialty"):
        args["specialty"] = criteria["specialty"]
    for key in ("date", "part_of_day"):
        if criteria.get(key):
            args[key] = criteria[key]
    return args


def _offer_slots(
    ctx: ToolContext, action: str, criteria: dict[str, Any], extra: dict[str, Any] | None = None
) -> tuple[Reply, Pending]:
    intent = Intent(action)
    args = _slot_search_args(ctx, criteria)
    if args is None:
        return _reply(
            intent, "I could not find a practitioner by that name here. " + specialty_prompt()
        ), _stamp({"action": action, "step": "who", "criteria": {}, **(extra or {})})
    if action == "book" and "practitioner_id" not in args and "specialty" not in args:
        return _reply(intent, specialty_prompt()), _stamp(
            {"action": action, "step": "who", "criteria": criteria, **(extra or {})}
        )
    try:
        result = call_tool(ctx, "free_slots", args)
    except DomainError as exc:
        return _reply(intent, exc.message), None
    if not result.data:
        when = " on that day" if args.get("date") else " in the next two weeks"
        return _reply(
            intent,
            f"I found no free times{when}. Tell me another day, or another kind of appointment.",
            [result.action],
        ), _stamp({"action": action, "step": "who", "criteria": criteria, **(extra or {})})
    options = {str(i): slot for i, slot in enumerate(result.data, start=1)}
    text = "Here are the free times I found:\n" + numbered(options, describe_slot)
    return _reply(intent, f"{text}\n{CHOOSE_HINT}", [result.action]), _stamp(
        {
            "action": action,
            "step": "choose",
            "criteria": criteria,
            "options": options,
            **(extra or {}),
        }
    )


# --- starting a dialogue ---------------------------------------------------------------------


def start_booking(
    ctx: ToolContext, understanding: Understanding, text: str
) -> tuple[Reply, Pending]:
    criteria = criteria_from(understanding, text, today=timezone.localdate())
    return _offer_slots(ctx, "book", criteria)


def _own_appointments(ctx: ToolContext) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    result = call_tool(ctx, "list_appointments", {})
    return {str(i): row for i, row in enumerate(result.data, start=1)}, result.action


def start_cancel(
    ctx: ToolContext, understanding: Understanding, text: str
) -> tuple[Reply, Pending]:
    options, action = _own_appointments(ctx)
    if not options:
        return _reply(Intent.CANCEL, "You have no upcoming appointments to cancel.", [action]), None
    if len(options) == 1:
        pending = _stamp({"action": "cancel", "step": "confirm", "options": options, "choice": "1"})
        return _reply(
            Intent.CANCEL,
            f"Shall I cancel your appointment on {describe_appointment(options['1'])}? "
            "Please answer yes or no.",
            [action],
        ), pending
    return _reply(
        Intent.CANCEL,
        "Which appointment should I cancel?\n"
        + numbered(options, describe_appointment)
        + "\nReply with its number.",
        [action],
    ), _stamp({"action": "cancel", "step": "choose", "options": options})


def start_reschedule(
    ctx: ToolContext, understanding: Understanding, text: str
) -> tuple[Reply, Pending]:
    options, action = _own_appointments(ctx)
    criteria = criteria_from(understanding, text, today=timezone.localdate())
    if not options:
        return _reply(
            Intent.RESCHEDULE, "You have no upcoming appointments to reschedule.", [action]
        ), None
    if len(options) == 1:
        return _offer_new_times(ctx, options["1"], criteria)
    return _reply(
        Intent.RESCHEDULE,
        "Which appointment should I move?\n"
        + numbered(options, describe_appointment)
        + "\nReply with its number.",
        [action],
    ), _stamp(
        {
            "action": "reschedule",
            "step": "choose_appointment",
            "options": options,
            "criteria": criteria,
        }
    )


def _offer_new_times(
    ctx: ToolContext, appointment: dict[str, Any], criteria: dict[str, Any]
) -> tuple[Reply, Pending]:
    people = {p["name"]: p["practitioner_id"] for p in call_tool(ctx, "practitioners", {}).data}
    search = {k: v for k, v in criteria.items() if k in {"date", "part_of_day"}}
    search["practitioner_id"] = people.get(appointment["practitioner"])
    reply, pending = _offer_slots(ctx, "reschedule", search, {"appointment": appointment})
    if pending and pending.get("step") == "choose":
        reply.text = f"Moving your appointment on {appointment['local_start']}. " + reply.text
    return reply, pending


# --- continuing a dialogue -------------------------------------------------------------------


def continue_dialogue(
    ctx: ToolContext, pending: dict[str, Any], text: str, understanding: Understanding
) -> tuple[Reply, Pending]:
    action = pending["action"]
    intent = Intent(action)
    step = pending.get("step")
    answer = parse_yes_no(text)
    if answer is False and step != "confirm":
        return _reply(intent, "All right, I have left things as they are."), None
    today = timezone.localdate()
    if step == "who":
        criteria = {
            **pending.get("criteria", {}),
            **criteria_from(understanding, text, today=today),
        }
        return _offer_slots(ctx, action, criteria, _carry(pending))
    options = pending.get("options", {})
    if step in {"choose", "choose_appointment"}:
        number = parse_choice(text, len(options))
        if number is None:
            criteria = criteria_from(understanding, text, today=today)
            if step == "choose" and criteria:
                merged = {**pending.get("criteria", {}), **criteria}
                return _offer_slots(ctx, action, merged, _carry(pending))
            return _reply(intent, "Sorry, I did not catch which one. " + CHOOSE_HINT), _stamp(
                pending
            )
        if step == "choose_appointment":
            return _offer_new_times(ctx, options[str(number)], pending.get("criteria", {}))
        pending = {**pending, "step": "confirm", "choice": str(number)}
        return _reply(intent, _confirm_question(pending)), _stamp(pending)
    if step == "confirm":
        if answer is None:
            return _reply(intent, "Please answer yes or no. " + _confirm_question(pending)), _stamp(
                pending
            )
        if answer is False:
            return _reply(intent, "All right, I have not changed anything."), None
        return _execute(ctx, pending)
    return _reply(intent, "Let us start again. What would you like to do?"), None


def _carry(pending: dict[str, Any]) -> dict[str, Any]:
    return {"appointment": pending["appointment"]} if "appointment" in pending else {}


def _confirm_question(pending: dict[str, Any]) -> str:
    option = pending["options"][pending["choice"]]
    if pending["action"] == "book":
        return f"Shall I book {describe_slot(option)}? Please answer yes or no."
    if pending["action"] == "cancel":
        return f"Shall I cancel your appointment on {describe_appointment(option)}? Please answer yes or no."
    return (
        f"Shall I move your appointment on {pending['appointment']['local_start']} to "
        f"{describe_slot(option)}? Please answer yes or no."
    )


def _execute(ctx: ToolContext, pending: dict[str, Any]) -> tuple[Reply, Pending]:
    action = pending["action"]
    intent = Intent(action)
    option = pending["options"][pending["choice"]]
    if action == "book":
        tool, args = (
            "appointment_book",
            {"practitioner_id": option["practitioner_id"], "start": option["start"]},
        )
    elif action == "cancel":
        tool, args = "appointment_cancel", {"appointment_id": option["appointment_id"]}
    else:
        tool, args = (
            "appointment_reschedule",
            {
                "appointment_id": pending["appointment"]["appointment_id"],
                "start": option["start"],
                "practitioner_id": option["practitioner_id"],
            },
        )
    try:
        result = call_tool(ctx, tool, args)
    except Conflict as exc:
        if action == "cancel":
            return _reply(intent, exc.message), None
        reply, new_pending = _offer_slots(ctx, action, pending.get("criteria", {}), _carry(pending))
        reply.text = f"{exc.message} {reply.text}"
        return reply, new_pending
    except DomainError as exc:
        failed = {"tool": tool, "outcome": "failure", "error": exc.code}
        return _reply(intent, exc.message, [failed]), None
    done = result.data[0]
    if action == "book":
        text = f"Done: you are booked on {describe_appointment(done)}."
    elif action == "cancel":
        text = f"Done: your appointment on {describe_appointment(done)} is cancelled."
    else:
        text = f"Done: your appointment is now on {describe_appointment(done)}."
    return _reply(intent, text, [result.action]), None


def pending_is_stale(pending: dict[str, Any], *, max_age_minutes: int = 30) -> bool:
    from datetime import datetime, timedelta

    try:
        at = datetime.fromisoformat(pending["at"])
    except (KeyError, TypeError, ValueError):
        return True
    return timezone.now() - at > timedelta(minutes=max_age_minutes)
