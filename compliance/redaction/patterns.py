"""Pattern detectors: identifiers with a shape (and, where the shape is not enough, a context word).

Each detector is a function ``text -> Iterable[Candidate]``. They are pure Python with no model
behind them, fast enough for every log line, and the full tier runs them too (wrapped as
Presidio recognizers), so a detector fixed here is fixed in both tiers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from compliance.redaction.spans import Candidate

Detector = Callable[[str], Iterable[Candidate]]

_I = re.IGNORECASE

STATE_ABBRS = [
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
    "PR",
]
STATE_NAMES = [
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "puerto rico",
]  # fmt: skip
STATE_RE = r"(?:" + "|".join(STATE_NAMES) + "|" + "|".join(STATE_ABBRS) + r")\.?"

# --- e-mail, URL, IP, MAC -----------------------------------------------------------------

EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b"
)
_TLDS = "com|org|net|edu|gov|io|co|us|info|health|me|ly|app|dev|biz|care|clinic|online|site"
URL_RE = re.compile(
    r"\b(?:https?|ftp)://[^\s<>\"'`\])}]+"
    r"|\bwww\.[^\s<>\"'`\])}]+"
    r"|(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:"
    + _TLDS
    + r")\b(?:/[^\s<>\"'`\])}]*)?",
    _I,
)
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4_RE = re.compile(rf"(?<![\d.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\d.]*\d)")
_H = r"[0-9a-f]{1,4}"
IPV6_RE = re.compile(
    rf"(?<![\w:])(?:(?:{_H}:){{7}}{_H}|(?:{_H}:){{1,6}}:(?:{_H}(?::{_H}){{0,5}})?|::(?:{_H}(?::{_H}){{0,6}}))(?![\w:])",
    _I,
)
MAC_RE = re.compile(r"\b[0-9a-f]{2}(?:([:-])[0-9a-f]{2})(?:\1[0-9a-f]{2}){4}\b", _I)


def find_email(text: str) -> Iterator[Candidate]:
    for m in EMAIL_RE.finditer(text):
        yield Candidate(m.start(), m.end(), "EMAIL", 1.0)


def find_url(text: str) -> Iterator[Candidate]:
    for m in URL_RE.finditer(text):
        yield Candidate(m.start(), m.end(), "URL", 0.9)


def find_ip(text: str) -> Iterator[Candidate]:
    for m in IPV4_RE.finditer(text):
        yield Candidate(m.start(), m.end(), "IP_ADDRESS", 0.95)
    for m in IPV6_RE.finditer(text):
        value = m.group()
        # "::" alone or a clock time is not an address; a real one has hex or several groups.
        if value.count(":") >= 2 and (len(value) >= 6 or value.startswith("::")):
            yield Candidate(m.start(), m.end(), "IP_ADDRESS", 0.95)
    for m in MAC_RE.finditer(text):
        yield Candidate(m.start(), m.end(), "DEVICE_ID", 0.95)


# --- SSN, phone and fax -----------------------------------------------------------------

SSN_RE = re.compile(r"(?<!\d)(?<!\d-)\d{3}([- ])\d{2}\1\d{4}(?!\d)(?!-\d)")
PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}"
    r"(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?(?!\d)"
    r"|(?<![\w+])\+\d{1,3}(?:[\s.-]\d{1,4}){2,5}(?!\d)"
    r"|(?<![\w+])\+?1?[2-9]\d{9}(?!\d)",
    _I,
)
_PHONE_WORDS = re.compile(
    r"\b(?:fax\w*|facsimile|phone|tel|telephone|cell|mobile|call\w*|text|txt|ph|number|reach|"
    r"contact|at|sms|whatsapp|dial|pager|voicemail|landline)\b(?:\W+\w+){0,2}\W*$",
    _I,
)
_FAX_BEFORE = re.compile(
    r"\b(?:fax|facsimile|f)\b[^0-9]{0,25}$|\bfax\w*\W{0,3}(?:\w+\W+){0,4}$", _I
)
_PHONE_BEFORE = re.compile(r"\b(?:phone|tel|cell|mobile|call|text|ph|p)\b[^0-9]{0,12}$", _I)
_FAX_AFTER = re.compile(r"^\s*\(?fax\b", _I)


def _phone_label(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 40) : start]
    fax = _FAX_BEFORE.search(before)
    phone = _PHONE_BEFORE.search(before)
    if _FAX_AFTER.match(text[end : end + 8]):
        return "FAX"
    if fax and (not phone or fax.start() > phone.start()):
        return "FAX"
    return "PHONE"


def find_ssn_phone(text: str) -> Iterator[Candidate]:
    for m in SSN_RE.finditer(text):
        yield Candidate(m.start(), m.end(), "SSN", 0.95)
    for m in PHONE_RE.finditer(text):
        value = m.group()
        digits = sum(ch.isdigit() for ch in value)
        if digits < 10:
            continue
        bare = value.isdigit() or (value[0] == "+" and value[1:].isdigit())
        # A bare run of ten digits is a phone only when something says so; otherwise it is
        # left to the id detectors (MRN, account) and their context words.
        if bare and not _PHONE_WORDS.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        yield Candidate(m.start(), m.end(), _phone_label(text, m.start(), m.end()), 0.9)


# --- dates and ages -----------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
DATE_RE = re.compile(
    "|".join(
        [
            rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?",  # March 5th, 2021
            rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?(?![a-z])",  # 5 March 2021
            rf"\b{_MONTH}\s*,?\s+{_YEAR}\b",  # March 2021
            rf"\b(?:0?[1-9]|1[0-2])([/.-])(?:0?[1-9]|[12]\d|3[01])\1(?:{_YEAR}|\d{{2}})(?![\d/.-]*\d)",
            rf"\b(?:1[3-9]|2\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\2{_YEAR}\b",  # 25/12/2021
            rf"\b{_YEAR}([/.-])(?:0?[1-9]|1[0-2])\3(?:0?[1-9]|[12]\d|3[01]){_TIME}(?![\d])",
            rf"\b\d{{1,2}}/{_MONTH}/{_YEAR}(?::\d{{2}}:\d{{2}}:\d{{2}})?",  # 05/Mar/2024:10:22:01
        ]
    ),
    _I,
)
_SHORT_DATE_RE = re.compile(r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/])")
_SHORT_DATE_CONTEXT = re.compile(
    r"\b(?:on|since|from|until|till|by|dob|date|born|admitted|discharged|seen|appt|"
    r"appointment|visit|surgery|due|scheduled|last|next|before|after)\b[^\n]{0,12}$",
    _I,
)
_NOT_AFTER_SHORT_DATE = re.compile(r"^\s*(?:tab|tablet|cap|pill|dose|of|mg|ml|strength)", _I)
_MAY_VERB = re.compile(r"\bmay\s+\d", _I)


def find_date(text: str) -> Iterator[Candidate]:
    for m in DATE_RE.finditer(text):
        value = m.group()
        # "may 2 of us come" is rare; "you may 5" is not a date either, but "may 5" is.
        if value[:3].lower() == "may" and not re.search(r"\d", value):
            continue
        yield Candidate(m.start(), m.end(), "DATE", 0.9)
    for m in _SHORT_DATE_RE.finditer(text):
        if _SHORT_DATE_CONTEXT.search(text[max(0, m.start() - 25) : m.start()]) and not (
            _NOT_AFTER_SHORT_DATE.match(text[m.end() : m.end() + 10])
        ):
            yield Candidate(m.start(), m.end(), "DATE", 0.7)


_AGE = r"(?:9\d|1[01]\d)"
AGE_RES = [
    re.compile(rf"\b({_AGE})(?=[\s-]*(?:years?|yrs?|y/?o\b|y\.o\.|yo\b|year-old|yr-old))", _I),
    re.compile(rf"\b(?:aged?|age\s*[:=]|age\s+is|aged\s*[:=])\s*({_AGE})\b", _I),
    re.compile(
        rf"\b(?:i am|i'm|im|she is|he is|she's|he's|turned|turning|turns|is now)\s+({_AGE})\b"
        r"(?!\s*(?:%|mg|lbs?|kg|pounds|percent|bpm|/|\.\d|degrees|minutes|min|dollars))",
        _I,
    ),
    re.compile(rf"\b({_AGE})\s*(?:yo|y/o|[MF])\b(?![-/])"),
]


def find_age(text: str) -> Iterator[Candidate]:
    for pattern in AGE_RES:
        for m in pattern.finditer(text):
            yield Candidate(m.start(1), m.end(1), "AGE_OVER_89", 0.9)


# --- addresses, cities, ZIP codes ---------------------------------------------------------

_STRONG_SUFFIX = (
    r"street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|"
    r"terrace|ter|parkway|pkwy|highway|hwy|circle|cir|way|trail|trl|square|sq|plaza|pike|"
    r"alley|route|rte|expressway|expy|turnpike|tpke|freeway|fwy|broadway"
)
_WEAK_SUFFIX = (
    r"park|run|point|view|hill|hills|walk|path|loop|row|ridge|heights|hts|cove|creek|glen|"
    r"grove|harbor|landing|commons|meadow|meadows|crossing|xing|bend|green|gardens?|estates"
)
_UNIT = (
    r"(?:apt|apartment|unit|suite|ste|fl|floor|room|rm|bldg|building|#)\.?\s*#?\s*[a-z0-9-]{1,6}"
)
_ADDRESS_TEMPLATE = (
    rf"\b\d{{1,6}}[a-z]?(?:-\d{{1,4}})?\s+"
    rf"(?P<words>(?:(?:[nsew]|north|south|east|west|ne|nw|se|sw)\.?\s+)?"
    rf"(?:(?:\d{{1,3}}(?:st|nd|rd|th)|[a-z][a-z'.-]*)\s+){{0,3}}?)"
    r"(?P<suffix>SUFFIX)\b\.?"
    rf"(?:\s+(?:[nsew]|north|south|east|west|ne|nw|se|sw)\b\.?)?"
    rf"(?:\s*,?\s*{_UNIT}\b)?"
)
# Strong suffixes first, so "520 grove rd" is not cut at "grove".
ADDRESS_RES = [
    re.compile(_ADDRESS_TEMPLATE.replace("SUFFIX", _STRONG_SUFFIX), _I),
    re.compile(_ADDRESS_TEMPLATE.replace("SUFFIX", _WEAK_SUFFIX), _I),
]
PO_BOX_RE = re.compile(r"\b(?:p\.?\s?o\.?\s*box|post office box)\s*#?\s*\d+\b", _I)
_NOT_STREET_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "down",
        "up",
        "into",
        "onto",
        "over",
        "my",
        "your",
        "his",
        "her",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "more",
        "less",
        "times",
        "time",
        "minutes",
        "minute",
        "hours",
        "hour",
        "days",
        "day",
        "weeks",
        "week",
        "months",
        "years",
        "blocks",
        "block",
        "miles",
        "mile",
        "feet",
        "tablets",
        "tablet",
        "pills",
        "pill",
        "mg",
        "ml",
        "units",
        "doses",
        "and",
        "or",
        "but",
        "is",
        "was",
        "are",
        "be",
        "it",
        "its",
        "me",
        "him",
        "them",
        "us",
        "you",
        "i",
        "we",
        "they",
        "all",
        "any",
        "some",
        "each",
        "per",
        "every",
        "across",
        "along",
        "around",
        "near",
        "past",
        "via",
    ]
)
_WEAK_SUFFIX_RE = re.compile(rf"^(?:{_WEAK_SUFFIX})$", _I)
CITY_STATE_RE = re.compile(
    rf",\s*(?P<state>{STATE_RE})(?=\s+\d{{5}}|\s*$|\s*[,.;)\n]|\s+(?:usa|us)\b)", _I
)
CITY_CONTEXT_RE = re.compile(
    r"\b(?:live|living|lives|lived|reside|residing|resides|moved|moving|move|located|based|"
    r"staying|relocated|relocating)(?:\s+(?:alone|together|here|now|with\s+\w+))?"
    r"\s+(?:in|to|at|near|outside(?:\s+of)?|back\s+to)\s+"
    r"|\b(?:city|town|village|county)\s+of\s+|\bhometown\s+(?:is\s+)?",
    _I,
)
ZIP_RE = re.compile(r"(?<![\w-])\d{5}(?:-\d{4})?(?![\w-])")
_ZIP_CONTEXT = re.compile(
    rf"(?:\b(?:zip|zipcode|zip code|postal code|postcode)\W{{0,4}}|\b{STATE_RE},?\s+)$", _I
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019.-][^\W\d_]+)*\.?")
# Place-name endings that are ordinary words too: "oklahoma city", "palm springs".
_PLACE_ENDINGS = frozenset(
    [
        "city",
        "town",
        "beach",
        "springs",
        "falls",
        "heights",
        "park",
        "lake",
        "lakes",
        "valley",
        "hills",
        "village",
        "grove",
        "harbor",
        "port",
        "junction",
        "creek",
        "island",
        "point",
        "rapids",
        "bluffs",
        "center",
        "centre",
        "mills",
        "station",
    ]
)
# After a street address, the city needs no comma before "state zip": "5 elm st #7 billings ga
# 02156".
_CITY_AFTER_STREET_RE = re.compile(
    r"\s*,?\s*(?P<city>[^\W\d_][^\W\d_'.-]*(?:\s+[^\W\d_][^\W\d_'.-]*){0,2}?)"
    rf"\s*,?\s+{STATE_RE}\s+\d{{5}}(?:-\d{{4}})?(?![\w-])",
    _I,
)


def find_address(text: str) -> Iterator[Candidate]:
    for m in (m for pattern in ADDRESS_RES for m in pattern.finditer(text)):
        words = m.group("words").split()
        if any(w.lower().strip(".") in _NOT_STREET_WORDS for w in words):
            # "5 minutes down the road": a street name is not made of function words.
            continue
        if _WEAK_SUFFIX_RE.match(m.group("suffix")) and not (
            words and all(w[0].isupper() for w in words)
        ):
            continue
        yield Candidate(m.start(), m.end(), "ADDRESS", 0.85)
    for m in PO_BOX_RE.finditer(text):
        yield Candidate(m.start(), m.end(), "ADDRESS", 0.85)


def _words_back(text: str, end: int, limit: int, stop: frozenset[str]) -> int | None:
    """Start of up to ``limit`` place-name words ending at ``end``, stopping at ordinary words."""
    start = None
    pos = end
    for _ in range(limit):
        segment = text[max(0, pos - 40) : pos]
        m = re.search(r"([^\W\d_][^\W\d_'.-]*)\s*$", segment)
        if not m:
            break
        word = m.group(1)
        if word.lower() in stop:
            break
        start = pos - len(segment) + m.start(1)
        pos = start
        if pos > 0 and text[pos - 1] not in " -":
            break
    return start


def find_city_zip(text: str, *, function_words: frozenset[str]) -> Iterator[Candidate]:
    for m in CITY_STATE_RE.finditer(text):
        start = _words_back(text, m.start(), 3, function_words)
        if start is not None:
            yield Candidate(start, m.start(), "CITY", 0.75)
    for m in CITY_CONTEXT_RE.finditer(text):
        end = m.end()
        taken = 0
        for w in _WORD_RE.finditer(text, m.end()):
            if w.start() != end + (1 if taken else 0) and not (taken == 0 and w.start() == end):
                break
            folded = w.group().lower().strip(".")
            capitalised = w.group()[0].isupper() and not text.isupper()
            if taken == 3 or (
                folded in function_words
                and not (taken and folded in _PLACE_ENDINGS)
                and not (capitalised and text != text.lower())
            ):
                break
            end = w.end()
            taken += 1
        if taken:
            yield Candidate(m.end(), end, "CITY", 0.7)
    for street in (m for pattern in ADDRESS_RES for m in pattern.finditer(text)):
        m = _CITY_AFTER_STREET_RE.match(text, street.end())
        if m:
            yield Candidate(m.start("city"), m.end("city"), "CITY", 0.75)
    for m in ZIP_RE.finditer(text):
        if "-" in m.group() or _ZIP_CONTEXT.search(text[max(0, m.start() - 30) : m.start()]):
            yield Candidate(m.start(), m.end(), "ZIP", 0.85)
