"""A name found once is a name everywhere in the same text.

A note says "Mrs. Tsinajinie" once, with a title the rules know, and then "Tsinajinie reports"
or "per tsinajinie" without one; a log line carries "PID|...|Begaie^Tazbah" and then
"tazbah" in a free-text field. Every detector reads one place at a time, so the second
mention is left for a cue that may not be there. After the spans are resolved, each word of a
NAME span that can only be a name is looked for again in the rest of the text, whole words
only, in any case, and masked there too.

Only words no dictionary knows are carried over (``_carried``): a name that is also a word
("Will", "Rose", "Hope") or a clinical word would mask the word wherever it is used, and a
span the rules got wrong would spread. Data flow::

    resolve(candidates) -> NAME spans -> their rare words -> other whole-word occurrences
      -> Candidate(NAME, score 0.6) -> resolve(candidates + these) in the engine
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from compliance.redaction import lexicon
from compliance.redaction.names.words import TOKEN_RE, fold
from compliance.redaction.spans import Candidate, Span

SCORE = 0.6
MIN_LENGTH = 3


@lru_cache(maxsize=16384)
def _carried(word: str) -> bool:
    """``word`` (folded) can only be a name: no common, English, clinical or function word."""
    return (
        len(word) >= MIN_LENGTH
        and word.isalpha()
        and word not in lexicon.common_words()
        and word not in lexicon.function_words()
        and word not in lexicon.CLINICAL_WORDS
        and not lexicon.is_english(word)
    )


def repeated_names(text: str, spans: Iterable[Span]) -> list[Candidate]:
    """Candidates for the other mentions of the rare words of the NAME ``spans``, whole words
    only: "Tazbah2" and "jtazbah" are other tokens, "tazbah_phone" holds the name."""
    spans = list(spans)
    words = set()
    for s in spans:
        if s.label == "NAME":
            for m in TOKEN_RE.finditer(text, s.start, s.end):
                word = fold(m.group())  # without a possessive 's
                if _carried(word):
                    words.add(word)
    if not words:
        return []
    # The text is searched folded like the words, one character for one, so that an offset
    # in it is an offset in the text.
    lowered = text.lower()
    if len(lowered) != len(text):  # "\u0130" lowers to two characters
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    folded = lowered if lowered.isascii() else _fold_same_length(lowered)
    out = []
    for word in words:
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            if (
                not (at and folded[at - 1].isalnum())
                and not (end < len(folded) and folded[end].isalnum())
                and not any(s.start < end and at < s.end for s in spans)
            ):
                out.append(Candidate(at, end, "NAME", SCORE))
            at = folded.find(word, end)
    return out


def _fold_same_length(lowered: str) -> str:
    """``lowered`` without accents, one character for one, or with every character that
    does not fold to one ASCII letter left as it is (so it matches no folded word)."""
    out = []
    for ch in lowered:
        base = fold(ch) if not ch.isascii() else ch
        out.append(base if len(base) == 1 else ch)
    return "".join(out)
