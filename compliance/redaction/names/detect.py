"""Where a name starts, and the whole pass over a text.

A word starts a name when a cue before it says so (a title, an introduction, a kinship word,
a greeting or a sign-off), when it is a listed given name, or a capitalised listed surname in
cased text; ``after`` adds the names found by a cue after them ("maria here"). How much the
word itself must look like a name depends on the cue: after "my name is" anything that grammar
does not put there; after "hi" only a listed name or a capitalised word; with no cue, a listed
given name that is not also an ordinary word, unless its capital letter says otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction import lexicon
from compliance.redaction.lowercase import finditer, lower_text, search
from compliance.redaction.names import after, comma, cues, marks, pairs, roles, romance
from compliance.redaction.names.eponyms import (
    EPONYM_BEFORE_RE,
    eponym_not_person,
    is_eponym,
    is_eponym_name,
)
from compliance.redaction.names.extend import (
    Start,
    capitals_run,
    comma_first_name,
    extend,
    surname_before_comma,
    surname_like,
    unlisted,
)
from compliance.redaction.names.words import (
    NOT_AFTER_NAME,
    PARTICLES,
    TOKEN_RE,
    Words,
    fold,
    is_contraction,
    listed,
    typo_of,
)
from compliance.redaction.spans import Candidate
from compliance.redaction.states import state_before_zip

# After "I'm" and a word: what goes on an introduction ("im michline, your new patient").
_INTRODUCTION_AFTER_RE = re.compile(
    r"\s*(?:,\s*(?:(?:your|ur|the|a)\s+(?:new\s+)?(?:patient|pt|daughter|son|wife|husband|mom|"
    r"mother|dad|father|caregiver|neighbor|nurse|interpreter)|(?:his|her|their)\s+\w+)\b"
    r"|\s+(?:here|again|calling|writing|from\s+the|your\s+(?:new\s+)?(?:patient|pt))\b)",
    re.IGNORECASE,
)
# "my name is spelled wrong": words that say something about the name instead of being it.
_NAME_STATES = frozenset(
    [
        "spelled", "spelt", "wrong", "incorrect", "misspelled", "missing", "listed", "correct",
        "different", "same", "changed", "right", "showing", "written", "typed", "on", "in",
        "under"
    ]
)  # fmt: skip
# What follows thanks in patients' other languages when no name does ("merci beaucoup",
# "mesi anpil", "gracias mija"): endearments and "very much" (their function words are in
# ``lexicon.foreign_words``).
_AFTER_THANKS = frozenset(
    [
        "beaucoup", "infiniment", "bolshoe", "bolshoye", "habibi", "habibti", "anpil", "mija",
        "mijo", "mami", "papi", "amiga", "amigo", "mucho", "muchas", "muchisimas", "muito",
        "muita", "mto", "assai", "mille", "sana", "nyingi", "sayang", "po", "dok", "doc",
        "doctora", "doctor", "docteur", "doutor", "doutora", "ji", "ahsante", "jan", "jaan",
        "nena", "nene", "corazon", "querida", "querido", "hermano", "hermana", "tia", "tio",
        "mama", "papa", "madame", "monsieur", "senor", "senora", "dios", "bendiciones",
        "blessings", "bien", "lijepa", "puno", "mnogo", "vielmals", "cok", "nagyon", "moc",
        "mult", "bahut", "banyak", "gozaimasu", "domo", "lot", "nhieu", "pela", "pelo", "ben",
        "bardzo", "kteer", "ktir", "poli", "dokte", "doktor", "doktore", "bondye", "dieu", "allah",
        "ajuda", "\u043b\u0456\u043a\u0430\u0440\u044e", "\u0434\u043e\u043a\u0442\u043e\u0440",
        "\u0432\u0440\u0430\u0447", "\u0434\u043e\u043a\u0442\u043e\u0440\u0443"
    ]
)  # fmt: skip
_POSSESSIVE_RE = re.compile(r"\b(?:my|our|his|her|their|your)\s+$")
_ELISION_RE = re.compile(r"(?:[cdjlmnst]|qu)['\u2019][a-z\u00e0-\u00ff]")
_HYPHENATED_EPONYM_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+){2,}")
_ANY_CUE = frozenset(["title", "strong", "weak", "near", "relation"])
_CUED = _ANY_CUE | {"kin", "sign_off", "dash"}
_CONTEXT = frozenset(["weak", "near", "relation", "sign_off", "dash"])
_IS_AGE_RE = re.compile(
    r"\s+(?:is|was)\s+(?:now\s+)?(?P<age>9\d|1[01]\d)(?![\d.,]\d|\d)"
    r"(?=\s*(?:[,;.!?]|and\b|but\b|now\b|today\b|she\b|he\b|so\b|next\b|this\b|already\b|"
    r"na\b|years?\b|yrs?\b|y/?o\b|$))",
    re.IGNORECASE,
)
_AGE_DIGITS_OR_WORDS = re.compile(r"9\d|1[01]\d|ninety|hundred|noventa|cien|quatre", re.IGNORECASE)
# "my husband works nights", "my son lives there": a verb after a kinship word, not a name.
_VERB_AFTER_KIN_RE = re.compile(
    r"(?:works|lives|says|said|thinks|wants|needs|gets|goes|went|takes|took|keeps|has|had|"
    r"does|did|is|was|will|can|could|would|should|might|must|came|comes|called|calls|left|"
    r"fell|died|passed|passes|stays|stayed|helps|helped|drives|drove|uses|used|feels|felt)"
)

# The object of a verb, straight after it: "pick it up", "drive me", "bring them".
_OBJECT_WORDS = frozenset(["it", "them", "me", "us", "him", "up", "out", "off", "back", "over"])


def _initial_with_stop(w, k: int) -> bool:
    """A capital letter alone with its full stop: "T." in "Shadow T."."""
    token = w.tokens[k]
    return (
        len(token.group()) == 1
        and token.group().isupper()
        and w.gap(k - 1, k) == " "
        and w.text[token.end() : token.end() + 1] == "."
    )


class _Pass:
    def __init__(self, text: str) -> None:
        self.w = Words(text)
        self.ends = cues.cue_ends(text)
        # Per word, the kinds of cue that end where it starts (asked many times per word).
        word_at = {token.start(): k for k, token in enumerate(self.w.tokens)}
        self._cued: list[set[str]] = [set() for _ in self.w.tokens]
        for kind, ends in self.ends.items():
            for end in ends:
                if (k := word_at.get(end)) is not None:
                    self._cued[k].add(kind)
        self.first, self.last, self.common = self.w.lists
        self.ambiguous = lexicon.ambiguous_first_names()
        self.frequent = lexicon.frequent_first_names()
        # In Spanish or French text, its ordinary words ("mi papá dice ...") need a capital.
        self.romance = romance.romance_words() if romance.reads_romance(text) else frozenset()
        if romance.reads_creole(text):  # "mesi anpil pou tout bagay"
            self.romance = romance.all_words() if self.romance else romance.creole_words()

    def after(self, kind: str, k: int) -> bool:
        return kind in self._cued[k]

    def any_cue(self, k: int) -> bool:
        return not self._cued[k].isdisjoint(_ANY_CUE)

    def given(self, k: int) -> bool:
        """A listed given name, or a hyphenated one that starts with one and has no ordinary
        word in it ("anne-marie", not "held-out")."""
        word = self.w.folded[k]
        if word in self.first or word in self.frequent:
            return True
        parts = word.split("-")
        return (
            len(parts) > 1 and parts[0] in self.first and not any(p in self.common for p in parts)
        )

    def start(self, i: int) -> Start | None:
        if not self._cued[i]:
            # Most words follow no cue. Then only the word itself can start a name, and most
            # words plainly do not: ask that before the dearer questions of ``_never_a_name``.
            start = self._start_by_word(i)
            return None if start is None or self._never_a_name(i) else start
        if self._never_a_name(i):
            return None
        w, word = self.w, self.w.folded[i]
        common, first, last = self.common, self.first, self.last
        nxt = w.folded[i + 1] if i + 1 < len(w) else ""
        next_adjacent = i + 1 < len(w) and w.adjacent(i, i + 1)
        cued = not self._cued[i].isdisjoint(_CUED)
        if cued and self._initial_then_surname(i):
            return Start(0.8, in_context=True)  # "Pharmacist F. Tadesse"
        if (cued or self.after("self", i) or self.after("name_is", i)) and roles.initial_first(
            self, i
        ):
            return Start(0.8, in_context=True)  # "c'est g. makoni", "its c.f. kaur"
        if cued and capitals_run(self.w, i):
            return Start(0.8, in_context=True, strong=True)  # "per mother IDIL NASSER-BLEVINS"
        if (
            cued
            and w.upper_name(i)
            and word not in common
            and not lexicon.is_english(word)
            and comma_first_name(w, i)
        ):
            return Start(0.8, in_context=True)  # "Pt: GORANTLA, Prasanta"
        if (
            self.after("title", i)
            and not (word in self.romance and not w.capitalised(i))
            and (
                word not in common
                or w.capitalised(i)
                or (word in last and word not in lexicon.function_words())
                # "dr ó broic": a particle, then the rest of the surname.
                or (word in PARTICLES and next_adjacent and nxt not in common)
            )
        ):
            return Start(0.85, in_context=True, strong=True)
        if (
            self.after("honorific", i)
            and word not in NOT_AFTER_NAME
            and (listed(word, last) or listed(word, first))
        ):
            return Start(0.85, in_context=True, strong=True)
        if (
            self.after("name_is", i)
            and word not in NOT_AFTER_NAME
            and word not in _NAME_STATES
            and (word not in common or word in first or word in last or w.capitalised(i))
        ):
            return Start(0.85, in_context=True, strong=True)
        if (
            (self.after("strong", i) or self.after("sign_off", i))
            # "c/o BLE edema": capitals of three letters or fewer are an acronym.
            and not (w.upper_name(i) and len(word) <= 3)
        ) and (
            # "the name detector", "drug names, acronyms": not after a bare "name".
            (
                word not in common
                and (
                    w.capitalised(i)
                    # "called aobut the rash": a typo of an ordinary word is no name, nor
                    # a word of another language ("gracias por todo", "merci beaucoup").
                    or (
                        not lexicon.is_english(word)
                        and not typo_of(word, common)
                        and word not in lexicon.foreign_words()
                        and word not in romance.romance_words()
                        and word not in self.romance
                    )
                )
            )
            or (
                word in first
                and word not in NOT_AFTER_NAME
                and word not in lexicon.function_words()
            )
            or (w.capitalised(i) and (word in first or word in last) and word not in NOT_AFTER_NAME)
            # "soy pat dorsainvil": a given name that is also a short word, then a surname.
            or (
                word in first
                and word not in NOT_AFTER_NAME
                and next_adjacent
                and (unlisted(nxt) or (listed(nxt, last) and nxt not in common))
            )
        ):
            return Start(0.85, in_context=True, strong=self.after("strong", i))
        context = not self._cued[i].isdisjoint(_CONTEXT)
        if context and (
            (word in first and word not in self.ambiguous and word not in self.romance)
            or (word not in common and listed(word, last) and word not in self.romance)
            # "Patient, Practitioner, Organization" is a list of nouns, not a name.
            or (word not in common and w.capitalised(i) and not lexicon.is_english(word))
            # "confirming for farhad luong": a word no list knows, then a listed surname.
            or (unlisted(word) and not w.upper_name(i) and self._surname_follows(i))
            # "Pharmacist Aisling called": after a relation, a capitalised uncommon word; in
            # cased text a capitalised given name even when it is a word too ("daughter Will:",
            # "infant Sky,").
            or (
                (self.after("relation", i) or self.after("kin", i))
                and w.capitalised(i)
                and not w.sentence_initial(i)
                and (word not in common or (w.cased and word in first))
                and not w.gap(i - 1, i).strip()  # "Patient, Practitioner" is a list
            )
            # "call mercy at 617 ...": a given name that is also a word, then a number.
            or (word in first and bool(cues.NUMBER_AFTER_RE.match(w.text, w.tokens[i].end())))
            or (
                # "match Fox, Oluwaseun": a capitalised surname that is also a word.
                w.capitalised(i) and listed(word, last) and word not in lexicon.function_words()
            )
            or (
                # "this is caroline mendes": a given name that is also a word, then a surname.
                word in first
                and word not in NOT_AFTER_NAME
                and (
                    self._surname_follows(i)
                    or (
                        next_adjacent
                        and nxt not in NOT_AFTER_NAME
                        and (listed(nxt, last) or w.capitalised(i + 1))
                        and nxt not in lexicon.function_words()
                        and not self.after("near", i)
                    )
                )
            )
        ):
            return Start(0.8, in_context=True)
        if (
            self.after("kin", i)
            and (word in first or word in last or unlisted(word))
            and word not in NOT_AFTER_NAME
            and word not in self.romance
            and not _VERB_AFTER_KIN_RE.fullmatch(word)
            # "can my son pick it up": a verb, its object after it.
            and not (i + 1 < len(w) and w.gap(i, i + 1) == " " and w.folded[i + 1] in _OBJECT_WORDS)
        ) or (
            (
                self.after("self", i)
                or self.after("weak", i)
                or self.after("relation", i)
                or self.after("sign_off", i)
                or (self.after("dash", i) and self._last_words(i))
            )
            and not self.after("i_am", i)
            and not w.upper_name(i)  # "per HIPAA": capitals alone in mixed text, an acronym
            and unlisted(word)
            and word not in self.romance  # "je suis malade"
            and self._followed_like_a_name(i)
        ):
            return Start(0.75, in_context=True)
        if (
            # "im michline, your new patient", "i'm zorana here": after "I'm", a word no list
            # knows is a name only where an introduction goes on ("im prediabetic" is not).
            self.after("i_am", i)
            and unlisted(word)
            and word not in self.romance
            and word not in lexicon.CLINICAL_WORDS
            and not w.upper_name(i)
            and _INTRODUCTION_AFTER_RE.match(w.text, w.tokens[i].end())
        ):
            return Start(0.75, in_context=True)
        if (
            (self.after("relation", i) or self.after("kin", i))
            and w.cased
            and w.capitalised(i)
            and word not in lexicon.CLINICAL_WORDS
            and i + 1 < len(w)
            and _initial_with_stop(w, i + 1)
        ):
            return Start(0.75, in_context=True)  # "staff member Shadow T.": a word, an initial
        return self._start_by_word(i)

    def _never_a_name(self, i: int) -> bool:
        """A clinical word, a contraction, part of a longer token, or a word that
        ``Words.not_a_name_here`` rules out, whatever the cue before it."""
        w, word = self.w, self.w.folded[i]
        return (
            (word in lexicon.CLINICAL_WORDS and not self._titled_surname(i))
            or is_contraction(word)
            or w.glued(i)
            or w.not_a_name_here(i)
            # "ma mère s'est effondrée": French elision, not "S'est"
            or bool(self.romance and _ELISION_RE.match(w.tokens[i].group()))
            # "merci beaucoup", "gracias mija": no name after thanks
            or (word in _AFTER_THANKS and self.after("sign_off", i) and not w.capitalised(i))
        )

    def _titled_surname(self, i: int) -> bool:
        """ "Dr. Day", "Dr. N. Day": a capitalised surname after a title in cased text, though
        the word is a clinical or time word too."""
        w = self.w
        return (
            w.cased
            and w.capitalised(i)
            and (
                self.after("title", i)
                or (i >= 1 and self.after("title", i - 1) and _initial_with_stop(w, i - 1))
            )
            and w.folded[i] in self.last
        )

    def _start_by_word(self, i: int) -> Start | None:
        """A name started by the word itself, whether a cue is before it or not: its role and
        the verb after it, a listed given name, an initial before a surname, a capitalised
        surname."""
        if roles.word_name_by_role(self, i):
            return Start(0.75, in_context=True)
        if self._given_name_alone(i):
            return Start(0.7, in_context=False, from_first_name=True)
        if self._initial_then_surname(i):
            # "seen by F. Tadesse"; "letters for Kerline L. Swai": a capitalised word before
            # the initial belongs to the name (``_capitalised_before``).
            return Start(0.7, in_context=False)
        if self._capitalised_surname(i):
            return Start(0.7, in_context=False, surname_first=True)
        return None

    def _given_name_alone(self, i: int) -> bool:
        """A listed given name with no cue: not an ordinary word, unless capitalised in cased
        text away from the start of a sentence, or followed by a capitalised surname."""
        w, word = self.w, self.w.folded[i]
        if not self.given(i) or w.upper_name(i) or self._kin_word(i):
            return False  # "had a TIA": capitals alone in mixed text are an acronym
        if word in NOT_AFTER_NAME and not (w.capitalised(i) and self._surname_follows(i)):
            return False  # "will" and "may", unless "Will O'Brien"
        romance_text = not w.capitalised(i) and romance.reads_romance(w.text)
        if romance_text and word in romance.romance_words():
            return False  # "escribí una carta": a Spanish word, then a word Faker calls a name
        if not w.capitalised(i) and word in romance.creole_words() and romance.reads_creole(w.text):
            return False  # "rele m nan 917-...": "in" in Haitian Creole, not Nan
        raw = w.tokens[i].group()
        if not w.capitalised(i) and (
            (not raw.isascii() and lexicon.kin_word_elsewhere(raw))
            or (
                (word in lexicon.KIN_WORDS_ELSEWHERE or word in lexicon.foreign_words())
                and word not in self.frequent
            )
        ):
            # "mãe tá com febre", "jiddo is fasting", "khop jai lai lai": a relation or a word of
            # another language, unless a surname that is no such word follows. Not a given name
            # US records hold often ("lola", "greta"): that is still a name alone.
            nxt = w.folded[i + 1] if i + 1 < len(w) else ""
            return self._surname_follows(i) and nxt not in lexicon.foreign_words()
        if self._surname_follows(i):
            return True  # "bill garcia-marquez", "grant nair"
        if romance_text:
            return False  # "ya no le encuentro sentido a nada": Spanish words Faker calls names
        if word in PARTICLES and not w.capitalised(i) and not self._surname_follows(i):
            return False  # "wheelchair van", "springdale al": a particle needs its surname
        if word not in self.frequent and not (
            (w.capitalised(i) and not w.sentence_initial(i)) or self._surname_follows(i)
        ):
            # A name from the world lists alone in lower-case text ("geo:", "kai") is often
            # something else: it needs a surname after it or a capital.
            return False
        if word in self.common or word in self.ambiguous:
            # "Hope this helps", "Grant application", "Will call back": a given name that is
            # also a word needs a capitalised surname after it, or to end a clause.
            if not w.capitalised(i):
                return False
            if i + 1 < len(w) and w.adjacent(i, i + 1):
                if not (
                    (w.capitalised(i + 1) or w.upper_name(i + 1))
                    and w.folded[i + 1] not in self.common
                    and surname_like(w, i + 1)
                ):
                    return False
            elif w.sentence_initial(i):
                return False
        return not self._kin_word(i) and not (
            cues.RELATION_RE.fullmatch(word)
            and not (w.capitalised(i) and not w.sentence_initial(i))
        )

    def _initial_then_surname(self, i: int) -> bool:
        """ "F. Tadesse": a capital initial with its stop, then a capitalised word that is a
        name or no English word, in cased text ("E. coli" is not)."""
        w = self.w
        token = w.tokens[i].group()
        if not (w.cased and len(token) == 1 and token.isupper() and i + 1 < len(w)):
            return False
        if w.gap(i, i + 1) != ". " or not (w.capitalised(i + 1) or w.upper_name(i + 1)):
            return False
        nxt = w.folded[i + 1]
        return nxt not in lexicon.CLINICAL_WORDS and (
            listed(nxt, self.last) or (nxt not in self.common and not lexicon.is_english(nxt))
        )

    def _followed_like_a_name(self, i: int) -> bool:
        """ "its zorana again", "tell laban i'll be late", but not "its humira day" or "tell
        jardiance pharmacy": an unknown word followed by an ordinary one is not a name."""
        w = self.w
        if i + 1 >= len(w) or not w.adjacent(i, i + 1):
            return True
        if "." in w.gap(i, i + 1) and len(w.tokens[i].group()) > 1:
            return True  # "eto zemenay. babushka is 103": the sentence ends with the word
        nxt = w.folded[i + 1]
        return (
            nxt in NOT_AFTER_NAME
            or is_contraction(nxt)
            or (nxt not in self.common and not lexicon.is_english(nxt))
            or (not self.after("self", i) and self._surname_then_stop(i + 1))
        )

    def _surname_then_stop(self, k: int) -> bool:
        """ "pt oluwaseun wolf called": a listed surname that is also a word, then the end of
        the clause or a word that follows a name."""
        w, word = self.w, self.w.folded[k]
        if not listed(word, self.last) or word in lexicon.CLINICAL_WORDS or word in NOT_AFTER_NAME:
            return False
        return k + 1 >= len(w) or not w.adjacent(k, k + 1) or w.folded[k + 1] in NOT_AFTER_NAME

    def _last_words(self, i: int) -> bool:
        """Word ``i`` starts the last three words of the text, with no clause after it, or is
        the last word of a quoted message in a log line ('"body": "ok? -fayez", ...')."""
        w = self.w
        rest = w.text[w.tokens[i].end() :]
        if re.match(r"[\"']\s*[,}\]]", rest):
            return True
        return len(w) - i <= 3 and not re.search(r"[,;:?]", rest)

    def _surname_follows(self, i: int) -> bool:
        w = self.w
        if i + 1 >= len(w) or not w.adjacent(i, i + 1):
            return False
        nxt = w.folded[i + 1]
        if len(w.tokens[i + 1].group()) == 1 and i + 2 < len(w):
            nxt = w.folded[i + 2]  # "ati a. manda"
        return nxt not in self.common and (listed(nxt, self.last) or listed(nxt, self.first))

    def _kin_word(self, i: int) -> bool:
        """ "my son will call", "my son's asthma": the kinship word itself, after a possessive."""
        w = self.w
        before = w.text[max(0, w.tokens[i].start() - 8) : w.tokens[i].start()].lower()
        return (
            not w.capitalised(i)
            and bool(_POSSESSIVE_RE.search(before))
            and bool(cues.RELATION_RE.fullmatch(w.folded[i]))
        )

    def _capitalised_surname(self, i: int) -> bool:
        """In cased text, a capitalised listed surname that is no English word ("seen with
        Okafor"), or an all-capitals listed name before a capitalised one ("HSIU-CHIH D.
        Popescu")."""
        w, word = self.w, self.w.folded[i]
        if not w.cased or word in self.common or not (w.capitalised(i) or w.upper_name(i)):
            return False
        if w.sentence_initial(i):
            return False
        if w.capitalised(i):
            return listed(word, self.last) and not lexicon.is_english(word)
        return (
            w.upper_name(i)
            and (listed(word, self.first) or listed(word, self.last))
            and i + 1 < len(w)
            and w.gap(i, i + 1) == " "  # "95% RA. Wt 61 kg": an abbreviation, then another
            and (w.capitalised(i + 1) or len(w.tokens[i + 1].group()) == 1)
            and not w.glued(i + 1)
        )

    def names(self) -> Iterator[Candidate]:
        w = self.w
        i = 0
        while i < len(w):
            start = self.start(i)
            if start is None:
                surname_first = comma.surname_comma_first_name(self, i)
                if surname_first:
                    yield surname_first
                    i += 2
                    continue
                i += 1
                continue
            if start.in_context and self.given(i):
                start = Start(start.score, True, start.strong, from_first_name=True)
            j = extend(w, i, start)
            # "barrett's esophagus": the name was extended over the word that makes it an eponym.
            inside = next((k for k in range(i, j) if is_eponym(w.text, w.tokens[k].end())), None)
            if inside is not None:
                j = inside
            trimmed = (j > i and self._eponym_after(j)) or inside is not None
            while j > i and self._eponym_after(j):
                j -= 1  # "Salomey Danjuma King-Devick test": the name stops before the eponym
            begin, end = w.tokens[i].start(), w.end(j)
            if not start.in_context:
                begin = w.tokens[self._capitalised_before(i)].start()
            if not start.in_context and surname_before_comma(
                w, i, context_before=i > 0 and self.any_cue(i - 1)
            ):
                begin = w.tokens[i - 1].start()
            if inside is not None and not start.in_context:
                pass  # "barrett's esophagus", "Tommy John surgery"
            elif trimmed and j == i and not start.in_context:
                pass  # "goes 20 miles Holter monitor", "Tommy John surgery": an eponym
            elif _HYPHENATED_EPONYM_RE.fullmatch(w.text[begin:end]):
                pass  # "Wolff-Parkinson-White": three surnames joined name a syndrome
            elif self._in_eponym_name(i, j):
                pass  # "Sister Mary Joseph nodule", "Austin Flint murmur"
            elif not self._eponym_after(j) and not EPONYM_BEFORE_RE.search(w.text[:begin]):
                yield Candidate(begin, end, "NAME", start.score)
            i = j + 1

    def _in_eponym_name(self, i: int, j: int) -> bool:
        """The word before words ``i``..``j`` starts a listed eponym's name that takes them in
        ("Sister Mary Joseph nodule", where "sister" also reads as kin)."""
        w = self.w
        if i == 0:
            return False
        return is_eponym_name(w.text[w.tokens[i - 1].start() : min(len(w.text), w.end(j) + 30)])

    def _eponym_after(self, j: int) -> bool:
        return is_eponym(self.w.text, self.w.end(j)) or is_eponym(
            self.w.text, self.w.tokens[j].end()
        )

    def _capitalised_before(self, i: int) -> int:
        """ "for Takeshi H. Hoang": capitalised words and initials before a name found by its
        surname, in cased text."""
        w = self.w
        k = i
        while (
            w.cased
            and k > 0
            and i - k < 3
            and w.adjacent(k - 1, k)
            and not w.sentence_initial(k)
            and w.folded[k - 1] not in lexicon.CLINICAL_WORDS
            and w.folded[k - 1] not in NOT_AFTER_NAME
            and (
                (len(w.tokens[k - 1].group()) == 1 and w.tokens[k - 1].group().isupper())
                or w.capitalised(k - 1)
            )
        ):
            k -= 1
        while k < i and len(w.tokens[k].group()) == 1:
            k += 1
        return k


# "clinic jan. 25", "seen may 3": a month before a day is a date's, not a person's.
_MONTH_WORD_RE = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|june|july|august)"
)
_DAY_AFTER_RE = re.compile(r"\.?\s*\d{1,2}(?:st|nd|rd|th)?\b")
# A relation in lower case, alone: "lives with son at ...", "will bring niam", "my bebe ji".
_KIN_ALONE_RE = re.compile(rf"(?:{cues.KIN_WORDS}|niam|txiv)(?:\s+ji)?")


def _hl7_code_text(text: str, start: int, end: int) -> bool:
    """ "NK1|1|...|SON^Son|": a code's text after the code, the same word."""
    if text[start - 1 : start] != "^":
        return False
    code_start = max(text.rfind("|", 0, start - 1), text.rfind("^", 0, start - 1)) + 1
    return text[code_start : start - 1].lower() == text[start:end].lower()


def _not_a_person(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    if eponym_not_person(text, start, end):
        return True  # "Hoehn and Yahr", "Guillain-Barré": a listed eponym by its own name
    if _MONTH_WORD_RE.fullmatch(value) and _DAY_AFTER_RE.match(text, end):
        return True
    if state_before_zip(text, start, end) or _hl7_code_text(text, start, end):
        return True
    if value.islower() and _KIN_ALONE_RE.fullmatch(value):
        return True
    if value.islower() and romance.reads_creole(text):
        creole = romance.creole_words()
        if all(fold(w) in creole for w in value.split()):
            return True  # "bondye bon": God is good, in Haitian Creole
    if pairs.is_organism(value):
        return True  # "s. aureus", "h. pylori": an organism
    if lexicon.field_words_only(value) or lexicon.names_no_one(value):
        return True  # "WARN dob mismatch", "Cosigned:", "Tibetan-speaking": a field, a people
    if lexicon.part_of_a_phrase(text, start, end):
        return True  # "[Hui] No [Ke Ola Pono]": an organisation read in parts
    if lexicon.language_after(text, start, end):
        return True  # "Karen interpreter", "Karen people": a language, not Karen
    return lexicon.country_after_place_word(text, start, end)


def find_names(text: str) -> Iterator[Candidate]:
    found = [c for c in _find_names(text) if not _not_a_person(text, c.start, c.end)]
    yield from found
    # "lolo Teruaki is 95 na po", "my grandma kikay d. taipingot is 90 and ...": the number
    # said of a person found by name is that person's age (ages.py knows kinship words and
    # listed names, not every name).
    for c in found if search(_AGE_DIGITS_OR_WORDS, text, lower_text(text)) else ():
        if c.label == "NAME" and (m := _IS_AGE_RE.match(text, c.end)):
            yield Candidate(m.start("age"), m.end("age"), "AGE_OVER_89", 0.8)
    for c in pairs.find_pairs(text, found):
        if not _not_a_person(text, c.start, c.end):
            yield c


def _find_names(text: str) -> Iterator[Candidate]:
    if not TOKEN_RE.search(text):
        return
    p = _Pass(text)
    yield from after.age_openings(p.w)
    yield from p.names()
    yield from after.names_before_cues(p.w)
    yield from after.chat_subjects(p.w)
    yield from after.closing_names(p.w, p.ends["sign_off"])
    yield from after.addressed_names(p.w)
    yield from after.spelled_names(p.w)
    yield from after.cjk_names(p.w)
    yield from after.names_after_records(p.w)
    yield from after.first_line_names(p.w)
    yield from after.told_names(p.w)
    yield from after.organisation_contacts(p.w)
    yield from comma.find_comma_names(text)
    yield from comma.find_capitals_comma_names(text)
    yield from comma.find_surname_given_names(text)
    yield from marks.find_marked_names(text)
    lowered = lower_text(text)
    for m in finditer(cues.ROMANCE_KIN_NUMBER_RE, text, lowered):
        yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)
    for m in (
        finditer(cues.CALL_NAME_NUMBER_RE, text, lowered) if any(map(str.isdigit, text)) else ()
    ):
        words = text[m.start("name") : m.end("name")].lower().split()
        if not any(
            word in lexicon.common_words()
            or word in lexicon.function_words()
            or word in lexicon.CLINICAL_WORDS
            or lexicon.is_english(word)
            for word in words
        ):
            yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)
    if romance.reads_romance(text) or romance.reads_portuguese(text):
        romance_words = romance.romance_words()
        for pattern in (cues.ROMANCE_KIN_VERB_RE, cues.ROMANCE_SELF_RELATION_RE):
            for m in pattern.finditer(text):
                if not any(fold(w) in romance_words for w in m.group("name").split()):
                    yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)
    if romance.reads_creole(text):
        creole, romance_words = romance.creole_words(), romance.romance_words()
        for m in cues.CREOLE_SE_RE.finditer(text):
            words = [fold(w) for w in re.split(r"[ -]", m.group("name"))]
            if not any(
                w in creole
                or w in romance_words
                or w in lexicon.common_words()
                or w in lexicon.function_words()
                or w in lexicon.foreign_words()
                or (lexicon.is_english(w) and w not in lexicon.first_names())
                for w in words
            ):
                yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)
    age = search(_AGE_DIGITS_OR_WORDS, text, lowered)
    for m in finditer(cues.KIN_NAME_AGE_RE, text, lowered) if age else ():
        words = text[m.start("name") : m.end("name")].lower().split()
        if not any(w in lexicon.function_words() for w in words):
            yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)
