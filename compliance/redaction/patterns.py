"""Identifiers with a fixed shape: e-mail and web addresses, IP and MAC addresses, SSNs.

Each detector is a function ``text -> Iterable[Candidate]``. They are pure Python with no model
behind them, fast enough for every log line, and the full tier runs them too (wrapped as
Presidio recognizers), so a detector fixed here is fixed in both tiers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction.spans import Candidate

_I = re.IGNORECASE

EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b"
)
# Web addresses without a scheme end in a known top-level domain: the generic ones and the
# country codes that are not also file extensions or words (".py", ".md", ".sh", ".pl", ".in",
# ".it", ".to" stay out: "settings.py", "checked.in").
_TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|name|pro|mobi|io|co|us|me|ly|gl|fm|tv|gg|ai|app|dev|"
    "page|blog|shop|store|health|care|clinic|online|site|website|social|link|xyz|tech|news|"
    "family|life|club|church|uk|ca|de|fr|au|nz|ie|br|mx|ru|jp|cn|kr|nl|se|ch|za|gr"
)
URL_RE = re.compile(
    r"\b(?:https?|ftp)://[^\s<>\"'`\])}]+"
    r"|\bwww\.[^\s<>\"'`\])}]+"
    r"|(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:"
    + _TLDS
    + r")\b(?![.-]\w)(?:/[^\s<>\"'`\])}]*)?",
    _I,
)
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = rf"{_OCTET}(?:\.{_OCTET}){{3}}"
IPV4_RE = re.compile(rf"(?<![\d.]){_IPV4}(?![\d.]*\d)")
# "listening on 0.0.0.0", loopback and broadcast: addresses of no one.
_NOT_A_HOST_RE = re.compile(r"^(?:0\.0\.0\.0|127\.\d+\.\d+\.\d+|255\.255\.255\.255)$")
# A version number is written like an address or a date: "firmware 2.4.1.7", "build 2024.3.1".
VERSION_BEFORE_RE = re.compile(
    r"\b(?:version|ver|v|build|release|rel|firmware|fw|sw|software|app|schema|library|lib|"
    r"update|patch|upgraded?\s+to)\s*[:=]?\s*v?$",
    re.IGNORECASE,
)
_H = r"[0-9a-f]{1,4}"
IPV6_RE = re.compile(
    rf"(?<![\w:])(?:"
    rf"(?:{_H}:){{1,6}}:?(?:ffff:)?{_IPV4}"  # an IPv4 address at the end, "::ffff:1.2.3.4"
    rf"|::(?:ffff:)?{_IPV4}"
    rf"|(?:{_H}:){{7}}{_H}"
    rf"|(?:{_H}:){{1,6}}:(?:{_H}(?::{_H}){{0,5}})?"
    rf"|::(?:{_H}(?::{_H}){{0,6}})"
    rf")(?![\w:])",
    _I,
)
# Six octets with ":" or "-", or three groups of four hex digits with "." (Cisco).
# "bt address on the cuff is 25a87a84767d": twelve hex digits run together, where the text
# speaks of a hardware address.
_BARE_MAC_RE = re.compile(r"(?<![\w:=-])[0-9a-f]{12}(?![\w:-])", _I)
_MAC_CUE_RE = re.compile(r"\b(?:mac|bt|bluetooth|ble|hardware|wifi|wi-fi)\b", _I)
MAC_RE = re.compile(
    r"\b[0-9a-f]{2}([:-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}\b"
    r"|\b[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}\b",
    _I,
)
# "007 - 94 - 8598": a dash with a space either side is one separator too.
SSN_RE = re.compile(
    r"(?<!\d)(?<!\d[-.])(\d{3})(\s[-\u2013]\s|[- .\u2013])(\d{2})\2(\d{4})(?!\d|[-.]\d)"
)


# Written out against harvesting: "solveig62 at q dot com", "jo [at] mail [dot] de".
SPELLED_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*(?:\s+at\s+|\s*\[at\]\s*|\s*\(at\)\s*)"
    r"[A-Za-z0-9-]+(?:(?:\s+dot\s+|\s*\[dot\]\s*|\s*\(dot\)\s*|\.)[A-Za-z0-9-]+)*"
    r"(?:\s+dot\s+|\s*\[dot\]\s*|\s*\(dot\)\s*)(?:com|org|net|edu|gov|[a-z]{2})\b",
    _I,
)


_EMAIL_CUE_RE = re.compile(r"\b(?:e-?mail|mail|courriel|correo|address|contact|reach)", _I)


def find_email(text: str) -> Iterator[Candidate]:
    for m in EMAIL_RE.finditer(text):
        yield Candidate(m.start(), m.end(), "EMAIL", 1.0)
    if "dot" in text.lower():
        for m in SPELLED_EMAIL_RE.finditer(text):
            if _EMAIL_CUE_RE.search(text, 0, m.start()):
                yield Candidate(m.start(), m.end(), "EMAIL", 0.9)


# Top-level domains that are also words: "dicom.store", "kb.page" in a log line that speaks in
# key=value pairs is an event name; a host there has a scheme, "www." or a path.
_WORD_TLD_RE = re.compile(
    r"^[a-z0-9-]+\.(?:name|pro|app|dev|page|blog|shop|store|health|care|clinic|online|site|"
    r"social|link|tech|news|family|life|club|info)$",
    _I,
)
_KEY_VALUE_RE = re.compile(r"\b[A-Za-z_]\w*=\S")


# Where a record points at a code system or a standard, not at a person: "system":
# "http://loinc.org", "http://www.nlm.nih.gov/research/umls/rxnorm", "http://hl7.org/fhir/...".
_STANDARDS_URL_RE = re.compile(
    r"^https?://(?:www\.)?(?:loinc\.org|snomed\.info|hl7\.org|terminology\.hl7\.org|"
    r"unitsofmeasure\.org|nlm\.nih\.gov|fhir\.org|cdc\.gov/nchs|www\.ama-assn\.org|"
    r"ama-assn\.org|who\.int|fdasis\.nlm\.nih\.gov|ncimeta\.nci\.nih\.gov)(?:[/:#?]|$)",
    re.IGNORECASE,
)
# A server's own listening address ("Listening at: http://0.0.0.0:8000"), a Unix socket's
# route: no query, and no path but a route's.
_LOCAL_URL_RE = re.compile(
    r"^https?://(?:(?:0\.0\.0\.0|127\.0\.0\.1|localhost|\[::1?\])(?::\d{1,5})?/?"
    r"|unix:/[\w./-]+\.sock:/[\w/.-]*)$",
    re.IGNORECASE,
)


def not_a_persons_url(url: str) -> bool:
    """A code system's or the server's own address, with no query: no person in it."""
    return "?" not in url and bool(_STANDARDS_URL_RE.match(url) or _LOCAL_URL_RE.match(url))


# What every URL has somewhere: a scheme, "www." or a dot before a letter. A line without one
# is not scanned (the pattern tries a host name at every letter).
_URL_HINT_RE = re.compile(r"://|www\.|\.[a-z]", re.IGNORECASE)


_SYSTEM_KEY_BEFORE_RE = re.compile(r"[\"']?system[\"']?\s*[:=]\s*[\"']?$")


def find_url(text: str) -> Iterator[Candidate]:
    if not _URL_HINT_RE.search(text):
        return
    for m in URL_RE.finditer(text):
        if not_a_persons_url(m.group()) or (
            "?" not in m.group()
            and _SYSTEM_KEY_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        ):
            continue  # '"system":"https://sjvhealth.example/mrn"': an identifier's namespace
        if text[m.end() : m.end() + 1] == "=" and "/" not in m.group():
            continue  # "ocr.name=...": a dotted log key, not a host
        if _WORD_TLD_RE.match(m.group()) and _KEY_VALUE_RE.search(text):
            continue  # "dicom.store PatientID=...": an event name
        yield Candidate(m.start(), m.end(), "URL", 0.9)


def find_ip(text: str) -> Iterator[Candidate]:
    # An IPv4 address has its dots and an IPv6 one its colons: most chat has neither.
    for m in IPV4_RE.finditer(text) if "." in text else ():
        if (
            not _NOT_A_HOST_RE.match(m.group())
            and not VERSION_BEFORE_RE.search(text[max(0, m.start() - 20) : m.start()])
            # "Chrome/122.0.0.0": a product's version after its name
            and not re.search(r"[A-Za-z]/$", text[max(0, m.start() - 2) : m.start()])
        ):
            yield Candidate(m.start(), m.end(), "IP_ADDRESS", 0.95)
    for m in IPV6_RE.finditer(text) if ":" in text else ():
        value = m.group()
        # "::" alone or a clock time is not an address; a real one has hex or several groups.
        if value.count(":") >= 2 and (len(value) >= 6 or value.startswith("::")):
            yield Candidate(m.start(), m.end(), "IP_ADDRESS", 0.95)
    if _MAC_CUE_RE.search(text):
        for m in _BARE_MAC_RE.finditer(text):
            value = m.group()
            if sum(ch.isdigit() for ch in value) >= 3 and sum(ch.isalpha() for ch in value) >= 2:
                yield Candidate(m.start(), m.end(), "DEVICE_ID", 0.8)
    for m in MAC_RE.finditer(text):
        value = m.group()
        if "." in value and not (re.search(r"\d", value) and re.search(r"[a-f]", value, _I)):
            continue  # "1234.5678.9012" is a number, a MAC in dots has hex letters
        yield Candidate(m.start(), m.end(), "DEVICE_ID", 0.95)


def valid_ssn(area: str, group: str, serial: str) -> bool:
    """The Social Security Administration never issues area 000, 666 or 900-999, group 00 or
    serial 0000."""
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


# "my ssn is 538-61 0504": separators that do not agree, after a word that says SSN.
_MIXED_SSN_RE = re.compile(r"(?<![\d-])(\d{3})[- .](\d{2})[- .](\d{4})(?!\d|[-.]\d)")
_SSN_CUE_RE = re.compile(r"\b(?:ssn|ss#|social(?:\s+security)?)\b[^\d]{0,20}$", _I)


def find_ssn(text: str) -> Iterator[Candidate]:
    for m in SSN_RE.finditer(text):
        if valid_ssn(m.group(1), m.group(3), m.group(4)) or (
            # "912-74-3310": an ITIN (area 9xx), written the way an SSN is
            m.group(2).strip() == "-" and m.group(1)[0] == "9" and m.group(3) != "00"
        ):
            yield Candidate(m.start(), m.end(), "SSN", 0.95)
    for m in _MIXED_SSN_RE.finditer(text):
        if valid_ssn(*m.groups()) and _SSN_CUE_RE.search(text[max(0, m.start() - 40) : m.start()]):
            yield Candidate(m.start(), m.end(), "SSN", 0.9)
