"""Record, plan, account, licence, vehicle, device and user identifiers.

Most of these have no shape of their own (an MRN is a run of digits, like a dose or a lab
value), so they are found by the words in front of them: "MRN 00482913", "member id
XJH448812", "serial # SN-22-0481". VINs and card numbers have a shape and a check that make
them safe to find alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction import lexicon
from compliance.redaction.spans import Candidate

_I = re.IGNORECASE

# (label, context words). Order matters where contexts share words: "license plate" before
# "license".
_CONTEXTS: list[tuple[str, str]] = [
    (
        "VEHICLE_ID",
        r"(?:licen[sc]e\s+)?plates?|tag\s+(?:number|no|#)|vin|vehicle\s+(?:id|identification(?:\s+number)?)",
    ),
    ("SSN", r"ssn|social\s+security(?:\s+(?:number|no|card))?|social|ss#?"),
    (
        "MRN",
        r"mrn|mr\s*#|medical\s+record(?:\s+(?:number|no))?|med\s+rec|(?:hospital\s+|patient\s+)?record(?:\s+(?:number|no))?|chart(?:\s+(?:number|no))?|patient\s+(?:id|number|no)|pt\s+(?:id|number|no)|hospital\s+(?:number|no)",
    ),
    (
        "HEALTH_PLAN_ID",
        r"member(?:ship)?(?:\s+(?:id|number|no))?|subscriber(?:\s+(?:id|number|no))?|policy(?:\s+(?:id|number|no))?|insurance(?:\s+(?:id|number|no|card))?|(?:health\s+)?plan\s+(?:id|number|no)|group(?:\s+(?:id|number|no))|medicaid(?:\s+(?:id|number|no))?|medicare(?:\s+(?:id|number|no))?|mbi|beneficiary\s+(?:id|number)",
    ),
    (
        "ACCOUNT_NUMBER",
        r"account|acct|a/c|billing(?:\s+(?:id|number|no|account))?|invoice(?:\s+(?:number|no))?|claim(?:\s+(?:id|number|no))?|card(?:\s+(?:number|no|ending(?:\s+in)?))|routing(?:\s+number)?|iban",
    ),
    (
        "LICENSE_NUMBER",
        r"(?:driver'?s?\s+)?licen[sc]e(?:\s+(?:number|no))?|lic|dl|dea(?:\s+(?:number|no))?|npi|certificate(?:\s+(?:number|no))?|cert|permit(?:\s+(?:number|no))?|passport(?:\s+(?:number|no))?|registration(?:\s+(?:number|no))?",
    ),
    (
        "DEVICE_ID",
        r"serial(?:\s+(?:number|no))?|s/n|sn|device(?:\s+(?:id|serial|number|no))?|imei|udi|implant(?:\s+(?:id|serial|number))?|pacemaker(?:\s+(?:id|serial|number))?|pump(?:\s+(?:id|serial|number))?|(?:glucose\s+)?meter(?:\s+(?:id|serial))|monitor\s+(?:id|serial)|cgm(?:\s+(?:id|serial))?|sensor(?:\s+(?:id|serial))",
    ),
    (
        "USERNAME",
        r"user(?:name|\s+name|\s+id)?|login(?:\s+(?:id|name))?|handle|screen\s*name|portal\s+(?:id|user|username)|account\s+name"
        # Who did something, in a log line: "closed by jkosz21", "logged in as maria.g".
        r"|(?:requested|opened|closed|cancell?ed|canceled|created|updated|modified|deleted|edited|viewed|accessed|approved|reviewed|assigned|changed|reset|submitted|booked|entered|initiated|completed|exported|printed|downloaded)\s+by"
        r"|(?:logged|log|signed|sign)(?:\s+in|\s+on)?\s+as|as\s+user",
    ),
    (
        "OTHER_ID",
        r"case|ticket|reference|ref|confirmation|encounter|visit(?:\s+id)|accession|specimen|order(?:\s+(?:id|number|no))|requisition|referral|auth(?:orization)?|employee|badge|student|id",
    ),
]
_FILLER = (
    r"(?:\s*(?:#|(?:no|number|num|id|is|was|of|mine|on\s+file\s+is|ending\s+in)\b\.?|=|:|-|,)\s*)*"
    r"\s*[\"']?"
)
_VALUE = r"(?P<v>[A-Za-z0-9](?:[A-Za-z0-9_.-]{1,30}[A-Za-z0-9])?(?:\s[A-Za-z0-9]{1,4}(?![\w-]))?)"
_CONTEXT_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<{label}>{words})" for label, words in _CONTEXTS) + r")"
    r"(?![\w-])\.?" + _FILLER + _VALUE,
    _I,
)
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")
_USERNAME_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "is",
        "was",
        "has",
        "have",
        "had",
        "and",
        "or",
        "not",
        "name",
        "id",
        "login",
        "logged",
        "account",
        "if",
        "who",
        "with",
        "from",
        "for",
        "in",
        "on",
        "at",
        "to",
        "of",
        "null",
        "none",
        "true",
        "false",
        "unknown",
        "n/a",
        "na",
    ]
)


def _ordinary_word(word: str, common_words: frozenset[str]) -> bool:
    """An English word, or two run together ("timeout", "checkbox"): not a username."""
    if word in common_words or lexicon.is_english(word):
        return True
    english = lexicon.english_words()
    return any(word[:k] in english and word[k:] in english for k in range(3, len(word) - 2))


def find_context_ids(text: str, *, common_words: frozenset[str]) -> Iterator[Candidate]:
    pos = 0
    while m := _CONTEXT_RE.search(text, pos):
        # A context word whose "value" is another context word ("insurance: member ID ...")
        # must not hide the next match: the scan goes on from the value, not past it.
        pos = m.start("v")
        label = None
        label = next((name for name, _ in _CONTEXTS if m.group(name)), label)
        value = m.group("v")
        start, end = m.start("v"), m.end("v")
        # A plate or id may carry one short group after a space ("7ABC 123"); anything else
        # after a space is the next word, not part of the value.
        if " " in value and label not in ("VEHICLE_ID", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER"):
            value = value.split(" ")[0]
            end = start + len(value)
        has_digit = any(ch.isdigit() for ch in value)
        if label == "USERNAME":
            if value.lower() in _USERNAME_STOP or len(value) < 3:
                continue
            if (
                not has_digit
                and not re.search(r"[._]", value)
                and _ordinary_word(value.lower(), common_words)
            ):
                continue
        elif (
            not has_digit
            or _YEAR_ONLY.match(value)
            or (label == "VEHICLE_ID" and len(value.replace(" ", "").replace("-", "")) < 4)
            or (label not in ("VEHICLE_ID",) and sum(ch.isalnum() for ch in value) < 4)
        ):
            continue
        score = 0.6 if label == "OTHER_ID" else 0.8
        yield Candidate(start, end, label or "OTHER_ID", score)


_USERNAME_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_])")
# A VIN without a context word: 17 characters without I, O, Q, at least one letter, and (ISO
# 3779) a numeric serial in the last four places. The last rule keeps log numbers such as
# "0.0809730529999797s" (16 digits and a unit) out.
VIN_RE = re.compile(r"\b(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{13}\d{4}\b", _I)
CARD_RE = re.compile(r"(?<![\d-])(?:\d{4}[ -]?){3}\d{1,4}(?![\d-])")
MBI_RE = re.compile(
    r"\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b"
)
UUID_CONTEXT_RE = re.compile(
    r"\b(?:patient|member|person|user|subject)[_\s-]?(?:id|uuid|guid)\W{0,4}"
    r"(?P<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
    _I,
)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def find_shaped_ids(text: str) -> Iterator[Candidate]:
    for m in _USERNAME_HANDLE.finditer(text):
        yield Candidate(m.start(), m.end(), "USERNAME", 0.7)
    for m in VIN_RE.finditer(text):
        yield Candidate(m.start(), m.end(), "VEHICLE_ID", 0.85)
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 16 and _luhn_ok(digits):
            yield Candidate(m.start(), m.end(), "ACCOUNT_NUMBER", 0.85)
    for m in MBI_RE.finditer(text):
        yield Candidate(m.start(), m.end(), "HEALTH_PLAN_ID", 0.85)
    for m in UUID_CONTEXT_RE.finditer(text):
        yield Candidate(m.start("v"), m.end("v"), "OTHER_ID", 0.8)
