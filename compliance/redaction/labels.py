"""The identifier labels of the redaction engine: the Safe Harbor list, 45 CFR 164.514(b)(2)."""

from __future__ import annotations

import re

LABELS: tuple[str, ...] = (
    "NAME",
    "ADDRESS",
    "CITY",
    "ZIP",
    "DATE",
    "AGE_OVER_89",
    "PHONE",
    "FAX",
    "EMAIL",
    "SSN",
    "MRN",
    "HEALTH_PLAN_ID",
    "ACCOUNT_NUMBER",
    "LICENSE_NUMBER",
    "VEHICLE_ID",
    "DEVICE_ID",
    "URL",
    "IP_ADDRESS",
    "USERNAME",
    "OTHER_ID",
)

# What a failed detection leaves: the whole text, masked (fail closed).
FAILED_PLACEHOLDER = "[REDACTED]"


def placeholder(label: str) -> str:
    return f"[{label}]"


# Placeholders already in a text are never detected again: this is what makes redaction
# idempotent.
PLACEHOLDER_RE = re.compile(r"\[(?:" + "|".join(LABELS) + r"|REDACTED)\]")
