"""Emergency triage: the deterministic red-flag check that runs before any model call.

Use ``check(text)`` on every patient message first. On ``result.emergency`` send
``emergency_reply(result.category, language=detect_language(text), numbers=...)``, alert
staff and flag the conversation for handoff; do not call the model.
"""

from __future__ import annotations

from assistant.triage.engine import NOT_AN_EMERGENCY, TriageResult, check, matching_rules
from assistant.triage.language import detect_language
from assistant.triage.replies import emergency_reply
from assistant.triage.rules import CATEGORIES

__all__ = [
    "CATEGORIES",
    "NOT_AN_EMERGENCY",
    "TriageResult",
    "check",
    "detect_language",
    "emergency_reply",
    "matching_rules",
]
