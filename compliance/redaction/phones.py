"""Telephone and fax numbers: a grammar of how they are written, and the words that say so.

- North American numbers: an optional country code ("+1", "1"), the area code in brackets or
  not, and any of " ", ".", "-" or nothing between the groups: "(555) 010-2233",
  "555/010-2233" (a slash after the area code),
  "555.010.2233", "(555)0102233", "555-0102233", "+1-555-010-2233", "1.555.010.2233";
- an extension after any of them: "x123", "ext. 42", "extension 7", "#12";
- international numbers after "+": "+44 7700 900093", "+55 11 93323-4993", "+82 10-9818-5898";
- seven-digit local numbers ("860-3864") and ten digits run together ("5550102233") only when
  a word before or after says it is a number ("cell", "fax", "call", "(cell)"), or, for ten
  digits, when they are a valid North American number (area code and exchange start with
  2-9) and no identifier word says they are something else.

A number is a fax when "fax" is the nearest of the two words before it, or follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction.spans import Candidate

_I = re.IGNORECASE

_EXT = r"(?:\s*(?:x|ext\.?|extension|#)\s*\d{1,5}|,{1,3}[\d*#]{1,8})?"  # ",,4915": a dialer pause
# A space, a dot, a hyphen or a typographic dash; or a dash with a space either side.
_S = r"(?:\s[-\u2010-\u2015]\s|[\s.\-\u2010-\u2015])"
_NANP_RE = re.compile(
    rf"(?<![\w+.-])(?:\+?1{_S}?)?(?:\(\d{{3}}\){_S}?|\d{{3}}(?:{_S}?|/))\d{{3}}{_S}?\d{{4}}"
    rf"(?![\w]|[.-]\d){_EXT}(?!\d)",
    _I,
)
_INTERNATIONAL_RE = re.compile(
    rf"(?<![\w+])\+(?!1\b)\d{{1,3}}(?:[\s.-]?\(?\d{{1,5}}\)?){{2,5}}(?![\w]|[.-]\d){_EXT}",
    _I,
)
# "0044 20 7946 0958": the international prefix dialled as 00, a space after the country code.
_DIALLED_00_RE = re.compile(
    rf"(?<![\w+.-])00[1-9]\d{{0,2}}(?:\s+\(?\d{{1,5}}\)?)(?:[\s.-]\(?\d{{1,5}}\)?){{1,4}}"
    rf"(?![\w]|[.-]\d){_EXT}",
    _I,
)
# Letters for digits ("1-800-FLOWERS", "(855) 4-MY-CARE"): capitals, a toll-free code or a word
# that says it is a number.
_VANITY_RE = re.compile(
    r"(?<![\w+.-])(?:1[-.\s])?(?P<area>\(?\d{3}\)?)[-.\s](?=[A-Z0-9-]*[A-Z]{3})"
    r"(?P<rest>[A-Z0-9](?:-?[A-Z0-9]){6,9})(?![\w-])"
)
# French numbers in five pairs: "06 73 09 50 73", "01.42.68.53.00".
_FRENCH_RE = re.compile(r"(?<![\w+.-])0[1-9](?P<sep>[ .-])\d{2}(?:(?P=sep)\d{2}){3}(?![\w]|[.-]\d)")
_TOLL_FREE = frozenset(["800", "833", "844", "855", "866", "877", "888"])
_LOCAL_RE = re.compile(r"(?<![\w+.-])[2-9]\d{2}[-.]\d{4}(?![\w]|[.-]\d)")
_PHONE_WORDS = re.compile(
    r"\b(?:fax\w*|facsimile|phone|tel|telephone|cell|mobile|call\w*|text|txt|ph|number|num|"
    r"reach|contact|at|sms|whatsapp|dial|pager|beeper|voicemail|vm|landline|line|use|"
    r"questions|callback|to|from|via|or)\b\W*$"
    r"|\b(?:fax|phone|cell|tel|number|line|call\w*)\b(?:\W+\w+){0,3}\W*$"
    r"|#\s*$",
    _I,
)
_PHONE_AFTER = re.compile(
    r"^\s*\(?(?:fax|cell|mobile|home|work|office|landline|h|c|w|m)\b\)?"
    r"|^\s+is\s+(?:disconnected|my|the|her|his|our|not|no\s+longer)\b",
    _I,
)
# A bare run of ten digits after one of these is an identifier, not a phone number.
_ID_WORDS = re.compile(
    r"\b(?:mrn|record|chart|acct|account|member|mbr|id|npi|dea|policy|claim|case|ref|order|"
    r"serial|sn|imei|license|licence|dl|group|grp|plan|invoice|confirmation|ticket|patient)"
    r"\b\W*(?:\w+\W+){0,2}$",
    _I,
)
_FAX_BEFORE = re.compile(
    r"\b(?:fax|facsimile|fx|f)\b[^0-9]{0,25}$|\bfax\w*\W{0,3}(?:\w+\W+){0,4}$", _I
)
_PHONE_BEFORE = re.compile(
    r"\b(?:phone|tel|cell|mobile|call|text|ph|p|questions)\b[^0-9]{0,12}$", _I
)
_FAX_AFTER = re.compile(r"^\s*\(?fax\b", _I)


def phone_label(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 40) : start]
    fax = _FAX_BEFORE.search(before)
    phone = _PHONE_BEFORE.search(before)
    if _FAX_AFTER.match(text[end : end + 8]):
        return "FAX"
    if fax and (not phone or fax.start() > phone.start()):
        return "FAX"
    return "PHONE"


def _said_to_be_a_number(text: str, start: int, end: int) -> bool:
    return bool(
        _PHONE_WORDS.search(text[max(0, start - 30) : start])
        or _PHONE_AFTER.match(text[end : end + 20])
    )


def _valid_nanp(digits: str) -> bool:
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    return len(digits) == 10 and digits[0] in "23456789" and digits[3] in "23456789"


def find_phone(text: str) -> Iterator[Candidate]:
    for m in _VANITY_RE.finditer(text):
        if m.group("area").strip("()") in _TOLL_FREE or _said_to_be_a_number(
            text, m.start(), m.end()
        ):
            yield Candidate(m.start(), m.end(), phone_label(text, m.start(), m.end()), 0.8)
    if sum(map(str.isdigit, text)) < 7:
        return
    for m in _NANP_RE.finditer(text):
        value = m.group()
        digits = re.sub(r"\D", "", value.split("x")[0].split("X")[0])
        number = re.sub(r"(?i)\s*(?:x|ext\.?|extension|#)\s*\d+$|,+[\d*#]+$", "", value)
        bare = number.lstrip("+").isdigit()
        if bare and not value.startswith("+"):
            # Ten digits run together: a phone number when something says so, or when it is a
            # valid North American number that no identifier word claims.
            if not _said_to_be_a_number(text, m.start(), m.end()) and (
                not _valid_nanp(digits)
                or _ID_WORDS.search(text[max(0, m.start() - 30) : m.start()])
            ):
                continue
            score = 0.5 if not _said_to_be_a_number(text, m.start(), m.end()) else 0.9
        else:
            score = 0.9
        yield Candidate(m.start(), m.end(), phone_label(text, m.start(), m.end()), score)
    for m in [*_INTERNATIONAL_RE.finditer(text), *_DIALLED_00_RE.finditer(text)]:
        digits = sum(ch.isdigit() for ch in m.group())
        if 8 <= digits <= 15:
            yield Candidate(m.start(), m.end(), phone_label(text, m.start(), m.end()), 0.9)
    for m in _FRENCH_RE.finditer(text):
        yield Candidate(m.start(), m.end(), phone_label(text, m.start(), m.end()), 0.8)
    for m in _LOCAL_RE.finditer(text):
        if _said_to_be_a_number(text, m.start(), m.end()):
            yield Candidate(m.start(), m.end(), phone_label(text, m.start(), m.end()), 0.8)
