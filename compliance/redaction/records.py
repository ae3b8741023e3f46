"""Delimited records: a CSV row or a pipe-separated export line that carries PHI.

    PT-0712220,Okeke,Nasra,2019-05-12,+82 10-1124-8213,xiaomei.j@zoho.com,13966

A row like this has no key words: its header was a line earlier, or in another file. But when
two of its fields are plainly identifiers (a date, an e-mail address, a phone number), the row
is a person's record, and its other fields are read by their shape: a field of capitalised
words is a name, a five-digit field (or ZIP+4) a ZIP code, a field of letters and digits an
identifier. Numbers with a unit, amounts and short codes are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction.spans import Candidate

_ROW_RE = re.compile(r"^[^\n,]*(?:,[^\n,]*){4,}$", re.MULTILINE)
_EVIDENCE = [
    re.compile(r"^(?:1[89]|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])$"),
    re.compile(r"^(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d\d|\d{4})$"),
    re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"),
    re.compile(r"^\+?[\d\s().-]{10,20}(?:\s*(?:x|ext\.?)\s*\d+)?$", re.IGNORECASE),
]
_NAME_FIELD = re.compile(
    r"^[A-Z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*(?:\s+[A-Z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*){0,3}$"
)
_ZIP_FIELD = re.compile(r"^\d{5}(?:-?\d{4})?$")
_ID_FIELD = re.compile(r"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9 ._/-]{2,30}[A-Za-z0-9]$")


def _fields(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    pos = start
    for part in text[start:end].split(","):
        stripped = part.strip().strip('"')
        offset = part.find(stripped) if stripped else 0
        yield pos + offset, pos + offset + len(stripped), stripped
        pos += len(part) + 1


def find_records(text: str) -> Iterator[Candidate]:
    if text.count(",") < 4:
        return
    for row in _ROW_RE.finditer(text):
        fields = list(_fields(text, row.start(), row.end()))
        evidence = [f for f in fields if any(p.match(f[2]) for p in _EVIDENCE)]
        if len(evidence) < 2:
            continue
        for start, end, value in fields:
            if not value:
                continue
            if _ZIP_FIELD.match(value):
                yield Candidate(start, end, "ZIP", 0.6)
            elif _NAME_FIELD.match(value):
                yield Candidate(start, end, "NAME", 0.6)
            elif _ID_FIELD.match(value) and sum(ch.isdigit() for ch in value) >= 4:
                yield Candidate(start, end, "OTHER_ID", 0.5)
