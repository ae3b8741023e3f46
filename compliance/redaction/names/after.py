"""Names found from the words after them: "maksymilian here", "Jane Roe, RN", "to Ati A.
Manda <ati@x.org>", "yug nagar, dob ...", "decebal's wife"; and a note's opening line, "Kalpit
Sharma is a 101 yo F"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction import lexicon
from compliance.redaction.names import cues
from compliance.redaction.names.eponyms import is_eponym
from compliance.redaction.names.extend import unlisted
from compliance.redaction.names.words import (
    NOT_AFTER_NAME,
    PARTICLES,
    TOKEN_RE,
    Words,
    fold,
    is_contraction,
    listed,
)
from compliance.redaction.spans import Candidate


def names_before_cues(w: Words) -> Iterator[Candidate]:
    """ "maksymilian here", "Jane Roe, RN", "to Ati A. Manda <ati@x.org>": walk back from
    the cue over up to four name-like words."""
    ends = {w.tokens[k].end(): k for k in range(len(w))} | {w.end(k): k for k in range(len(w))}
    for pos, firm in cues.after_starts(w.text).items():
        k = ends.get(pos)
        if k is None or not _name_word_before_cue(w, k, firm=firm):
            continue
        j = k
        while (
            j > 0
            and k - j < 3
            and w.adjacent(j - 1, j)
            and _name_word_before_cue(w, j - 1, firm=True)
        ):
            j -= 1
        while j < k and (len(w.tokens[j].group()) == 1 or w.folded[j] in PARTICLES):
            j += 1
        if not is_eponym(w.text, w.tokens[k].end()):
            yield Candidate(w.tokens[j].start(), w.end(k), "NAME", 0.75)


def _name_word_before_cue(w: Words, k: int, *, firm: bool) -> bool:
    word = w.folded[k]
    first, last, common = w.lists
    if (
        word in lexicon.CLINICAL_WORDS
        or word in NOT_AFTER_NAME
        or is_contraction(word)
        or cues.RELATION_RE.fullmatch(word)
    ):
        return False
    token = w.tokens[k].group()
    if len(token) == 1:
        return token.isupper()
    if word in PARTICLES:
        return True
    if w.capitalised(k) or w.upper_name(k):
        # "Gang Durán, MD", "Sky's mom"; but "Measured here" opens a sentence.
        return (
            firm
            or (not w.sentence_initial(k) and not lexicon.is_english(word))
            or listed(word, first)
            or listed(word, last)
        )
    # Lower case: a listed name; before a firm cue, or before a name already found, also
    # a word no list knows ("entresto again" is a drug, "yug nagar, dob ..." a person).
    return word not in common and (
        listed(word, first) or listed(word, last) or (firm and unlisted(word))
    )


# A note's opening line: "Kalpit Sharma is a 101 yo F", "Faloye, Oyindasola is a 97 y/o".
_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|['\u2019.-])*"
_AGE_OPENING_RE = re.compile(
    rf"(?:^|(?<=[.!?\n]\s))(?P<name>{_NAME_WORD}(?:,?\s+{_NAME_WORD}){{0,3}})"
    r"\s+(?:is|was)\s+an?\s+\d{1,3}[- ]?(?:yo|y/o|y\.o\.|yr|years?|months?)\b"
)


def age_openings(w: Words) -> Iterator[Candidate]:
    first, last, common = w.lists
    for m in _AGE_OPENING_RE.finditer(w.text):
        words = [x for x in TOKEN_RE.findall(m.group("name")) if len(x) > 1]  # not initials
        if (
            words
            and all(
                fold(x) not in lexicon.CLINICAL_WORDS
                and (fold(x) not in common or fold(x) in first or fold(x) in last)
                and (not w.cased or x[0].isupper())
                for x in words
            )
            and any(fold(x) not in common for x in words)
        ):
            yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)
