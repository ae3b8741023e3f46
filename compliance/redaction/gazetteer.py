"""US cities by name: a gazetteer, read only where a place is expected.

A city name alone says little ("Mobile", "Independence", "Allen" are words and names), so a
listed city (``data/us_cities.txt``: US places of 5,000 people or more; ``data/us_towns.txt``:
towns of 500 or more whose name is not English words alone; GeoNames) is masked when something
around it says it is a place:

- before it: "in", "from", "to", "near", "at", "visiting", "city of", "(city", "->";
- after it: a facility ("Urgent Care", "Home Health", "nursing home", "location", "clinic",
  "hospital") or a state ("Decatur, GA").

City names that are also everyday words ("bend", "mobile", "union") need a capital in cased
text, or a facility or a state after them in lower-case chat. Months and weekdays are never
places ("in August").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from compliance.redaction import lexicon
from compliance.redaction.spans import Candidate
from compliance.redaction.states import STATE_NAMES, STATE_RE

_I = re.IGNORECASE
_DATA = Path(__file__).resolve().parent / "data"
_MAX_WORDS = 4
_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_BEFORE = re.compile(
    r"(?:\b(?:in|from|to|near|outside(?:\s+of)?|around|at|visiting|via|(?:city|town|village)"
    r"(?:\s+of)?)|->|\()\s*(?:the\s+)?$",
    _I,
)
_FACILITY = (
    r"\s+(?:urgent\s+care|home\s+health|nursing\s+home|clinic|hospital|medical|va\b|er\b|"
    r"emergency|memorial|regional|rehab|hospice|dialysis|family\s+practice|health\s+center|"
    # "Dodge City Cardiology": a practice named after its town.
    r"cardiology|oncology|orthop(?:a)?edics|pediatrics|dermatology|neurology|radiology|imaging|"
    r"urology|gastroenterology|pulmonology|nephrology|surgical|surgery\s+center|primary\s+care|"
    r"internal\s+medicine|family\s+medicine|women's\s+health|behavioral\s+health|"
    r"community\s+health|physicians|pharmacy|dental|eye\s+care|medical\s+(?:center|group))"
)
_STATE_AFTER = rf"\s*,?\s*{STATE_RE}(?=\s*(?:\d{{5}}|[,.;)\n]|$|\s))"
# "Grand Junction 69041": a ZIP code after the city.
_ZIP_AFTER = r"\s+\d{5}(?:-\d{4})?(?![\d-])"
_AFTER = re.compile(
    rf"{_FACILITY}|\s+(?:location|office|branch|campus)\b|{_STATE_AFTER}|{_ZIP_AFTER}", _I
)
# A city that is also an everyday word ("Downtown location", "Central bus station") is a place
# only before a state or a care facility.
_AFTER_ORDINARY = re.compile(rf"{_FACILITY}|{_STATE_AFTER}|{_ZIP_AFTER}", _I)
_NOT_PLACES = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday"
    ]
)  # fmt: skip


def fold(word: str) -> str:
    """Lower case, accents dropped, no full stops: the form of the list ("st. cloud")."""
    if word.isascii():
        return word.lower().replace(".", "")
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("\u2019", "'").replace(".", ""))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def us_cities() -> frozenset[str]:
    """Cities of 5,000 people or more, and towns of 500 or more that are not named with
    English words only ("Iuka", "Talkeetna", "Garyville"; not "Rice", "Echo", "Accident")."""
    names = _read("us_cities.txt")
    english = lexicon.is_english
    towns = {t for t in _read("us_towns.txt") if not all(english(w) for w in _WORD_RE.findall(t))}
    return frozenset(n.replace(".", "") for n in names | towns if n) - _NOT_PLACES


def _read(name: str) -> set[str]:
    return set((_DATA / name).read_text(encoding="utf-8").splitlines())


@cache
def first_words() -> frozenset[str]:
    """The first word of every listed city: a word that is none starts no city name."""
    return frozenset(name.split(" ")[0] for name in us_cities())


def _ordinary(words: list[str]) -> bool:
    common = lexicon.common_words()
    return all(w in common for w in words)


def _cased_near(text: str, start: int, end: int) -> bool:
    """Whether capitals carry information around a word: its clause is written in both
    cases (a lower-case message may have a cased medication list pasted after it)."""
    window = text[max(0, start - 40) : start] + text[end : end + 40]
    return any(map(str.isupper, window)) and any(map(str.islower, window))


# Postal codes that are also lower-case words: "a delta in my bp numbers" names no Indiana.
_WORD_STATES = frozenset(["in", "me", "or", "ok", "hi", "oh", "la", "de", "co", "ma", "pa", "id"])


_STATE_NAME_SET = frozenset(STATE_NAMES)
# "Nevada, MO", "Wyoming, Michigan": a town named for a state, with its own state after it.
_OWN_STATE_AFTER_RE = re.compile(rf",\s*(?:[A-Z]{{2}}\b|(?i:{STATE_RE}))")
# "the mobile clinic", "Mobile unit": the word, not Mobile, AL.
_MOBILE_NOUN_RE = re.compile(
    r"\s+(?:clinic|unit|van|health|crisis|app|phone|number|medical|vaccination|team|home)\b",
    re.IGNORECASE,
)


def above_a_city(text: str, start: int, end: int) -> bool:
    """A state or a country named as one ("on the road in wyoming", "from peru", "Lockeford
    Nevada 95358"), which no town of the same name is unless its state follows; or "mobile"
    before what is mobile."""
    value = fold(text[start:end])
    if value in _STATE_NAME_SET or value in lexicon.COUNTRIES:
        return not _OWN_STATE_AFTER_RE.match(text, end)
    return value == "mobile" and bool(_MOBILE_NOUN_RE.match(text, end))


def _after(text: str, end: int) -> bool:
    m = _AFTER.match(text, end)
    if not m:
        return False
    return m.group().strip() not in _WORD_STATES  # ", oh" keeps its comma: a place


def find_cities(text: str) -> Iterator[Candidate]:
    cities, starts = us_cities(), first_words()
    tokens = list(_WORD_RE.finditer(text))
    folded = [fold(t.group()) for t in tokens]
    i = 0
    while i < len(tokens):
        if folded[i] not in starts and " " not in folded[i]:
            i += 1
            continue
        for n in range(min(_MAX_WORDS, len(tokens) - i), 0, -1):
            last = i + n - 1
            if any(
                text[tokens[k].end() : tokens[k + 1].start()].strip(" .") for k in range(i, last)
            ):
                continue  # the words of one name stand together
            if " ".join(folded[i : last + 1]) not in cities:
                continue
            start, end = tokens[i].start(), tokens[last].end()
            words = folded[i : last + 1]
            cased = _cased_near(text, start, end)
            if cased and not tokens[i].group()[0].isupper():
                continue
            if _ordinary(words) and not _AFTER_ORDINARY.match(text, end):
                continue
            if len(words) == 1 and words[0] in lexicon.CLINICAL_WORDS:
                break  # "Foley in place": a catheter, not Foley, AL
            if above_a_city(text, start, end):
                break
            before = bool(_BEFORE.search(text[max(0, start - 16) : start]))
            if before or _after(text, end):
                yield Candidate(start, end, "CITY", 0.7)
                i = last
            break
        i += 1
