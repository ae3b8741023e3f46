"""A learned token tagger (a linear-chain CRF) for the full tier: identifiers in wordings that
no grammar has a rule for.

Design
------
Training (offline, ``bench/redaction_train.py``)::

    redaction_data.build(split, seed) for the tuning splits and several seeds
      -> tokenize(text)                  one tokenizer, here, for training and inference
      -> token_features(tokens)          one feature function, here, for both
      -> token_labels(tokens, spans)     the label of the identifier a token overlaps, or "O"
      -> pycrfsuite.Trainer (L-BFGS, fixed parameters and data order: deterministic)
      -> data/redaction_tagger.crfsuite  ~2 MB; its sha256 is pinned in MODEL_SHA256

Inference (full tier only; the fast tier never imports this module)::

    text -> tokenize -> token_features -> CRF marginals P(label | token)
      -> decode: a token is tagged when 1 - P(O) >= LOW; adjacent tagged tokens make one run;
         a run is kept only if one of its tokens reaches HIGH; its label is the non-O label
         with the largest summed probability over the run
      -> stop-list: NAME and CITY runs that are eponyms or clinical words the engine knows
         ("Austin Flint murmur", "Child-Pugh B", "Bence Jones protein") are dropped, and
         shapes it got wrong on left-out data (a taper "40-30-20", a stack frame, an
         ADDRESS with neither a number nor a street word)
      -> full.keep_tagger_result: the engine's filter for names and places, without the
         NER model's rules for log values, initials and lower-case words (the tagger was
         trained on those shapes; with them it lost a quarter of its right names)
      -> Candidate(start, end, label, score <= 0.05), merged with every other detector's
         candidates by spans.resolve (union of overlaps; the rules win label ties).

The model file is hashed before it is opened and compared with ``MODEL_SHA256``, as the spaCy
model is; a missing or altered file raises ``TaggerIntegrityError``, which makes the full tier
fail closed (the engine masks the whole text). The tagger only adds spans: it cannot unmask
what the rules found.
"""

from __future__ import annotations

import hashlib
import re
import threading
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from compliance.redaction import gazetteer, lexicon
from compliance.redaction.addresses import STREET_WORD_RE
from compliance.redaction.labels import PLACEHOLDER_RE
from compliance.redaction.names import fold, is_eponym
from compliance.redaction.names.eponyms import EPONYM_BEFORE_RE, is_eponym_name
from compliance.redaction.patterns import VERSION_BEFORE_RE, not_a_persons_url
from compliance.redaction.spans import Candidate
from compliance.redaction.states import AP_ABBRS, STATE_ABBRS, STATE_NAMES

MODEL_PATH = Path(__file__).resolve().parent / "data" / "redaction_tagger.crfsuite"
# sha256 of the model file written by bench/redaction_train.py (it prints the value to pin).
MODEL_SHA256 = "9c940b394e0bcc53d5dbe61716cdd6dc52ebf39a1d554837a7c9d87ad03cfe69"
# Decoding thresholds, chosen with `bench/redaction_train.py --leave-out SPLIT`.
LOW = 0.3
HIGH = 0.6
# The tagger finds where an identifier is; a rule with a context word decides its label.
MAX_SCORE = 0.05

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
# Words that announce an identifier, as a feature of the tokens near them.
CUES = frozenset(
    [
        "dr", "mr", "mrs", "ms", "miss", "patient", "pt", "name", "mrn", "dob", "born", "phone",
        "tel", "fax", "ph", "call", "email", "e", "mail", "ssn", "ss", "address", "addr", "lives",
        "st", "ave", "at", "on", "url", "ip", "user", "username", "login", "id", "acct", "account",
        "zip", "city", "age", "aged", "yo", "seen", "visit", "admitted", "discharged", "date",
        "from", "to", "by", "contact", "cell", "mobile", "home", "nurse", "rn", "md", "son",
        "daughter", "wife", "husband", "mother", "father", "spouse", "cc", "re", "hi", "hello",
        "dear", "thanks", "regards", "signed", "npi", "record", "chart", "member", "policy",
        "license", "plate", "vin", "device", "serial", "host", "server", "client", "src", "dst",
        "pid",
    ]
)  # fmt: skip


class TaggerIntegrityError(RuntimeError):
    pass


Token = tuple[int, int, str]


def tokenize(text: str) -> list[Token]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def _shape(word: str) -> str:
    return re.sub(r"\d", "d", re.sub(r"[a-z]", "x", re.sub(r"[A-Z]", "X", word)))


def _short(shape: str) -> str:
    return re.sub(r"(.)\1+", r"\1", shape)


_STATE_WORDS = frozenset(a.lower() for a in STATE_ABBRS) | frozenset(
    w for name in STATE_NAMES for w in name.split()
)


@lru_cache(maxsize=65536)
def word_lists(word: str) -> tuple[str, ...]:
    """The engine's word lists that know ``word`` (folded): census given names ("fn"), given
    names of the world lists ("wfn"), surnames ("ln"), the 8,000 common words ("cw"), WordNet
    lemmas and their inflections ("en"), clinical words ("cl"), first words of US places
    ("pl"), state words ("st"), a typo of a word ("ty"), everyday words of other languages
    ("fw", ``lexicon.foreign_words``), and the given names ("uf") and surnames
    ("ul") of US public records, which hold ten times the names of the others and ordinary
    words too ("will", "house": the model weighs "uf" against "cw"). A name the training data
    never held is still a word of a
    list: this is what lets the tagger tell "okafor" from "okay" it has not seen."""
    w = gazetteer.fold(word)
    if not w.isalpha():
        return ()
    tags = []
    if w in lexicon.census_first_names():
        tags.append("fn")
    elif w in lexicon.first_names():
        tags.append("wfn")
    if w in lexicon.last_names():
        tags.append("ln")
    if w in lexicon.common_words():
        tags.append("cw")
    if lexicon.is_english(w):
        tags.append("en")
    if w in lexicon.CLINICAL_WORDS:
        tags.append("cl")
    if w in gazetteer.first_words():
        tags.append("pl")
    if w in _STATE_WORDS:
        tags.append("st")
    if not tags and _slip_of_word(w):
        tags.append("ty")
    if w in lexicon.foreign_words():
        tags.append("fw")
    if w in lexicon.us_first_names():
        tags.append("uf")
    if w in lexicon.us_surnames():
        tags.append("ul")
    return tuple(tags) or ("none",)


def _slip_of_word(w: str) -> bool:
    """``w`` is a word with two letters swapped ("frdiay", "stlil") or a common word with a
    vowel dropped ("tomrrow"): a typo in chat, not a name no list knows."""
    if len(w) < 4:
        return False
    common, english = lexicon.common_words(), lexicon.english_words()
    for k in range(len(w) - 1):
        swapped = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
        if swapped in common or swapped in english:
            return True
    return any(w[:k] + c + w[k:] in common for k in range(1, len(w)) for c in "aeiou")


@cache
def _vocabulary() -> frozenset[str]:
    """The words whose identity is a feature: common, clinical and cue words. Any other word
    is "<rare>" to the model (its affixes, shape and lists still count), so it learns what a
    name looks like and where one stands rather than the training data's names."""
    return lexicon.common_words() | lexicon.CLINICAL_WORDS | CUES


def _identity(word: str) -> str:
    if word.isalpha() and word not in _vocabulary():
        return "<rare>"
    return word


def token_features(tokens: list[Token]) -> list[dict[str, float]]:
    """Features of each token: the word (a rare one as "<rare>", ``_identity``), its shape,
    prefixes and suffixes, and the same of three tokens either side, cue words, the key of a
    ``key=value`` / ``key: value``, the word lists that know the word and its two neighbours
    either side (``word_lists``), and whether the whole message is in lower case."""
    n = len(tokens)
    words = [t[2] for t in tokens]
    low = [_identity(w.lower()) for w in words]
    affix = [w.lower() for w in words]
    lists = [word_lists(w) for w in words]
    shapes = [_shape(w) for w in words]
    shorts = [_short(s) for s in shapes]
    glued = [i > 0 and tokens[i - 1][1] == tokens[i][0] for i in range(n)]
    # A message typed all in lower case says nothing by a word's case: the word lists and the
    # context carry a name there, with weights of their own.
    lower_msg = not any(w[:1].isupper() for w in words)
    out = []
    for i in range(n):
        w, lw, aw = words[i], low[i], affix[i]
        f = {
            "b": 1.0,
            "w=" + lw: 1.0,
            "sh=" + (shapes[i] if len(shapes[i]) <= 12 else shorts[i]): 1.0,
            "ssh=" + shorts[i]: 1.0,
            "p1=" + aw[:1]: 1.0,
            "p2=" + aw[:2]: 1.0,
            "p3=" + aw[:3]: 1.0,
            "s1=" + aw[-1:]: 1.0,
            "s2=" + aw[-2:]: 1.0,
            "s3=" + aw[-3:]: 1.0,
            "len=" + str(min(len(w), 12)): 1.0,
            "glp": float(glued[i]),
            "gln": float(i + 1 < n and glued[i + 1]),
            "first": float(i == 0),
            "title": float(w.istitle()),
            "upper": float(w.isupper()),
            "digit": float(w.isdigit()),
            "hasdig": float(any(c.isdigit() for c in w)),
            "cue": float(lw in CUES),
        }
        if w.isdigit():
            f["dlen=" + str(len(w))] = 1.0
        for tag in lists[i]:
            f["gz=" + tag] = 1.0
            if lower_msg:
                f["lgz=" + tag] = 1.0
        if lower_msg:
            f["lower"] = 1.0
        for d in (-3, -2, -1, 1, 2, 3):
            j = i + d
            if 0 <= j < n:
                f[f"w{d}=" + low[j]] = 1.0
                f[f"ss{d}=" + shorts[j]] = 1.0
                if low[j] in CUES:
                    f[f"cue{d}=" + low[j]] = 1.0
                    f["nearcue"] = 1.0
                if abs(d) == 1:
                    f[f"t{d}"] = float(words[j].istitle())
                if abs(d) <= 2:
                    for tag in lists[j]:
                        f[f"gz{d}=" + tag] = 1.0
            else:
                f[f"w{d}=<pad>"] = 1.0
        if i > 0:
            f["bi=" + low[i - 1] + "|" + lw] = 1.0
            f["glue-1=" + str(glued[i]) + low[i - 1]] = 1.0
        if i + 1 < n:
            f["bi+=" + lw + "|" + low[i + 1]] = 1.0
        for j in range(i - 1, max(-1, i - 5), -1):  # the nearest key before a value
            if words[j] in ("=", ":") and j > 0:
                f["key=" + affix[j - 1]] = 1.0
                f["keysep=" + words[j]] = 1.0
                break
        for j in range(i - 1, max(-1, i - 4), -1):  # the previous word, past punctuation
            if words[j][0].isalnum():
                f["pw=" + low[j]] = 1.0
                break
        out.append(f)
    return out


def token_labels(tokens: list[Token], spans) -> list[str]:
    """Training targets: the label of the identifier a token overlaps, else "O"."""
    labels = []
    for start, end, _ in tokens:
        labels.append(next((lab for s, e, lab in spans if start < e and s < end), "O"))
    return labels


def decode(
    tokens: list[Token],
    marginals: list[dict[str, float]],
    *,
    low: float = LOW,
    high: float = HIGH,
    protected: list[tuple[int, int]] = (),
) -> list[Candidate]:
    """Runs of adjacent tokens with P(not O) >= ``low`` holding one token >= ``high``."""
    # [start, end, best confidence, summed label probabilities, the last token's label]
    runs: list[list] = []
    for (start, end, _), probs in zip(tokens, marginals, strict=True):
        confidence = 1.0 - probs.get("O", 0.0)
        if confidence < low or any(ps <= start and end <= pe for ps, pe in protected):
            continue
        top = max((lab for lab in probs if lab != "O"), key=probs.get)
        # Glued or one space apart, and the same identifier: "Ann Lee 617 ..." is two runs.
        if runs and runs[-1][1] >= start - 1 and runs[-1][4] == top:
            run = runs[-1]
            run[1], run[2] = end, max(run[2], confidence)
        else:
            run = [start, end, confidence, {}, top]
            runs.append(run)
        for label, p in probs.items():
            if label != "O":
                run[3][label] = run[3].get(label, 0.0) + p
    return [
        Candidate(start, end, max(sums, key=sums.get), min(best, MAX_SCORE))
        for start, end, best, sums, _ in runs
        if best >= high and sums
    ]


# A code system before a list of codes: "CPT 99285, 93010, 71046", "NDC 0173-0682-20".
_CODE_SYSTEM_RE = re.compile(
    r"\b(?:icd|icd-?10|cpt|hcpcs|ndc|loinc|snomed|sctid|rxnorm|rxcui|cvx)\b[^;.]{0,40}$",
    re.IGNORECASE,
)
# Source code in a stack trace or a field path: "Checker.verify(Checker.java:311)",
# "address.js:44:17", "subscriber.memberId".
_CODE_RE = re.compile(r"\w\(|\.[a-z]{1,4}:\d|\b[a-z]+\.[a-z]+[A-Z]\w*\b")
# A room in the building, not an address: "transferred to Rm 412B".
_ROOM_RE = re.compile(r"\b(?:rm|room|bed|bay|cubicle)\s*#?\s*\w*\d\w*$", re.IGNORECASE)
# A short range or reading ("60-100", "120/80", "65-74") or a LOINC code ("8480-6").
_SHORT_NUMBER_RE = re.compile(r"-?\d{1,5}[-/]\d{1,3}")
_ID_LABELS = frozenset(
    [
        "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID",
        "USERNAME", "OTHER_ID",
    ]
)  # fmt: skip
_LOINC_AFTER_RE = re.compile(r"[^|]*\^LN\b")
# A National Drug Code, 10 or 11 digits in three parts: "00002-8215-01", "0781-1506-10".
_NDC_RE = re.compile(r"\d{4,5}-\d{3,4}-\d{1,2}")
_SYSTEM_KEY_BEFORE_RE = re.compile(r"[\"']system[\"']\s*:\s*[\"']$")
_VERSION_SHAPE_RE = re.compile(r"\d{1,3}\.\d{1,3}(?:\.\d{1,4})?")
# A ZIP code follows a state: "Reno, NV 89501".
_STATE_BEFORE_RE = re.compile(r"\b([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\.?,?\s*$")
# A Java or Python package path in a stack trace, not a web address.
_PACKAGE_RE = re.compile(r"(?:at\s+)?(?:com|org|net|io|java|javax|jdk|sun|android)\.[a-z]")
_IPV4_RE = re.compile(r"\d{1,3}(?:\D{1,3}\d{1,3}){3}")
_ORDINAL_RE = re.compile(r"\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)
_ORDINAL_AFTER_RE = re.compile(r"\s*(?:,|and|or|&)\s*\d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)
_ORDINAL_NOUN_AFTER_RE = re.compile(
    r"\s+(?:floor|fl|dose|doses|time|times|grade|visit|round|cycle|attempt|one|place|trimester|"
    r"degree|child|baby|pregnancy|shot|injection|week|day|month|year|line|rib|toe|finger|nerve|"
    r"percentile|generation|cousin|edition|century|period|street|st|ave|avenue|rd|road|stage)\b",
    re.IGNORECASE,
)


def stop_listed(text: str, start: int, end: int, label: str) -> bool:
    """A run the engine knows is no identifier: an eponym or a clinical word taken for a
    name or a place, a code after its code system, source code, a room, a version number
    taken for an IP address. Each is a shape the tagger got wrong on left-out data."""
    value = text[start:end]
    if _CODE_RE.search(value) and label not in ("EMAIL", "URL"):
        return True
    if label == "URL" and (re.search(r"\w\(", value) or _PACKAGE_RE.match(value)):
        return True  # "at com.vendor.hie.Inbound.handle": a stack frame
    if label == "URL" and not_a_persons_url(value):
        return True  # "http://loinc.org": a code system
    if label == "DATE" and _FRACTION_RE.fullmatch(value) and _OF_AFTER_RE.match(text, end):
        return True  # "2/3 of the meds": a fraction
    if _in_a_taper(text, start, end):
        return True  # "taper 40-30-20-10": doses stepping down, no date and no number of anyone's
    if label in _ID_LABELS and _LOT_BEFORE_RE.search(text[max(0, start - 32) : start]):
        return True  # "lot=TD24-0917": a vaccine's or a drug's batch, not a person's
    if label == "DATE" and VERSION_BEFORE_RE.search(text[max(0, start - 20) : start]):
        return True  # "version jun2 release": a release's name
    if label == "DATE" and _no_month(value):
        return True  # "it's 50/50", "taper 40-30-20", "5:18 AM": no month can be read in it
    if (
        label == "DATE"
        and _FRACTION_RE.fullmatch(value)
        and _COUNT_BEFORE_RE.search(text[max(0, start - 24) : start])
    ):
        return True  # "Apgars 8/9", "strength 4/5", "page 2/14": a score or a count
    if label == "AGE_OVER_89" and (
        re.match(r"-\d", text[end : end + 2]) or re.search(r"\d-$", text[max(0, start - 2) : start])
    ):
        return True  # "|90-120|": a reference range, no one's age
    if label == "AGE_OVER_89" and _QUANTITY_AFTER_RE.match(text, end):
        return True  # "a 90-day supply", "100-count bottle": a quantity, no one's age
    if label == "USERNAME" and _CONFIG_FILE_RE.search(value):
        return True  # "settings_local.json": a file, not an account
    if (
        label == "DATE"
        and _SCALE_RE.fullmatch(value)
        and _SCALE_BEFORE_RE.search(text[max(0, start - 30) : start])
    ):
        return True  # "pain is 5/10": a score out of ten
    if (
        label == "ADDRESS"
        and not any(ch.isdigit() for ch in value)
        and not STREET_WORD_RE.search(value)
    ):
        return True  # "volta em vinte e dois": no number and no street word
    if label != "NAME" and _CODE_SYSTEM_RE.search(text[max(0, start - 48) : start]):
        return True
    if label != "DATE" and _SHORT_NUMBER_RE.fullmatch(value):
        return True
    if label in _ID_LABELS and len(value) <= 2:
        return True  # "IN1|1|BCBS|X1|": a code of two characters identifies no one
    if value.startswith("-") and text[start - 1 : start].isalnum():
        return True  # "m-4412": the tail of a token
    if _LOINC_AFTER_RE.match(text[end : end + 60]):
        return True  # "OBX|2|NM|2345-7^Glucose^LN": a test's code
    if label == "AGE_OVER_89" and (age := re.match(r"\d+", value)) and int(age.group()) < 90:
        return True  # "67F": an age under 90 is no identifier
    if (
        label == "DATE"
        and _ORDINAL_RE.fullmatch(value)
        and (
            _ORDINAL_NOUN_AFTER_RE.match(text, end)
            or (
                (more := _ORDINAL_AFTER_RE.match(text, end))
                and _ORDINAL_NOUN_AFTER_RE.match(text, more.end())
            )
        )
    ):
        return True  # "the 3rd floor", "the 2nd and 3rd doses": an ordinal of something else
    if label in _ID_LABELS and _NDC_RE.fullmatch(value) and text[end : end + 1] == "^":
        return True  # "RXO|...|00002-8215-01^INSULIN LISPRO": a drug's NDC before its name
    if label == "URL" and _SYSTEM_KEY_BEFORE_RE.search(text[max(0, start - 14) : start]):
        return True  # '"system":"https://clinic.example/mrn"': whose numbers, not a page
    if (
        label == "DATE"
        and _VERSION_SHAPE_RE.fullmatch(value)
        and re.search(r"[^\W\d_]/$", text[max(0, start - 2) : start])
    ):
        return True  # "WhatsApp/2.24": a program's version
    if label == "AGE_OVER_89" and re.search(r"\bline\s+$", text[max(0, start - 6) : start], re.I):
        return True  # 'File "geo.py", line 102': a line of source code
    if label == "EMAIL" and "." not in value.partition("@")[2]:
        return True  # "celery@web-2": a worker, not a mailbox
    if label == "ZIP" and value.isdigit() and not _state_before(text, start):
        return True  # "(payer 87726)": five digits with no state before them
    if label in ("ADDRESS", "ZIP", "CITY") and _ROOM_RE.search(value):
        return True
    if label == "IP_ADDRESS" and not (":" in value or _IPV4_RE.fullmatch(value)):
        return True  # "44:17" has a colon but no hex group of an IPv6 address either
    if label == "IP_ADDRESS" and ":" in value and value.count(":") < 3:
        return True
    if label not in ("NAME", "CITY"):
        return False
    raw = re.findall(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?", value)
    words = [fold(w) for w in raw]
    if not words:
        return True
    if is_eponym_name(value) or is_eponym(text, end):
        return True  # "Mallory-Weiss", "Bence Jones proteinuria", "Austin Flint murmur"
    if (whole := _HYPHENATED_RE.search(text[max(0, start - 30) : start])) and is_eponym_name(
        whole.group() + value
    ):
        return True  # "Guillain-Barre": the tagger's run began at the hyphen
    if EPONYM_BEFORE_RE.search(text[max(0, start - 40) : start]):
        return True  # "positive Tinel's"
    if text[end : end + 1] == "." and value.lower() in _AP_STATES:
        return True  # "Iuka, Tex. 92398": a state as a newspaper writes it
    if (
        len(raw) == 1
        and raw[0].isupper()
        and words[0] not in lexicon.first_names()
        and words[0] not in lexicon.last_names()
    ):
        return True  # "ECONTACT": a field's code in capitals, no name a list knows
    return all(w in lexicon.CLINICAL_WORDS or w in lexicon.function_words() for w in words)


_AP_STATES = frozenset(a.lower() for a in AP_ABBRS)
_SCALE_RE = re.compile(r"\d{1,2}/10")
_FRACTION_RE = re.compile(r"\d{1,2}/\d{1,2}")
# "2/3 of the meds", "3/4 of a cup"; not "3/4 of this year".
_OF_AFTER_RE = re.compile(
    r"\s+of\s+(?:the|a|an|my|his|her|their|its|it|them|those|these|all|each|every)\b",
    re.IGNORECASE,
)
_CONFIG_FILE_RE = re.compile(
    r"\.(?:json|ya?ml|toml|ini|cfg|conf|txt|py|js|ts|log|xml|env|lock|sh)$", re.IGNORECASE
)
_SCALE_BEFORE_RE = re.compile(
    r"\b(?:pain|score|scale|rated?|rates|rating|severity|itch|nausea|anxiety|mood|fatigue|"
    r"level)\b[^.;\n]*$",
    re.IGNORECASE,
)


_QUANTITY_AFTER_RE = re.compile(
    r"-?\s?(?:day|days|count|ct|hour|hr|minute|min|tablet|tab|capsule|cap|pack|mg|mcg|ml|unit|"
    r"dose|mile|foot|ft|pound|lb)s?\b",
    re.IGNORECASE,
)
_HYPHENATED_RE = re.compile(r"[^\W\d_]+-$")
_TAPER_RE = re.compile(r"\d{1,3}(?:-\d{1,3}){3,}")
# "lot=TD24-0917", "Lot 24C-1187-A", "the lot number on the box is 24B-0917"; not "a lot".
_LOT_BEFORE_RE = re.compile(
    r"(?<!\ba )\blot\b(?:\s*(?:number|no\.?|#))?[^.;,\n\d]{0,16}$", re.IGNORECASE
)
_COUNT_BEFORE_RE = re.compile(
    r"\b(?:apgars?|strength|power|motor|grip|reflexes|page|pg|slide|image|series|item|question|"
    r"step)\b\W{0,3}$",
    re.IGNORECASE,
)
_NUMBERS_RE = re.compile(r"(\d{1,3})([-/.])(\d{1,3})(?:\2\d{1,2})?")
_CLOCK_ONLY_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)


def _in_a_taper(text: str, start: int, end: int) -> bool:
    """The run is (part of) four or more numbers joined by hyphens that never rise: a taper's
    doses ("40-30-20-10", of which the tagger may take "10-5" alone)."""
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] == "-"):
        start -= 1
    while end < len(text) and (text[end].isdigit() or text[end] == "-"):
        end += 1
    token = text[start:end].strip("-")
    if not _TAPER_RE.fullmatch(token):
        return False
    return all(a >= b for a, b in pairwise(int(n) for n in token.split("-")))


def _no_month(value: str) -> bool:
    """A clock time alone, or two or three numbers of which neither of the first two can be a
    month ("50/50", "90-199", "40-30-20"; "12/44" is December 1944)."""
    if _CLOCK_ONLY_RE.fullmatch(value):
        return True
    match = _NUMBERS_RE.fullmatch(value)
    return bool(match) and not any(1 <= int(n) <= 12 for n in match.group(1, 3))


def _state_before(text: str, start: int) -> bool:
    match = _STATE_BEFORE_RE.search(text[max(0, start - 30) : start])
    if not match:
        return False
    word = match.group(1)
    return word in STATE_ABBRS or word.lower() in STATE_NAMES


def model_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Tagger:
    """The CRF, opened once after its file is verified. pycrfsuite's tagger keeps state
    between ``set`` and ``marginal``, so calls are serialised."""

    def __init__(self, path: Path | None = None, sha256: str | None = None) -> None:
        import pycrfsuite

        path = MODEL_PATH if path is None else path
        sha256 = MODEL_SHA256 if sha256 is None else sha256
        if not path.is_file():
            raise TaggerIntegrityError(f"tagger model {path} is missing")
        found = model_digest(path)
        if found != sha256:
            raise TaggerIntegrityError(
                f"tagger model at {path} does not match the pinned digest "
                f"(expected {sha256}, found {found})"
            )
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(path))
        self._labels = list(self._crf.labels())
        self._lock = threading.Lock()

    def marginals(self, tokens: list[Token]) -> list[dict[str, float]]:
        with self._lock:
            self._crf.set(token_features(tokens))
            self._crf.tag()
            return [
                {label: self._crf.marginal(label, i) for label in self._labels}
                for i in range(len(tokens))
            ]

    def find(self, text: str, *, low: float = LOW, high: float = HIGH) -> list[Candidate]:
        tokens = tokenize(text)
        if not tokens:
            return []
        return candidates(text, tokens, self.marginals(tokens), low=low, high=high)


def candidates(
    text: str,
    tokens: list[Token],
    marginals: list[dict[str, float]],
    *,
    low: float = LOW,
    high: float = HIGH,
) -> list[Candidate]:
    """Decoded runs, placeholders left alone, eponyms and clinical words dropped."""
    protected = [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]
    found = decode(tokens, marginals, low=low, high=high, protected=protected)
    return [
        c
        for c in (_date_in_token(text, c) for c in found)
        if not stop_listed(text, c.start, c.end, c.label)
    ]


_GLUED_DATE_RE = re.compile(r"(?<![^\W_])\d{6,8}(?![^\W_])")


def _date_in_token(text: str, c: Candidate) -> Candidate:
    """ "mobile_van_roster_19220106": a date glued by "_" to ordinary words only is the date
    alone (the tokenizer keeps the token whole; the words are a file's name). Any other part
    (a record number, a name) keeps the whole run masked."""
    if c.label != "DATE" or "_" not in text[c.start : c.end]:
        return c
    digits = list(_GLUED_DATE_RE.finditer(text, c.start, c.end))
    if len(digits) != 1:
        return c
    date = digits[0]
    rest = (text[c.start : date.start()] + "_" + text[date.end() : c.end]).split("_")
    common = lexicon.common_words()
    if not all(part.isalpha() and part.lower() in common for part in rest if part):
        return c
    return Candidate(date.start(), date.end(), c.label, c.score)


@cache
def get_tagger() -> Tagger:
    return Tagger()
