"""Numbers dictated digit by digit: voice-to-text chat writes what was said.

    "my number is five five five two one two seven seven four oh"
    "member id is nine eight double two one four seven"

Five or more digit words in a row ("zero"/"oh"/"o", "one" ... "nine", "niner", "double five",
"triple seven"), with digits and "-", ".", "," or "/" among them, make one identifier. Its kind
is told by the nearest word before it, as the pattern detectors tell it ("cell", "fax", "ssn",
"zip", "mrn", "member", "dob"); with no such word, seven, ten or eleven digits are a phone
number and any other count is OTHER_ID. A run of fewer than five digits is left alone: "one or
two", "five six times a day", "two three four" are counts, not identifiers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction.spans import Candidate

_DIGITS = {
    "zero": 1, "oh": 1, "o": 1, "one": 1, "two": 1, "three": 1, "four": 1, "five": 1, "six": 1,
    "seven": 1, "eight": 1, "nine": 1, "niner": 1,
}  # fmt: skip
_REPEAT = {"double": 2, "triple": 3}
_TOKEN_RE = re.compile(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]")
_JOINERS = frozenset(["-", ".", ",", "/"])
_MIN_DIGITS = 5

_KINDS = [
    ("FAX", re.compile(r"\bfax\b", re.I)),
    ("SSN", re.compile(r"\b(?:ssn|social(?:\s+security)?(?:\s+(?:number|no|#))?)\b", re.I)),
    ("ZIP", re.compile(r"\b(?:zip|zipcode|postal\s+code)\b", re.I)),
    ("DATE", re.compile(r"\b(?:dob|d\.o\.b|born|birthday|birth\s*date|date\s+of\s+birth)\b", re.I)),
    ("MRN", re.compile(r"\b(?:mrn|medical\s+record|chart|record)\b", re.I)),
    (
        "HEALTH_PLAN_ID",
        re.compile(r"\b(?:member|subscriber|policy|insurance|medicaid|medicare|plan)\b", re.I),
    ),
    ("ACCOUNT_NUMBER", re.compile(r"\b(?:account|acct)\b", re.I)),
    (
        "PHONE",
        re.compile(r"\b(?:phone|cell|mobile|number|call|text|reach|landline|tel|ph)\b", re.I),
    ),
]
_KIND_WINDOW = 40


def find_spoken_numbers(text: str) -> Iterator[Candidate]:
    if not _might_hold(text):
        return
    tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN_RE.finditer(text)]
    i = 0
    while i < len(tokens):
        run = _run(tokens, i)
        if run is None:
            i += 1
            continue
        end_index, digits = run
        start, end = tokens[i][0], tokens[end_index][1]
        if digits >= _MIN_DIGITS:
            yield Candidate(start, end, _kind(text, start, digits), 0.85)
        i = end_index + 1


def _might_hold(text: str) -> bool:
    lowered = text.lower()
    return sum(lowered.count(w) for w in ("one", "two", "five", "nine", "oh ", "zero", "four")) >= 2


def _run(tokens: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """The index of the last token of the digit run starting at ``i``, and its digit count;
    None if no digit word starts there."""
    digits, last, k = 0, None, i
    while k < len(tokens):
        word = tokens[k][2]
        if word in _DIGITS:
            digits += 1
            last = k
        elif word in _REPEAT and k + 1 < len(tokens) and tokens[k + 1][2] in _DIGITS:
            digits += _REPEAT[word]
            k += 1
            last = k
        elif word.isdigit() and len(word) <= 4 and last is not None:
            digits += len(word)
            last = k
        elif word in _JOINERS and last is not None:
            pass
        else:
            break
        k += 1
    if last is None or (tokens[i][2] not in _DIGITS and tokens[i][2] not in _REPEAT):
        return None
    return last, digits


def _kind(text: str, start: int, digits: int) -> str:
    before = text[max(0, start - _KIND_WINDOW) : start]
    best, best_at = None, -1
    for label, pattern in _KINDS:
        for m in pattern.finditer(before):
            if m.end() > best_at:
                best, best_at = label, m.end()
    if best is not None:
        return best
    return "PHONE" if digits in (7, 10, 11) else "OTHER_ID"
