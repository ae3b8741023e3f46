"""Ages over 89, in digits or words, found by what says they are ages.

Safe Harbor removes ages over 89 (and folds them into "90 or older"); ages under 90 stay. A
number from 90 to 119 is an age when:

- a unit follows it: "94 yo", "94yo", "94-year-old", "94F", "(95M)", "ninety-two years old",
  "one hundred years young";
- an age word or a person comes before it: "aged 97", "age: 92", "i'm ninety nine", "turned
  100", "Pt is 97", "Abdi is 94 and ...";
- it stands between commas or in brackets after a person: "Retired machinist, 107, brought
  in", "my dad tsehay yirga (91)". In brackets a number in words is always an age.

Vitals and doses share the numbers ("HR 94", "Lantus 92 units", "SpO2 is 94%"), so a unit of
measure after the number, or a measurement before it, keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction import lexicon
from compliance.redaction.spans import Candidate

_I = re.IGNORECASE

_DIGITS = r"(?:9\d|1[01]\d)"
_ONES = r"one|two|three|four|five|six|seven|eight|nine"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
WORDS = (
    rf"(?:ninety(?:[\s-](?:{_ONES}))?"
    rf"|(?:one|a)[\s-]hundred(?:(?:\s+and)?[\s-](?:{_ONES}|{_TEENS}))?)"
)
WORDS_RE = re.compile(WORDS + r"\b", _I)
_AGE = rf"(?P<age>\b{_DIGITS}(?![\d.,]\d|\d)|\b{WORDS}\b)"
_NOT_AN_AGE_AFTER = (
    r"(?!\s*(?:%|percent|mg|mcg|ml|lbs?|kg|pounds|bpm|/|\.\d|degrees|°|minutes|mins?|seconds|"
    r"hours|days|dollars|units|times|cc|mm|cm|ms\b|s\b))"
)
_UNIT = (
    r"[\s-]*(?:years?|yrs?|y/?o\b|y\.o\.?|yo\b|year[\s-]old|yr[\s-]old|-?years?-old|"
    r"years?\s+young)"
)
_PEOPLE = (
    r"i am|i'm|i\u2019m|im|she is|he is|she's|he's|shes|hes|who is|pt is|patient is|"
    r"mom is|dad is|mother is|father is|grandma is|grandpa is|husband is|wife is"
)
_UNIT_RE = re.compile(rf"{_AGE}(?={_UNIT})", _I)  # "94 yo", "ninety-two years old"
_SEX_RE = re.compile(rf"(?P<age>\b{_DIGITS})\s?[MF]\b(?![-/'\u2019])")  # "94F", "(95M)"
_CUE_RE = re.compile(  # "aged 97", "age: 92", "i'm ninety nine", "turned 100"
    rf"\b(?:aged?|age\s*[:=]|age\s+(?:is|of)|{_PEOPLE}|turned|turning|turns|"
    rf"is now|will be)\s+(?:now\s+|aged\s+)?{_AGE}{_NOT_AN_AGE_AFTER}",
    _I,
)
_BRACKETS_RE = re.compile(rf"(?P<before>[^\W\d_]+)\s*\(\s*{_AGE}\s*\)", _I)  # "yirga (91)"
_BETWEEN_COMMAS_RE = re.compile(  # "machinist, 107, brought in"
    rf"(?P<before>[^\W\d_]+),\s+{_AGE},\s+(?=[a-z])", _I
)
_SUBJECT_RE = re.compile(  # "Abdi is 94 and was", "Pt is 97, not 19"
    rf"(?P<before>[^\W\d_](?:[^\W\d_]|['\u2019-])*)\s+(?:is|was)\s+{_AGE}"
    r"(?=\s*(?:[,;.]|and\b|but\b|now\b|today\b|$))",
    _I,
)
_SUBJECTS = frozenset(
    [
        "pt", "patient", "she", "he", "mom", "dad", "mother", "father", "grandma", "grandpa",
        "grandmother", "grandfather", "husband", "wife", "aunt", "uncle", "son", "daughter",
        "brother", "sister", "who"
    ]
)  # fmt: skip


def _not_a_measurement(word: str) -> bool:
    """ "HR (94)", "PHQ (92)", "glucose (95)": an acronym or a clinical word before it."""
    return not word.isupper() and word.lower() not in lexicon.CLINICAL_WORDS


def _person(word: str) -> bool:
    """A person word or a name: "Pt is 97", "Abdi is 94"; not "sat is 94", "Glucose is 92"."""
    folded = word.lower()
    if folded in _SUBJECTS:
        return True
    if not _not_a_measurement(word) or folded in lexicon.common_words():
        return False
    return word[:1].isupper() or folded in lexicon.first_names() or folded in lexicon.last_names()


def _in_brackets(word: str, age: str) -> bool:
    return not age[:1].isdigit() or (
        _not_a_measurement(word) and word.lower() not in lexicon.common_words()
    )


_ANY_AGE_RE = re.compile(r"(?:9\d|1[01]\d|ninet|hundred|genarian|centenarian)", _I)
# Words that are an age over 89 by themselves, and a decade after a person: "in her 90s".
_AGE_NOUN_RE = re.compile(r"\b(?P<age>(?:nona|(?:super)?cente)genarians?|centenarians?)\b", _I)
_DECADE_RE = re.compile(
    r"\b(?:in\s+)?(?:his|her|their|my|your|the|early|mid|late)[\s-]+(?:(?:early|mid|late)[\s-]+)?"
    r"(?P<age>(?:9|1[01])0['\u2019]?s|nineties)\b",
    _I,
)


def find_age(text: str) -> Iterator[Candidate]:
    if not _ANY_AGE_RE.search(text):
        return
    patterns = (_UNIT_RE, _SEX_RE, _CUE_RE, _AGE_NOUN_RE, _DECADE_RE)
    found = [m for pattern in patterns for m in pattern.finditer(text)]
    found += [m for m in _BRACKETS_RE.finditer(text) if _in_brackets(m["before"], m["age"])]
    found += [m for m in _BETWEEN_COMMAS_RE.finditer(text) if _not_a_measurement(m["before"])]
    found += [m for m in _SUBJECT_RE.finditer(text) if _person(m["before"])]
    for m in found:
        yield Candidate(m.start("age"), m.end("age"), "AGE_OVER_89", 0.9)
