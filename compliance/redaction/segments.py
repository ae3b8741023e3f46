"""HL7 v2 and X12 segments: the field says what the value is.

    PID|1||536840^^^MRN^MR||JUNG^ARACELIS||19500304|F|||37 N Main St^^Escondido^SD^88741
    NM1*IL*1*FASHOLA*ETHELENE****MI*W464220733~DMG*D8*19500304*F~

In HL7 v2 each segment's fields have fixed meanings (HL7 v2.5.1 chapter 3 and 6: PID-3 the
patient's identifiers, PID-5 the name, PID-7 the birth date, PID-11 the address ...). Messages
written by hand or by older systems are often off by one field, so a name- or id-shaped value
next to a name or id field is taken too, and any field that is an HL7 date (YYYYMMDD, with an
optional time) is a date wherever it stands. In X12 (837/270/271) the segment and its
qualifiers say the same: NM1 a person's name and id (MI member, 34 SSN, XX NPI), N3 the street,
N4 city and ZIP, DMG and DTP dates, CLM the claim, REF, PER and SBR ids and contacts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction import lexicon
from compliance.redaction.dates import compact_date
from compliance.redaction.names.cues import _KIN
from compliance.redaction.spans import Candidate

# segment -> {field number: label}; ADDRESS fields are split into street, city and ZIP.
_HL7_FIELDS: dict[str, dict[int, str]] = {
    "PID": {2: "MRN", 3: "MRN", 4: "MRN", 5: "NAME", 6: "NAME", 7: "DATE", 9: "NAME", 11: "ADDRESS",
            13: "PHONE", 14: "PHONE", 18: "ACCOUNT_NUMBER", 19: "SSN", 20: "LICENSE_NUMBER",
            21: "OTHER_ID", 23: "CITY"},
    "NK1": {2: "NAME", 4: "ADDRESS", 5: "PHONE", 6: "PHONE", 30: "NAME", 31: "PHONE",
            32: "ADDRESS", 33: "OTHER_ID", 37: "SSN"},
    "IN1": {8: "HEALTH_PLAN_ID", 16: "NAME", 19: "ADDRESS", 36: "HEALTH_PLAN_ID",
            49: "HEALTH_PLAN_ID"},
    "IN2": {1: "OTHER_ID", 2: "SSN", 6: "HEALTH_PLAN_ID", 8: "HEALTH_PLAN_ID"},
    "GT1": {2: "ACCOUNT_NUMBER", 3: "NAME", 5: "ADDRESS", 6: "PHONE", 7: "PHONE", 12: "SSN"},
    "MRG": {1: "MRN", 3: "ACCOUNT_NUMBER", 7: "NAME"},
    "PV1": {7: "NAME", 8: "NAME", 9: "NAME", 17: "NAME", 19: "OTHER_ID", 50: "OTHER_ID"},
    "PD1": {4: "NAME"},
    # Placer and filler order numbers; the ordering provider as an XCN (id^family^given^...).
    "ORC": {2: "OTHER_ID", 3: "OTHER_ID", 12: "XCN"},
    "OBR": {2: "OTHER_ID", 3: "OTHER_ID", 16: "XCN"},
}  # fmt: skip
_HL7_SEGMENT_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:PID|NK1|IN1|IN2|GT1|MRG|PV1|PD1|MSH|EVN|OBR|ORC|OBX|AL1|DG1|PR1|NTE)"
    r"\|[^\r\n]*?(?=(?<![A-Za-z0-9])(?:PID|NK1|IN1|IN2|GT1|MRG|PV1|PD1|OBR|ORC|OBX)\||[\r\n]|$)"
)
_HL7_DATE_RE = re.compile(r"^(?:19|20)\d{6}(?:\d{4}(?:\d{2}(?:\.\d{1,4})?)?)?(?:[+-]\d{4})?$")
_NAME_PART_RE = re.compile(r"^[^\W\d_](?:[^\W\d_]|['\u2019 .-])*$")
_X12_SEGMENT_RE = re.compile(r"(?:^|(?<=[~\s]))(NM1|N3|N4|DMG|DTP|CLM|REF|PER|SBR)\*([^~\n]*)")
_X12_ID_QUALIFIERS = {"MI": "HEALTH_PLAN_ID", "34": "SSN", "XX": "LICENSE_NUMBER", "SY": "SSN",
                      "EA": "MRN", "IG": "HEALTH_PLAN_ID", "6P": "HEALTH_PLAN_ID",
                      "1L": "HEALTH_PLAN_ID", "0F": "HEALTH_PLAN_ID"}  # fmt: skip


def _parts(text: str, start: int, end: int, sep: str) -> Iterator[tuple[int, int, int]]:
    """(index, start, end) of each part of text[start:end] split on ``sep``."""
    pos = start
    for k, part in enumerate(text[start:end].split(sep)):
        yield k, pos, pos + len(part)
        pos += len(part) + 1


def _name_shaped(value: str) -> bool:
    """family^given, not a coded value ("SPO^Spouse": a code, then its text)."""
    parts = value.split("^")
    return (
        len(parts) >= 2
        and len(parts[0]) >= 2
        and all(_NAME_PART_RE.match(p) for p in parts[:2])
        and (parts[1].isupper() or parts[1].lower() not in lexicon.common_words())
    )


# "FODE JALLOH-CHUA", "HIRANO, SHUN": a name in capitals with no "^" between its parts.
_PLAIN_NAME_RE = re.compile(r"^[A-Z][A-Z'.-]+(?:,? [A-Z][A-Z'.-]*){1,3}$")


def _address_shaped(value: str) -> bool:
    """street^other^city^state^zip: a house number first, then at least three more parts."""
    parts = value.split("^")
    return (
        len(parts) >= 4
        and any(ch.isdigit() for ch in parts[0])
        and any(ch.isalpha() for ch in parts[0])
    )


def _id_shaped(value: str) -> bool:
    first = value.split("^")[0]
    return sum(ch.isalnum() for ch in first) >= 4 and any(ch.isdigit() for ch in first)


def _xcn_shaped(value: str) -> bool:
    """id^FAMILY^GIVEN^^^^MD: a person with their id, as HL7 writes providers in any field
    (ORC-12, OBR-16, PV1-7 ...); a coded value (code^text^system) has three parts or six with
    the same shape again, never a degree or a run of empty parts."""
    parts = value.split("^")
    return (
        len(parts) >= 5
        and parts[0].isalnum()
        and sum(ch.isdigit() for ch in parts[0]) >= 4
        and all(len(p) >= 2 and _NAME_PART_RE.match(p) for p in parts[1:3])
        and not any(p.lower() in lexicon.common_words() for p in parts[1:3])
        and "" in parts[3:]
    )


# OBX-3 codes for an observation that is a person to contact: its value is a name, then the
# number to reach them by ("ECONTACT||Ccori, Maryori +44 20 8920 7445").
_CONTACT_OBSERVATION_RE = re.compile(
    r"contact|\bnok\b|next.?of.?kin|guardian|caregiver|emerg", re.IGNORECASE
)
_NAME_BEFORE_NUMBER_RE = re.compile(r"[^\W\d_][^\d+()]*?(?=\s*(?:[+(]|\d|$))")


def _hl7_field(text: str, start: int, end: int, label: str) -> Iterator[Candidate]:
    if label == "XCN":
        for k, s, e in _parts(text, start, end, "^"):
            if k == 0 and e > s:
                yield Candidate(s, e, "OTHER_ID", 0.85)
            elif 1 <= k <= 3 and e > s and _NAME_PART_RE.match(text[s:e]):
                yield Candidate(s, e, "NAME", 0.9)
        return
    if label == "CONTACT":
        if m := _NAME_BEFORE_NUMBER_RE.match(text, start, end):
            yield Candidate(m.start(), m.end(), "NAME", 0.85)
        return
    if label == "ADDRESS":  # street^other^city^state^zip^country
        labels = {0: "ADDRESS", 1: "ADDRESS", 2: "CITY", 4: "ZIP"}
        for k, s, e in _parts(text, start, end, "^"):
            if k in labels and e > s:
                yield Candidate(s, e, labels[k], 0.9)
        return
    if label == "NAME":  # family^given^middle^suffix^prefix
        for k, s, e in _parts(text, start, end, "^"):
            # "BANH, HIEN": a sender that puts "family, given" in one component.
            for _, ps, pe in _parts(text, s, e, ",") if k < 4 else ():
                while ps < pe and text[ps] == " ":
                    ps += 1
                if pe > ps and _NAME_PART_RE.match(text[ps:pe]):
                    yield Candidate(ps, pe, "NAME", 0.9)
        return
    first_end = text.find("^", start, end)
    yield Candidate(start, first_end if first_end >= 0 else end, label, 0.9)


_DEVICE_OBSERVATION_RE = re.compile(r"serial|devsn|\budi\b|imei|device\s+id", re.IGNORECASE)


def _field(text: str, segment: re.Match, number: int) -> str:
    for k, start, end in _parts(text, segment.start(), segment.end(), "|"):
        if k == number:
            return text[start:end]
    return ""


# HL7 table 0063 (relationship), whose codes stand beside names: "SEL", "SPO", "CHD".
_RELATIONSHIP_CODES = frozenset(
    [
        "SEL", "SPO", "CHD", "DOM", "EME", "EMR", "FTH", "MTH", "GRD", "PAR", "SIB", "BRO",
        "SIS", "OTH", "UNK", "FND", "GCH", "GRP", "EXF", "CGV", "ASC", "EMC", "NCH", "FCH",
        "SCH", "DEP", "WRD", "MGR", "OWN", "TRA", "LIF", "ONF",
    ]
)  # fmt: skip


def _hl7(text: str, segment: re.Match) -> Iterator[Candidate]:
    name = segment.group()[:3]
    fields = _HL7_FIELDS.get(name, {})
    for k, start, end in _parts(text, segment.start(), segment.end(), "|"):
        value = text[start:end]
        if k == 0 or not value or (name == "MSH" and k < 3):
            continue
        first = value.split("^")[0]
        if _HL7_DATE_RE.match(first) and compact_date(first[:8]):
            yield Candidate(start, start + len(first), "DATE", 0.9)
            continue
        label = fields.get(k)
        if name == "OBX" and k == 5 and _DEVICE_OBSERVATION_RE.search(_field(text, segment, 3)):
            label = "DEVICE_ID"  # OBX|3|ST|DEVSN^Device serial^L||7929J6262
        elif name == "OBX" and k == 5 and _CONTACT_OBSERVATION_RE.search(_field(text, segment, 3)):
            label = "CONTACT"
        if label is None and _xcn_shaped(value):
            label = "XCN"
        if label is None:
            # Off by one: a name-shaped value beside a name field, an id beside an id field.
            near = {fields.get(k - 1), fields.get(k + 1)}
            if "NAME" in near and (_name_shaped(value) or _PLAIN_NAME_RE.match(value)):
                label = "NAME"
            elif "ADDRESS" in near and _address_shaped(value):
                label = "ADDRESS"
            elif near & {"HEALTH_PLAN_ID", "MRN", "ACCOUNT_NUMBER"} and _id_shaped(value):
                label = next(lab for lab in (fields.get(k - 1), fields.get(k + 1)) if lab)
            else:
                continue
        if label == "NAME" and value in _RELATIONSHIP_CODES:
            # IN1-17 "SEL" beside the insured's name, or in the name's own field when a sender
            # puts the fields one early ("|KURIHARA^LUDOVINA|SEL|"): a relationship's code.
            continue
        if label in ("ADDRESS", "NAME") and "~" in value:
            # "77B S 2nd Pl^^Keasbey^NJ^08832^^H~P O Box 18208^^Collingswood^Del.^08759^^M": a
            # repeated field, each repetition with its own components.
            for _, s, e in _parts(text, start, end, "~"):
                yield from _hl7_field(text, s, e, label)
            continue
        yield from _hl7_field(text, start, end, label)


def _x12(text: str, segment: re.Match) -> Iterator[Candidate]:
    name = segment.group(1)
    elements = list(_parts(text, segment.start(2), segment.end(2), "*"))
    values = [text[s:e] for _, s, e in elements]

    def at(k: int, label: str) -> Iterator[Candidate]:
        if k < len(elements) and values[k]:
            yield Candidate(elements[k][1], elements[k][2], label, 0.9)

    if name == "NM1" and len(values) > 1 and values[1] == "1":
        for k in (2, 3, 4):
            yield from at(k, "NAME")
    if name == "NM1" and len(values) > 8:
        yield from at(8, _X12_ID_QUALIFIERS.get(values[7], "OTHER_ID"))
    if name == "N3":
        yield from at(0, "ADDRESS")
        yield from at(1, "ADDRESS")
    if name == "N4":
        yield from at(0, "CITY")
        yield from at(2, "ZIP")
    if name in ("DMG", "DTP"):
        yield from at(1 if name == "DMG" else 2, "DATE")
    if name == "CLM":
        yield from at(0, "ACCOUNT_NUMBER")
    if name == "REF" and len(values) > 1:
        yield from at(1, _X12_ID_QUALIFIERS.get(values[0], "OTHER_ID"))
    if name == "PER":
        yield from at(1, "NAME")
        for k in (3, 5, 7):
            if k < len(values) and k - 1 < len(values):
                label = {"TE": "PHONE", "FX": "FAX", "EM": "EMAIL"}.get(values[k - 1])
                if label:
                    yield from at(k, label)
    if name == "SBR":
        yield from at(2, "HEALTH_PLAN_ID")


# A field named by its segment and number, with its value after it, as notes and error messages
# quote them: "PID-5 PYRKA^ZUSHA^AMARILIS PID-11 4077 DWELLY LN^^BENSONHURST^ME^10033". The
# value runs to the next such reference, a semicolon, a quote or the end of the line.
_FIELD_REFERENCE_RE = re.compile(
    r"\b(?P<segment>PID|NK1|IN1|GT1|MRG|PV1)[-.](?P<field>\d{1,2})(?:\.\d{1,2})?\s*[:=]?\s+"
    r"(?P<value>[^\s;'\"|]+(?:\s(?!(?:PID|NK1|IN1|GT1|MRG|PV1)[-.]\d)[^\s;'\"|]+)*)"
)


def _field_references(text: str) -> Iterator[Candidate]:
    for m in _FIELD_REFERENCE_RE.finditer(text):
        label = _HL7_FIELDS[m.group("segment")].get(int(m.group("field")))
        value = m.group("value")
        if "^" not in value:
            continue  # "PID-11 zip 07211 not valid": words about the field, not its value
        # After the last component, one word: "OKAFOR^CHIDI merged" ends at "CHIDI".
        last = value.rindex("^") + 1
        value = (value[:last] + (value[last:].split() or [""])[0]).rstrip(".,")
        start, end = m.start("value"), m.start("value") + len(value)
        if label == "NAME" and _name_shaped(value):
            yield from _hl7_field(text, start, end, "NAME")
        elif label == "ADDRESS" and _address_shaped(value):
            yield from _hl7_field(text, start, end, "ADDRESS")


# "patient HARDISON^CARINE (00697041)", "case mgr HUTCH^RAWIA": a name as HL7 writes it
# (family^given^middle), pasted into free text after the word that says whose it is.
_CARET_NAME_RE = re.compile(
    r"\b(?i:patient|pt|mgr|manager|guarantor|subscriber|insured|member|provider|physician|"
    rf"nurse|contact|caller|guardian|name|{_KIN})\b[\s:=\"']*"
    r"(?P<name>[A-Z][A-Za-z'\u2019-]+\^[A-Z][A-Za-z'\u2019-]+(?:\^[A-Z][A-Za-z'\u2019-]*)?)"
    r"(?![\w^])"
)


# "'pt_nm': 'MCQUILLAN^NAFISA'": a quoted value that is a name in capitals as HL7 writes it.
_QUOTED_CARET_NAME_RE = re.compile(
    r"(?<=[\"'])(?P<name>[A-Z][A-Z'\u2019-]{2,}\^[A-Z][A-Z'\u2019-]{2,}(?:\^[A-Z][A-Z'\u2019-]*)?)"
    r"(?=[\"'])"
)


def _no_words(value: str) -> bool:
    return not any(
        w in lexicon.common_words() or lexicon.is_english(w)
        for w in re.findall(r"[a-z'\u2019-]{2,}", value.lower())
    )


# An HL7 address outside a segment (a JSON or queue payload): "...^^Gibsonton^GA^33814".
_CARET_CITY_STATE_ZIP_RE = re.compile(
    r"(?<=\^)(?P<city>[A-Za-z][A-Za-z' .-]{1,40})\^(?:[A-Z]{2}|[A-Za-z]+(?: [A-Za-z]+)?)"
    r"\^(?P<zip>\d{5}(?:-\d{4})?)(?![\w-])"
)


def find_segments(text: str) -> Iterator[Candidate]:
    if "^" in text:
        for m in _CARET_CITY_STATE_ZIP_RE.finditer(text):
            yield Candidate(m.start("city"), m.end("city"), "CITY", 0.85)
            yield Candidate(m.start("zip"), m.end("zip"), "ZIP", 0.85)
        # After a word that says whose, any name-shaped value; quoted alone, one of no words.
        for pattern, words_ok in ((_CARET_NAME_RE, True), (_QUOTED_CARET_NAME_RE, False)):
            for m in pattern.finditer(text):
                name = m.group("name")
                if _name_shaped(name) and (words_ok or _no_words(name)):
                    yield from _hl7_field(text, m.start("name"), m.end("name"), "NAME")
    if "^" in text and "-" in text:
        yield from _field_references(text)
    if "|" in text:
        for m in _HL7_SEGMENT_RE.finditer(text):
            yield from _hl7(text, m)
    if "*" in text:
        for m in _X12_SEGMENT_RE.finditer(text):
            yield from _x12(text, m)
