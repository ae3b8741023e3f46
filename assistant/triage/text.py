"""Text preparation for the emergency check: fold, tokenise, fix typos, split into clauses.

Patients type on phones, in a hurry, in English, French or Spanish. The rules in
``rules.py`` are written against a folded form of the message: lowercase, accents removed,
apostrophes resolved ("can't" -> "cant", "j'ai" -> "j ai"), one space between tokens.

Typos are repaired token by token towards the vocabulary the rules use ("chest pian" ->
"chest pain", "siezure" -> "seizure"), but only when the token is not itself a common word in
one of the three languages: "cooking" is one edit away from "choking" and must stay
"cooking". The common-word lists come from pyspellchecker's frequency dictionaries (a
maintained, pure-Python package), loaded once per process.

The repair is systematic rather than a list of known misspellings: any token of five letters
or more that is one edit (insertion, deletion, substitution or swap of two neighbours; two
edits from eight letters) from a rule word is mapped to it, and a token whose start is one
edit from a rule stem ("sainge" against the stem "saign") gets the stem back with its ending.
When two rule words are equally near, a swap of neighbours wins ("virve" is "vivre", not
"sirve"): it is the commonest slip on a phone keyboard.
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
# Spoken French glues "je" to the verb: "jvomis", "jpense", "jveux", "jsuis", "jme".
_GLUED_JE = re.compile(
    r"\bj(?=(?:vomi|pense|veux|vais|sais|peux|suis|sens|me|m|te|crois|trouve|saigne|arrive|etouffe|respire)[a-z]*\b)"
)
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+")
# Sentence ends; a full stop between digits is a decimal point (38.5), not an end.
_SENTENCE_END = re.compile(r"[!?;\n]+|\.(?!\d)")
# Clause breaks inside a sentence: commas, dashes, the conjunctions that start a new
# statement ("... in 2015, but now my chest hurts") and the words that bring a story back to
# today ("my dad had a stroke last year and today his face is drooping", typed without a
# comma). The word stays at the start of the new clause (zero-width split).
_CLAUSE_BREAK = re.compile(
    r",|\s-\s|(?=\s(?:but|however|although|and now|now|today|tonight|this morning|"
    r"this evening|mais|pourtant|et maintenant|maintenant|aujourd hui|ce matin|ce soir|"
    r"en ce moment|pero|aunque|sin embargo|y ahora|ahora|hoy|esta manana|esta noche)\s)"
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
# A token this frequent is a real word, if a rare one: never repaired towards a word two
# edits away.
_KNOWN_WORD_MIN_COUNT = 50
# Shorter words and stems are never fuzzy-matched: too many real words lie one edit away.
_MIN_FUZZY_LENGTH = 5
_LANGUAGES = ("en", "fr", "es")


def fold(text: str) -> str:
    """Lowercase, strip accents and ligatures, resolve apostrophes and decimal commas."""
    text = text.translate(_APOSTROPHES).translate(_LIGATURES).lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _EN_CONTRACTION.sub(r"\1\2", text)
    text = text.replace("'", " ")
    text = _GLUED_JE.sub("j ", text)
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
def _common_words_of(language: str) -> frozenset[str]:
    from spellchecker import SpellChecker

    dictionary = SpellChecker(language=language, distance=1).word_frequency.dictionary
    return frozenset(
        fold(word) for word, count in dictionary.items() if count >= _COMMON_WORD_MIN_COUNT
    )


@cache
def common_words(language: str | None = None) -> frozenset[str]:
    """Frequent words, folded like messages are, that are never treated as typos.

    Without a language: English, French and Spanish together. With the message's language:
    that language and English (English words turn up in every language's messages), so
    that "carne", a Spanish word, can still be "crane" mistyped in a French message.
    """
    if language not in _LANGUAGES:
        return _common_words_of("en") | _common_words_of("fr") | _common_words_of("es")
    return _common_words_of("en") | _common_words_of(language)


@cache
def known_words(language: str | None = None) -> frozenset[str]:
    """Words of the dictionary, rare ones included (protects against two-edit repairs)."""
    from spellchecker import SpellChecker

    languages = (language,) if language in _LANGUAGES else _LANGUAGES
    return frozenset(
        fold(word)
        for lang in languages
        for word, count in SpellChecker(language=lang, distance=1).word_frequency.dictionary.items()
        if count >= _KNOWN_WORD_MIN_COUNT
    )


# A candidate repair: distance, 0 for a swap of neighbours, plain distance, minus the length of
# the rule word or stem, that word or stem, and the repaired token.
_Repair = tuple[int, int, int, int, str, str]


class Corrector:
    """Maps a token to the rule vocabulary word it is a typo of, or leaves it alone."""

    def __init__(self, vocabulary: set[str], stems: set[str] = frozenset()) -> None:
        self.vocabulary = frozenset(vocabulary)
        self.stems = tuple(sorted(s for s in stems if len(s) >= _MIN_FUZZY_LENGTH))
        # Every rule word under its key: "pression" and "presion" share one, and a typo of
        # either must still reach it.
        self._by_skeleton: dict[str, list[str]] = {}
        for word in sorted(self.vocabulary):
            self._by_skeleton.setdefault(_skeleton(word), []).append(word)
        # The same, flat, with the letters of each as a bit set for a cheap first filter.
        self._candidates = [
            (key, word, _letters(key), _letters(word))
            for key, words in self._by_skeleton.items()
            for word in words
            if len(word) >= _MIN_FUZZY_LENGTH
        ]
        self.correct = lru_cache(maxsize=20000)(self._correct)

    def _correct(self, token: str, language: str | None) -> str:
        if token in _MISSPELLINGS:
            return _MISSPELLINGS[token]
        if len(token) < _MIN_FUZZY_LENGTH or token in self.vocabulary or not token.isalpha():
            return token
        common = common_words(language)
        if token in common:
            return token
        # Two neighbours swapped in a common word ("stroe" for "store", "rgiido" for "rigido")
        # is that word mistyped, not a rule word one other edit away ("stroke").
        swapped = {
            token[:i] + token[i + 1] + token[i] + token[i + 2 :] for i in range(len(token) - 1)
        }
        common_swaps = swapped & common
        if common_swaps and not swapped & self.vocabulary:
            return common_swaps.pop() if len(common_swaps) == 1 else token
        skeleton = _skeleton(token)
        if skeleton in self._by_skeleton:
            return self._by_skeleton[skeleton][0]
        stem = next((stem for stem in self.stems if token.startswith(stem)), None)
        if stem is not None:
            # Already a form of a stem ("saignait"): only a word of that stem may replace it,
            # so "droopnig" becomes "drooping" but never a word of another rule.
            scored = [c for c in self._near_words(token, skeleton) if c[4].startswith(stem)]
            return min(scored)[5] if scored else token
        scored = self._near_words(token, skeleton) + self._near_stems(token)
        if not scored:
            return token
        scored.sort()
        # Two edits away, a real if rare word of the message's language, or that word with two
        # neighbours swapped, is that word: "déprimée" or "dpérimée" is not "derrame". So is one
        # near only by its rough phonetic key: "stocke" (French, "I store") is not "stroke".
        if (scored[0][0] > 1 or scored[0][2] > 1) and ({token} | swapped) & known_words(language):
            return token
        # Ranked by distance, then swaps first, then the plain distance, then the longer rule
        # word or stem. Two repairs towards different rule words that tie on all of that are
        # an ambiguous typo, left as it is; two endings after the same stem are not.
        best, runner_up = scored[0], scored[1] if len(scored) > 1 else None
        if runner_up is not None and runner_up[:4] == best[:4] and runner_up[4] != best[4]:
            return token
        return best[5]

    def _near_words(self, token: str, skeleton: str) -> list[_Repair]:
        limit = 1 if len(token) < 8 else 2
        token_letters, skeleton_letters = _letters(token), _letters(skeleton)
        scored = []
        for key, word, key_letters, word_letters in self._candidates:
            if abs(len(word) - len(token)) > limit and abs(len(key) - len(skeleton)) > limit:
                continue
            # Each edit brings in or drops at most one letter: more new letters than the
            # limit on both forms means both distances are over it, without computing them.
            raw_near = _letters_apart(token_letters, word_letters) <= limit
            folded_near = _letters_apart(skeleton_letters, key_letters) <= limit
            if not (raw_near or folded_near):
                continue
            raw = _distance(token, word, limit) if raw_near else limit + 1
            folded = _distance(skeleton, key, limit) if folded_near else limit + 1
            if min(raw, folded) <= limit:
                # "seevre" is one swap from "severe" and only one skeleton edit from "serre".
                rank = (min(raw, folded), _not_a_swap(token, word), raw, -len(word))
                scored.append((*rank, word, word))
        return scored

    def _near_stems(self, token: str) -> list[_Repair]:
        """A token whose first letters are one edit from a stem: the stem plus its ending."""
        scored = []
        for stem in self.stems:
            for cut in (len(stem) - 1, len(stem), len(stem) + 1):
                head = token[:cut]
                if cut <= len(token) and _distance(head, stem, 1) <= 1:
                    rank = (1, _not_a_swap(head, stem), 1, -len(stem))
                    scored.append((*rank, stem, stem + token[cut:]))
        return scored

    def sentence(self, folded: str, language: str | None = None) -> str:
        return " ".join(self.correct(tok, language) for tok in tokens(folded))


def _letters(word: str) -> int:
    """The set of letters in a word, as bits (letters beyond "z" may share a bit)."""
    bits = 0
    for ch in word:
        bits |= 1 << (ord(ch) & 63)
    return bits


def _letters_apart(a: int, b: int) -> int:
    """A lower bound on the edit distance: letters in one word and not in the other."""
    return max((a & ~b).bit_count(), (b & ~a).bit_count())


def _not_a_swap(typo: str, word: str) -> int:
    """0 when the typo has the word's letters (two neighbours swapped), else 1."""
    return 0 if sorted(typo) == sorted(word) else 1
