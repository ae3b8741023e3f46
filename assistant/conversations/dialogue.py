"""Multi-turn booking, cancelling and rescheduling, with explicit confirmation.

The state lives server-side in ``Conversation.state`` (encrypted) as ``{"pending": {...}}``:

* ``action``: book | cancel | reschedule;
* ``step``: ``who`` (which practitioner or specialty), ``choose`` (pick one of the numbered
  options), ``confirm`` (yes or no);
* ``options``: ``{"1": {...}, "2": {...}}``: the concrete slots or appointments offered, by a
  short opaque number. The patient (or the model) only ever says "2"; the practitioner id,
  start time and appointment id behind it come from this stored state, which only the
  server wrote, from the patient's own data.

Confirmation is deterministic: ``parse_yes_no`` on the patient's words, plus the stored
pending action. Nothing is booked or cancelled on a model's say-so.
"""

from __future__ import annotations

import re
import zoneinfo
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from clinic.models import Location, Specialty

from .intents import Intent, Understanding, extract_slots

_YES = re.compile(
    r"^\s*(yes|y|yeah|yep|yup|sure|ok|okay|confirm(ed)?|correct|please do|do it|go ahead|"
    r"book it|that'?s? (right|fine|good)|sounds good|oui|si|sí)\b",
    re.I,
)
_NO = re.compile(
    r"^\s*(no|n|nope|nah|don'?t|do not|stop|never ?mind|forget it|not now|non)\b", re.I
)
_NEGATION = re.compile(r"\b(not|don'?t|no|never)\b", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
_CHOICE = re.compile(r"^\s*(?:option|number|no\.?|#|slot|the)?\s*([1-9])\s*[.)!]*\s*$", re.I)


def parse_yes_no(text: str) -> bool | None:
    """True for a clear yes, False for a clear no, None otherwise ("yes but not now" is None)."""
    if _YES.match(text):
        rest = _YES.sub("", text, count=1)
        return None if _NEGATION.search(rest) else True
    if _NO.match(text):
        return False
    return None


def parse_choice(text: str, count: int) -> int | None:
    """A 1-based option number from "2", "option 2", "#2", "the second one"."""
    if m := _CHOICE.match(text):
        number = int(m.group(1))
        return number if 1 <= number <= count else None
    lowered = text.lower()
    for word, number in _ORDINALS.items():
        if re.search(rf"\b{word}\b", lowered) and len(lowered) < 40:
            number = count if number == -1 else number
            return number if 1 <= number <= count else None
    return None


@dataclass
class Step:
    """What the dialogue decided: text to say, a tool to run (after confirmation) or both."""

    text: str = ""
    tool: str | None = None
    tool_args: dict[str, Any] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)
    done: bool = False


def local_time(start_iso: str, location_id: int | None) -> str:
    start = datetime.fromisoformat(start_iso)
    name = (
        Location.objects.filter(pk=location_id).values_list("timezone", flat=True).first()
        if location_id
        else None
    )
    try:
        tz = zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = zoneinfo.ZoneInfo("UTC")
    return start.astimezone(tz).strftime("%A %d %B %Y at %H:%M")


def describe_slot(option: dict[str, Any]) -> str:
    return (
        f"{local_time(option['start'], option.get('location_id'))} with "
        f"{option['practitioner']} ({option['specialty']})"
    )


def describe_appointment(option: dict[str, Any]) -> str:
    return (
        f"{option['local_start']} with {option['practitioner']} "
        f"({option['specialty']}, {option['location']})"
    )


def numbered(options: dict[str, dict[str, Any]], describe: Any) -> str:
    return "\n".join(f"{key}. {describe(value)}" for key, value in options.items())


def specialty_prompt() -> str:
    names = ", ".join(label.lower() for label in Specialty.labels)
    return (
        "Which kind of appointment do you need, or with which doctor? For example: "
        f"{names}. You can also say when suits you (a day, morning or afternoon)."
    )


def criteria_from(understanding: Understanding, text: str, *, today: Any) -> dict[str, Any]:
    """Booking criteria from this turn: the understood slots plus a fresh rule pass."""
    slots = {**extract_slots(text, today=today), **understanding.slots}
    return {
        k: v
        for k, v in slots.items()
        if k in {"specialty", "practitioner_name", "date", "part_of_day"} and v
    }


def is_new_request(understanding: Understanding, pending: dict[str, Any]) -> bool:
    """Whether a message in the middle of a dialogue starts something else instead.

    Only a confident rule match for another intent interrupts; an answer that carries booking
    criteria ("family medicine", "tuesday afternoon") while they are being asked for does not.
    """
    if understanding.source != "rules" or understanding.confidence < 0.9:
        return False
    if understanding.intent in {Intent.OTHER, Intent.GENERAL_QUESTION, Intent.CLINIC_INFO}:
        return False
    if understanding.intent.value == pending.get("action"):
        return False
    asks_criteria = pending.get("step") in {"who", "choose"}
    has_criteria = any(k in understanding.slots for k in ("specialty", "date", "part_of_day"))
    return not (asks_criteria and has_criteria)
