"""Person names without a language model: titles, introductions and a census name list.

Patient chat is lower case ("hi this is maria gonzalez"), where a model trained on edited text
sees no name. Three rules, each cheap:

1. After a title or an introduction ("dr", "mrs", "my name is", "patient:"), the following
   one to three words that are not ordinary English or clinical words.
2. A first name from the census list, then any surname-like words after it. First names that
   are also ordinary words ("will", "may", "grace") count only when capitalised in text
   that is not all one case.
3. A surname from the census list after a relation word ("wife", "pt", "mr").

Eponyms ("Parkinson's disease", "Bell's palsy") are dropped by the word that follows them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from compliance.redaction import lexicon
from compliance.redaction.spans import Candidate

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_TITLE_RE = re.compile(
    r"\b(?i:dr|doctor|mr|mrs|mx|prof|professor|nurse|rev|sgt|officer|attending)\b\.?,?\s+$"
    r"|\b(?:Ms|Miss|MS|MISS)\.?\s+$",
)
# After these, any word that is not an ordinary one is taken as a name.
_STRONG_INTRO_RE = re.compile(
    r"\b(?:my name is|my name's|name is|names|name's|named|called|call me|patient name|pt name|"
    r"name|signed|signature|sincerely|regards|attn|attention|on behalf of)\s*[:,-]?\s*$",
    re.IGNORECASE,
)
# After these, a listed name or a capitalised word that is not an ordinary one.
_WEAK_INTRO_RE = re.compile(
    r"\b(?:this is|i am|i'm|im|it's|its|cc|per|spoke with|spoke to|talked to|talked with|"
    r"seen by|referred by|referred to|message from|message for|tell|ask|chart of|chart for|"
    r"records? of|records? for)\s*[:,-]?\s*$",
    re.IGNORECASE,
)
# After these, in lower-case chat too, a word that no list knows is taken as a name
# ("it's zorana again"); typos of ordinary words are not.
_I_AM_RE = re.compile(r"\b(?:i am|i'm|i\u2019m|im)\s*[:,-]?\s*$", re.IGNORECASE)
_SELF_INTRO_RE = re.compile(r"\b(?:this is|it's|it\u2019s|its|it is)\s*[:,-]?\s*$", re.IGNORECASE)
# "my wife wolf has a fever": after a possessive and a kinship word, a listed name even when
# it is also an ordinary word, unless it is a word that grammar puts there ("my wife has").
_KIN_RE = re.compile(
    r"\b(?:my|our|his|her|their|your)\s+(?:mom|mother|dad|father|wife|husband|son|daughter|"
    r"sister|brother|spouse|partner|caregiver|grandma|grandmother|grandpa|grandfather|aunt|"
    r"uncle|friend|neighbor|neighbour|niece|nephew|cousin|boyfriend|girlfriend|fiance|fiancee|"
    r"guardian|stepson|stepdaughter|stepmother|stepfather|granddaughter|grandson|roommate)"
    r"\s*[:,]?\s*$",
    re.IGNORECASE,
)
_AFTER_KIN_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "is",
        "was",
        "has",
        "had",
        "have",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "does",
        "did",
        "do",
        "and",
        "or",
        "but",
        "also",
        "just",
        "still",
        "who",
        "which",
        "that",
        "says",
        "said",
        "thinks",
        "wants",
        "needs",
        "keeps",
        "got",
        "gets",
        "took",
        "takes",
        "went",
        "goes",
        "came",
        "comes",
        "called",
        "calls",
        "fell",
        "feels",
        "felt",
        "is's",
        "isnt",
        "wasnt",
        "doesnt",
        "didnt",
        "cant",
        "wont",
        "been",
        "being",
        "not",
        "never",
        "always",
        "again",
        "too",
        "here",
        "there",
        "now",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "this",
        "that",
        "these",
        "those",
        "she",
        "he",
        "they",
        "it",
    ]
)
# Particles inside surnames ("mervyn ó giobúin", "ana de la cruz").
_PARTICLES = frozenset(
    [
        "o",
        "ó",
        "de",
        "da",
        "del",
        "della",
        "der",
        "di",
        "do",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "van",
        "von",
        "ter",
        "ten",
        "bin",
        "ibn",
        "al",
        "el",
        "st",
        "mac",
    ]
)
# A note's opening line: "Kalpit Sharma is a 101 yo F", "Faloye, Oyindasola is a 97 y/o".
_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|['\u2019.-])*"
_AGE_OPENING_RE = re.compile(
    rf"(?:^|(?<=[.!?\n]\s))(?P<name>{_NAME_WORD}(?:,?\s+{_NAME_WORD}){{0,3}})"
    r"\s+(?:is|was)\s+an?\s+\d{1,3}[- ]?(?:yo|y/o|y\.o\.|yr|years?|months?)\b"
)
_RELATION_RE = re.compile(
    r"\b(?:patient|pt|mom|mother|dad|father|wife|husband|son|daughter|sister|brother|spouse|"
    r"partner|caregiver|grandma|grandmother|grandpa|grandfather|aunt|uncle|friend|neighbor|"
    r"niece|nephew|cousin|boyfriend|girlfriend|fiance|fiancee|guardian|mr|mrs|ms|dr|"
    r"family|mrs\.|mr\.|ms\.|dr\.)\s*[:,]?\s*$",
    re.IGNORECASE,
)
_EPONYM_AFTER_RE = re.compile(
    r"^(?:['\u2019]s)?\s+(?:disease|syndrome|palsy|sign|test|maneuver|manoeuvre|phenomenon|reflex|"
    r"law|tumou?r|lymphoma|anemia|anaemia|ulcer|node|fracture|cyst|criteria|score|scale|"
    r"procedure|operation|position|solution|formula|classification|triad|murmur|disorder|"
    r"thyroiditis|encephalopathy|dementia|chorea|hernia|contracture|deformity|lesion|"
    r"protocol|method|catheter|tube)\b",
    re.IGNORECASE,
)
_EPONYM_BEFORE_RE = re.compile(r"\b(?:non|post|pre)[- ]?$", re.IGNORECASE)


def _fold(word: str) -> str:
    """Lower case without accents, and without a possessive 's: the form the lists use."""
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _scanner(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The context pattern without its end anchor, to find every context in one pass."""
    return re.compile(re.sub(r"\$(?=\||$)", "", pattern.pattern), pattern.flags)


_CONTEXTS = {
    "title": _scanner(_TITLE_RE),
    "strong": _scanner(_STRONG_INTRO_RE),
    "weak": _scanner(_WEAK_INTRO_RE),
    "relation": _scanner(_RELATION_RE),
    "kin": _scanner(_KIN_RE),
    "self": _scanner(_SELF_INTRO_RE),
    "i_am": _scanner(_I_AM_RE),
}


def _context_ends(text: str) -> dict[str, frozenset[int]]:
    """Per kind of context, the offsets where one ends: a token starting there follows it.
    One scan per pattern and text, instead of one search per token."""
    return {
        name: frozenset(m.end() for m in pattern.finditer(text))
        for name, pattern in _CONTEXTS.items()
    }


def _typo_of(word: str, words: frozenset[str]) -> bool:
    """Two neighbouring letters swapped, or one letter doubled or stray, in an ordinary word."""
    for k in range(len(word) - 1):
        if word[:k] + word[k + 1] + word[k] + word[k + 2 :] in words:
            return True
    return any(word[:k] + word[k + 1 :] in words for k in range(len(word)))


def _name_end(match: re.Match[str]) -> int:
    """End of a token without its possessive 's ("maria's" -> "maria")."""
    word = match.group()
    if word.lower().endswith(("'s", "\u2019s")):
        return match.end() - 2
    return match.end()


def find_names(text: str) -> Iterator[Candidate]:
    first = lexicon.first_names()
    last = lexicon.last_names()
    common = lexicon.common_words()
    function = lexicon.function_words()
    ambiguous = lexicon.ambiguous_first_names()
    tokens = list(_TOKEN_RE.finditer(text))
    # Capital letters carry information only in text that has both cases.
    cased = any(ch.isupper() for ch in text) and any(ch.islower() for ch in text)
    upper_text = text.isupper()

    def capitalised(m: re.Match[str]) -> bool:
        word = m.group()
        return (cased and word[0].isupper() and not word.isupper()) or (
            upper_text and len(word) > 1
        )

    def surname_like(m: re.Match[str]) -> bool:
        word = _fold(m.group())
        if word in function:
            return capitalised(m) and word not in lexicon.CLINICAL_WORDS
        if word in last or word in first:
            return word not in lexicon.CLINICAL_WORDS
        return capitalised(m) and word not in common

    def adjacent(a: re.Match[str], b: re.Match[str]) -> bool:
        gap = text[a.end() : b.start()]
        return len(gap) <= 3 and gap.strip(" .+") == "" and "\n" not in gap

    def unlisted(w: str) -> bool:
        """A word no list knows and that is not a typo of an ordinary one."""
        return (
            len(w) > 2
            and w not in common
            and w not in first
            and w not in last
            and bool(lexicon.english_words())
            and not lexicon.is_english(w)
            and not _typo_of(w, common)
            and not _typo_of(w, lexicon.english_words())
        )

    ends = _context_ends(text) if tokens else {}

    def after(kind: str, k: int) -> bool:
        return tokens[k].start() in ends[kind]

    def context_before(k: int) -> bool:
        return after("title", k) or after("strong", k) or after("weak", k) or after("relation", k)

    yield from _age_openings(text, cased=cased, first=first, last=last, common=common)

    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        word = _fold(tok.group())
        parts = word.split("-")
        start_here = strong = from_first_name = in_context = False
        score = 0.7
        nxt_word = _fold(tokens[i + 1].group()) if i + 1 < n else ""
        if word in lexicon.CLINICAL_WORDS:
            pass
        elif (
            after("title", i)
            and (
                word not in common
                or capitalised(tok)
                or word in last
                # "dr ó broic": a particle, then the rest of the surname.
                or (
                    word in _PARTICLES
                    and i + 1 < n
                    and nxt_word not in common
                    and adjacent(tok, tokens[i + 1])
                )
            )
        ) or (after("strong", i) and word not in common):
            start_here, strong, score = True, True, 0.85
        elif (after("weak", i) or after("relation", i)) and (
            (word in first and word not in ambiguous)
            or (word not in common and (word in last or capitalised(tok)))
            or (
                # "this is caroline mendes": a first name that is also a word, then a surname.
                word in first
                and i + 1 < n
                and nxt_word not in common
                and adjacent(tok, tokens[i + 1])
                and (nxt_word in last or capitalised(tokens[i + 1]))
            )
        ):
            start_here, score = True, 0.8
        elif (
            after("kin", i)
            and (word in first or word in last or unlisted(word))
            and word not in _AFTER_KIN_STOP
        ) or ((after("self", i) or after("weak", i)) and not after("i_am", i) and unlisted(word)):
            start_here, score = True, 0.75
        elif (
            (word in first or (len(parts) > 1 and parts[0] in first))
            and (word not in ambiguous or capitalised(tok))
            and (word not in common or capitalised(tok))
            # "my son will call": a kinship word right after a possessive is not a name.
            and not (
                _KIN_RE.search(text[max(0, tok.start() - 12) : tok.end()]) and not capitalised(tok)
            )
        ):
            start_here = from_first_name = True
        elif (
            cased
            and capitalised(tok)
            and word not in common
            and i + 1 < n
            and text[tok.end() : tokens[i + 1].start()] == ", "
            and _fold(tokens[i + 1].group()) in first
            and capitalised(tokens[i + 1])
        ):
            # "Gonzalez, Maria": a surname, a comma, a first name.
            yield Candidate(tok.start(), _name_end(tokens[i + 1]), "NAME", 0.75)
            i += 2
            continue
        if not start_here:
            i += 1
            continue
        in_context = not from_first_name
        from_first_name = from_first_name or word in first
        j = i
        after_initial = False
        # Middle initials ("John A. Smith"), particles ("ó", "de la") and further surnames.
        while j + 1 < n and j - i < 4 and adjacent(tokens[j], tokens[j + 1]):
            nxt = tokens[j + 1]
            nxt_word = _fold(nxt.group())
            if (
                nxt_word in _PARTICLES
                and j + 2 < n
                and adjacent(nxt, tokens[j + 2])
                and (surname_like(tokens[j + 2]) or _fold(tokens[j + 2].group()) not in common)
            ):
                j += 2
                continue
            if (
                len(nxt.group()) == 1
                and nxt.group().isalpha()
                and ((cased and nxt.group().isupper()) or text[nxt.end() : nxt.end() + 1] == ".")
            ):
                j += 1
                after_initial = True
                continue
            unlisted_surname = from_first_name and j == i and nxt_word not in common
            if (
                surname_like(nxt)
                or unlisted_surname
                or (strong and nxt_word not in common)
                or (after_initial and (capitalised(nxt) or nxt_word not in common))
                or (in_context and j == i and unlisted(nxt_word))
                # "my mom rebecca grant": a listed surname that is also a word, in context.
                or (
                    in_context
                    and from_first_name
                    and j == i
                    and nxt_word in last
                    and nxt_word not in _AFTER_KIN_STOP
                    and nxt_word not in lexicon.CLINICAL_WORDS
                )
            ):
                j += 1
                continue
            break
        # "patient Ullmann, Ilias" / "tell turner, edgar": a surname, a comma, a first name.
        if (
            j == i
            and in_context
            and j + 1 < n
            and text[tokens[j].end() : tokens[j + 1].start()] == ", "
            and (
                (_fold(tokens[j + 1].group()) in first and capitalised(tokens[j + 1]) == cased)
                or (
                    cased
                    and capitalised(tokens[j + 1])
                    and _fold(tokens[j + 1].group()) not in common
                )
                or (not capitalised(tokens[j]) and unlisted(_fold(tokens[j + 1].group())))
            )
        ):
            j += 1
        start, end = tok.start(), _name_end(tokens[j])
        if (
            not in_context
            and i > 0
            and text[tokens[i - 1].end() : tok.start()] == ", "
            and _fold(tokens[i - 1].group()) not in lexicon.CLINICAL_WORDS
            and (
                capitalised(tokens[i - 1])
                if capitalised(tok)
                else _fold(tokens[i - 1].group()) in last
                and _fold(tokens[i - 1].group()) not in _AFTER_KIN_STOP
            )
            and context_before(i - 1)
        ):
            start = tokens[i - 1].start()
        if _EPONYM_AFTER_RE.match(text[end : end + 30]) or _EPONYM_AFTER_RE.match(
            text[tokens[j].end() : tokens[j].end() + 30]
        ):
            i = j + 1
            continue
        yield Candidate(start, end, "NAME", score)
        i = j + 1


def _age_openings(
    text: str,
    *,
    cased: bool,
    first: frozenset[str],
    last: frozenset[str],
    common: frozenset[str],
) -> Iterator[Candidate]:
    for m in _AGE_OPENING_RE.finditer(text):
        words = [w for w in _TOKEN_RE.findall(m.group("name")) if len(w) > 1]  # not initials
        if (
            words
            and all(
                _fold(w) not in lexicon.CLINICAL_WORDS
                and (_fold(w) not in common or _fold(w) in first or _fold(w) in last)
                and (not cased or w[0].isupper())
                for w in words
            )
            and any(_fold(w) not in common for w in words)
        ):
            yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)
