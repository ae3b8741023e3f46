"""PHI redaction: find the Safe Harbor identifiers in free text and mask them.

    >>> redact("call maria gonzalez at 617-555-0143", tier="fast").text
    'call [NAME] at [PHONE]'

See README.md in this folder for the tiers, the labels and the figures.
"""

from __future__ import annotations

from compliance.redaction.engine import RedactionEngine, RedactionResult, get_engine, set_engine
from compliance.redaction.labels import LABELS
from compliance.redaction.spans import Span

__all__ = [
    "LABELS",
    "RedactionEngine",
    "RedactionResult",
    "Span",
    "get_engine",
    "redact",
    "redact_log",
    "redact_text",
    "set_engine",
]


def redact(text: str, *, tier: str = "full") -> RedactionResult:
    return get_engine().redact(text, tier=tier)


def redact_text(text: str, tier: str = "full") -> str:
    return get_engine().redact(text, tier=tier).text


def redact_log(text: str) -> str:
    """The fast tier, for ``settings.LOG_REDACTOR``."""
    return get_engine().redact(text, tier="fast").text
