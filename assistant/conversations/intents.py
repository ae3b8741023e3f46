"""What the patient wants: an intent and its slots, from the model with rules as a floor.

The rules (``rules_classify``) are deterministic keyword and pattern matches. They always run
first. When they are sure (an explicit "cancel", "my lab results", "talk to a person"), or the
message is a plain question with none of those keywords (answered from the clinic's
information), the model is not asked: it would add a whole model round trip before the first
word of the reply. When they are not,
the model classifies with a JSON schema (``response_format`` json_schema) and its answer is
validated against the same closed vocabulary; if the model is down or answers nonsense, the
rules' best guess stands. Nothing here decides *whose* data is touched: slots only ever
narrow a search inside the requester's own record (see tools.py).
"""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from clinic.models import Specialty

logger = logging.getLogger(__name__)


class Intent(StrEnum):
    BOOK = "book"
    CANCEL = "cancel"
    RESCHEDULE = "reschedule"
    LIST_APPOINTMENTS = "list_appointments"
    LABS = "labs"
    MEDICATIONS = "medications"
    ALLERGIES = "allergies"
    CONDITIONS = "conditions"
    IMMUNIZATIONS = "immunizations"
    CLINIC_INFO = "clinic_info"
    GENERAL_QUESTION = "general_question"
    HUMAN = "human"
    OTHER = "other"


PARTS_OF_DAY = ("morning", "afternoon", "evening")


@dataclass
class Understanding:
    intent: Intent
    confidence: float
    source: str  # "rules" or "model"
    slots: dict[str, Any] = field(default_factory=dict)

    @property
    def is_confident(self) -> bool:
        return self.confidence >= 0.5


# Order matters: the first matching rule wins, so the specific ones come first.
_RULES: list[tuple[Intent, re.Pattern[str]]] = [
    (
        Intent.HUMAN,
        re.compile(
            r"\b(talk|speak|chat)\s+(to|with)\s+(a\s+|an\s+|some\s*one|the\s+)?"
            r"(human|person|real person|someone|somebody|staff|nurse|doctor|receptionist|agent)"
            r"|\b(human|real person|live agent|operator)\s*(please)?\s*[.!?]*$",
            re.I,
        ),
    ),
    (
        Intent.RESCHEDULE,
        re.compile(
            r"\b(re-?schedul\w*|move|change|postpone)\b.*\b(appointment|visit|booking)\b|\bre-?schedul",
            re.I,
        ),
    ),
    (Intent.CANCEL, re.compile(r"\bcancel\w*\b", re.I)),
    (
        Intent.LIST_APPOINTMENTS,
        re.compile(
            r"\b(my|upcoming|next|list|show|when\s+is|when's)\b.*\bappointments?\b"
            r"|\bappointments?\b.*\b(do i have|have i got|coming up|scheduled)\b",
            re.I,
        ),
    ),
    (
        Intent.BOOK,
        re.compile(
            r"\b(book|schedule|make|get|need|want|set up)\b.*\b(appointment|visit|slot|check-?up|consult\w*)\b"
            r"|\b(book|schedule)\b|\bsee\s+(a|the|my|dr\.?|doctor)\b",
            re.I,
        ),
    ),
    (
        Intent.LABS,
        re.compile(
            r"\b(labs?|lab results?|test results?|blood (test|work)|results?|a1c|hba1c|cholesterol|"
            r"ldl|hdl|glucose|tsh|creatinine|potassium|hemoglobin|haemoglobin|panel|level)\b",
            re.I,
        ),
    ),
    (
        Intent.MEDICATIONS,
        re.compile(
            r"\b(medications?|meds|prescriptions?|drugs? i take|pills)\b"
            r"|\b(my|which|what)\s+medicines?\b",
            re.I,
        ),
    ),
    (Intent.ALLERGIES, re.compile(r"\b(allerg\w*)\b", re.I)),
    (Intent.IMMUNIZATIONS, re.compile(r"\b(immuni[sz]ations?|vaccin\w*|shots?|jabs?)\b", re.I)),
    (
        Intent.CONDITIONS,
        re.compile(r"\b(conditions?|diagnos\w*|problem list|health problems?)\b", re.I),
    ),
    (
        Intent.CLINIC_INFO,
        re.compile(
            r"\b(opening hours|open|hours|address|where is the clinic|located|location|parking|"
            r"insurance|phone number|fax|directions|closed)\b",
            re.I,
        ),
    ),
]

_QUESTION = re.compile(
    r"\?\s*$|^\s*(what|how|why|when|is|are|can|could|should|do|does|will|which)\b", re.I
)

_SPECIALTY_WORDS: dict[str, str] = {
    "family": Specialty.FAMILY_MEDICINE,
    "gp": Specialty.FAMILY_MEDICINE,
    "general practi": Specialty.FAMILY_MEDICINE,
    "primary care": Specialty.FAMILY_MEDICINE,
    "internal": Specialty.INTERNAL_MEDICINE,
    "internist": Specialty.INTERNAL_MEDICINE,
    "pediatric": Specialty.PEDIATRICS,
    "paediatric": Specialty.PEDIATRICS,
    "child": Specialty.PEDIATRICS,
    "cardio": Specialty.CARDIOLOGY,
    "heart": Specialty.CARDIOLOGY,
    "dermato": Specialty.DERMATOLOGY,
    "skin": Specialty.DERMATOLOGY,
    "endocrin": Specialty.ENDOCRINOLOGY,
    "diabet": Specialty.ENDOCRINOLOGY,
    "thyroid": Specialty.ENDOCRINOLOGY,
    "gyn": Specialty.OBSTETRICS_GYNECOLOGY,
    "obstet": Specialty.OBSTETRICS_GYNECOLOGY,
    "pregnan": Specialty.OBSTETRICS_GYNECOLOGY,
    "psychiat": Specialty.PSYCHIATRY,
    "mental health": Specialty.PSYCHIATRY,
}

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_LAB_TERMS = re.compile(
    r"\b(a1c|hba1c|cholesterol|ldl|hdl|glucose|tsh|creatinine|potassium|sodium|hemoglobin|"
    r"haemoglobin|triglycerides?|vitamin d|egfr|psa|inr|platelets?|wbc)\b",
    re.I,
)


def extract_slots(text: str, *, today: date) -> dict[str, Any]:
    """Deterministic slot extraction: specialty, practitioner name, day, part of day, lab term."""
    lowered = text.lower()
    slots: dict[str, Any] = {}
    for word, specialty in _SPECIALTY_WORDS.items():
        if word in lowered:
            slots["specialty"] = str(specialty)
            break
    if m := re.search(r"\b(?:dr\.?|doctor)\s+([A-Z][a-zA-Z'-]+)", text):
        slots["practitioner_name"] = m.group(1)
    for part in PARTS_OF_DAY:
        if part in lowered:
            slots["part_of_day"] = part
            break
    if m := _ISO_DATE.search(text):
        with contextlib.suppress(ValueError):
            slots["date"] = date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    elif "tomorrow" in lowered:
        slots["date"] = (today + timedelta(days=1)).isoformat()
    elif "today" in lowered:
        slots["date"] = today.isoformat()
    elif "next week" in lowered:
        slots["date"] = (today + timedelta(days=7 - today.weekday())).isoformat()
    else:
        for index, name in enumerate(_WEEKDAYS):
            if re.search(rf"\b{name}\b", lowered):
                ahead = (index - today.weekday()) % 7 or 7
                slots["date"] = (today + timedelta(days=ahead)).isoformat()
                break
    if m := _LAB_TERMS.search(text):
        slots["test"] = m.group(1).lower()
    return slots


_RECORD_INTENTS = frozenset(
    {Intent.LABS, Intent.MEDICATIONS, Intent.ALLERGIES, Intent.CONDITIONS, Intent.IMMUNIZATIONS}
)
# "How should I prepare for a blood test?" is about tests, not about *my* results.
_OWN = re.compile(
    r"\b(my|mine|me|i have|i had|i've had|am i|do i have|have i|i'm on|i am on)\b", re.I
)


def rules_classify(text: str, *, today: date) -> Understanding:
    slots = extract_slots(text, today=today)
    for intent, pattern in _RULES:
        if pattern.search(text):
            if intent in _RECORD_INTENTS and _QUESTION.search(text) and not _OWN.search(text):
                break
            return Understanding(intent=intent, confidence=0.9, source="rules", slots=slots)
    if _QUESTION.search(text):
        return Understanding(
            intent=Intent.GENERAL_QUESTION, confidence=0.3, source="rules", slots=slots
        )
    return Understanding(intent=Intent.OTHER, confidence=0.0, source="rules", slots=slots)


INTENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "intent": {"type": "string", "enum": [i.value for i in Intent]},
        "specialty": {"type": ["string", "null"], "enum": [*Specialty.values, None]},
        "part_of_day": {"type": ["string", "null"], "enum": [*PARTS_OF_DAY, None]},
        "test": {"type": ["string", "null"], "maxLength": 60},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    },
    "required": ["intent", "confidence"],
    "additionalProperties": False,
}

_SYSTEM = (
    "You classify one message a patient wrote to a clinic's assistant. Answer only JSON. "
    "intent is one of: book, cancel, reschedule, list_appointments (their appointments), "
    "labs (their lab results), medications, allergies, conditions, immunizations (their own "
    "records), clinic_info (hours, address, insurance), general_question (a health question), "
    "human (wants a person), other. specialty: "
    + ", ".join(Specialty.values)
    + " or null. confidence: 0 to 1."
)


def model_classify(text: str, *, client: Any, today: date) -> Understanding:
    """Ask the model. Raises ``LLMError`` when it is down or its output does not validate."""
    data = client.chat_json(
        [{"role": "system", "content": _SYSTEM}, {"role": "user", "content": text[:2000]}],
        schema=INTENT_SCHEMA,
        name="intent",
        max_tokens=60,
    )
    intent = (
        Intent(data["intent"])
        if data.get("intent") in Intent.__members__.values()
        else Intent.OTHER
    )
    slots = extract_slots(text, today=today)
    # Model slots only fill gaps, and only from the closed vocabularies above.
    if data.get("specialty") in Specialty.values:
        slots.setdefault("specialty", data["specialty"])
    if data.get("part_of_day") in PARTS_OF_DAY:
        slots.setdefault("part_of_day", data["part_of_day"])
    if isinstance(data.get("test"), str) and _LAB_TERMS.fullmatch(data["test"].strip()):
        slots.setdefault("test", data["test"].strip().lower())
    try:
        confidence = max(0.0, min(1.0, float(data.get("confidence", 0.5))))
    except (TypeError, ValueError):
        confidence = 0.5
    return Understanding(intent=intent, confidence=confidence, source="model", slots=slots)


def understand(text: str, *, client: Any | None, today: date) -> tuple[Understanding, bool]:
    """The intent of ``text`` and whether the model was unavailable for it.

    ``client`` None means "do not ask the model" (it is known to be down).
    """
    from assistant.llm.errors import LLMError

    floor = rules_classify(text, today=today)
    # A question with none of the action or record keywords goes straight to the answer
    # path: asking the model first would double the time to the first word of the answer,
    # and the answer path only reads the clinic's public information anyway.
    if floor.confidence >= 0.9 or floor.intent == Intent.GENERAL_QUESTION or client is None:
        return floor, client is None
    try:
        guess = model_classify(text, client=client, today=today)
    except LLMError as exc:
        logger.warning("intent model unavailable, using rules", extra={"error": type(exc).__name__})
        return floor, True
    if guess.intent == Intent.OTHER and floor.intent != Intent.OTHER:
        return floor, False
    return guess, False
