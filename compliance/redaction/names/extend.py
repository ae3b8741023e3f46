"""Growing a name from its first word: middle initials ("John A. Smith"), particles ("ana de la
cruz", "Mac an Airchinnigh"), further surnames, and the "Surname, First" order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from compliance.redaction import lexicon
from compliance.redaction.names import romance
from compliance.redaction.names.words import NOT_AFTER_NAME, PARTICLES, Words, listed, typo_of

# Generational suffixes after a surname.
GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])


@dataclass(frozen=True)
class Start:
    """Why a name starts at a word: after a cue (``in_context``), after a strong one such as
    "my name is" (``strong``), at a listed given name (``from_first_name``), or at a capitalised
    listed surname (``surname_first``: "Boateng, Jiwoo")."""

    score: float
    in_context: bool
    strong: bool = False
    from_first_name: bool = False
    surname_first: bool = False


_PARTICLE_JOINED_RE = re.compile(r"(?:al|el|abu|bin|ibn|ben|ould)-[A-Z][^\W\d_]+")


def surname_like(w: Words, k: int) -> bool:
    """A word that may follow a given name inside a name."""
    word = w.folded[k]
    first, last, common = w.lists
    if _PARTICLE_JOINED_RE.fullmatch(w.tokens[k].group()):
        return True  # "Smokey al-Otaibi": a particle joined to a capitalised surname
    if word in lexicon.function_words():
        return w.capitalised(k) and word not in lexicon.CLINICAL_WORDS
    if listed(word, last) or listed(word, first):
        return word not in lexicon.CLINICAL_WORDS and (not w.upper_name(k) or len(word) > 2)
    return w.capitalised(k) and word not in common


def unlisted(word: str) -> bool:
    """A word no list knows and that is not English nor a typo of an ordinary word."""
    first, last, common = lexicon.first_names(), lexicon.last_names(), lexicon.common_words()
    english = lexicon.english_words()
    return (
        len(word) > 2
        and word not in common
        and word not in first
        and word not in last
        and bool(english)
        and not lexicon.is_english(word)
        and not typo_of(word, common)
        and not typo_of(word, english)
    )


def _initial(w: Words, k: int) -> bool:
    tok = w.tokens[k].group()
    return (
        len(tok) == 1
        and tok.isalpha()
        and not w.glued(k)
        and (
            (w.cased and tok.isupper()) or w.text[w.tokens[k].end() : w.tokens[k].end() + 1] == "."
        )
    )


def _particles_then_surname(w: Words, k: int) -> int:
    """How many particles start at ``k`` and are followed by a surname (0 if not so)."""
    _, _, common = w.lists
    n = 0
    while k + n < len(w) and n < 2 and w.folded[k + n] in PARTICLES:
        if k + n + 1 >= len(w) or not w.adjacent(k + n, k + n + 1):
            return 0
        n += 1
    if n and k + n < len(w):
        nxt = k + n
        if surname_like(w, nxt) or (w.folded[nxt] not in common and w.folded[nxt] not in PARTICLES):
            return n
    return 0


def _second_word(w: Words, i: int, start: Start) -> bool:
    """The word right after the first word of a name, in context, that no rule for later
    words takes: an unknown surname ("isadora novaes"), a listed surname that is also a word
    ("my mom rebecca grant")."""
    word = w.folded[i + 1]
    _, last, common = w.lists
    if word in lexicon.CLINICAL_WORDS or word in NOT_AFTER_NAME:
        return False
    if start.from_first_name and word not in common:
        return True
    if not start.in_context or (word in common and word in romance.romance_words()):
        return False  # "c'est thibault pour ma fille": in French, "pour" is a word
    if listed(word, last):
        return True  # "my mom rebecca grant", "pt oluwaseun wolf"
    return (
        word not in common
        and not typo_of(word, common)
        and (unlisted(word) or not lexicon.is_english(word) or listed(word, last))
    )


def extend(w: Words, i: int, start: Start) -> int:
    """Index of the last word of the name that starts at word ``i``."""
    _, _, common = w.lists
    j = i
    after_initial = False
    while j + 1 < len(w) and j - i < 4 and w.adjacent(j, j + 1):
        particles = _particles_then_surname(w, j + 1)
        if particles:
            j += particles + 1
            continue
        if _initial(w, j + 1):
            j += 1
            after_initial = True
            continue
        nxt_word = w.folded[j + 1]
        if nxt_word in romance.romance_words() and romance.reads_romance(w.text):
            break  # "c'est g. makoni mon pere": a French word ends the name
        if (
            w.capitalised(j)
            and not (w.capitalised(j + 1) or w.upper_name(j + 1))
            and not _PARTICLE_JOINED_RE.fullmatch(w.tokens[j + 1].group())
        ):
            break  # "Called Ms. D'Souza re: labs": a capitalised name goes on capitalised
        if (
            surname_like(w, j + 1)
            or (start.strong and nxt_word not in common)
            or (
                after_initial
                and (w.capitalised(j + 1) or nxt_word not in common or listed(nxt_word, w.lists[1]))
                # "RN Parul J. will call": in cased text a lower-case word is no surname.
                and not (w.cased and w.text[w.tokens[j + 1].start()].islower())
            )
            or (j == i and _second_word(w, i, start))
        ):
            j += 1
            after_initial = False  # "g. makoni mon pere": one surname after the initials
            continue
        break
    if j == i and (start.in_context or start.surname_first) and comma_first_name(w, j):
        j += 1
        if j + 1 < len(w) and _initial(w, j + 1) and w.adjacent(j, j + 1):
            j += 1  # "Smith, John A."
        elif (
            j + 1 < len(w)
            and w.adjacent(j, j + 1)
            and w.upper_name(j)
            and w.upper_name(j + 1)
            and w.folded[j + 1] not in common
            and w.folded[j + 1] not in lexicon.CLINICAL_WORDS
        ):
            j += 1  # "QUEK, BOON KENG": a second given name in capitals
    if j + 1 < len(w) and w.folded[j + 1] in GENERATIONS and w.gap(j, j + 1) in (" ", ", "):
        j += 1  # "Nasra Nasser Jr.", "Sonny Frost III"
    return j


def comma_first_name(w: Words, j: int) -> bool:
    """ "patient Ullmann, Ilias" / "tell turner, edgar": a surname, a comma, a given name."""
    if j + 1 >= len(w) or w.gap(j, j + 1) != ", ":
        return False
    first, _, common = w.lists
    nxt = w.folded[j + 1]
    return (
        (nxt in first and w.capitalised(j + 1) == (w.capitalised(j) or w.upper_name(j)))
        or (w.cased and (w.capitalised(j + 1) or w.upper_name(j + 1)) and nxt not in common)
        or (not w.capitalised(j) and unlisted(nxt))
    )


def surname_before_comma(w: Words, i: int, *, context_before: bool) -> bool:
    """ "Gonzalez, Maria" found from "Maria": the word before the comma is the surname."""
    if i == 0 or w.gap(i - 1, i) != ", ":
        return False
    prev = w.folded[i - 1]
    _, last, _ = w.lists
    if prev in lexicon.CLINICAL_WORDS or prev in NOT_AFTER_NAME:
        return False
    if w.capitalised(i):
        return (w.capitalised(i - 1) or w.upper_name(i - 1)) and (
            context_before or listed(prev, last) or w.sentence_initial(i - 1)
        )
    return prev in last and context_before


def capitals_run(w: Words, i: int) -> bool:
    """Two words or more in capitals in mixed text, each a name or no English word:
    "RODEL DIMAANO"; an acronym alone ("per HIPAA") is not."""
    k = i
    while k < len(w) and w.upper_name(k) and (k == i or w.adjacent(k - 1, k)):
        word = w.folded[k]
        if (
            word in w.lists[2]
            or word in lexicon.CLINICAL_WORDS
            or not (
                listed(word, w.lists[0]) or listed(word, w.lists[1]) or not lexicon.is_english(word)
            )
        ):
            return False
        k += 1
    return k - i >= 2
