"""Where an ordinary word or a bare initial starts a name: the role before it and the verb
after it ("my wife verity said", "its cliff again", "Wife Happy at bedside", "neighbor Royal
called"), or initials with their stops after a cue ("c'est g. makoni", "son P.F. Chang")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from compliance.redaction import lexicon
from compliance.redaction.lowercase import lower_text, search
from compliance.redaction.names import cues
from compliance.redaction.names.words import NOT_AFTER_NAME, is_contraction, listed

if TYPE_CHECKING:
    from compliance.redaction.names.detect import _Pass

# After "my wife X" / "its X": the verbs and words that say X is a person.
_PERSON_VERBS = frozenset(
    ["said", "says", "called", "calls", "is", "was", "has", "had", "will", "wants", "needs", "can",
     "could", "would", "told", "tells", "asked", "asks", "thinks", "knows", "brought", "brings",
     "took", "takes", "drove", "drives", "picked", "wrote", "texted", "again", "here", "and"]
)  # fmt: skip
_NOT_FROM = frozenset(
    ["now", "then", "here", "there", "time", "today", "yesterday", "start", "scratch", "home",
     "work", "school", "the", "a", "my", "your", "last", "this", "that"]
)  # fmt: skip
_TALK_AFTER = frozenset(
    ["again", "here", "btw", "calling", "writing", "speaking", "checking", "from"]
)


def word_name_by_role(p: _Pass, i: int) -> bool:
    """An ordinary word as a name, where the role before it and the verb after it say so:
    "my wife verity said", "its cliff again", "Wife Happy at bedside", "neighbor Royal
    called". Not "my wife always said" (no name list has "always")."""
    w, word = p.w, p.w.folded[i]
    kin, said_self = p.after("kin", i), p.after("self", i)
    capital = w.cased and w.capitalised(i) and not w.sentence_initial(i)
    if not (kin or said_self or capital):
        return False
    if (
        len(word) < 3
        or word in lexicon.CLINICAL_WORDS
        or word in NOT_AFTER_NAME
        or is_contraction(word)
        or cues.RELATION_RE.fullmatch(word)
        or re.search(r"(?:ing|ed|ly)$", word)
    ):
        return False
    if not capital and word in lexicon.function_words() and word not in p.first:
        return False
    nxt = w.folded[i + 1] if i + 1 < len(w) and w.adjacent(i, i + 1) else ""
    start = w.tokens[i].start()
    if kin and nxt in _PERSON_VERBS:
        return True
    after_next = w.folded[i + 2] if i + 2 < len(w) else ""
    if (
        said_self
        and not p.after("i_am", i)
        and nxt in _TALK_AFTER
        and not (nxt == "from" and after_next in _NOT_FROM)  # "it's summer from now on"
        and (capital or word in lexicon.frequent_first_names())
    ):
        return True
    before = w.text[max(0, start - 30) : start]
    return (
        capital
        and bool(search(cues.KIN_WORD_BEFORE_RE, before, lower_text(before)))
        # "Prescriber Carol Cotton", not "Family Medicine"
        and (
            not nxt
            or not w.tokens[i + 1].group()[:1].isupper()
            or word in p.first
            or (nxt in p.last and nxt not in p.common)  # "Pharmacist Clover Addison"
        )
    )


def initial_first(p: _Pass, i: int) -> bool:
    """ "g. makoni", "c.f. armstrong", "P.F. Chang": initials with their stops, then a word
    that is no ordinary one or is a listed surname, after a cue (any case)."""
    w = p.w
    k = i
    while (
        k < len(w)
        and len(w.tokens[k].group()) == 1
        and w.text[w.tokens[k].end() : w.tokens[k].end() + 1] == "."
    ):
        k += 1
        if k - i > 3 or k >= len(w) or not w.adjacent(k - 1, k):
            return False
    if k == i or k >= len(w):
        return False
    word = w.folded[k]
    return (
        len(word) >= 2
        and word not in NOT_AFTER_NAME
        and word not in lexicon.CLINICAL_WORDS
        and (word not in p.common or listed(word, p.last))
    )
