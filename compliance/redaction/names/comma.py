"""Names written "Surname, Given" between a cue before and a cue after them.

"keen, ridge here", "whos quezada, nahuel and why", "F/u call to Two Crow, Tahoma on 2-15",
"HCPOA: Eagle,Bob (niece)", "ugh sherpa,lhakpa again", "for my mother horner, pleasant, shes
99". Both words may be ordinary words ("Keen", "Ridge", "Pleasant"): the shape says they are a
name only when something before the pair (the start of a message, an introduction, a call, a
role) and something after it ("here", "again", ", dob", a relation in brackets, "in rm 4") agree.
A list ("apples, pears and ...") has no such cues; a place ("Paris, France", "Bend, OR") is
kept by its state or country. In cased text a capitalised surname, a comma and a listed given
name need no cue ("Gonzalez, Maria").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from compliance.redaction import lexicon, lowercase
from compliance.redaction.names.cues import _KIN, ROMANCE_KIN
from compliance.redaction.names.eponyms import is_eponym
from compliance.redaction.names.words import listed
from compliance.redaction.spans import Candidate
from compliance.redaction.states import AP_ABBRS, STATE_ABBRS, STATE_NAMES

if TYPE_CHECKING:
    from compliance.redaction.names.detect import _Pass

_W = r"[^\W\d_][^\W\d_'\u2019-]*(?:['\u2019-][^\W\d_]+)*"
_PAIR_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<sur>{_W})[ ]?,[ ]?(?P<given>{_W})(?:[ ](?P<init>[A-Za-z])\.?(?![\w]))?"
)
_WORD_BEFORE_RE = re.compile(rf"(?P<w>{_W})[ ]$")
# Before the pair: the start of the text or of a field, or an introduction, a call, a role.
_START_RE = re.compile(
    r"(?:^|[:=(\"|]|\.\s|\s-\s)\s*(?:(?:ugh|hi|hey|hello|ok|okay|so|yes|um|oh)[,!]?\s+)?$",
    re.IGNORECASE,
)
_CUE_BEFORE_RE = re.compile(
    r"\b(?:this is|it's|its|it is|i'm|im|i am|whos|who's|who is|care of|take care of|c/o|"
    r"call to|called|calling|message for|msg for|spoke (?:to|with|w/)|writing for|"
    r"(?:my|our|his|her|pt's|patient's) (?:" + _KIN + r")|pt|patient|dtr|son|wife|husband|"
    r"re|for|guarantor|subscriber|guardian|hcpoa|poa|nok|contact|"
    # "la hija de tillis,burlon l": whose relation the writer is, in Spanish or French.
    r"(?:la|el|le|mi|su|mon|ma)\s+(?:" + ROMANCE_KIN + r")\s+(?:de|du))\s*[:=,-]?\s*$",
    re.IGNORECASE,
)


def _cue_before(text: str, start: int, *, at_end: bool) -> bool:
    """A cue before the pair; at the end of the text ("... for horner, pleasant") the start of
    a line is not enough ("tired, dizzy")."""
    before = text[max(0, start - 40) : start]
    return bool(_CUE_BEFORE_RE.search(before) or (not at_end and _START_RE.search(before)))


# After the pair: what follows a person, not a place or a list item.
_AFTER_RE = re.compile(
    r"\s+(?:here|again|writing|calling|speaking|checking|dob|d\.o\.b|born|needs|requests)\b"
    r"|\s*\((?:" + _KIN + r"|self|pt|patient)\)"
    r"|\s+(?:in\s+(?:rm|room|bed)|on\s+(?=\d|[A-Z][a-z]+\s+\d|(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)))"
    r"|\s+[-\u2013\u2014]{1,2}\s"
    r"|,\s+(?:shes|hes|she's|he's|she is|he is|age|aged|dob)\b|,?\s+\d{2,3}\s*(?:y|yo|[MF])\b"
    r"|\s+and\s+why\b|\s+[a-z_]+=",
    re.IGNORECASE,
)
_NOT_NAME_WORDS = frozenset(
    [
        "i", "me", "my", "you", "your", "u", "ur", "he", "she", "it", "we", "they", "them", "his",
        "her", "its", "our", "their", "this", "that", "these", "those", "the", "a", "an", "and",
        "or", "but", "if", "then", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "is", "was", "are", "be", "been", "am", "do", "did", "does", "have", "has", "had", "not",
        "will", "would", "can", "could", "should", "may", "might", "must", "also", "too", "very",
        "just", "now", "then", "there", "what", "when", "where", "who", "why", "how", "which",
        "ok", "okay", "yes", "no", "hi", "hey", "hello", "thanks", "thank", "sorry", "please",
        "well", "so", "um", "ugh", "oh", "lol", "dear", "sir", "madam", "doctor", "dr", "nurse",
        "pt", "patient", "mom", "dad", "son", "daughter", "wife", "husband", "again", "here",
        "gracias", "merci", "thanks", "thx", "regards", "cheers", "hola", "bonjour", "salut",
        "saludos", "cordialement", "atentamente", "love", "best", "bye", "sincerely", "dear"
    ]
)  # fmt: skip
_PLACES = (
    frozenset(s.lower() for s in STATE_ABBRS)
    | {s.lower() for s in STATE_NAMES}
    | set(AP_ABBRS)
    | {"usa", "us", "uk", "canada", "mexico", "france", "england", "india", "china"}
)


def listed_given(word: str) -> bool:
    folded = word.lower()
    return folded in lexicon.first_names() and folded not in lexicon.CLINICAL_WORDS


def _word_ok(word: str) -> bool:
    folded = word.lower()
    return (
        len(folded) >= 2
        and folded not in _NOT_NAME_WORDS
        and folded not in _PLACES
        and folded not in lexicon.CLINICAL_WORDS
    )


# Keys whose value is a state or a category, never a person: "member=Gold, Plus",
# "status=Stable, Improving".
_CATEGORY_KEY_RE = re.compile(
    r"\b(?:status|state|tier|level|plan|member|coverage|product|program|type|class|category"
    r"|result|outcome|mode|priority|acuity|condition|disposition|trend)\s*=\s*$",
    re.IGNORECASE,
)


def _category_value(text: str, start: int, words: list[str]) -> bool:
    common = lexicon.common_words()
    return all(w.lower() in common for w in words) and bool(
        _CATEGORY_KEY_RE.search(text[max(0, start - 24) : start])
    )


def find_comma_names(text: str) -> Iterator[Candidate]:
    if "," not in text:
        return
    for m in _PAIR_RE.finditer(text):
        words = [m.group("sur"), m.group("given")]
        # "Hodgkin, Rob": a surname that names a disease too, before a given name.
        eponym = m.group("sur").lower() in lexicon.CLINICAL_WORDS and listed_given(words[1])
        if not (eponym or _word_ok(words[0])) or not _word_ok(words[1]):
            continue
        if _category_value(text, m.start(), words):
            continue
        at_end = not text[m.end() :].strip(" .!\"'")
        if not (at_end or _AFTER_RE.match(text, m.end())):
            continue
        start = m.start()
        if not _cue_before(text, start, at_end=at_end):
            # "Two Crow, Tahoma", "cervantes landeros, yesenia": a surname of two words.
            extra = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
            if not extra or not _word_ok(extra.group("w")):
                continue
            start = extra.start()
            words.insert(0, extra.group("w"))
            if not _cue_before(text, start, at_end=at_end):
                continue
        # Capitals must agree: all lower case (chat) or every word capitalised.
        caps = [w[:1].isupper() for w in words]
        if any(caps) and not all(caps):
            continue
        yield Candidate(start, m.end(), "NAME", 0.75)


def _surname_and_given(m: re.Match[str]) -> Iterator[Candidate]:
    """The surname and the given name (with its initial) of a match, as two spans: "[NAME],
    [NAME]", as the HL7 and record readers give them."""
    yield Candidate(m.start("sur"), m.end("sur"), "NAME", 0.7)
    yield Candidate(m.start("given"), m.end("given"), "NAME", 0.7)


def _place_or_plain_word(m: re.Match[str]) -> bool:
    """The given name is a state ("Springfield, Illinois"), or a word of either part is a
    function or clinical word."""
    given = m.group("given").split()[0]
    words = [w.lower() for w in (*m.group("sur").split(), given)]
    return (
        given in STATE_ABBRS
        or given in AP_ABBRS
        or given.lower() in STATE_NAMES
        or any(w in lexicon.function_words() or w in lexicon.CLINICAL_WORDS for w in words)
    )


# "TOROSIAN, TAKUHI D turns 95", "BRACHE CAMBERO,TAISIIA 19960623", "guarantor NWIGWE,CHINYELU":
# in text that is not all capitals, a surname in capitals, a comma and a given name in capitals
# (and an initial): how registration systems write a person.
_CAPITALS_COMMA_RE = re.compile(
    r"(?<![\w'\u2019-])(?P<sur>[A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+)?), ?"
    r"(?P<given>[A-Z][A-Z'\u2019-]{2,}(?: [A-Z][A-Z'\u2019-]{2,})?(?: [A-Z]\b\.?)?)(?![\w'\u2019-])"
)
_VOWEL_RE = re.compile(r"[AEIOUY]")
# Identifiers' own names in capitals: "plate MAMABEAR, VIN ...".
_ID_WORDS = frozenset(["vin", "mrn", "npi", "dea", "ssn", "acct", "dob", "fin", "csn", "ein"])


def _registration_name(words: list[str]) -> bool:
    """Not "CBC, BMP", "ECOG, KPS", "ASSESSMENT, PLAN": no ordinary, clinical or English word,
    every word with a vowel, one of four letters or more, one a name some list knows."""
    folded = [w.lower() for w in words]
    return (
        not any(
            w in lexicon.common_words()
            or w in lexicon.CLINICAL_WORDS
            or w in lexicon.SERVICES
            or w in _ID_WORDS
            or lexicon.is_english(w)
            for w in folded
        )
        and all(_VOWEL_RE.search(w) for w in words)
        and any(len(w) >= 4 for w in words)
        and any(
            w in lexicon.first_names()
            or w in lexicon.last_names()
            or w in lexicon.us_first_names()
            or w in lexicon.us_surnames()
            for w in folded
        )
    )


def find_capitals_comma_names(text: str) -> Iterator[Candidate]:
    if "," not in text or not any(ch.islower() for ch in text):
        return
    for m in _CAPITALS_COMMA_RE.finditer(text):
        words = [w for w in re.findall(r"[A-Z][A-Z'\u2019-]+", m.group()) if len(w) > 1]
        if _registration_name(words):
            yield from _surname_and_given(m)


_SURNAME = r"(?P<sur>[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+)?)"
_GIVEN = r"(?P<given>[A-Z][a-z'\u2019-]+(?: (?P<initial>[A-Z])\b\.?)?)"
# 'letter to "Hatch, Dusk R" at ...': a quoted "Surname, Given"; without the initial, not every
# word an ordinary or English one.
_QUOTED_COMMA_RE = re.compile(rf"(?<=[\"']){_SURNAME}, {_GIVEN}(?=[\"'])")
# "Phone note: Owino, Mahlet called, states ...": "Surname, Given", then what the person did;
# the surname no ordinary or English word ("Yesterday, Maria called" is no one's surname).
_COMMA_THEN_VERB_RE = re.compile(
    rf"(?<![\w,'\u2019-]){_SURNAME}, {_GIVEN} (?=(?:called|calls|states|stated|reports|"
    r"reported|requests|requested|left|asked|presented|arrived|declined|refused|agreed|"
    r"verbalized|verbalizes)\b)"
)
# "HCPOA is son MacDonald, Aisling (+44 ...)": a relation, then "Surname, Given".
_KIN_THEN_COMMA_RE = re.compile(
    rf"\b(?i:{_KIN})\s+(?P<sur>[A-Z][A-Za-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+)?), {_GIVEN}"
    r"(?![\w'\u2019-])"
)
# Before reading it, the two things it needs: a comma before a capital, then a relation before
# a word, read in lower case. The relation words, ignoring case, cost about 0.1 ms at every
# offset of a long note that has no relation in it.
_COMMA_CAPITAL_RE = re.compile(r"[A-Za-z'\u2019-], [A-Z]")
_KIN_BEFORE_WORD_RE = re.compile(rf"\b(?:{_KIN})\s+[a-z]", re.IGNORECASE)


def _no_ordinary_word(word: str) -> bool:
    word = word.lower()
    return word not in lexicon.common_words() and not lexicon.is_english(word)


def find_surname_given_names(text: str) -> Iterator[Candidate]:
    """ "Surname, Given" in cased text where something says it is a person: quotes around it,
    a verb after it, a relation before it."""
    if ", " not in text:
        return
    for m in _QUOTED_COMMA_RE.finditer(text) if '"' in text or "'" in text else ():
        words = [*m.group("sur").split(), m.group("given").split()[0]]
        if not _place_or_plain_word(m) and (
            m.group("initial") or any(map(_no_ordinary_word, words))
        ):
            yield from _surname_and_given(m)
    for m in _COMMA_THEN_VERB_RE.finditer(text):
        if not _place_or_plain_word(m) and all(map(_no_ordinary_word, m.group("sur").split())):
            yield from _surname_and_given(m)
    if not _COMMA_CAPITAL_RE.search(text) or not lowercase.search(
        _KIN_BEFORE_WORD_RE, text, lowercase.lower_text(text)
    ):
        return
    for m in _KIN_THEN_COMMA_RE.finditer(text):
        if not _place_or_plain_word(m):
            yield from _surname_and_given(m)


def surname_comma_first_name(p: _Pass, i: int) -> Candidate | None:
    """ "Gonzalez, Maria" / "Long, Niamh": a capitalised surname, a comma, a given name."""
    w, word = p.w, p.w.folded[i]
    if not (
        w.cased
        and (w.capitalised(i) or w.upper_name(i))
        and i + 1 < len(w)
        and w.gap(i, i + 1) == ", "
        and w.folded[i + 1] in p.first
        and w.capitalised(i + 1)
        and word not in lexicon.CLINICAL_WORDS
        and (word not in p.common or listed(word, p.last))
    ):
        return None
    if is_eponym(w.text, w.end(i + 1)):
        return None
    return Candidate(w.tokens[i].start(), w.end(i + 1), "NAME", 0.75)
