"""Identifiers whose shape is enough: a check digit, a registry's format, or a form that no
clinical number takes.

- with a check: VINs (ISO 3779 check digit in place 9, or a numeric serial in the last four),
  card numbers (Luhn), DEA numbers (their weighted sum), NPIs (Luhn over "80840" + the number),
  Medicare beneficiary identifiers (CMS's alphabet and positions);
- by a registry's format: GS1 device identifiers ("(01)00412219262792(21)0340885"), user names
  as systems write them ("@handle", "u/handle", "CLINIC\\jdoe", "xXgamerXx");
- by a form no measurement takes: letters glued to five digits or more ("ENC-35707861",
  "AUTH22662165"), capitals and digits mixed in eight characters or more ("XQL002108J"), and
  runs of nine digits or more. These have no family, so they are OTHER_ID with a low score:
  any detector with a key word or a check wins the label. Codes of clinical vocabularies
  ("SNOMED 44054006", "NDC ...") and the ids of software keys ("trace_id=", "build ") stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction import lexicon
from compliance.redaction.spans import Candidate

_I = re.IGNORECASE

# "@sunny.days92"; "@Carla-Reyes-12" (a payment app's handle has hyphens).
USERNAME_HANDLE_RE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{1,30}[A-Za-z0-9_])")
DOMAIN_USER_RE = re.compile(r"\b[A-Z][A-Z0-9-]{1,14}\\[A-Za-z][\w.-]{1,30}[A-Za-z0-9]")
GAMER_TAG_RE = re.compile(r"\bxX[A-Za-z0-9_]{2,30}Xx\b|(?<![\w/.])u/[A-Za-z0-9_-]{3,20}\b")
VIN_RE = re.compile(
    r"\b(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])(?=[A-HJ-NPR-Z]*\d)[A-HJ-NPR-Z0-9]{17}\b", _I
)
CARD_RE = re.compile(r"(?<![\d-])(?:\d{4}[ -]?){3}\d{1,4}(?![\d-])")
# Medicare Beneficiary Identifier, also as printed on the card ("2WJ6 JP1 YX20") or typed in
# lower case ("7v55-jg1-rd19").
MBI_RE = re.compile(
    r"\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d(?P<sep>[- ]?)[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d"
    r"(?P=sep)[AC-HJKMNP-RT-Y]{2}\d{2}\b",
    _I,
)
DEA_RE = re.compile(r"\b[A-Z][A-Z9]\d{7}\b")
NPI_RE = re.compile(r"(?<![\w.-])[12]\d{9}(?![\w.-])")
UDI_RE = re.compile(
    r"\(01\)\d{14}(?:\(\d{2,4}\)[A-Za-z0-9-]{1,20})*"
    r"|\b01\d{14}(?:1[17]\d{6})?(?:10|21)[A-Za-z0-9]{1,20}\b"
)
UUID_CONTEXT_RE = re.compile(
    r"\b(?:patient|member|person|user|subject|device)[_\s-]?(?:id|uuid|guid)?\W{0,4}"
    r"(?P<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
    _I,
)
_PREFIXED_RE = re.compile(
    r"(?<![\w.@/\\-])[A-Za-z]{1,5}-?(?:\d{5,12}|\d{3,6}-\d{3,6})(?:-[A-Za-z0-9]{1,4})?(?![\w@-])"
)
# HIBC device identifiers: "+", a labeler code that starts with a letter, the product, then
# "/" and the lot or serial ("+H123ABCD1/$$3123456A1234").
HIBC_RE = re.compile(r"(?<![\w+])\+[A-Z][A-Z0-9]{3}[A-Z0-9]{2,18}/[$+%A-Z0-9]{4,30}(?![\w$])", _I)
# Serials printed in groups of letters and digits: "ZESM-YBCF-1KLB", "SN 1060-QIB-587".
# (A word boundary first: the look-behind is then tried at the start of words only.)
_GROUPED_RE = re.compile(
    r"\b(?<![.@/\\-])(?:(?:SN\s)?[A-Z0-9]{3,6}(?:-[A-Z0-9]{3,6}){2,4}"
    r"|(?:sn\s)?[a-z0-9]{3,6}(?:-[a-z0-9]{3,6}){2,4})(?![\w@-])"
)
# Letters, digits, letters with dots ("LJY.36906.J"); digits around one letter ("9408X6980");
# a ULID ("01HF8Z...": 26 characters of Crockford's base 32).
_DOTTED_RE = re.compile(r"\b(?<![.@/\\-])[A-Za-z]{1,4}\.\d{4,9}\.[A-Za-z0-9]{1,3}(?![\w@-]|\.\w)")
_SPLIT_DIGITS_RE = re.compile(r"\b(?<![.@/\\-])\d{3,8}[A-DF-WYZa-df-wyz]\d{3,8}(?![\w@-])")
_ULID_RE = re.compile(r"\b(?<!-)0[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{24}(?![\w-])")
# "~branwenswartzentruber": a home-directory user name.
_TILDE_USER_RE = re.compile(r"(?<![\w/~])~[A-Za-z][A-Za-z0-9._-]{2,40}(?![\w/])")
_MIXED_RE = re.compile(r"(?<![\w.@/\\-])(?:[A-Z0-9]{8,20}|[a-z0-9]{8,20})(?![\w@-])")
_DIGIT_RUN_RE = re.compile(r"(?<![\w.,:/$-])\d{9,18}(?![\w/-]|[.,]\d)")
# Words before a number that make it something other than a person's identifier.
_NOT_PERSONAL = re.compile(
    r"(?:\b(?:icd|icd-?10|cpt|hcpcs|ndc|loinc|snomed|sctid|rxnorm|rxcui|cvx|version|ver|v|build|"
    r"commit|sha\d*|hash|etag|nonce|token|trace|request|req|span|session|sess|job|task|message|"
    r"msg|event|correlation|run|worker|image|port|pid|bytes|size|ms|ns|us|took|duration|elapsed|"
    r"count|total|offset|len|length|ttl|seq|sequence|checksum|crc|"
    # "PRV*PE*PXC*207RC0000X": a provider taxonomy code.
    r"pxc|taxonomy)(?:[_-]?(?:id|ms|s|no))?"
    r"\W{0,3}$)",
    _I,
)
_DIGIT_RE = re.compile(r"\d")
_VIN_VALUES = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2,
                                                   3, 4, 5, 6, 7, 8, 9], strict=True))  # fmt: skip
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def vin_ok(vin: str) -> bool:
    """The check digit in place 9 (North America), or a numeric serial in the last four
    places (ISO 3779): "0.0809730529999797s" in a log line has neither."""
    vin = vin.upper()
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUES[c]) * w
        for c, w in zip(vin, _VIN_WEIGHTS, strict=True)
    )
    check = "X" if total % 11 == 10 else str(total % 11)
    return vin[8] == check or vin[-4:].isdigit()


def dea_ok(value: str) -> bool:
    d = [int(ch) for ch in value[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def _personal(text: str, start: int) -> bool:
    return not _NOT_PERSONAL.search(text[max(0, start - 24) : start])


# Each user-name shape has a mark of its own: most text has none, and looks no further.
_USERNAME_SHAPES = (
    (USERNAME_HANDLE_RE, ("@",)),
    (DOMAIN_USER_RE, ("\\",)),
    (GAMER_TAG_RE, ("xX", "u/")),
)


def find_shaped_ids(text: str) -> Iterator[Candidate]:
    for pattern, marks in _USERNAME_SHAPES:
        if any(mark in text for mark in marks):
            for m in pattern.finditer(text):
                yield Candidate(m.start(), m.end(), "USERNAME", 0.7)
    if "~" in text:
        for m in _TILDE_USER_RE.finditer(text):
            handle = m.group()[1:]
            if text[m.end() : m.end() + 1] == "*" and len(handle) <= 3:
                continue  # "~NM1*IL*1*...": an X12 segment after its terminator
            if not handle.isalpha() or not lexicon.is_english(handle.lower()):
                yield Candidate(m.start(), m.end(), "USERNAME", 0.7)
    if not _DIGIT_RE.search(text):
        # Every shape below has a digit, but for a UUID written in the letters a-f alone.
        yield from _uuids(text)
        return
    for m in VIN_RE.finditer(text):
        if vin_ok(m.group()):
            yield Candidate(m.start(), m.end(), "VEHICLE_ID", 0.85)
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 16 and luhn_ok(digits):
            yield Candidate(m.start(), m.end(), "ACCOUNT_NUMBER", 0.85)
    for m in MBI_RE.finditer(text):
        yield Candidate(m.start(), m.end(), "HEALTH_PLAN_ID", 0.85)
    for m in DEA_RE.finditer(text):
        if dea_ok(m.group()):
            yield Candidate(m.start(), m.end(), "LICENSE_NUMBER", 0.8)
    for m in NPI_RE.finditer(text):
        if luhn_ok("80840" + m.group()):
            yield Candidate(m.start(), m.end(), "LICENSE_NUMBER", 0.6)
    if "01" in text:  # both forms of a GS1 identifier start with its "01"
        for m in UDI_RE.finditer(text):
            yield Candidate(m.start(), m.end(), "DEVICE_ID", 0.85)
    if "+" in text:
        for m in HIBC_RE.finditer(text):
            if sum(ch.isdigit() for ch in m.group()) >= 4:
                yield Candidate(m.start(), m.end(), "DEVICE_ID", 0.85)
    yield from _uuids(text)
    yield from _unnamed_ids(text)


def _uuids(text: str) -> Iterator[Candidate]:
    if "-" not in text:
        return  # a UUID has its hyphens
    for m in UUID_CONTEXT_RE.finditer(text):
        label = "DEVICE_ID" if m.group().lower().startswith("device") else "OTHER_ID"
        yield Candidate(m.start("v"), m.end("v"), label, 0.8)


# Public registries and software prefixes: a trial ("NCT01234567"), a paper, a standard.
_PUBLIC_PREFIXES = frozenset(
    [
        "nct",
        "pmc",
        "pmid",
        "isbn",
        "issn",
        "rfc",
        "iso",
        "cve",
        "ghsa",
        "x",
        "v",
        "ver",
        "build",
        "hl",
        "ora",
    ]  # an HL7 table ("HL70063"), an Oracle error ("ORA-01400")
)


# An X12 implementation guide's version ("005010X222A1") and an Apache error code ("AH01630").
_STANDARD_CODE_RE = re.compile(r"00[45]0[1-9]0X\d{3}(?:A\d)?|AH\d{5}")


def _public(value: str) -> bool:
    if _STANDARD_CODE_RE.fullmatch(value):
        return True
    m = re.match(r"([A-Za-z]+)-?\d+$", value)
    return bool(m) and m.group(1).lower() in _PUBLIC_PREFIXES


def _unnamed_ids(text: str) -> Iterator[Candidate]:
    if "-" in text:
        for m in _GROUPED_RE.finditer(text):
            value = m.group()
            if (
                any(ch.isdigit() for ch in value)
                and sum(ch.isalpha() for ch in value) >= 2
                and _personal(text, m.start())
            ):
                yield Candidate(m.start(), m.end(), "OTHER_ID", 0.4)
    for pattern in (_DOTTED_RE, _SPLIT_DIGITS_RE, _ULID_RE):
        for m in pattern.finditer(text):
            if _personal(text, m.start()) and not _public(m.group()):
                yield Candidate(m.start(), m.end(), "OTHER_ID", 0.4)
    for m in _PREFIXED_RE.finditer(text):
        if not _public(m.group()) and _personal(text, m.start()):
            yield Candidate(m.start(), m.end(), "OTHER_ID", 0.4)
    for m in _MIXED_RE.finditer(text):
        value = m.group()
        digits = sum(ch.isdigit() for ch in value)
        letters = len(value) - digits
        if (
            digits >= 3
            and letters >= 2
            and _personal(text, m.start())
            and not _public(value)
            and not (
                value.islower() and re.fullmatch(r"[0-9a-f]+", value)  # a hash, not a serial
            )
        ):
            yield Candidate(m.start(), m.end(), "OTHER_ID", 0.4)
    for m in _DIGIT_RUN_RE.finditer(text):
        if _personal(text, m.start()):
            yield Candidate(m.start(), m.end(), "OTHER_ID", 0.35)
