"""Names found from the words after them: "maksymilian here", "Jane Roe, RN", "to Ati A.
Manda <ati@x.org>", "yug nagar, dob ...", "decebal's wife"; and a note's opening line, "Kalpit
Sharma is a 101 yo F"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from compliance.redaction import lexicon
from compliance.redaction.names import cues, romance
from compliance.redaction.names.eponyms import is_eponym
from compliance.redaction.names.extend import GENERATIONS, unlisted
from compliance.redaction.names.words import (
    NOT_AFTER_NAME,
    PARTICLES,
    SQL_KEYWORDS,
    TOKEN_RE,
    Words,
    fold,
    is_contraction,
    listed,
    typo_of,
)
from compliance.redaction.spans import Candidate


def names_before_cues(w: Words) -> Iterator[Candidate]:
    """ "maksymilian here", "Jane Roe, RN", "to Ati A. Manda <ati@x.org>", "Okwu, 95 yo":
    walk back from the cue over up to four name-like words ("Zhukov, Lucimar -- MRN": over a
    comma too, before a firm cue)."""
    starts = cues.after_starts(w.text)
    if not starts:
        return  # most lines: no cue after a name, so no need to map where words end
    ends = {w.tokens[k].end(): k for k in range(len(w))} | {w.end(k): k for k in range(len(w))}
    # "Ananias P., NP": an initial's full stop before the cue.
    ends |= {
        w.tokens[k].end() + 1: k
        for k in range(len(w))
        if len(w.tokens[k].group()) == 1
        and w.text[w.tokens[k].end() : w.tokens[k].end() + 1] == "."
    }
    for pos, kind in starts.items():
        k = ends.get(pos)
        # "folasade here", "dariush from yesterday": a message that opens with its writer.
        if k is not None and k == 0 and kind == "talk" and unlisted(w.folded[0]):
            kind = "firm"
        # "the qasimi family is bringing ...", "the carrucinis next door": a word no list knows
        # between "the" and "family" or where they live.
        if (
            k is not None
            and k > 0
            and kind == "talk"
            and w.folded[k - 1] == "the"
            and (
                w.text[pos:].lstrip().lower().startswith(("family", "household"))
                # a family by its name in the plural: "the carrucinis", not "the rowhome"
                or (
                    w.folded[k].endswith("s")
                    and w.text[pos:].lstrip().lower().startswith(("next", "across"))
                )
            )
            and unlisted(w.folded[k])
        ):
            kind = "firm"
        if k is not None and k > 0 and w.folded[k] in GENERATIONS:
            k -= 1  # "tesfaye hailemariam iii, 98 y/o"
        if k is None or not _name_word_before_cue(w, k, kind=kind):
            continue
        if k + 1 < len(w) and w.folded[k + 1] in GENERATIONS and w.tokens[k + 1].end() <= pos:
            k_end = k + 1
        else:
            k_end = k
        j = k
        while (
            j > 0
            and k - j < 3
            and (
                w.adjacent(j - 1, j)
                # "Zhukov, Lucimar -- MRN", "Glass, Ananias P., NP": over the comma of
                # "Surname, Given" before a firm cue.
                or (
                    kind == "firm"
                    and w.gap(j - 1, j) == ", "
                    and (j == k or (k - j == 1 and len(w.tokens[k].group()) == 1))
                )
            )
            and _name_word_before_cue(w, j - 1, kind="beside")
        ):
            j -= 1
        while j < k and (_loose_letter(w, j) or w.folded[j] in PARTICLES):
            j += 1
        if not is_eponym(w.text, w.tokens[k].end()):
            yield Candidate(w.tokens[j].start(), w.end(k_end), "NAME", 0.75)


def _loose_letter(w: Words, k: int) -> bool:
    """A single letter that is no initial ("a", "i"): an initial is a capital with a stop."""
    token = w.tokens[k]
    return len(token.group()) == 1 and not _stopped_initial(w, k)


def _stopped_initial(w: Words, k: int) -> bool:
    """ "J." in "Ati J. Manda"; in lower-case chat "j." in "pemba j. magar" too."""
    token = w.tokens[k]
    return w.text[token.end() : token.end() + 1] == "." and (token.group().isupper() or not w.cased)


_GREETINGS = frozenset(["hi", "hey", "hello", "yo", "ok", "hola", "buenas", "bonjour", "salut"])
_TIMES_OF_DAY = frozenset(["morning", "afternoon", "evening", "day"])


def _name_word_before_cue(w: Words, k: int, *, kind: str) -> bool:
    word = w.folded[k]
    first, last, common = w.lists
    firm = kind in ("firm", "beside")
    # After what a person did ("reports", "passed away"): a capitalised word must be a name or
    # no English word ("Labs returned"), a lower-case one a name or no word at all.
    firm_lower = firm or kind == "report"
    if (
        word in lexicon.CLINICAL_WORDS
        or word in NOT_AFTER_NAME
        or is_contraction(word)
        or cues.RELATION_RE.fullmatch(word)
        or w.tokens[k].group() in SQL_KEYWORDS  # "... WHERE mrn = '5229466'"
    ):
        return False
    token = w.tokens[k].group()
    if len(token) == 1:
        return token.isupper() or (kind == "beside" and _stopped_initial(w, k))
    if word in PARTICLES:
        return True
    if kind == "age":
        # "Osagie is 97": a capitalised word that is a name or no English word.
        return (w.capitalised(k) or w.upper_name(k)) and (
            listed(word, first)
            or listed(word, last)
            or (word not in common and not lexicon.is_english(word))
        )
    if kind == "report" and w.capitalised(k) and word not in common:
        # "S: Tenzin reports", "PT eval: Awadia ambulated": a name or no English word, even at
        # the start of a sentence; "Nursing reports", "Labs returned" are words.
        return listed(word, first) or listed(word, last) or not lexicon.is_english(word)
    if w.capitalised(k) or w.upper_name(k):
        # "Gang Durán, MD", "Sky's mom"; but "Measured here" opens a sentence.
        return (
            firm
            or (not w.sentence_initial(k) and not lexicon.is_english(word))
            or listed(word, first)
            or listed(word, last)
        )
    # Lower case: a listed name; before a firm cue, or before a name already found, also
    # a word no list knows ("entresto again" is a drug, "yug nagar, dob ..." a person).
    if (
        kind == "talk"
        and k > 0
        and w.adjacent(k - 1, k)
        and unlisted(word)
        and (
            (listed(w.folded[k - 1], first) and w.folded[k - 1] not in common)
            # "hey, pradip tintaya here": two unknown words that open the message.
            or (unlisted(w.folded[k - 1]) and (k == 1 or w.folded[k - 2] in _GREETINGS))
            # "good morning ntombi speaking", "hello doctor, ntombi here": after a greeting.
            or w.folded[k - 1] in _GREETINGS
            or (k >= 2 and w.folded[k - 2] == "good" and w.folded[k - 1] in _TIMES_OF_DAY)
        )
    ):
        return True  # "nkem tintaya here": an unknown surname after a given name
    if kind == "beside":
        # Before a name already found, any word that is neither ordinary nor English, even if
        # it is one letter away from a rare one ("farhad" / "farad").
        return word not in common and not lexicon.is_english(word) and not typo_of(word, common)
    return word not in common and (
        listed(word, first) or listed(word, last) or (firm_lower and unlisted(word))
    )


# "Palmdale Home Health (Tabrizi)": an organisation, then its contact person in brackets.
_ORGANISATION_CONTACT_RE = re.compile(
    r"\b(?:Health|Care|Clinic|Hospital|Hospice|Cent(?:er|re)|Pharmacy|Agency|Services?|Home|"
    r"Office|Practice|Group|Associates|Medical|Therapy|Rehab|Transport|Lab|Laboratory)\s*"
    r"\(\s*(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2})\s*\)"
)


def organisation_contacts(w: Words) -> Iterator[Candidate]:
    first, last, common = w.lists
    for m in _ORGANISATION_CONTACT_RE.finditer(w.text):
        words = [fold(x) for x in TOKEN_RE.findall(m.group("name"))]
        if words and all(
            x not in lexicon.CLINICAL_WORDS
            and (
                listed(x, last)
                or listed(x, first)
                or (x not in common and not lexicon.is_english(x))
            )
            for x in words
        ):
            yield Candidate(m.start("name"), m.end("name"), "NAME", 0.7)


# A note's opening line: "Kalpit Sharma is a 101 yo F", "Faloye, Oyindasola is a 97 y/o".
_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|['\u2019.-])*"
_AGE_OPENING_RE = re.compile(
    rf"(?:^|(?<=[.!?\n]\s))(?P<name>{_NAME_WORD}(?:,?\s+{_NAME_WORD}){{0,3}})"
    r"\s+(?:is|was)\s+an?\s+\d{1,3}[- ]?(?:yo|y/o|y\.o\.|yr|years?|months?)\b"
)


def age_openings(w: Words) -> Iterator[Candidate]:
    first, last, common = w.lists
    for m in _AGE_OPENING_RE.finditer(w.text):
        words = [x for x in TOKEN_RE.findall(m.group("name")) if len(x) > 1]  # not initials
        if (
            words
            and all(
                fold(x) not in lexicon.CLINICAL_WORDS
                and (fold(x) not in common or fold(x) in first or fold(x) in last)
                and (not w.cased or x[0].isupper())
                for x in words
            )
            and any(fold(x) not in common for x in words)
        ):
            yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)


def _no_word(w: Words, word: str) -> bool:
    """``word`` (folded) is no word of English or of patients' other languages, no relation
    in those languages, no clinical word, company or health plan."""
    return (
        word not in w.lists[2]
        and not lexicon.is_english(word)
        and word not in lexicon.foreign_words()
        and word not in romance.romance_words()
        and word not in lexicon.KIN_WORDS_ELSEWHERE
        and word not in lexicon.CLINICAL_WORDS
        and word not in lexicon.PAYERS
        and word not in _COMPANIES
    )


def _a_name_alone(w: Words, word: str) -> bool:
    """A word that can be a name with no cue before it: no list knows it ("volodya"), or a
    name list does ("sokly"), and it is no word of any language (``_no_word``)."""
    first, last, _ = w.lists
    return (unlisted(word) or listed(word, first) or listed(word, last)) and _no_word(w, word)


# "sieng drove me so i might be late", "ok tuc said she can bring me": in lower-case chat, a
# word no list knows that opens the message (or a sentence of it, after a greeting or "ok" at
# most) and then does what a person does for the patient. Not a company ("walgreens said").
_CHAT_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?\n]\s)|(?<=[.!?]))\W*"
    r"(?:(?:ok|okay|so|and|but|hi|hey|hello|yes|yeah|ya|also|btw|fyi|lol|update|sorry|um|omg)"
    r"[,.!]*\s+)?"
    r"(?P<name>[^\W\d_][^\W\d_'\u2019-]{2,})\s+"
    # Not what a drug does too ("jardiance helped", "metformin gives me ...").
    r"(?:said|says|told|tells|drove|drives|picked|texted|texts|asked|asks|wrote|signed|"
    r"translated|(?:is|was)\s+translating|"
    r"(?:will|can|could|is\s+gonna|is\s+going\s+to)\s+(?:drive|pick|sign|translate)|"
    # "gbassay wants to know if ...", "tuc is asking": what no drug does.
    r"wants?\s+to\s+(?:know|talk|speak|ask)|wanted\s+to\s+(?:know|talk|speak|ask)|"
    r"(?:is|was)\s+asking|dropped\s+off)\b"
    # "did macdara drop off the sample", "can yema pick up her rx": a question about what a
    # person does for the patient.
    r"|(?:^|(?<=[.!?\n]\s)|(?<=[.!?]))\W*(?:did|does|can|could|will|would|has|is)\s+"
    r"(?P<asked>[^\W\d_][^\W\d_'\u2019-]{2,})\s+"
    r"(?:drop(?:ping)?\s+off|pick(?:ing)?\s+up|sign(?:ing)?\s+(?:for|the)|call(?:ed)?\s+(?:you|u|back)|"
    r"bring|brought|come\s+(?:in|with))\b"
)
# "abuela uwe says gracias", "mija yulieski is translating for me": a relation in another
# language, then a word no list knows, then its verb (in lower-case chat, where no "my" is
# needed). Relation words that are English words too ("ate", "ma") are not cues. The tokens
# are asked for one of these (folded) before the pattern runs.
_SUBJECT_KIN = frozenset(
    [
        "abuela", "abuelo", "abuelita", "abuelito", "mija", "mijo", "tia", "tio", "nonna", "nonno",
        "babushka", "babcia", "dziadek", "bubbe", "zayde", "vovo", "avo", "yaya", "lola", "lolo",
        "mamaw", "papaw", "meemaw", "hooyo", "aabo", "ayeeyo", "awoowe", "halmeoni", "halmoni",
        "harabeoji", "oma", "opa", "nani", "nanu", "dadi", "bibi", "titi", "tita", "tito", "mamie",
        "tante", "tonton", "manman", "teta", "jiddo", "sitti", "khala", "ammu", "amma", "appa",
        "amala", "tatay", "nanay", "manang", "manong", "kuya", "dedushka", "deda", "nainai",
        "yeye", "laolao", "ajji", "thatha", "paati", "sitto", "dedo", "mama", "papa", "baba",
        "eomma", "emaye", "bunica", "babicka",
        # Ilocano, Visayan, Tongan, Chamorro, Hawaiian Pidgin: "tatang X fell", "inday X said",
        # "kui X has", "che'lu X say", "sistah X wen".
        "nanang", "tatang", "inday", "ading", "apo", "kui", "chelu", "guelu", "sistah",
        "bruddah", "tutu", "aunty", "auntie", "uncle",
    ]
)  # fmt: skip
_ACCENTED = {"a": "[a\u00e1]", "i": "[i\u00ed]", "o": "[o\u00f3\u00f4]"}
_KIN_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[\s,.!?]))(?:"
    # Longest first; "tia" matches "tía", "vovo" "vovó" and "vovô".
    + "|".join(
        "".join(_ACCENTED.get(ch, ch) for ch in word)
        for word in sorted(_SUBJECT_KIN, key=len, reverse=True)
    )
    # "uncle sanra shimaoka wen fall": a surname may follow.
    + r")\s+(?P<name>[^\W\d_][^\W\d_'\u2019-]{2,}(?:\s+[^\W\d_][^\W\d_'\u2019-]{2,})?)\s+"
    r"(?:says|said|told|drove|picked|texted|asked|wrote|signed|(?:is|was)\s+(?:translating|"
    r"coming|driving|sick|here|in\s+the)|tiene|dice|dijo|est[a\u00e1]|quiere|necesita|"
    r"wants|needs|fell|can|will|lives|lived|takes|took|feels|felt|has|had|is|was|got|went|came|"
    r"called|calls|passed|llam[o\u00f3]|llama|ayuda|me\s+ayuda|fue|vino|viene|"
    # Hawaiian Pidgin: "wen fall", "stay sick", "say"
    r"wen|stay|say)\b"
)
_COMPANIES = frozenset(
    [
        "walgreens", "cvs", "walmart", "costco", "kroger", "publix", "riteaid", "heb", "safeway",
        "meijer", "amazon", "uber", "lyft", "mychart", "fedex", "ups", "usps", "verizon",
        "tmobile", "google", "alexa", "siri", "chatgpt", "goodrx", "caremark", "expressscripts",
        "optumrx", "teladoc", "zocdoc",
    ]
)  # fmt: skip


# The verbs the first pattern needs (folded), asked of the tokens before it runs: most lines
# have none, and the pattern tries every offset.
_SUBJECT_VERBS = frozenset(
    [
        "said", "says", "told", "tells", "drove", "drives", "picked", "texted", "texts", "asked",
        "asks", "wrote", "signed", "translated", "translating", "drive", "pick", "sign",
        "translate", "wants", "want", "wanted", "asking", "dropped", "drop", "dropping",
        "picking", "signing", "called", "call", "bring", "brought", "come",
    ]
)  # fmt: skip


# "taking hermie to her appt", "picking up mirsada from school": a person the writer takes
# somewhere, by where they are taken (a drug is taken too, but not to a dentist).
_CARRIED_RE = re.compile(
    r"\b(?:taking|bringing|pick(?:ing)?\s*up|drop(?:ping)?\s+off|take|bring|driving|drive)\s+(?P<name>[^\W\d_][^\W\d_'\u2019-]{2,})\s+"
    r"(?:to\s+(?:her|his|their|the|my|our)\s+(?:appt|appointment|doctor|dr|clinic|school|er|"
    r"hospital|visit|checkup|check-up|dentist|daycare|shots?|therapy|pt|ot|speech|physical)|"
    r"(?:from|to)\s+(?:school|daycare|practice|church|work))\b"
)
_CARRY_WORDS = frozenset(["taking", "bringing", "picking", "pick", "pickup", "dropping", "drop",
                          "take", "bring", "driving", "drive"])  # fmt: skip


def chat_subjects(w: Words) -> Iterator[Candidate]:
    patterns = []
    if not _CARRY_WORDS.isdisjoint(w.folded):
        patterns.append(_CARRIED_RE)
    if not w.cased and not _SUBJECT_VERBS.isdisjoint(w.folded):
        patterns.append(_CHAT_SUBJECT_RE)
    if not _SUBJECT_KIN.isdisjoint(w.folded):
        patterns.append(_KIN_SUBJECT_RE)
    if not patterns:
        return
    for m in (m for pattern in patterns for m in pattern.finditer(w.text)):
        group = "asked" if m.re is _CHAT_SUBJECT_RE and m.group("asked") else "name"
        if all(_a_name_alone(w, fold(word)) for word in m.group(group).split()):
            yield Candidate(m.start(group), m.end(group), "NAME", 0.75)


# "ok ok see you June 23 nuurto", "love u guys mopsy", "take care, bebeto": the writer's name
# as the last word of a message, after a closing phrase (in any case: "See you Friday" ends in
# an ordinary word).
_CLOSING_NAME_RE = re.compile(
    r"\b(?:see\s+(?:you|u|ya|yall|y'all)\b[^.!?\n]{0,25}?|love\s+(?:you|u|ya)(?:\s+(?:guys|all|"
    r"yall|y'all|so\s+much))?|take\s+care|god\s+bless(?:\s+(?:you|u))?(?:\s+(?:all|guys|yall))?|"
    r"bless\s+(?:you|u)|ttyl|"
    r"bye\s+(?:now|for\s+now)|talk\s+soon|have\s+a\s+(?:good|nice|blessed)\s+(?:day|one|night|"
    r"weekend))[\s,.!-]*(?P<name>[^\W\d_][^\W\d_'\u2019-]{2,})"
    # "god bless u all. letemichael zeru": a surname may follow.
    r"(?:\s+(?P<surname>[^\W\d_][^\W\d_'\u2019-]{2,}))?[\s.!]*$"
)


# "thank you! saed & nahed": two writers signing off together, at the end of the message.
_TWO_SIGNERS_RE = re.compile(
    r"(?P<a>[^\W\d_][^\W\d_'\u2019-]{2,})(?:\s*[&+]\s*|\s+(?:and|n)\s+)"
    r"(?P<b>[^\W\d_][^\W\d_'\u2019-]{2,})"
    r"[\s.!]*$",
    re.IGNORECASE,
)


def closing_names(w: Words, sign_off_ends: frozenset[int]) -> Iterator[Candidate]:
    """``sign_off_ends``: where a sign-off ends (``cues.cue_ends``, already found)."""
    m = _CLOSING_NAME_RE.search(w.text)
    if m is not None and _a_name_alone(w, fold(m.group("name"))):
        surname = m.group("surname")
        whole = surname is not None and _a_name_alone(w, fold(surname))
        if surname is None or whole:
            yield Candidate(m.start("name"), m.end("surname" if whole else "name"), "NAME", 0.75)
    for end in sign_off_ends:
        pair = _TWO_SIGNERS_RE.match(w.text, end)
        if pair is None:
            continue
        # Both no word of any language, and one a name alone ("saed" is in US records only).
        folded = [fold(pair.group(g)) for g in "ab"]
        if all(_no_word(w, f) for f in folded) and any(_a_name_alone(w, f) for f in folded):
            yield Candidate(pair.start("a"), pair.end("a"), "NAME", 0.75)
            yield Candidate(pair.start("b"), pair.end("b"), "NAME", 0.75)


# "dile a hysni que me llame", "pregúntale a alte", "llamar a mi prima kanwal +1 ...", "oye kemok,",
# "pozvonite chesnel 732 ...", "rele toirdhealbhach": someone the writer asks to be told,
# asked or called, in Spanish, Russian (in Latin letters) or Haitian Creole.
_ADDRESSED_RE = re.compile(
    r"\b(?:d[i\u00ed]le|d[i\u00ed]gale|preg[u\u00fa]nt(?:a|e)le|ll[a\u00e1]m(?:a|e|ale|ele|ar|en)|"
    r"lalmen|lalme|lalmar|av[i\u00ed]s(?:a|e)le|habla\s+con|hable\s+con)\s+(?:a\s+)?"
    r"(?:(?:mi|su)\s+(?:" + cues.ROMANCE_KIN + r")\s+)?"
    r"(?P<name>[^\W\d_]{3,})(?=\s*(?:$|[,.!?]|\s+(?:que|al|para|\+?\d)))"
    r"|(?:^|(?<=[.!?]\s))oye\s+(?P<hey>[^\W\d_]{3,})"
    r"(?=\s*,|\s+(?:dijo|dice|quiere|necesita|says|said|wants)\b)"
    r"|\b(?:pozvonite|pozvoni|skazhite|rele|di)\s+(?P<ru>[^\W\d_]{3,})(?=\s*(?:[,.]|\+?\d))"
    # "ma baoqin hastam", "za binu yam": "I am X" in Persian and Pashto, the verb after.
    r"|\b(?:man|ma)\s+(?P<fa>[^\W\d_]{3,})\s+hastam\b|\bza\s+(?P<ps>[^\W\d_]{3,})\s+yam\b"
    # "здравствуйте, это леонтий, мама заболела": "this is" / "my name is" in Russian and
    # Ukrainian, then a word in Cyrillic that ends the clause.
    r"|(?:\u044d\u0442\u043e|\u0446\u0435|\u043c\u0435\u043d\u044f\s+\u0437\u043e\u0432\u0443\u0442|"
    r"\u043c\u0435\u043d\u0435\s+\u0437\u0432\u0430\u0442\u0438)\s+"
    r"(?P<cyr>[\u0400-\u04ff]{3,}(?:\s+[\u0400-\u04ff]{3,})?)(?=\s*(?:[,.!]|$))",
    re.IGNORECASE,
)


_ADDRESSING_WORDS = frozenset(
    [
        "dile", "digale", "preguntale", "preguntele", "llama", "llame", "llamale", "llamele",
        "llamar", "llamen", "lalmen", "lalme", "lalmar", "avisale", "avisele", "habla", "hable",
        "oye", "pozvonite", "pozvoni", "skazhite", "rele", "di", "hastam", "yam", "\u044d\u0442\u043e",
        "\u0446\u0435", "\u043c\u0435\u043d\u044f", "\u043c\u0435\u043d\u0435",
    ]
)  # fmt: skip


def addressed_names(w: Words) -> Iterator[Candidate]:
    if _ADDRESSING_WORDS.isdisjoint(w.folded):
        return
    for m in _ADDRESSED_RE.finditer(w.text):
        group = next(g for g in ("name", "hey", "ru", "cyr", "fa", "ps") if m.group(g))
        word = fold(m.group(group))
        if group == "cyr":
            if not any(x in lexicon.foreign_words() for x in word.split()):
                yield Candidate(m.start(group), m.end(group), "NAME", 0.75)
            continue
        if _no_word(w, word):
            yield Candidate(m.start(group), m.end(group), "NAME", 0.75)


# "Pt spelled surname B E R R O A for registration", "its k-o-w-a-l": a name spelt out.
_SPELLED_RE = re.compile(
    r"\b(?:spell(?:ed|s|ing)?|spelt)\s+(?:(?:her|his|my|their|the|it)\s+)?"
    r"(?:(?:sur|last|first|family|given|middle)\s*name\s+|name\s+)?(?:as\s+|is\s+|:\s*)?"
    r"(?P<name>(?:[^\W\d_][\s-]){2,}[^\W\d_])(?![\w-])",
    re.IGNORECASE,
)
# "Case discussed with C.A.M. (charge RN) and YK (SW)": initials, then the person's role.
_INITIALS_ROLE_RE = re.compile(
    r"\b(?P<name>(?:[A-Z]\.){2,3}|[A-Z]{2,3})\s*\((?:charge\s+)?(?:RN|SW|MD|NP|PA|PT|OT|SLP|RT|"
    r"LPN|CNA|MSW|LCSW|RD|PharmD|attending|resident|fellow|intern|chaplain|interpreter|"
    r"case\s+manager|CM)\)"
)


def spelled_names(w: Words) -> Iterator[Candidate]:
    for m in _SPELLED_RE.finditer(w.text):
        yield Candidate(m.start("name"), m.end("name"), "NAME", 0.8)
    for m in _INITIALS_ROLE_RE.finditer(w.text):
        value = m.group("name").replace(".", "").lower()
        if value not in lexicon.SERVICES and value not in lexicon.CLINICAL_WORDS:
            yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)


# A Chinese name written in characters, standing alone ("'卓志勇' (patient ...)",
# {"text":"梁少玲"}): two or three Han characters, the first a common family name, with no
# other Han character beside them. Korean: three Hangul syllables, the first a common family
# name, before "입니다" ("it is"), "씨", "님" or a relation ("할머니").
_HAN_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
    "邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石"
    "廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃"
    "武戴莫孔向汤湯卓區区伍翁甘祝容"
)
_HAN_NAME_RE = re.compile(
    rf"(?<![\u3400-\u9fff])(?P<name>[{_HAN_SURNAMES}][\u3400-\u9fff]{{2}})(?![\u3400-\u9fff])"
    # A name of two characters only in quotes: "高兴", "谢谢" are words.
    rf"|(?<=[\"'\u201c\u300c])(?P<short>[{_HAN_SURNAMES}][\u3400-\u9fff])(?=[\"'\u201d\u300d])"
)
# Words of three characters that start with a family name: thanks, blood pressure, soon.
_HAN_WORDS = frozenset(
    ["谢谢你", "谢谢您", "謝謝你", "謝謝您", "高血压", "高血壓", "高血糖", "高血脂", "高烧了", "马上来", "周末见",
     "方便吗", "许多人", "白天时", "黄疸病", "程度上", "任何人", "于是我", "余下的"]
)  # fmt: skip
_HANGUL_SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구라진민지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부"
_HANGUL_NAME_RE = re.compile(
    rf"(?<![\uac00-\ud7a3])(?P<name>[{_HANGUL_SURNAMES}][\uac00-\ud7a3]{{2}})"
    r"(?=\s*(?:\uc785\ub2c8\ub2e4|\uc774\uc5d0\uc694|\uc608\uc694|\uc528|\ub2d8|\ud560\uba38\ub2c8|"
    r"\ud560\uc544\ubc84\uc9c0|\uc5b4\uba38\ub2c8|\uc544\ubc84\uc9c0|\ud658\uc790))"
)


# "我是翁美琴 ...", "我叫王芳": "I am" / "I am called", then a name ending the clause.
_HAN_SELF_RE = re.compile(
    r"(?:\u6211\u662f|\u6211\u53eb|\u6211\u59d3)(?P<name>[\u3400-\u9fff]{2,3})"
    r"(?=[\s\uff0c,\u3002.!\uff01?\uff1f]|$)"
)


def cjk_names(w: Words) -> Iterator[Candidate]:
    text = w.text
    if text.isascii():
        return
    for m in _HAN_SELF_RE.finditer(text):
        yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)
    for m in _HAN_NAME_RE.finditer(text):
        group = "name" if m.group("name") else "short"
        if m.group(group) not in _HAN_WORDS:
            yield Candidate(m.start(group), m.end(group), "NAME", 0.75)
    for m in _HANGUL_NAME_RE.finditer(text):
        yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)


# "matched patient 729-02-97 (YORN LOKE)", "survivor=03774329 (Cac, Apolinario)": a record
# number, then in brackets the person it belongs to.
_NAME_AFTER_RECORD_RE = re.compile(
    r"(?<![\w-])[A-Z]{0,3}\d[\d-]{4,}\s*\((?P<name>[^\W\d_][\w'\u2019-]+(?:,?\s[^\W\d_][\w'\u2019.-]*)"
    r"{1,2})\)"
)


def names_after_records(w: Words) -> Iterator[Candidate]:
    if "(" not in w.text:
        return
    common = w.lists[2]
    for m in _NAME_AFTER_RECORD_RE.finditer(w.text):
        words = [fold(x) for x in TOKEN_RE.findall(m.group("name"))]
        if words and not any(
            x in common or lexicon.is_english(x) or x in lexicon.CLINICAL_WORDS for x in words
        ):
            yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)


# "bratislav\n3/12/1996\nplease call ...", "meztly frontera cortijo\nfecha de nacimiento ...":
# a message that opens with a line of one to three words no language knows, then a line with a
# number or a date of birth in it: the writer's name, as a form asks for it.
_FIRST_LINE_NAME_RE = re.compile(
    r"\A\s*(?P<name>[^\W\d_][^\W\d_'\u2019-]{2,}(?:[ \t]+[^\W\d_][^\W\d_'\u2019-]{1,}){0,2})"
    r"[ \t]*[,.]?[ \t]*\r?\n"
    # A date, a long number or a phone number on the next line; not a dose ("Jardiance\n10 mg").
    r"(?=[^\n]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[\dA-Za-z]*\d{5,}|\d{3}\D{1,2}\d{3}\D?\d{4})"
    r"|\s*(?:dob|d\.o\.b|fecha|born|mrn|date\s+of\s+birth|birthday|my\s+mrn)\b)",
    re.IGNORECASE,
)


# "awate yuhn, 544 north mifflin st, ...": a message that opens with words no language knows,
# then a comma and a street address, a phone number or a date, as a form is filled in.
_OPENING_NAME_RE = re.compile(
    r"\A\s*(?P<name>[^\W\d_][^\W\d_'\u2019-]{2,}(?:[ \t]+[^\W\d_][^\W\d_'\u2019-]{1,}){0,2})"
    r"[ \t]*,[ \t]*"
    r"(?=\d{1,6}[a-z]?\s+(?!(?:mg|mcg|ml|units?|tabs?|tablets?|pills?|times|x|days?|weeks?|"
    r"hours?|hrs?|mins?|minutes|am|pm|yo|years?|months?|lbs?|kg|puffs?|drops?|cc|doses?)\b)"
    r"[^\W\d_]|\(?\d{3}\)?\D{0,2}\d{3}\D?\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})",
    re.IGNORECASE,
)


def first_line_names(w: Words) -> Iterator[Candidate]:
    m = _OPENING_NAME_RE.match(w.text) if "," in w.text else None
    if (
        m is not None
        and not m.group("name").isupper()
        and all(_a_name_alone(w, fold(word)) for word in m.group("name").split())
    ):
        yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)
        return
    if "\n" not in w.text:
        return
    m = _FIRST_LINE_NAME_RE.match(w.text)
    if m is None or m.group("name").isupper():
        return
    words = m.group("name").split()
    if all(_a_name_alone(w, fold(word)) for word in words):
        yield Candidate(m.start("name"), m.end("name"), "NAME", 0.75)


# "please let summer know i called", "tell rose her results are in": the person to be told,
# by what comes after ("know"; a pronoun or "that" after "tell"). A listed given name, even an
# ordinary word, or a word no language knows; not a relation, a role or a pronoun.
_TOLD_RE = re.compile(
    r"\blet\s+(?P<let>[^\W\d_]{3,})\s+know\b"
    r"|\btell\s+(?P<tell>[^\W\d_]{3,})\s+(?:her|his|that|to|i|we|the|about|thanks|thank)\b",
    re.IGNORECASE,
)


def told_names(w: Words) -> Iterator[Candidate]:
    if "let" not in w.folded and "tell" not in w.folded:
        return
    first = w.lists[0]
    for m in _TOLD_RE.finditer(w.text):
        group = "let" if m.group("let") else "tell"
        word = fold(m.group(group))
        if (
            word in lexicon.CLINICAL_WORDS
            or word in lexicon.KIN_WORDS_ELSEWHERE
            or cues.KIN_WORD_BEFORE_RE.match(word)
            or word in _COMPANIES
        ):
            continue
        if (word in first and word not in lexicon.EVERYDAY_NAMES) or _a_name_alone(w, word):
            yield Candidate(m.start(group), m.end(group), "NAME", 0.75)
