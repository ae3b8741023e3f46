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
from compliance.redaction.lowercase import lower_case_form, lower_text, search
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
# Spanish and French: "noventa y dos", "ciento uno", "cien"; "quatre-vingt-treize",
# "quatre-vingt-dix-neuf", "nonante-deux", "cent un". Ages only before "años" / "ans".
_ES_ONES = r"uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
_FR_TEENS = r"dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf"
_FR_ONES = r"un|deux|trois|quatre|cinq|six|sept|huit|neuf"
_ROMANCE_WORDS = (
    rf"(?:noventa(?:\s+y\s+(?:{_ES_ONES}))?|cien|ciento(?:\s+(?:{_ES_ONES}|diez|once|doce|trece|"
    rf"catorce|quince|diecis\w+))?|quatre[\s-]vingts?[\s-](?:et[\s-])?(?:{_FR_TEENS})|"
    rf"nonante(?:[\s-](?:et[\s-])?(?:{_FR_ONES}))?|cent(?:[\s-](?:{_FR_ONES}|{_FR_TEENS}))?)"
)
_ROMANCE_RE = re.compile(rf"\b(?P<age>{_ROMANCE_WORDS}|{_DIGITS})\s+(?:a[\u00f1n]os|ans)\b", _I)
# Haitian Creole, 90 to 99: "li gen katreven-dizuit an", "a katreven-dis y/o".
_CREOLE_RE = re.compile(
    r"\b(?P<age>katreven[\s-](?:dis|onz|douz|tr[e\u00e8]z|kat[o\u00f2]z|kenz|s[e\u00e8]z|"
    r"diss[e\u00e8]t|dizuit|dizn[e\u00e8]f))\s*(?:an|ans|y/?o|yo|years?|yrs?)\b",
    _I,
)
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
_CUE_LOWER = lower_case_form(_CUE_RE)
# "pt 102, widowed", "now 101, in remission", "Pt, 95.": an age that stands alone after the
# patient or "now", before a stop.
# "her 99th birthday", "the 101st birthday party"
_BIRTHDAY_RE = re.compile(rf"\b(?P<age>{_DIGITS}(?:st|nd|rd|th))\s+birthday\b", _I)
_BARE_RE = re.compile(rf"\b(?:pt|patient)\s*,?\s+{_AGE}(?=\s*[,;.)]|\s*$)", _I)
_NOW_RE = re.compile(rf"(?P<before>[^\W\d_]+),\s+now\s+{_AGE}\s*,")
# "(star 92)", "(Rob Braden 95)": a person's name and an age in brackets.
_NAME_AGE_RE = re.compile(rf"\((?P<who>(?:[^\W\d_][\w'-]*\s+){{1,3}}){_AGE}\s*\)", _I)
# "dr said 97 is too old": an age and what is said of it.
_TOO_OLD_RE = re.compile(rf"{_AGE}\s+(?:is|was|seems)\s+(?:too|very|so|pretty)\s+old\b", _I)
_BRACKETS_RE = re.compile(rf"(?P<before>[^\W\d_]+)\s*\(\s*{_AGE}\s*\)", _I)  # "yirga (91)"
_BETWEEN_COMMAS_RE = re.compile(  # "machinist, 107, brought in"
    rf"(?P<before>[^\W\d_]+),\s+{_AGE},\s+(?=[a-z])", _I
)
_SUBJECT_RE = re.compile(  # "Abdi is 94 and was", "Pt is 97, not 19"
    rf"(?P<before>[^\W\d_](?:[^\W\d_]|['\u2019-])*)\s+(?:is|was)\s+{_AGE}"
    r"(?=\s*(?:[,;.]|and\b|but\b|now\b|today\b|she\b|he\b|they\b|so\b|who\b|next\b|"
    r"already\b|$))",
    _I,
)
# "Pt Justice is 95": a word after "pt" is the patient's name, even an ordinary one.
# "uncle scooter is 94": so is a word after a kinship word.
_PT_BEFORE_RE = re.compile(
    r"\b(?:pt|patient|uncle|aunt|auntie|grandma|grandpa|granny|gramps|nana|papa|abuela|abuelo|"
    r"abuelita|abuelito|tia|t\u00eda|tio|t\u00edo|cousin|neighbor|neighbour|mamie|papi|mami)\s+$",
    _I,
)
_PT_NEAR_RE = re.compile(r"\b(?:pt|patient)\s+[^\W\d_]", _I)
_SUBJECTS = frozenset(
    [
        "pt", "patient", "she", "he", "mom", "dad", "mother", "father", "grandma", "grandpa",
        "grandmother", "grandfather", "husband", "wife", "aunt", "uncle", "son", "daughter",
        "brother", "sister", "who"
    ]
)  # fmt: skip


# What a number measures when it is no age: vitals and the lab values patients quote.
MEASURED = frozenset(
    ["sat", "sats", "spo2", "o2", "oxygen", "pulse", "hr", "heartrate", "rr", "bp", "pressure",
     "temp", "temperature", "fever", "wt", "weight", "glucose", "bg", "bs", "sugar", "sugars",
     "score", "level", "rate", "count", "number", "reading", "fev1", "map", "hgb", "hemoglobin",
     "a1c", "ldl", "hdl", "cholesterol", "triglycerides", "potassium", "sodium", "creatinine",
     "egfr", "gfr", "tsh", "psa", "inr", "platelets"]
)  # fmt: skip
_MEASURES = MEASURED | frozenset(
    ["was", "is", "of", "at", "to", "on", "room", "rm", "bed", "page", "step", "day", "week",
     "ward", "floor", "unit", "ext"]
)  # fmt: skip


def _not_a_measurement(word: str) -> bool:
    """ "HR (94)", "PHQ (92)", "glucose (95)": an acronym or a clinical word before it."""
    return not word.isupper() and word.lower() not in lexicon.CLINICAL_WORDS


def _person(word: str) -> bool:
    """A person word or a name: "Pt is 97", "Abdi is 94"; not "sat is 94", "Glucose is 92"."""
    folded = word.lower()
    if folded in _SUBJECTS or folded in lexicon.KIN_WORDS_ELSEWHERE:
        return True  # "jiichan is 101 and stubborn"
    if not _not_a_measurement(word) or folded in lexicon.common_words():
        return False
    return word[:1].isupper() or folded in lexicon.first_names() or folded in lexicon.last_names()


def _in_brackets(word: str, age: str) -> bool:
    return not age[:1].isdigit() or (
        _not_a_measurement(word) and word.lower() not in lexicon.common_words()
    )


# Every age above starts a word, in digits ("94", not the "94" of "HR94", "1994" or "0194") or
# in words: most lines have numbers, few have such a one.
_ANY_AGE_RE = re.compile(
    r"\b(?:9\d|1[01]\d)(?!\d)|ninet|hundred|genarian|centenarian|noventa|cien|quatre|nonante|cent|"
    r"katreven",
    _I,
)
# Words that are an age over 89 by themselves, and a decade after a person: "in her 90s"; not
# "in the 90s" or "the late 90s": a decade of the calendar (or a temperature).
_AGE_NOUN_RE = re.compile(r"\b(?P<age>(?:nona|(?:super)?cente)genarians?|centenarians?)\b", _I)
_DECADE_RE = re.compile(
    r"\b(?<!the\s)(?:in\s+)?(?:his|her|their|my|your|early|mid|late)[\s-]+"
    r"(?:(?:early|mid|late)[\s-]+)?"
    r"(?P<age>(?:9|1[01])0['\u2019]?s|nineties)\b",
    _I,
)


def find_age(text: str) -> Iterator[Candidate]:
    lowered = lower_text(text)
    if not search(_ANY_AGE_RE, text, lowered):
        return
    cue = (_CUE_RE, text) if lowered is None else (_CUE_LOWER, lowered)
    scans = (
        (_UNIT_RE, text), (_SEX_RE, text), cue, (_AGE_NOUN_RE, text), (_DECADE_RE, text),
        (_BARE_RE, text), (_TOO_OLD_RE, text), (_BIRTHDAY_RE, text)
    )  # fmt: skip
    found = [m for pattern, scanned in scans for m in pattern.finditer(scanned)]
    found += [m for m in _BRACKETS_RE.finditer(text) if _in_brackets(m["before"], m["age"])]
    found += [m for m in _BETWEEN_COMMAS_RE.finditer(text) if _not_a_measurement(m["before"])]
    found += [
        m
        for m in _SUBJECT_RE.finditer(text)
        if _person(m["before"]) or _PT_BEFORE_RE.search(text, 0, m.start("before"))
    ]
    found += [
        m
        for m in _NAME_AGE_RE.finditer(text)
        if all(_not_a_measurement(w) and w.lower() not in _MEASURES for w in m["who"].split())
    ]
    found += list(_ROMANCE_RE.finditer(text))
    found += list(_CREOLE_RE.finditer(text))
    found += [
        m
        for m in _NOW_RE.finditer(text)
        if _person(m["before"]) or _PT_NEAR_RE.search(text, max(0, m.start() - 40), m.start())
    ]
    for m in found:
        yield Candidate(m.start("age"), m.end("age"), "AGE_OVER_89", 0.9)
