"""Names by the marks around them in notes and logs: a nickname in quotes between a given name
and a surname ('Takeshi "Midge" Nishimura'), a study subject's initials after the word
"initials" ("Subject initials R.T.K.") or a patient's before age and sex ("Pt I.G.K., 90F"),
and a quoted log value shaped like a person's name
(``rider="Abena Quaye"``, whatever the key)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction import lexicon
from compliance.redaction.names.words import fold
from compliance.redaction.spans import Candidate

_CAP = r"[A-Z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*"
_NICKNAME_RE = re.compile(
    rf"\b(?P<given>{_CAP})\s+[\"\u201c](?P<nick>{_CAP}(?:\s{_CAP})?)[\"\u201d]\s+"
    rf"(?P<particle>(?:de|van|von|der|ter|al|el|da|di|du|le|la)\s+)?(?P<family>{_CAP})"
)
# "W.U. Yarbrough", "L.I. Shifflett": initials run together, then a surname.
_INITIALS_SURNAME = re.compile(
    r"^(?:[A-Z]\.\s?){1,3}[A-Z][^\W\d_]+(?:['\u2019-][^\W\d_]+)*(?:\s+[A-Z][^\W\d_]+)?$"
)
# An e-mail address's display name: "W.U. Yarbrough" <mrs.t@example.net>.
_DISPLAY_NAME_RE = re.compile(r'"(?P<v>[^"<>@\n]{2,60})"\s*<[^<>\s@]+@[^<>\s]+>')
# A quoted value that reads as a person's name, whatever its key: rider="Abena Quaye",
# to="Ekow Toure", "subject": "Felicity G. Steel", by="Chhim, Sreymom N.".
_LETTERS = r"[^\W\d_]"
_PERSON_VALUE = re.compile(
    rf"^(?P<a>[A-Z]{_LETTERS}+(?:['\u2019-]{_LETTERS}+)*)"
    rf"(?:(?P<sp>(?:\s+(?:[A-Z]\.?|\"[^\"]{{2,15}}\"|[A-Z]{_LETTERS}+(?:['\u2019-]{_LETTERS}+)*))"
    rf"{{1,3}})|(?P<comma>,\s*[A-Z]{_LETTERS}+(?:['\u2019-]{_LETTERS}+)*(?:\s+[A-Z]\.?)?))$"
)
_INITIALS_RE = re.compile(r"\binitials?\s*[:#=]?\s*(?P<v>(?:[A-Z]\.?){2,4})(?![\w])")
# A patient by initials, then age and sex: "Pt I.G.K., 90F", "patient J. R., 67 yo M".
_PATIENT_INITIALS_RE = re.compile(
    r"\b(?i:pt|patient)\.?:?\s+(?P<v>(?:[A-Z]\.\s?){2,4}|[A-Z]{2,3})(?=,?\s*\d{1,3}\s*"
    r"(?:[MF]\b|(?i:yo|y/o|y\.o\.|years?\b|-year|yr)))"
)


def find_marked_names(text: str) -> Iterator[Candidate]:
    if '"' in text or "\u201c" in text:
        first, last = lexicon.first_names(), lexicon.last_names()
        for m in _NICKNAME_RE.finditer(text):
            given, family = fold(m.group("given")), fold(m.group("family"))
            if given in lexicon.CLINICAL_WORDS or family in lexicon.CLINICAL_WORDS:
                continue
            common = lexicon.common_words()
            given_ok = (
                given in first
                or not lexicon.is_english(given)
                or (family in last and family not in common)
            )
            family_ok = (
                family in last or not lexicon.is_english(family) or bool(m.group("particle"))
            )
            if given_ok and family_ok and not (given in common and family in common):
                yield Candidate(m.start(), m.end(), "NAME", 0.8)
        if "@" in text:
            for m in _DISPLAY_NAME_RE.finditer(text):
                if person_value(m.group("v")):
                    yield Candidate(m.start("v"), m.end("v"), "NAME", 0.8)
    if "nitial" in text:
        for m in _INITIALS_RE.finditer(text):
            yield Candidate(m.start("v"), m.end("v"), "NAME", 0.8)
    for m in _PATIENT_INITIALS_RE.finditer(text):
        value = m.group("v").rstrip()
        yield Candidate(m.start("v"), m.start("v") + len(value), "NAME", 0.8)


def person_value(value: str) -> bool:
    """ "Abena Quaye", "Felicity G. Steel", "Chhim, Sreymom N.": capitalised words with an
    initial, a comma or a word that is a name and no ordinary one ("Family Medicine" and
    "Active Duty" are not people)."""
    if _INITIALS_SURNAME.match(value):
        return not any(
            w.lower() in lexicon.CLINICAL_WORDS for w in re.findall(rf"{_LETTERS}{{2,}}", value)
        )
    m = _PERSON_VALUE.match(value)
    if not m:
        return False
    words = [w.lower() for w in re.findall(rf"{_LETTERS}+", value)]
    if any(w in lexicon.CLINICAL_WORDS for w in words):
        return False
    common, first, last = lexicon.common_words(), lexicon.first_names(), lexicon.last_names()
    if m.group("comma") or (
        re.search(r"\s[A-Z]\.?(?:\s|$)", value)
        # "Special Needs Shelter B": words a dictionary knows and no list of names, and a letter
        and any(w in first or w in last or w not in common for w in words if len(w) > 1)
    ):
        return True
    return any(
        (w in first or w in last or not lexicon.is_english(w)) and w not in common for w in words
    ) or (words[0] in first and words[-1] in last)
