"""How the name detector reads a text: word tokens, their folded form, and what capital
letters say about them."""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property

from compliance.redaction import lexicon
from compliance.redaction.names import romance
from compliance.redaction.states import AP_ABBRS

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n(\[\"\u00bf\u00a1]|\s[-\u2013\u2014])\s*$")

_ABBREVIATIONS = frozenset(
    ["dr", "mr", "mrs", "ms", "mx", "st", "jr", "sr", "prof", "rev", "sgt", "fr"]
)
# Particles inside surnames ("mervyn ó giobúin", "ana de la cruz", "mac an airchinnigh").
PARTICLES = frozenset(
    [
        "o", "ó", "de", "da", "del", "della", "der", "den", "di", "do", "dos", "das", "du",
        "la", "le", "van", "von", "ter", "ten", "bin", "ibn", "al", "el", "st", "mac",
        "an", "ni", "nic", "ui", "mhic", "ben", "abu", "bint"
    ]
)  # fmt: skip
# Words that grammar puts after "my wife", "tell" or a first name: never part of a name there.
NOT_AFTER_NAME = frozenset(
    [
        "a", "an", "the", "is", "was", "has", "had", "have", "will", "would", "can", "could",
        "should", "may", "might", "must", "does", "did", "do", "and", "or", "but", "also",
        "just", "still", "who", "which", "that", "says", "said", "thinks", "wants", "needs",
        "keeps", "got", "gets", "took", "takes", "went", "goes", "came", "comes", "called",
        "calls", "fell", "feels", "felt", "is's", "isnt", "wasnt", "doesnt", "didnt", "cant",
        "wont", "been", "being", "not", "never", "always", "again", "too", "here", "there",
        "now", "today", "yesterday", "tomorrow", "tonight", "this", "these", "those", "she",
        "he", "they", "it", "i", "me", "my", "mine", "you", "your", "we", "us", "our", "him",
        "his", "her", "hers", "them", "their", "its", "on", "in", "at", "to", "for", "from",
        "of", "by", "with", "about", "after", "before", "into", "over", "under", "all", "some",
        "any", "both", "each", "every", "no", "so", "if", "when", "while", "as", "than", "then",
        "because", "works", "worked", "lives", "lived", "stays", "knows", "speaks", "helps",
        "drives", "brings", "brought", "picks", "picked", "sent", "told", "asks", "asked",
        # "pt needs karen interpreter": a role after a name is never its surname.
        "interpreter", "interpreters", "translator", "translators", "interpretation",
    ]
)  # fmt: skip
# SQL's words in capitals, before a column that names an identifier ("WHERE mrn = ...").
SQL_KEYWORDS = frozenset(
    [
        "SELECT", "FROM", "WHERE", "AND", "OR", "SET", "VALUES", "INSERT", "INTO", "UPDATE",
        "DELETE", "JOIN", "ON", "AS", "IN", "IS", "NOT", "NULL", "LIKE", "ILIKE", "ORDER", "BY",
        "GROUP", "LIMIT", "RETURNING", "HAVING", "DISTINCT", "UNION", "LEFT", "INNER",
    ]
)  # fmt: skip
# Given names that are months: "in June", "since April" are dates.
_MONTHS = frozenset(["april", "may", "june", "july", "august"])
_DATE_PREPOSITION_RE = re.compile(
    r"\b(?:in|on|since|until|till|by|through|from|to|of|last|next|early|late|mid|this|every)\s+$",
    re.IGNORECASE,
)
_MIXED_ACRONYM_RE = re.compile(r"[A-Z]{2,}[a-z]{1,2}")
_DOSE_AFTER_RE = re.compile(
    r"\s+\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml|units?|iu|tabs?|tablets?|caps?|puffs?|%)\b", re.I
)
_VERSION_AFTER_RE = re.compile(r"\s+v?\d+\.\d+(?:\.\d+)*\b")
# "I'm", "wasn't", "she'll": contractions are never names.
_CONTRACTION_RE = re.compile(
    r"['\u2019](?:t|m|re|ve|ll|d)$|^(?:whats|thats|hows|wheres|theres|heres|whos|lets|dont|"
    r"cant|wont|didnt|doesnt|isnt|wasnt|arent|couldnt|shouldnt|wouldnt|youre|theyre|ive|ill|"
    r"youll|theyll|itll)$",
    re.IGNORECASE,
)


def is_contraction(word: str) -> bool:
    return bool(_CONTRACTION_RE.search(word))


def fold(word: str) -> str:
    """Lower case without accents, and without a possessive 's: the form the lists use."""
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def typo_of(word: str, words: frozenset[str]) -> bool:
    """Two neighbouring letters swapped, one letter doubled or stray, or a double letter
    typed once ("atack"), in an ordinary word."""
    for k in range(len(word) - 1):
        if word[:k] + word[k + 1] + word[k] + word[k + 2 :] in words:
            return True
    if any(word[:k] + word[k + 1 :] in words for k in range(len(word))):
        return True
    return any(word[: k + 1] + word[k:] in words for k in range(len(word)))


def listed(word: str, names: frozenset[str]) -> bool:
    """In the list, or hyphenated with a listed part ("garcia-marquez"), or listed without
    its apostrophe ("o'neil")."""
    if word in names:
        return True
    if "-" in word:
        parts = word.split("-")
        common = lexicon.common_words()
        return any(p in names for p in parts if len(p) > 2) and not any(
            p in common and p not in PARTICLES for p in parts
        )
    return "'" in word and word.replace("'", "") in names


class Words:
    """The word tokens of one text, with the facts every rule asks about them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = list(TOKEN_RE.finditer(text))
        self.folded = [fold(m.group()) for m in self.tokens]
        # Capital letters carry information only in text that has both cases.
        self.cased = any(map(str.isupper, text)) and any(map(str.islower, text))
        self.upper_text = text.isupper()

    def __len__(self) -> int:
        return len(self.tokens)

    @cached_property
    def lists(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        common = lexicon.common_words()
        if romance.reads_romance(self.text):
            common = common | romance.romance_words()  # "necesito una cita"
        return lexicon.first_names(), lexicon.last_names(), common

    def capitalised(self, k: int) -> bool:
        word = self.tokens[k].group()
        return (self.cased and word[0].isupper() and not word.isupper()) or (
            self.upper_text and len(word) > 1
        )

    def upper_name(self, k: int) -> bool:
        """An all-capitals word in mixed text ("Jonathan SUN"): a surname only beside a name."""
        word = self.tokens[k].group()
        return self.cased and len(word) > 1 and word.isupper()

    def sentence_initial(self, k: int) -> bool:
        """First word of a sentence, a line or a parenthesis: its capital says nothing. The
        full stop of an initial or a title ("Seojun H. Nair", "Dr. Okafor") ends nothing."""
        start = self.tokens[k].start()
        if not _SENTENCE_END.search(self.text[max(0, start - 4) : start]):
            return False
        return not (
            k > 0
            and self.gap(k - 1, k).strip() == "."
            and (len(self.tokens[k - 1].group()) == 1 or self.folded[k - 1] in _ABBREVIATIONS)
        )

    def not_a_name_here(self, k: int) -> bool:
        """ "Django 5.0.6" is software and its version; "in June" is a month; "Mich." and
        "Tenn." are states."""
        token = self.tokens[k]
        if self.text[token.end() : token.end() + 1] == "=":
            return True  # "sid=a81f": a log key
        if _MIXED_ACRONYM_RE.fullmatch(token.group()) or _DOSE_AFTER_RE.match(
            self.text, token.end()
        ):
            return True  # "QTc 452 ms"; "Allegra 180 mg": a drug before its dose
        if (
            self.text[token.end() : token.end() + 1] == "."
            and token.group()[:1].isupper()
            and token.group().lower() in AP_ABBRS
            and token.group().lower() != "miss"
        ):
            return True
        return bool(_VERSION_AFTER_RE.match(self.text, token.end())) or (
            self.folded[k] in _MONTHS
            and bool(
                _DATE_PREPOSITION_RE.search(self.text[max(0, token.start() - 12) : token.start()])
            )
        )

    def glued(self, k: int) -> bool:
        """Part of a longer token ("sha256", "v2_maria", "America/New_York"): not a word of its
        own."""
        start, end = self.tokens[k].start(), self.tokens[k].end()
        before = self.text[start - 1] if start else " "
        after = self.text[end] if end < len(self.text) else " "
        path = after == "/" and self.text[end + 1 : end + 2].isalnum()
        return before.isdigit() or before == "_" or after.isdigit() or after == "_" or path

    def adjacent(self, a: int, b: int) -> bool:
        gap = self.text[self.tokens[a].end() : self.tokens[b].start()]
        return len(gap) <= 3 and gap.strip(" .+") == "" and "\n" not in gap

    def gap(self, a: int, b: int) -> str:
        return self.text[self.tokens[a].end() : self.tokens[b].start()]

    def end(self, k: int) -> int:
        """End of a token without its possessive 's ("maria's" -> "maria")."""
        m = self.tokens[k]
        if m.group().lower().endswith(("'s", "\u2019s")):
            return m.end() - 2
        return m.end()
