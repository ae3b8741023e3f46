"""The Reply a turn produces, and the deterministic texts for record look-ups.

Record answers are written from the rows the selectors returned, never by the model: the
value, unit, date and reference range are copied from the record, so a small model cannot
misremember a number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .intents import Intent


@dataclass
class Reply:
    text: str
    intent: str = Intent.OTHER.value
    citations: list[dict[str, Any]] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    emergency: bool = False
    handoff: bool = False
    degraded: bool = False
    # The streamed draft failed the groundedness check: ``text`` (the quoted passage) replaces it.
    replaced: bool = False
    # Set by the service once stored.
    message_id: int | None = None
    conversation_id: int | None = None
    # Internal: why the conversation goes to the staff queue (HandoffReason value).
    handoff_reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "message_id": self.message_id,
            "conversation_id": self.conversation_id,
            "text": self.text,
            "intent": self.intent,
            "citations": self.citations,
            "actions": self.actions,
            "emergency": self.emergency,
            "handoff": self.handoff,
            "degraded": self.degraded,
            "replaced": self.replaced,
        }


LIMITED_NOTE = (
    "The assistant is limited right now, so this is the closest passage from the clinic's "
    "information rather than a written answer."
)

HELP_TEXT = (
    "I can book, cancel or reschedule appointments, list your upcoming appointments, show "
    "your lab results, medications, allergies, conditions and immunizations, answer questions "
    "about the clinic, or put you in touch with a person. What would you like to do?"
)


def _range(row: dict[str, Any]) -> str:
    return f" (reference range {row['reference_range']})" if row.get("reference_range") else ""


def _interpretation(row: dict[str, Any]) -> str:
    flag = {
        "H": "high",
        "L": "low",
        "HH": "critically high",
        "LL": "critically low",
        "A": "abnormal",
        "N": "normal",
    }.get(str(row.get("interpretation") or "").upper(), "")
    return f", marked {flag}" if flag else ""


def lab_line(row: dict[str, Any]) -> str:
    unit = f" {row['unit']}" if row.get("unit") else ""
    return (
        f"{row['test']}: {row['value']}{unit} on {row['date']}{_range(row)}{_interpretation(row)}"
    )


def labs_text(rows: list[dict[str, Any]], test: str | None) -> str:
    if not rows:
        what = f"{test} results" if test else "lab results"
        return f"I found no {what} in your record."
    if test:
        latest, earlier = rows[0], rows[1:3]
        text = f"Your latest {lab_line(latest)}."
        if earlier:
            text += " Earlier: " + "; ".join(lab_line(r) for r in earlier) + "."
        return text + " Your clinician can explain what these mean for you."
    latest_by_test: dict[str, dict[str, Any]] = {}
    for row in rows:  # newest first
        latest_by_test.setdefault(row["code"], row)
    lines = [f"- {lab_line(r)}" for r in list(latest_by_test.values())[:8]]
    return "Your latest lab results:\n" + "\n".join(lines)


def medications_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "I found no medications in your record."
    lines = []
    for r in rows:
        dosage = f", {r['dosage']}" if r.get("dosage") else ""
        since = f", since {r['since']}" if r.get("since") else ""
        until = f", until {r['until']}" if r.get("until") else ""
        lines.append(f"- {r['medication']}{dosage} ({r['status']}{since}{until})")
    return "Medications in your record:\n" + "\n".join(lines)


def allergies_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "I found no allergies in your record."
    lines = []
    for r in rows:
        reaction = f": {r['reaction']}" if r.get("reaction") else ""
        crit = f", criticality {r['criticality']}" if r.get("criticality") else ""
        since = f", since {r['since']}" if r.get("since") else f", recorded {r['recorded']}"
        lines.append(f"- {r['allergy']}{reaction} ({r['status']}{crit}{since})")
    return "Allergies in your record:\n" + "\n".join(lines)


def conditions_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "I found no conditions in your record."
    lines = []
    for r in rows:
        since = f", since {r['since']}" if r.get("since") else ""
        until = f", until {r['until']}" if r.get("until") else ""
        lines.append(f"- {r['condition']} ({r['status']}{since}{until})")
    return "Conditions in your record:\n" + "\n".join(lines)


def immunizations_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "I found no immunizations in your record."
    lines = [f"- {r['vaccine']} on {r['date']} ({r['status']})" for r in rows]
    return "Immunizations in your record:\n" + "\n".join(lines)


def appointments_text(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "You have no upcoming appointments."
    lines = [
        f"- {r['local_start']} with {r['practitioner']} ({r['specialty']}, {r['location']})"
        for r in rows
    ]
    return "Your upcoming appointments:\n" + "\n".join(lines)
