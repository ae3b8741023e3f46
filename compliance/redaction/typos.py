"""Misspelt context words: "my nmae is", "pump serila", "my dauhgter".

Most detectors find an identifier by the word in front of it, and patients type fast. A
second pass reads the text with each misspelt context word put right, and its spans are mapped
back to the original offsets. Only the words below are corrected, one slip each (two letters
swapped, one dropped, doubled or mistyped), and never from a misspelling that is a common word or a
short one ("form" stays "form"). Text with nothing to correct (nearly all of it) costs one
dictionary look-up per word.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache

from compliance.redaction import lexicon
from compliance.redaction.spans import Candidate

# The context words of the name, identifier and contact detectors that are long enough for a
# one-letter slip to stay recognisable.
CONTEXT_WORDS = frozenset(
    [
        "name", "named", "names", "patient", "daughter", "husband", "mother", "father",
        "brother", "sister", "grandson", "granddaughter", "grandmother", "grandfather",
        "grandma", "grandpa", "spouse", "partner", "nephew", "niece", "cousin", "doctor",
        "nurse", "thanks", "thank", "regards", "sincerely", "signed", "calling", "speaking",
        "again", "this", "tell", "serial", "number", "member", "policy", "account", "license",
        "licence", "plate", "device", "pump", "meter", "monitor", "sensor", "login", "username",
        "user", "handle", "social", "security", "medical", "record", "insurance", "reference",
        "ticket", "confirmation", "phone", "email", "address", "birth", "born", "date", "fax",
        "call", "text", "mobile", "cell", "patient's", "send", "appointment", "results",
        "refill", "message", "reminder", "contact", "emergency", "attn", "confirming",
        "caregiver", "guardian", "subscriber"
    ]
)  # fmt: skip
# Relations before a name, in English and Spanish: "my wfie mynor", "mi hermaon miryam". Their
# slips of three letters are left out: "wie" is German before it is "wife" mistyped.
RELATION_WORDS = frozenset(
    [
        "wife", "neighbor", "neighbour", "auntie", "aunty", "uncle", "esposo", "esposa", "hermano",
        "hermana", "primo", "prima", "abuela", "abuelo", "suegra", "suegro"
    ]
)  # fmt: skip
_WORD_RE = re.compile(r"[A-Za-z']+")
_LETTERS = string.ascii_lowercase


def _slips(word: str) -> set[str]:
    """The misspellings of ``word`` with one slip of the kinds above."""
    out = {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(len(word) - 1)}
    out |= {word[:k] + word[k + 1 :] for k in range(1, len(word))}
    out |= {word[:k] + word[k] + word[k:] for k in range(len(word))}
    if len(word) >= 6:
        out |= {word[:k] + ch + word[k + 1 :] for k in range(1, len(word)) for ch in _LETTERS}
    return out - {word}


@cache
def misspellings() -> dict[str, str]:
    """Misspelling -> context word, without misspellings that are words or names themselves."""
    words = CONTEXT_WORDS | RELATION_WORDS
    known = lexicon.common_words() | lexicon.first_names() | words
    english = lexicon.english_words()
    table: dict[str, str] = {}
    for word in sorted(words):
        if len(word) < 4:
            continue
        for slip in _slips(word):
            if len(slip) < 4 and word in RELATION_WORDS:
                continue
            # Long rare lemmas ("serail", "brothel") are far likelier to be slips here.
            if slip not in known and not (len(slip) <= 5 and slip in english):
                table.setdefault(slip, word)
    return table


class Corrected:
    """A text with its misspelt context words put right, and the way back to the original
    offsets (a correction may change a word's length)."""

    def __init__(self, text: str, fixes: list[tuple[int, int, str]]) -> None:
        parts, last = [], 0
        self._marks: list[int] = []  # corrected offsets just after a corrected word
        self._shifts: list[int] = []  # original offset minus corrected offset from there on
        shift = 0
        for start, end, word in fixes:
            parts += [text[last:start], word]
            self._marks.append(start - shift + len(word))
            shift += (end - start) - len(word)
            self._shifts.append(shift)
            last = end
        parts.append(text[last:])
        self.text = "".join(parts)

    def original(self, pos: int) -> int:
        k = bisect.bisect_right(self._marks, pos)
        return pos + (self._shifts[k - 1] if k else 0)


@lru_cache(maxsize=64)
def correct(text: str) -> Corrected | None:
    """The text with its misspelt context words put right, or None if it has none."""
    table = misspellings()
    fixes = []
    for m in _WORD_RE.finditer(text):
        word = m.group()
        fix = table.get(word.lower())
        if fix is not None:
            if word[0].isupper():
                fix = fix.upper() if word.isupper() and len(word) > 1 else fix.capitalize()
            fixes.append((m.start(), m.end(), fix))
    return Corrected(text, fixes) if fixes else None


def tolerant(
    detect: Callable[[str], Iterable[Candidate]],
) -> Callable[[str], Iterator[Candidate]]:
    """The detector, run once more over the corrected text when there is one."""

    def detect_tolerant(text: str) -> Iterator[Candidate]:
        yield from detect(text)
        fixed = correct(text)
        if fixed is None:
            return
        for c in detect(fixed.text):
            start, end = fixed.original(c.start), fixed.original(c.end)
            if start < end:
                yield Candidate(start, end, c.label, c.score)

    detect_tolerant.__name__ = getattr(detect, "__name__", "detect")
    return detect_tolerant
