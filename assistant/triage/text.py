"""Text preparation for the emergency check: fold, tokenise, fix typos, split into clauses.

Patients type on phones, in a hurry, in English, French or Spanish. The rules in
``rules.py`` are written against a folded form of the message: lowercase, accents removed,
apostrophes resolved ("can't" -> "cant", "j'ai" -> "j ai"), one space between tokens.

Typos are repaired token by token towards the vocabulary the rules use ("chest pian" ->
"chest pain", "siezure" -> "seizure"), but only when the token is not itself a common word in
one of the three languages: "cooking" is one edit away from "choking" and must stay
"cooking". The common-word lists come from pyspellchecker's frequency dictionaries (a
maintained, pure-Python package), loaded once per process.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
# Typographic apostrophes (U+2019, U+2018, U+00B4) and the backtick all become "'".
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
# English contractions glue ("can't" -> "cant", "i'm" -> "im"); any other apostrophe
# separates (French and Spanish elision: "j'ai" -> "j ai", "s'étouffe" -> "s etouffe").
_EN_CONTRACTION = re.compile(r"(\w)'(t|m|s|re|ve|ll|d)\b")
_DECIMAL_COMMA = re.compile(r"(\d),(\d)")
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+")
# Sentence ends; a full stop between digits is a decimal point (38.5), not an end.
_SENTENCE_END = re.compile(r"[!?;\n]+|\.(?!\d)")
# Clause breaks inside a sentence: commas, dashes and the conjunctions that start a new
# statement ("... in 2015, but now my chest hurts").
# The conjunction stays at the start of the new clause (zero-width split).
_CLAUSE_BREAK = re.compile(
    r",|\s-\s|(?=\s(?:but|however|although|and now|now|mais|pourtant|et maintenant|"
    r"maintenant|pero|aunque|sin embargo|y ahora|ahora)\s)"
)

# Short misspellings that edit distance cannot safely repair (too many real neighbours).
_MISSPELLINGS = {
    "hart": "heart",
    "hearth": "heart",
    "brethe": "breathe",
    "breth": "breath",
    "brething": "breathing",
    "cant't": "cant",
    "cnt": "cant",
    "pian": "pain",
    "pani": "pain",
    "chset": "chest",
    "wrost": "worst",
    "stoke": "stroke",
    "strok": "stroke",
}
# A token at least this frequent in a language's dictionary is a real word, never a typo.
_COMMON_WORD_MIN_COUNT = 1000


def fold(text: str) -> str:
    """Lowercase, strip accents and ligatures, resolve apostrophes and decimal commas."""
    text = text.translate(_APOSTROPHES).translate(_LIGATURES).lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _EN_CONTRACTION.sub(r"\1\2", text)
    text = text.replace("'", " ")
    return _DECIMAL_COMMA.sub(r"\1.\2", text)


def tokens(folded: str) -> list[str]:
    return _TOKEN.findall(folded)


def sentences(folded: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(folded) if s.strip()]


def clauses(sentence: str) -> list[str]:
    return [c for c in _CLAUSE_BREAK.split(f" {sentence} ") if c.strip()]


def _skeleton(word: str) -> str:
    """A rough phonetic key: typos like "anafalaxis" or "atack" collapse onto the real word."""
    word = word.replace("ph", "f").replace("y", "i").replace("ck", "k")
    return re.sub(r"(.)\1+", r"\1", word)


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (transpositions count once), or limit+1 if above."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[-1], limit + 1)


@cache
def common_words() -> frozenset[str]:
    """Frequent words of English, French and Spanish, folded like messages are."""
    from spellchecker import SpellChecker

    words: set[str] = set()
    for language in ("en", "fr", "es"):
        dictionary = SpellChecker(language=language, distance=1).word_frequency.dictionary
        words.update(
            fold(word) for word, count in dictionary.items() if count >= _COMMON_WORD_MIN_COUNT
        )
    return frozenset(words)


class Corrector:
    """Maps a token to the rule vocabulary word it is a typo of, or leaves it alone."""

    def __init__(self, vocabulary: set[str]) -> None:
        self.vocabulary = frozenset(vocabulary)
        self._by_skeleton: dict[str, str] = {}
        for word in sorted(self.vocabulary):
            self._by_skeleton.setdefault(_skeleton(word), word)
        self.correct = lru_cache(maxsize=20000)(self._correct)

    def _correct(self, token: str) -> str:
        if token in _MISSPELLINGS:
            return _MISSPELLINGS[token]
        if len(token) < 5 or token in self.vocabulary or not token.isalpha():
            return token
        if token in common_words():
            return token
        skeleton = _skeleton(token)
        if skeleton in self._by_skeleton:
            return self._by_skeleton[skeleton]
        limit = 1 if len(token) < 8 else 2
        scored = []
        for key, word in self._by_skeleton.items():
            if len(word) < 5 or abs(len(key) - len(skeleton)) > limit:
                continue
            raw = _distance(token, word, limit)
            folded = _distance(skeleton, key, limit)
            if min(raw, folded) <= limit:
                # Rank by the smaller distance, then the plain one: "seevre" is one swap
                # from "severe" and only one skeleton edit from "serre".
                scored.append((min(raw, folded), raw, word))
        if not scored:
            return token
        scored.sort()
        # An ambiguous typo (two vocabulary words equally near) is left as it is.
        if len(scored) > 1 and scored[1][:2] == scored[0][:2]:
            return token
        return scored[0][2]

    def sentence(self, folded: str) -> str:
        return " ".join(self.correct(tok) for tok in tokens(folded))
