"""Cities and ZIP codes, found by where they stand.

- after a street address: "..., Apt 3R San Luis Obispo 26554", "... Rd, Bismarck, Ore. 85286"
  (the city runs from the address to a state or a ZIP code);
- before a state: "Worcester, MA", "Coeur d'Alene, Calif.";
- after words that say a place follows: "lives in", "moved to", "city of";
- ZIP codes after a state, after "zip code (is)", or with their "-1234" (ZIP+4; nine digits run
  together only after a state).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction import lexicon
from compliance.redaction.addresses import street_addresses
from compliance.redaction.gazetteer import above_a_city, fold, us_cities
from compliance.redaction.lowercase import lower_case_form, lower_text
from compliance.redaction.names.romance import reads_romance, romance_words
from compliance.redaction.spans import Candidate
from compliance.redaction.states import STATE_RE

_I = re.IGNORECASE

CITY_STATE_RE = re.compile(
    rf",\s*(?P<state>{STATE_RE})(?=\s+\d{{5}}|\s*$|\s*[,.;)\n]|\s+(?:usa|us)\b)"
    rf"|,\s*(?P<postal>(?-i:[A-Z]{{2}}))(?=\s+(?:at|with|on|in|for|and|since|until|from)\b)",
    _I,
)
CITY_CONTEXT_RE = re.compile(
    r"\b(?:live|living|lives|lived|reside|residing|resides|moved|moving|move|located|based|"
    r"staying|relocated|relocating|born|raised|grew\s+up|visiting)"
    # "lives w/ son Ivy in Paradise": who the person lives with, then the place.
    r"(?:\s+(?:alone|together|here|now|(?:with|w/)(?:\s+\w+){1,3}?|out))?"
    r"\s+(?:in|to|at|near|outside(?:\s+of)?|back\s+to)\s+"
    r"|\b(?:city|town|village|county)\s+of\s+|\bhometown\s+(?:is\s+)?"
    # "recently arrived from", "moving back to X from Y"
    r"|\b(?:arrived|arriving|came|coming|returned|returning|moved|moving|relocated|relocating|"
    r"transferred|transferring|flew|flying|travel(?:l?ed|l?ing)?)(?:\s+(?:back|here|over|in))?"
    r"\s+from\s+"
    # Spanish and French: "estamos en", "vivo en", "j'habite à", "nous sommes à"
    r"|\b(?:estamos|estoy|vivo|vive|viven|vivimos|viv\u00eda|resido|reside|me\s+mud[e\u00e9]|"
    r"nos\s+mudamos)\s+(?:en|a)\s+"
    # French "en" after these is a state ("je suis en vacances"): only "à" names a place.
    r"|\b(?:j['\u2019]habite|habite|habitons|nous\s+sommes|je\s+suis|on\s+est|vit|vivent)"
    r"\s+(?:\u00e0|au)\s+",
    _I,
)
_CITY_CONTEXT_LOWER = lower_case_form(CITY_CONTEXT_RE)
_FROM_AFTER_RE = re.compile(r"\s+from\s+", _I)
# "still at the arequipa office": a place name between "the" and a branch word.
_BRANCH_RE = re.compile(
    r"\b(?:at|to|from|in)\s+the\s+(?P<city>[^\W\d_][\w'\u2019-]+(?:\s+[^\W\d_][\w'\u2019-]+)?)"
    r"\s+(?:office|clinic|location|branch|campus|site)\b",
    _I,
)
_BRANCH_WORD_RE = re.compile(r"office|clinic|location|branch|campus|site")
ZIP_RE = re.compile(r"(?<![\w-])\d{5}(?:-\d{4}|\d{4})?(?![\w-])")
_ZIP_CONTEXT = re.compile(
    rf"(?:\b(?:zip\d?|zipcode|zip\s+code|postal\s+code|postcode)(?:\s+(?:is|was|of))?\W{{0,4}}"
    rf"|\b{STATE_RE},?\s+)$",
    _I,
)
_STATE_BEFORE_RE = re.compile(rf"\b{STATE_RE},?\s+$", _I)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019.-][^\W\d_]+)*\.?")
# Place-name endings that are ordinary words too: "oklahoma city", "palm springs".
_PLACE_ENDINGS = frozenset(
    [
        "city", "town", "beach", "springs", "falls", "heights", "park", "lake", "lakes", "valley",
        "hills", "village", "grove", "harbor", "port", "junction", "creek", "island", "point",
        "rapids", "bluffs", "center", "centre", "mills", "station"
    ]
)  # fmt: skip
_ZIP = r"(?<![\w-])\d{5}(?:-?\d{4})?(?![\w-])"
# Canadian and UK postcodes, in capitals: "K1A 0B1", "SW1A 1AA", "QZ12 7PG".
_POSTCODE = r"(?-i:\b(?:[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b)"
POSTCODE_RE = re.compile(_POSTCODE)
# The parts of an address may also be fields of a pipe-separated line ("street|city|zip").
_AFTER_STREET_RE = re.compile(
    r"(?:\s*[,|]?\s*(?P<city>[^\W\d_](?:[^\W\d_]|['\u2019.-])*(?:\s+[^\W\d_](?:[^\W\d_]|['\u2019.-])*){0,2}?))?"
    rf"(?:\s*[,|]?\s+(?P<state>{STATE_RE})(?:\s*[,|]?\s*(?P<zip>{_ZIP}|{_POSTCODE}))?"
    rf"|\s*[,|]?\s*(?P<zip2>{_ZIP}|{_POSTCODE}))",
    _I,
)
# "..., Alliance. Retired welder": in cased text, capitalised words that end the clause after
# a street address are its town.
_CAPITALISED_TOWN_AFTER_RE = re.compile(
    r"\s*,\s*(?P<city>[A-Z][^\W\d_]+(?:['\u2019-][^\W\d_]+)*(?:\s+[A-Z][^\W\d_]+){0,2})"
    r"(?=\s*(?:[.;)\n\"']|$))"
)


_LISTED_CITY_AFTER_RE = re.compile(
    r"\s*,?\s*(?P<city>[^\W\d_](?:[^\W\d_]|['\u2019.-])*(?:\s+[^\W\d_](?:[^\W\d_]|['\u2019.-])*){0,2}?)"
    r"(?=\s*(?:[,;.)\n]|$|\s+(?:on|in|at|by|so|and|for|since|until|with|from)\b))"
)


def _words_back(text: str, end: int, limit: int, stop: frozenset[str]) -> int | None:
    """Start of up to ``limit`` place-name words ending at ``end``, stopping at ordinary words."""
    start = None
    pos = end
    for _ in range(limit):
        segment = text[max(0, pos - 40) : pos]
        m = re.search(r"([^\W\d_](?:[^\W\d_]|['\u2019.-])*)\s*$", segment)
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


# State codes that are Spanish words in lower case.
_ROMANCE_STATE_WORDS = frozenset(["la", "de", "al", "me", "pa"])


def _after_street(text: str, end: int, function_words: frozenset[str]) -> Iterator[Candidate]:
    """The city, state and ZIP code after a street address, when a state or a ZIP ends them."""
    m = _AFTER_STREET_RE.match(text, end)
    if (
        m
        and m.group("state") in _ROMANCE_STATE_WORDS
        and not m.group("zip")
        and reads_romance(text)
    ):
        m = None  # "bo. toíta y le tomaron la presión": "la" is no Louisiana in Spanish
    if not m:
        # "..., lansing on october 6": no state or ZIP, but a listed city right after.
        city = _LISTED_CITY_AFTER_RE.match(text, end)
        if city and fold(city.group("city")) in us_cities():
            yield Candidate(city.start("city"), city.end("city"), "CITY", 0.75)
        elif text != text.lower() and (town := _CAPITALISED_TOWN_AFTER_RE.match(text, end)):
            yield Candidate(town.start("city"), town.end("city"), "CITY", 0.7)
        return
    city = m.group("city")
    if city and not any(w.lower() in function_words for w in city.split()):
        yield Candidate(m.start("city"), m.end("city"), "CITY", 0.75)
    zip_group = "zip" if m.group("zip") else "zip2"
    if m.group(zip_group):
        yield Candidate(m.start(zip_group), m.end(zip_group), "ZIP", 0.85)


def _city_after_cue(text: str, m: re.Match, function_words: frozenset[str]) -> int:
    """End of up to three place words after a cue ("lives in oklahoma city"), or the cue's
    end when there are none."""
    end = m.end()
    for taken, w in enumerate(_WORD_RE.finditer(text, m.end())):
        if w.start() != end + (1 if taken else 0) and not (taken == 0 and w.start() == end):
            break
        folded = w.group().lower().strip(".")
        capitalised = w.group()[0].isupper() and not text.isupper()
        if not capitalised and folded in romance_words():
            break  # "estamos en casa", "je suis à la maison"
        if taken == 3 or (
            folded in function_words
            and not (taken and folded in _PLACE_ENDINGS)
            and not (capitalised and text != text.lower())
        ):
            break
        end = w.end()
    return end


# A day or a month is no place ("moved to Thursday"), nor two capitals ("L AC, NS": the
# antecubital fossa; a state's code is read as a state, not as a city).
_NOT_CITY_RE = re.compile(
    r"(?i:(?:mon|tues?|wednes|thurs?|fri|satur|sun)(?:day)?|january|february|march|april|"
    r"june|july|august|september|october|november|december|room|rm|suite|unit|bed|bay|ward|"
    r"floor)|[A-Z]{1,2}"
)


def find_city_zip(text: str, *, function_words: frozenset[str]) -> Iterator[Candidate]:
    for c in _find_city_zip(text, function_words=function_words):
        value = text[c.start : c.end]
        # "returned from Guatemala": a country is above a state, no identifier.
        if c.label != "CITY" or not (
            _NOT_CITY_RE.fullmatch(value) or above_a_city(text, c.start, c.end)
        ):
            yield c


# State codes that are also credentials after a name: "Flann Mannion, MD", "K. Rao, PA".
_CREDENTIAL_STATES = frozenset(["MD", "PA", "MA", "DC", "ND"])
_ROLE_BEFORE_RE = re.compile(
    r"(?:attending|resident|fellow|provider|pcp|physician|surgeon|author|referring|ordering|"
    r"consultant|cc|by|dr\.?|signed|seen\s+(?:by|with))\s*:?\s*$",
    _I,
)


_PLACE_WORD_BEFORE_RE = re.compile(r"\b(?:in|to|from|near|at|of|visiting|outside)\s+$", _I)


def _credential_after_name(text: str, start: int, m: re.Match) -> bool:
    """ "Attending: Flann Mannion, MD": a credential after a person, not a city in Maryland."""
    if m.group("state") not in _CREDENTIAL_STATES or re.match(r"\s+\d{5}", text[m.end() :]):
        return False
    before = text[max(0, start - 24) : start]
    if _ROLE_BEFORE_RE.search(before):
        return True
    first = text[start : m.start()].split()[0].strip(".,").lower()
    return first in lexicon.first_names() and not _PLACE_WORD_BEFORE_RE.search(before)


def _find_city_zip(text: str, *, function_words: frozenset[str]) -> Iterator[Candidate]:
    for m in CITY_STATE_RE.finditer(text):
        start = _words_back(text, m.start(), 3, function_words)
        if start is not None and (m.group("state") or text[start].isupper()):
            if _credential_after_name(text, start, m):
                continue
            yield Candidate(start, m.start(), "CITY", 0.75)
    lowered = lower_text(text)
    contexts = (
        CITY_CONTEXT_RE.finditer(text) if lowered is None else _CITY_CONTEXT_LOWER.finditer(lowered)
    )
    for m in contexts:
        end = _city_after_cue(text, m, function_words)
        if end > m.end():
            yield Candidate(m.end(), end, "CITY", 0.7)
            # "moving back to hannibal from kharkiv": the place moved from, too.
            if (after := _FROM_AFTER_RE.match(text, end)) and (
                more := _city_after_cue(text, after, function_words)
            ) > after.end():
                yield Candidate(after.end(), more, "CITY", 0.7)
    branches = (
        _BRANCH_RE.finditer(text)
        if lowered is None or (" the " in lowered and _BRANCH_WORD_RE.search(lowered))
        else ()
    )
    for m in branches:
        words = m.group("city").lower().split()
        plain = any(w in function_words or w in lexicon.common_words() for w in words)
        # "the Paris office", not "retired from the post office" (Post, TX, in lower case).
        if not plain or (fold(m.group("city")) in us_cities() and m.group("city")[:1].isupper()):
            yield Candidate(m.start("city"), m.end("city"), "CITY", 0.7)
    for _, street_end in street_addresses(text):
        yield from _after_street(text, street_end, function_words)
    for m in ZIP_RE.finditer(text):
        value = m.group()
        if "-" in value or _ZIP_CONTEXT.search(text[max(0, m.start() - 30) : m.start()]):
            if len(value) == 9 and not _STATE_BEFORE_RE.search(
                text[max(0, m.start() - 30) : m.start()]
            ):
                continue  # nine digits are a ZIP+4 only after a state
            yield Candidate(m.start(), m.end(), "ZIP", 0.85)
    for m in POSTCODE_RE.finditer(text):
        if _ZIP_CONTEXT.search(text[max(0, m.start() - 30) : m.start()]):
            yield Candidate(m.start(), m.end(), "ZIP", 0.8)
