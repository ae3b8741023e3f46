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
    r"seen by|referred by|referred to|message from|message for|tell|ask)\s*[:,-]?\s*$",
    re.IGNORECASE,
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
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


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

    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        word = _fold(tok.group())
        before = text[max(0, tok.start() - 40) : tok.start()]
        parts = word.split("-")
        start_here = strong = from_first_name = False
        score = 0.7
        if word in lexicon.CLINICAL_WORDS:
            pass
        elif (
            _TITLE_RE.search(before) and (word not in common or capitalised(tok) or word in last)
        ) or (_STRONG_INTRO_RE.search(before) and word not in common):
            start_here, strong, score = True, True, 0.85
        elif (_WEAK_INTRO_RE.search(before) or _RELATION_RE.search(before)) and (
            (word in first and word not in ambiguous)
            or (word not in common and (word in last or capitalised(tok)))
        ):
            start_here, score = True, 0.8
        elif (
            (word in first or (len(parts) > 1 and parts[0] in first))
            and (word not in ambiguous or capitalised(tok))
            and (word not in common or capitalised(tok))
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
        j = i
        # Middle initials ("John A. Smith") and further surname-like words.
        while j + 1 < n and j - i < 3 and adjacent(tokens[j], tokens[j + 1]):
            nxt = tokens[j + 1]
            if len(nxt.group()) == 1 and nxt.group().isalpha() and cased and nxt.group().isupper():
                j += 1
                continue
            unlisted_surname = from_first_name and j == i and _fold(nxt.group()) not in common
            if (
                surname_like(nxt)
                or unlisted_surname
                or (strong and _fold(nxt.group()) not in common)
            ):
                j += 1
                continue
            break
        start, end = tok.start(), _name_end(tokens[j])
        if _EPONYM_AFTER_RE.match(text[end : end + 30]) or _EPONYM_AFTER_RE.match(
            text[tokens[j].end() : tokens[j].end() + 30]
        ):
            i = j + 1
            continue
        yield Candidate(start, end, "NAME", score)
        i = j + 1
