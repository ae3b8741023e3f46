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

A street address is a plain identifier too (``"Okeke, Nasra",92,"40 Elm St, Apt 2","Ely",
55731``): the field right after it, if it reads as a name, is the city, and a five-digit field
after that city is the ZIP code. Quoted fields keep their commas. A bracketed or parenthesised
list with a date in it is a record as well (``no unique match for [OKEKE, NASRA, 2014-11-05]``,
``values (6455623, 'OKEKE', 'NASRA', '31-MAY-2024')``): its fields that a name list knows are
names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction import addresses, dates, lexicon
from compliance.redaction.names.words import PARTICLES
from compliance.redaction.spans import Candidate
from compliance.redaction.states import STATE_ABBRS, STATE_NAMES

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
    rf"(?:,\s*{_NAME_WORD}(?:\s+{_NAME_WORD}\.?){{0,2}})?$"
)
_ZIP_FIELD = re.compile(r"^\d{5}(?:-?\d{4})?$")
_AGE_FIELD = re.compile(r"^(?:9\d|1[01]\d)$")
_ID_FIELD = re.compile(r"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9 ._/-]{2,30}[A-Za-z0-9]$")


def _fields(text: str, start: int, end: int, sep: str = ",") -> Iterator[tuple[int, int, str]]:
    pos = start
    for part in _split(text[start:end], sep):
        stripped = part.strip().strip("\"'")
        offset = part.find(stripped) if stripped else 0
        yield pos + offset, pos + offset + len(stripped), stripped
        pos += len(part) + 1


def _split(row: str, sep: str) -> list[str]:
    """``row`` split at ``sep``, except inside double quotes (as CSV writes "Okeke, Nasra")."""
    if '"' not in row:
        return row.split(sep)
    parts, start, quoted = [], 0, False
    for i, ch in enumerate(row):
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            parts.append(row[start:i])
            start = i + 1
    parts.append(row[start:])
    return parts


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
    if any(s == 0 and e >= len(value) - 1 for s, e in addresses.street_addresses(value)):
        return "ADDRESS"
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
# or the record number ("./outbound/DOE_JANE_19410303.pdf", "KARAM-EOM_TUMAINI_20221210.pdf",
# "LLERANDI_YOSLAIDIS_057392848.pdf").
_FILE_NAME_RE = re.compile(
    r"(?<![\w-])(?P<names>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?(?:_[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?)+)"
    r"_(?P<date>\d{6,12})(?:_\w+)?\.[A-Za-z0-9]{2,5}\b"
)


def _file_name_parts(text: str) -> Iterator[Candidate]:
    for m in _FILE_NAME_RE.finditer(text):
        number = m.group("date")
        if not (len(number) == 8 and dates.compact_date(number)):
            yield Candidate(m.start("date"), m.end("date"), "MRN", 0.6)
        common = lexicon.common_words()
        pos = m.start("names")
        for part in m.group("names").split("_"):
            if part.lower() not in common:
                yield Candidate(pos, pos + len(part), "NAME", 0.6)
            pos += len(part) + 1


# A document or image a person's name is written into, in any case: "uploads/foot_nilda_id.jpg",
# "discharge_ronning_19351122.pdf". Code, configuration and logs (".py", ".json", ".txt",
# ".log") are left alone: "requirements_dev.txt" names no one. Parts joined by "-" are a web
# page's assets ("brook-logo.png"), not a record's, except in a date at the end
# ("consent_okafor_2024-03-01.pdf").
_DOCUMENT_EXTENSION = (
    r"\.(?i:pdf|jpe?g|png|gif|tiff?|heic|bmp|docx?|rtf|csv|xlsx?|hl7|dcm|zip|eml|msg)\b"
)
_DOCUMENT_RE = re.compile(
    r"(?<![\w.-])(?P<stem>[^\W_]+(?:_[^\W_]+)+(?:-\d+)*)" + _DOCUMENT_EXTENSION
)


# A person's name and a date joined by a hyphen: "merkley-20250818.pdf", "cosentino-20210404.tif"
# (a web page's assets are joined by hyphens too, but not to a date).
_NAME_DATE_DOCUMENT_RE = re.compile(
    r"(?<![\w.-])(?P<name>[^\W\d_]{3,})-(?P<date>\d{8})" + _DOCUMENT_EXTENSION
)
# The date first, then the name and the kind of record: "20190503-cordovescabassa-holter.pdf".
_DATE_NAME_DOCUMENT_RE = re.compile(
    r"(?<![\w.-])(?P<date>\d{8})-(?P<name>[^\W\d_]{3,})(?:-[^\W\d_]+)?" + _DOCUMENT_EXTENSION
)
# What a document's file name says about the document, not whose it is: "_dl", "_consent";
# HL7 message types ("ADT_..."). Beside these, a word no list knows is the person's name.
_DOCUMENT_WORDS = frozenset(
    [
        "dl", "id", "ins", "insurance", "card", "license", "licence", "consent", "passport",
        "photo", "selfie", "front", "back", "scan", "intake", "referral", "records", "signed",
    ]
)  # fmt: skip
_MESSAGE_TYPES = frozenset(
    ["adt", "oru", "orm", "siu", "mdm", "dft", "vxu", "rde", "ras", "ack", "mfn", "bar", "ppr"]
)  # fmt: skip


def _listed_name(word: str) -> bool:
    return (
        word in lexicon.first_names()
        or word in lexicon.last_names()
        or word in lexicon.us_first_names()
        or word in lexicon.us_surnames()
    )


def _name_part(word: str) -> bool:
    """A part of a file name (lower case) that may be a person's name beside a sign that one
    is there: a listed name, or a word no dictionary knows; no clinical word, no HL7 type."""
    return (
        word.isalpha()
        and len(word) > 2
        and word not in lexicon.CLINICAL_WORDS
        and word not in _MESSAGE_TYPES
        and (
            _listed_name(word)
            or (word not in lexicon.common_words() and not lexicon.is_english(word))
        )
    )


def _document_name_parts(text: str) -> Iterator[Candidate]:
    """The parts of a document's file name that are a person's name: a listed name that is no
    ordinary word ("ronning", "nilda"), and beside it a listed name that is one ("foot") or a
    word no list knows ("bakajika"). "left_foot_xray.png" and "consent_form_v2.pdf" have none."""
    common = lexicon.common_words()
    for m in _DOCUMENT_RE.finditer(text):
        parts, pos = [], m.start("stem")
        for part in re.split(r"(_)", m.group("stem")):
            if part != "_":
                parts.append((pos, part, part.lower()))
            pos += len(part)
        # (Not a particle: "mobile_van_roster" has no name in it.)
        anchor = [
            w.isalpha() and len(w) > 2 and w not in common and w not in lexicon.CLINICAL_WORDS
            and w not in _MESSAGE_TYPES and w not in PARTICLES and _listed_name(w)
            for _, _, w in parts
        ]  # fmt: skip
        # "brezovar_tulimanu_dl.jpg": a document's kind says the other words are a name; a
        # date says so of words no dictionary knows ("mendiblearraiz_blaithin_19370617.pdf").
        documented = any(w in _DOCUMENT_WORDS for _, _, w in parts)
        dated = any(len(w) == 8 and w.isdigit() and dates.compact_date(w) for _, _, w in parts)
        for i, (start, part, word) in enumerate(parts):
            beside = documented or any(anchor[j] for j in (i - 1, i + 1) if 0 <= j < len(parts))
            if word in _MESSAGE_TYPES or word in _DOCUMENT_WORDS:
                continue
            # ("avs", "hcp": a document's kind in three letters, not a name)
            unknown = dated and len(word) > 3 and _name_part(word) and not _listed_name(word)
            if anchor[i] or (beside and _name_part(word)) or unknown:
                yield Candidate(start, start + len(part), "NAME", 0.6)


def _name_date_documents(text: str) -> Iterator[Candidate]:
    common = lexicon.common_words()
    for pattern in (_DATE_NAME_DOCUMENT_RE, _NAME_DATE_DOCUMENT_RE):
        for m in pattern.finditer(text):
            word = m.group("name").lower()
            if dates.compact_date(m.group("date")) and word not in common and _name_part(word):
                yield Candidate(m.start("name"), m.end("name"), "NAME", 0.6)


# "DHCPACK on 10.0.0.7 to 3c:22:fb:01:9a:7e (Mher's iPhone)": a device named for its owner.
_DEVICE_OWNER_RE = re.compile(
    r"\b(?P<owner>[^\W\d_]+)['\u2019]s[ -](?:iPhone|iPad|iPod|iMac|MacBook|Mac|Galaxy|Pixel|"
    r"Android|Phone|Laptop|PC|Chromebook|Kindle|Surface|Watch|Apple Watch|Fire|Echo)\b"
)


def _device_owners(text: str) -> Iterator[Candidate]:
    common = lexicon.common_words()
    for m in _DEVICE_OWNER_RE.finditer(text):
        owner = m.group("owner").lower()
        # "Nurse's iPad" is no one's; "Will's iPhone" is.
        if owner not in lexicon.CLINICAL_WORDS and (
            owner not in common or owner in lexicon.census_first_names()
        ):
            yield Candidate(m.start("owner"), m.end("owner"), "NAME", 0.6)


# "[OKEKE, NASRA, 2014-11-05]", "('OKEKE', 'NASRA', '31-MAY-2024')": three to eight items.
_TUPLE_RE = re.compile(r"[\[(]([^\[\]()\n]*(?:,[^\[\]()\n]*){2,7})[\])]")


def _tuple_names(text: str) -> Iterator[Candidate]:
    for m in _TUPLE_RE.finditer(text):
        fields = list(_fields(text, m.start(1), m.end(1)))
        # A date or a street address among the items says the tuple is a person's record.
        if not any(_kind(value) in ("DATE", "ADDRESS") for _, _, value in fields):
            continue
        first, last = lexicon.first_names(), lexicon.last_names()
        common = lexicon.common_words()
        shaped = [
            bool(value[:1].isupper() and _NAME_FIELD.match(value.title()))
            and not any(w in common for w in value.lower().split())
            for _, _, value in fields
        ]
        known = [
            ok and all(w in first or w in last for w in value.lower().split())
            for ok, (_, _, value) in zip(shaped, fields, strict=True)
        ]
        for i, (start, end, _) in enumerate(fields):
            # A name a list knows, or one shaped like a name beside it ("LUPU, RASHAD") or
            # that no dictionary knows ("Burlon, Kreindler").
            if known[i] or (
                shaped[i]
                and (
                    any(known[j] for j in (i - 1, i + 1) if j in range(len(known)))
                    or not any(map(lexicon.is_english, fields[i][2].lower().split()))
                )
            ):
                yield Candidate(start, end, "NAME", 0.6)


def find_records(text: str) -> Iterator[Candidate]:
    if "_" in text:
        yield from _file_name_parts(text)
    if "." in text:
        yield from _document_name_parts(text)
        if "-" in text:
            yield from _name_date_documents(text)
    if "'s" in text or "\u2019s" in text:
        yield from _device_owners(text)
    if "," in text and ("[" in text or "(" in text):
        yield from _tuple_names(text)
    for fields in _rows(text):
        kinds = [_kind(value) for _, _, value in fields]
        if (
            sum(k is not None for k in kinds) < 2
            and not _dated_record(fields, kinds)
            and not ("ADDRESS" in kinds and any(_ZIP_FIELD.match(v) for _, _, v in fields))
        ):
            continue
        previous = None  # the role of the field before: an address makes a name a city
        for (start, end, value), kind in zip(fields, kinds, strict=True):
            role = kind
            if not value:
                pass
            elif kind is not None:
                yield Candidate(start, end, kind, 0.6)
            elif _ZIP_FIELD.match(value):
                yield Candidate(start, end, "ZIP", 0.6)
            elif _AGE_FIELD.match(value):
                yield Candidate(start, end, "AGE_OVER_89", 0.6)
            elif value in STATE_ABBRS or value.lower() in STATE_NAMES:
                role = previous  # "Leesville,LA,82535": the state, then the ZIP
            elif _NAME_FIELD.match(value) and len(value) >= 2:
                role = "CITY" if previous == "ADDRESS" else "NAME"
                yield Candidate(start, end, role, 0.6)
            elif _ID_FIELD.match(value) and sum(ch.isdigit() for ch in value) >= 4:
                yield Candidate(start, end, "OTHER_ID", 0.5)
            previous = role
