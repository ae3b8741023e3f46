"""Delimited records: a CSV row or a pipe-separated export line that carries PHI.

    PT-0712220,Okeke,Nasra,2019-05-12,+82 10-1124-8213,xiaomei.j@zoho.com,13966

A row like this has no key words: its header was a line earlier, or in another file. But when
two of its fields are plainly identifiers (a date, an e-mail address, a phone number), the row
is a person's record, and its other fields are read by their shape: a field of capitalised
words is a name, a five-digit field (or ZIP+4) a ZIP code, a field of letters and digits an
identifier, a number from 90 to 119 an age. Numbers with a unit, amounts and short codes are left
alone. The same holds for a run of quoted fields inside a log message (``rejected: "Okeke",
"Nasra","19720321","555/010-2233"``) and for a pipe-separated export (``row="P-1|OKEKE|NASRA|
19500304|97"``); HL7 segments are ``segments``' to read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction import dates, lexicon
from compliance.redaction.spans import Candidate

_ROW_RE = re.compile(r"^[^\n,]*(?:,[^\n,]*){4,}$", re.MULTILINE)
_QUOTED_ROW_RE = re.compile(r'"[^"\n]*"(?:[ \t]*,[ \t]*"[^"\n]*"){3,}')
_PIPE_ROW_RE = re.compile(r"(?<![^\s\"'=])[^\s|\"'^]+(?:\|[^|\"'\n^]*){3,}")
_SEMICOLON_ROW_RE = re.compile(r"(?<![^\s\"'=])[^\s;\"']+(?:;[^;\"'\n]*){3,}")
_SEGMENT_RE = re.compile(r"^\s*(?:\[\w+\]\s*)?[A-Z][A-Z0-9]{2}\|")
_DATE_FIELD = [
    re.compile(r"^(?:1[89]|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])$"),
    re.compile(r"^(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:\d\d|\d{4})$"),
    re.compile(r"^(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])$"),
]
_EMAIL_FIELD = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_PHONE_FIELD = re.compile(r"^\+?[\d\s()/.-]{10,20}(?:\s*(?:x|ext\.?)\s*\d+)?$", re.IGNORECASE)
# Capitalised words, with particles ("ter Haar") and as "Surname, Given I.".
_NAME_WORD = r"[A-Z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*"
_PARTICLE = r"(?:(?:de|del|da|di|van|von|der|den|ter|le|la|du|al|el|bin|abu)\s+)?"
_NAME_FIELD = re.compile(
    rf"^{_PARTICLE}{_NAME_WORD}(?:\s+{_PARTICLE}{_NAME_WORD}){{0,3}}"
    rf"(?:,\s+{_NAME_WORD}(?:\s+{_NAME_WORD}\.?){{0,2}})?$"
)
_ZIP_FIELD = re.compile(r"^\d{5}(?:-?\d{4})?$")
_AGE_FIELD = re.compile(r"^(?:9\d|1[01]\d)$")
_ID_FIELD = re.compile(r"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9 ._/-]{2,30}[A-Za-z0-9]$")


def _fields(text: str, start: int, end: int, sep: str = ",") -> Iterator[tuple[int, int, str]]:
    pos = start
    for part in text[start:end].split(sep):
        stripped = part.strip().strip('"')
        offset = part.find(stripped) if stripped else 0
        yield pos + offset, pos + offset + len(stripped), stripped
        pos += len(part) + 1


def _quoted_fields(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    for m in re.finditer(r'"([^"\n]*)"', text[start:end]):
        value = m.group(1).strip()
        begin = start + m.start(1) + m.group(1).find(value)
        yield begin, begin + len(value), value


def _date_field(value: str) -> bool:
    if any(p.match(value) for p in _DATE_FIELD):
        return True
    if value.isdigit() and len(value) == 8:
        return dates.compact_date(value)
    return any(c.start == 0 and c.end == len(value) for c in dates.find_date(value))


def _kind(value: str) -> str | None:
    if not value:
        return None
    if _EMAIL_FIELD.match(value):
        return "EMAIL"
    if _date_field(value):
        return "DATE"
    if _PHONE_FIELD.match(value) and sum(ch.isdigit() for ch in value) >= 10:
        return "PHONE"
    return None


def _rows(text: str) -> Iterator[list[tuple[int, int, str]]]:
    if text.count(",") >= 4:
        for row in _ROW_RE.finditer(text):
            yield list(_fields(text, row.start(), row.end()))
    if text.count('"') >= 8:
        for row in _QUOTED_ROW_RE.finditer(text):
            yield list(_quoted_fields(text, row.start(), row.end()))
    if text.count("|") >= 3 and not _SEGMENT_RE.match(text):
        for row in _PIPE_ROW_RE.finditer(text):
            yield list(_fields(text, row.start(), row.end(), "|"))
    if text.count(";") >= 3:
        for row in _SEMICOLON_ROW_RE.finditer(text):
            yield list(_fields(text, row.start(), row.end(), ";"))


def _dated_record(fields: list[tuple[int, int, str]], kinds: list[str | None]) -> bool:
    """A date, a name and an identifier of five digits or more: a person's record too."""
    values = [value for (_, _, value), kind in zip(fields, kinds, strict=True) if kind is None]
    return (
        "DATE" in kinds
        and any(_NAME_FIELD.match(v) and len(v) >= 2 for v in values)
        and any(_ID_FIELD.match(v) and sum(ch.isdigit() for ch in v) >= 5 for v in values)
    )


# A file name that is a person's record: name parts in capitals joined by "_", then the date
# ("./outbound/DOE_JANE_19410303.pdf", "KARAM-EOM_TUMAINI_20221210.pdf").
_FILE_NAME_RE = re.compile(
    r"(?<![\w-])(?P<names>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?(?:_[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?)+)"
    r"_(?P<date>\d{8})(?:_\w+)?\.[A-Za-z0-9]{2,5}\b"
)


def _file_name_parts(text: str) -> Iterator[Candidate]:
    for m in _FILE_NAME_RE.finditer(text):
        if not dates.compact_date(m.group("date")):
            continue
        common = lexicon.common_words()
        pos = m.start("names")
        for part in m.group("names").split("_"):
            if part.lower() not in common:
                yield Candidate(pos, pos + len(part), "NAME", 0.6)
            pos += len(part) + 1


def find_records(text: str) -> Iterator[Candidate]:
    if "_" in text:
        yield from _file_name_parts(text)
    for fields in _rows(text):
        kinds = [_kind(value) for _, _, value in fields]
        if sum(k is not None for k in kinds) < 2 and not _dated_record(fields, kinds):
            continue
        for (start, end, value), kind in zip(fields, kinds, strict=True):
            if not value:
                continue
            if kind is not None:
                yield Candidate(start, end, kind, 0.6)
            elif _ZIP_FIELD.match(value):
                yield Candidate(start, end, "ZIP", 0.6)
            elif _AGE_FIELD.match(value):
                yield Candidate(start, end, "AGE_OVER_89", 0.6)
            elif _NAME_FIELD.match(value) and len(value) >= 2:
                yield Candidate(start, end, "NAME", 0.6)
            elif _ID_FIELD.match(value) and sum(ch.isdigit() for ch in value) >= 4:
                yield Candidate(start, end, "OTHER_ID", 0.5)
