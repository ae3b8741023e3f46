"""Names beside names in chat: two children or twins named together ("my twins kuan-ting and
mehul"), a second name joined to one already found ("[Dapo] and Jeff-Kendy"), and an initial
before a surname where chat puts a person ("s. mugabo here", "i saw o. rounds on the 25th").

A word qualifies when no list of ordinary words holds it (``lexicon.common_words``, function
and clinical words), or when a name list knows it and it is no function word: "my kids are
fever and chills" names nobody, "the twins ivy and rose" names two."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from compliance.redaction import lexicon
from compliance.redaction.lowercase import finditer, lower_text
from compliance.redaction.names.cues import KIN_WORDS
from compliance.redaction.names.words import fold
from compliance.redaction.spans import Candidate

_WORD = r"[^\W\d_][\w'\u2019-]*"
# "my twins X and Y", "kids are X & Y", "grandkids, X and Y".
_KIN_PAIR_RE = re.compile(
    rf"\b(?:twins|kids|children|sons|daughters|grandkids|grandchildren|grandsons|granddaughters|"
    rf"boys|girls|babies|nietos|hijos|hijas)\s*,?\s+(?:are\s+|were\s+|is\s+)?"
    rf"(?P<a>{_WORD})\s+(?:and|&|y)\s+(?P<b>{_WORD})",
    re.IGNORECASE,
)
_AND_AFTER_RE = re.compile(rf"\s+(?:and|&)\s+(?P<w>{_WORD})")
# An initial, then a surname, where chat names a person: at the start, or after "saw", "for",
# "its", "im" ...; followed by "here", a possessive, a comma or "on"/"said"/"from".
_INITIAL_SURNAME_RE = re.compile(
    rf"(?:^|\b(?:saw|for|from|with|to|by|its|it's|im|i'm|call|ask|tell|see|thank|thanks)\s+)"
    rf"(?P<v>[a-z]\.\s?{_WORD})"
    r"(?=\s+here\b|['\u2019]s\b|\s*[,.;!?]|\s+(?:on|said|from|says|called|is|was)\b|$)",
    re.IGNORECASE,
)


# People named together with the writer or as a group: "me, fayez and poncho all have",
# "cosmo and jaybird are my granddaughters", "seraph and tennie both have".
_GROUP_RE = re.compile(
    rf"\b(?:me|myself)\s*,\s*(?P<a>{_WORD})\s*,?\s+(?:and|&)\s+(?P<b>{_WORD})\b"
    rf"|(?:^|(?<=[.!?;]\s))(?P<c>{_WORD})\s+(?:and|&)\s+(?P<d>{_WORD})"
    rf"(?=\s+(?:(?P<kin>(?:are|r)\s+(?:my|our)\s+(?:{KIN_WORDS})s?\b)|both\b|all\b|each\b))",
    re.IGNORECASE,
)
# Initials in place of a name where chat puts the writer: "hey its j.a. again", "thx - y.a.",
# "vj here"; and a title before one letter: "dr h called", "wait is it dr O or ...".
_INITIALS_RE = re.compile(
    r"(?:\b(?:its|it's|it\u2019s|this is|im|i'm)\s+|(?:thx|thanks|thank you|ty)\s*[,!.]*\s*-?\s*"
    r"|(?<=\S)\s+[-~]\s*)(?P<v>[a-z]\.\s?[a-z]\.?(?:\s?[a-z]\.?)?)(?=[\s,!?\"']|$)"
    r"|(?:^|(?<=[.!?]\s))(?P<w>[a-z]{2})(?=\s+(?:here|again)\b)"
    # "Per Dr. N., hold ...": the initial may keep its full stop.
    r"|\b(?:dr|doctor)\.?\s+(?P<t>[A-Za-z])"
    r"(?=\.?(?:\s+(?:said|says|called|told|wants|is|was|or|and)\b|\s*[,?!;:]))",
    re.IGNORECASE,
)
# "Transcribed by VN 7/15", "typed by: jm": a transcriptionist's initials, in capitals or not.
_BY_INITIALS_RE = re.compile(
    r"(?:\b(?:transcribed|typed|scribed|dictated|entered|documented|charted|note|merged|moved|"
    r"reviewed|verified|updated|completed|signed|cosigned|approved|released|unlocked|reset|"
    # "critical value called to C. Onyemelukwe by WZS at 07:03"
    r"called|paged|notified|witnessed|drawn|collected)\b"
    # "Transcribed: 6-29-2022 7:20 PM by PY.": a date and time may come between.
    r"(?::?\s+[\d:/. -]{1,24}?(?:[ap]\.?m\.?)?)?"
    r"\s+by:?|\bdiscussed\s+with|\bd/w|\bscribe:?)"
    r"\s+(?P<v>[A-Za-z]{2,3})(?=\s+(?:on\s+)?\d|\s*[,;\n]|\s*\.?\s*$|\.\s|\s*\)|\s+at\s|\s+(?:on\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.IGNORECASE,
)
# A note signed with initials after a dash, at its end or before a credential: "... -WRD",
# "-MW, RPh", "-- kj, RN".
_DASH_INITIALS_RE = re.compile(
    r"(?<=[.;!?)])\s+(?:--?|\u2014)\s?"
    # "-V.L.K." with the stops of each initial.
    r"(?:(?P<v>[A-Z]{2,3}(?=\s*$|\s*,\s*[A-Z][A-Za-z-]{1,5}\b)|(?:[A-Z]\.){2,3}(?=\.?\s|$))"
    r"|(?P<w>[a-z]{2,3})(?=,\s*(?:RN|LPN|MD|DO|NP|PA|RPh|PharmD|MA|CNA|SW|MSW|LCSW)\b))"
)
# A note signed with initials and a credential where a sentence starts: "FS, PGY-2",
# "ss, MS3", "-- cz RN".
# "Handoff: yv bed 3, post-cath ...": a patient by initials, then the bed.
_BED_INITIALS_RE = re.compile(
    r"\b(?:handoff|hand-off|report|sbar|sign-?out|signout)\s*:\s*(?P<v>[A-Za-z]{2,3})"
    r"(?=\s+(?:bed|rm|room)\s*#?\s*\d)",
    re.IGNORECASE,
)
_CREDENTIAL_INITIALS_RE = re.compile(
    r"(?:^|(?<=[.;!?)])\s+|(?:--|\u2014)\s*)(?P<v>[A-Za-z]{2,3})(?=,?\s+(?-i:RN|LPN|MD|DO|NP|RPh|"
    r"PharmD|CNA|MSW|LCSW|CADC|PGY-?\d|MS-?[1-4])\b)"
)
# "fengying's appt on the 16th", "can jaylen's shots wait": whose appointment, medicine, results.
_WHOSE_RE = re.compile(
    r"(?<![\w'-])(?P<v>[^\W\d_]{3,})['\u2019]s\s+(?:appt|appts|appointment|appointments|visit|"
    r"meds|medication|medications|medicine|prescription|refill|results|labs|shots|vaccines?|"
    r"physical|check\s?up|surgery|fever|inhaler|referral|paperwork|forms?)\b",
    re.IGNORECASE,
)
_NOT_WHOSE = frozenset(["today", "tomorrow", "yesterday", "tonight", "week", "month", "year"])


# "body="Mottel, reminder: appt Thurs"", "Nougat, your appointment is": a text message that
# opens with whom it is for.
_REMINDER_RE = re.compile(
    r"(?:^|[\"\u201c]|\bbody=)(?P<v>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s+(?:this is an?\s+)?"
    r"(?:reminder|your\s+(?:appt|appointment|visit|prescription|rx|refill|results?|labs?)|"
    r"you have an?\s+(?:appt|appointment|visit))\b"
)
_OPENERS = frozenset(
    [
        "hi", "hello", "hey", "dear", "friendly", "patient", "attention", "note", "reminder",
        "important", "urgent", "welcome", "thanks", "good", "ok", "okay", "yes", "no", "sorry",
        "please", "parent", "guardian", "member", "customer",
    ]
)  # fmt: skip
_NOT_INITIALS = frozenset(["a.m", "p.m", "e.g", "i.e", "n.b", "p.s", "a.k.a"])


def _signing_initials(initials: str) -> bool:
    """Folded initials that sign a note ("vn", "wrd"), not a word, a clinical abbreviation
    or a service ("ok", "rw", "icu")."""
    return (
        initials not in lexicon.common_words()
        and initials not in lexicon.CLINICAL_WORDS
        and initials not in lexicon.SERVICES
    )


def _qualifies(word: str) -> bool:
    w = fold(word)
    if w in lexicon.function_words() or w in lexicon.CLINICAL_WORDS or len(w) < 2:
        return False
    if w not in lexicon.common_words():
        return True
    return w in lexicon.first_names() or w in lexicon.last_names()


# Organisms are written the same way: "s. aureus", "c. diff", "h. pylori".
SPECIES = frozenset(
    ["aureus", "diff", "difficile", "coli", "pylori", "pneumoniae", "epidermidis", "faecalis",
     "faecium", "aeruginosa", "marcescens", "influenzae", "pyogenes", "agalactiae", "vulgaris",
     "mirabilis", "albicans", "glabrata", "vaginalis", "pallidum", "tuberculosis", "gonorrhoeae",
     "trachomatis", "burgdorferi", "jirovecii", "carinii", "fib", "flutter", "lugdunensis",
     "cloacae", "baumannii", "maltophilia", "oxytoca", "monocytogenes", "gondii", "vivax",
     "falciparum", "mansoni", "lamblia", "histolytica", "neoformans", "fumigatus", "acnes",
     "pestis", "immitis", "posadasii", "capsulatum", "dermatitidis", "tularensis", "pertussis",
     "botulinum", "tetani", "perfringens", "difficile", "anthracis", "cholerae", "enterica",
     "typhi", "jejuni", "pneumophila", "meningitidis", "melitensis", "rickettsii", "henselae"]
)  # fmt: skip
# Genera of the pathogens a clinic names ("Yersinia pestis", "Coccidioides Ab", "Cocci
# serology"); given names among them ("Candida") are left out.
GENERA = frozenset(
    ["yersinia", "coccidioides", "cocci", "histoplasma", "blastomyces", "cryptococcus",
     "aspergillus", "staphylococcus", "streptococcus", "pseudomonas", "klebsiella",
     "escherichia", "salmonella", "shigella", "campylobacter", "clostridium", "clostridioides",
     "mycobacterium", "borrelia", "rickettsia", "treponema", "neisseria", "haemophilus",
     "legionella", "listeria", "bordetella", "giardia", "toxoplasma", "plasmodium",
     "trichomonas", "mycoplasma", "helicobacter", "enterococcus", "acinetobacter",
     "enterobacter", "serratia", "brucella", "francisella", "leptospira", "babesia", "ehrlichia",
     "anaplasma", "hantavirus", "bartonella", "pneumocystis"]
)  # fmt: skip


_ORGANISM_RE = re.compile(r"[A-Za-z]\.\s?([a-z]+)", re.IGNORECASE)
_KIN_WORD_RE = re.compile(KIN_WORDS)


def is_organism(value: str) -> bool:
    """An initial and a species, the way an organism or a rhythm is written: "s. aureus",
    "h. pylori", "a. fib"; a genus and what follows it ("Yersinia pestis", "Coccidioides Ab");
    a word and a species ("Candida auris")."""
    match = _ORGANISM_RE.match(value)
    if match and (match.end() == len(value) or not value[match.end()].isalpha()):
        return fold(match.group(1)) in SPECIES  # "s. aureus", "s. aureus bacteremia"
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", value)]
    return bool(words) and (
        words[0] in GENERA or (len(words) == 2 and words[1] in SPECIES and value[:1].isupper())
    )


def _any_word(word: str) -> bool:
    """A word that can be a name where the grammar says one stands: no function, clinical or
    kinship word ("me, mom and dad are coming")."""
    w = fold(word)
    return (
        len(w) >= 2
        and w not in lexicon.function_words()
        and w not in lexicon.CLINICAL_WORDS
        and not _KIN_WORD_RE.fullmatch(w)
    )


def _whose_name(word: str) -> bool:
    """A word before "'s appt": a listed given name, or a word no list knows that is no English
    word ("the baby's", "mom's" and "today's" are not names)."""
    if word in lexicon.CLINICAL_WORDS or word in lexicon.common_words():
        return False
    return (
        word in lexicon.first_names()
        or word in lexicon.frequent_first_names()
        or not lexicon.is_english(word)
    )


def _surname_ok(word: str) -> bool:
    """A surname after an initial: no function or clinical word, and an English word ("a.
    fib") only when it is a listed surname ("o. rounds")."""
    w = fold(word)
    if w in lexicon.function_words() or w in lexicon.CLINICAL_WORDS or len(w) < 3:
        return False
    if w in SPECIES:
        return False
    english = w in lexicon.common_words() or lexicon.is_english(w)
    return not english or w in lexicon.last_names()


def _value(text: str, m: re.Match[str], group: str) -> str:
    """A group's value, read from the text (the match may be in the text in lower case)."""
    return text[m.start(group) : m.end(group)]


def find_pairs(text: str, found: Iterable[Candidate]) -> Iterator[Candidate]:
    lowered = lower_text(text)
    for m in finditer(_KIN_PAIR_RE, text, lowered):
        if _qualifies(_value(text, m, "a")) and _qualifies(_value(text, m, "b")):
            yield Candidate(m.start("a"), m.end("a"), "NAME", 0.7)
            yield Candidate(m.start("b"), m.end("b"), "NAME", 0.7)
    for c in found:
        if c.label == "NAME" and (m := _AND_AFTER_RE.match(text, c.end)):
            word = m.group("w")
            if _qualifies(word) and (word[:1].isupper() or not text[c.start : c.end][:1].isupper()):
                yield Candidate(m.start("w"), m.end("w"), "NAME", 0.65)
    for m in _GROUP_RE.finditer(text):
        pair = ("a", "b") if m.group("a") else ("c", "d")
        words = [m.group(g) for g in pair]
        # Before "are my granddaughters" any word that is no function word; before "both" or
        # "all", words that are no ordinary words or are names a list knows.
        strong = bool(m.group("kin")) or bool(m.group("a"))
        if all(_qualifies(w) or (strong and _any_word(w)) for w in words):
            for g in pair:
                yield Candidate(m.start(g), m.end(g), "NAME", 0.65)
    for m in finditer(_INITIALS_RE, text, lowered):
        group = next(g for g in ("v", "w", "t") if m.group(g))
        folded = fold(_value(text, m, group))
        if group == "w" and folded in lexicon.common_words():
            continue  # "ok here", "me again"
        if group == "v" and folded.replace(" ", "").rstrip(".") in _NOT_INITIALS:
            continue  # "thanks - a.m. appointments"
        yield Candidate(m.start(group), m.end(group), "NAME", 0.65)
    for m in _REMINDER_RE.finditer(text) if "," in text else ():
        words = fold(m.group("v")).replace("-", " ").split()
        if not any(
            w in _OPENERS or w in lexicon.function_words() or w in lexicon.CLINICAL_WORDS
            for w in words
        ):
            yield Candidate(m.start("v"), m.end("v"), "NAME", 0.65)
    for m in finditer(_BY_INITIALS_RE, text, lowered):
        if _signing_initials(fold(_value(text, m, "v"))):
            yield Candidate(m.start("v"), m.end("v"), "NAME", 0.65)
    for m in _DASH_INITIALS_RE.finditer(text) if "-" in text or "\u2014" in text else ():
        group = "v" if m.group("v") else "w"
        if _signing_initials(m.group(group).lower()):
            yield Candidate(m.start(group), m.end(group), "NAME", 0.65)
    for m in _BED_INITIALS_RE.finditer(text) if ":" in text else ():
        if _signing_initials(m.group("v").lower()):
            yield Candidate(m.start("v"), m.end("v"), "NAME", 0.65)
    for m in _CREDENTIAL_INITIALS_RE.finditer(text):
        if _signing_initials(m.group("v").lower()):
            yield Candidate(m.start("v"), m.end("v"), "NAME", 0.65)
    if "'s" in text or "\u2019s" in text:
        for m in _WHOSE_RE.finditer(text):
            word = fold(m.group("v"))
            if word not in _NOT_WHOSE and _whose_name(word):
                yield Candidate(m.start("v"), m.end("v"), "NAME", 0.65)
    for m in finditer(_INITIAL_SURNAME_RE, text, lowered):
        if _surname_ok(_value(text, m, "v").split(".")[-1].strip()):
            yield Candidate(m.start("v"), m.end("v"), "NAME", 0.7)
