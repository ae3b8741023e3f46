"""Eponyms: "Parkinson's disease", "Bell's palsy", "Wolff-Parkinson-White pattern". A name
followed by one of these words names a disease, a sign or a scale, not a person."""

from __future__ import annotations

import re
import unicodedata

EPONYM_AFTER_RE = re.compile(
    r"^(?:['\u2019]s)?\s+(?:disease|syndrome|palsy|sign|signs|test|maneuver|manoeuvre|"
    r"phenomenon|reflex|law|tumou?r|midline|lateraliz\w*|angina|lymphoma|anemia|anaemia|ulcer|"
    r"node|fracture|cyst|criteria|"
    r"score|scale|procedure|operation|position|solution|formula|classification|triad|murmur|"
    r"disorder|thyroiditis|encephalopathy|dementia|chorea|hernia|contracture|deformity|lesion|"
    r"protocol|method|catheter|tube|pattern|esophagus|oesophagus|technique|forceps|retractor|"
    r"stain|equation|neuroma|neuralgia|aneurysm|sarcoma|carcinoma|coma scale|stage|staging|"
    r"monitor|ultrasound|valve|shunt|splint|bandage|sling|graft|flap|needle|ligament|"
    r"(?:positive|negative|equivocal)(?!\s+for\b)|points?|triangle|fracture|surgery|repair|"
    r"nodule|paralysis|pulses?|tear|rules|chromosome|habitus|bodies|cells?|proteins?|line|"
    # Lower case only: "Jackson-Pratt drain", "Unna boot"; "Ann Drain" is a person.
    r"respirations?|breathing|contractions?|(?-i:drains?|boot|fundoplication|dressing|"
    r"stockings?|pouch|reservoir|incision|block)|"
    r"and\s+[a-z]+(?:['\u2019]s)?\s+(?:signs?|syndromes?|diseases?))\b"
    # "can dr smith sign the form", "have dr achebe test my sugar": a verb, the person's act.
    r"(?!\s+(?:the|this|that|these|those|my|his|her|your|our|their|a|an|it|off|me|him|them)\b)"
    # "de Quervain's tenosynovitis", "Hashimoto's": a possessive before a disease's own word.
    r"|^['\u2019]s\s+[a-z]+(?:itis|osis|oma|pathy|plasia|algia|emia|uria|ectomy)\b"
    r"|^-en-y\b"  # "Roux-en-Y gastric bypass"
    # "Weber B ankle fracture", "Ottawa ankle rules": a type or a body part between the name
    # and the word that makes it an eponym.
    r"|^\s+(?:[A-C]|I{1,3}|IV)(?=\s+(?:[a-z]+\s+)?(?:fracture|type|lesion|tear|injury|stage|grade)\b)"
    r"|^\s+(?:ankle|knee|foot|c-spine|spine|head|neck|hip|wrist|shoulder|coma|fall|risk|dvt|pe|"
    r"stroke|bleeding|sepsis|pneumonia|pain)\s+(?:rules|criteria|score|scale|classification)\b"
    # "Braden 14, reposition": a scale's name and its score.
    r"|^\s+(?:[0-9]|[1-8][0-9])(?:/\d{1,2})?(?=\s*(?:[,;]|$))",
    re.IGNORECASE,
)


# "positive Tinel's and Phalen's": a finding before the name makes it a sign.
# "hx Guillain-Barre", "r/o Cushing's": a history or a diagnosis before it names a disease.
EPONYM_BEFORE_RE = re.compile(
    r"\b(?:positive|negative|equivocal|pos|neg)\s+(?:[A-Z][\w'\u2019-]*\s+(?:and|&|or)\s+)?$"
    r"|\b(?:hx|h/o|history\s+of|dx|s/p|r/o|rule\s+out|suspected|c/w|consistent\s+with)\s+$",
    re.IGNORECASE,
)


def is_eponym(text: str, end: int) -> bool:
    """The name ending at ``end`` is followed by a word that makes it an eponym."""
    return bool(EPONYM_AFTER_RE.match(text[end : end + 40]))


# Eponyms by their own name, hyphenated or in two words, with nothing after them that says
# so: "Child-Pugh B", "Mallory-Weiss", "Bence Jones", "Austin Flint". The learned tagger
# (tagger.py) took these for people.
EPONYM_NAMES = frozenset(
    [
        "austin flint",
        "sister mary joseph",
        "bence jones",
        "mallory weiss",
        "child pugh",
        "guillain barre",
        "hoehn yahr",
        "hoehn",
        "yahr",
        "cheyne stokes",
        "braxton hicks",
        "phalen",
        "tinel",
        "rinne",
        "wolff parkinson white",
        "stevens johnson",
        "creutzfeldt jakob",
        "charcot marie tooth",
        "osgood schlatter",
        "legg calve perthes",
        "ehlers danlos",
        "arnold chiari",
        "roux en y",
        "swan ganz",
        "apgar",
        "killip",
        "nyha",
        "breslow",
        "salter harris",
        "kussmaul",
        "cheyne stokes",
        "trendelenburg",
        "valsalva",
        "holter",
        "doppler",
        "heimlich",
        "babinski",
        "romberg",
        "mcburney",
    ]
)


TITLE_BEFORE_RE = re.compile(r"\b(?:dr|mr|mrs|ms|mx|prof|doctor)\.?\s+$", re.IGNORECASE)


def eponym_not_person(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a listed eponym and no title says it is a person ("Hoehn and
    Yahr stage 2"; but "Dr. Austin Flint")."""
    return is_eponym_name(text[start:end]) and not TITLE_BEFORE_RE.search(
        text[max(0, start - 10) : start]
    )


def is_eponym_name(value: str) -> bool:
    """The words of ``value`` (hyphens and possessives aside) are a listed eponym, alone or
    before other words ("Bence Jones proteinuria")."""
    plain = unicodedata.normalize("NFKD", value.lower())  # "Guillain-Barré"
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    words = re.findall(r"[^\W\d_]+", plain.replace("\u2019s", "").replace("'s", ""))
    # "Child-Pugh B", "Salter-Harris II": a grade or a type after the name.
    while len(words) > 1 and re.fullmatch(r"[a-d]|i{1,3}|iv|v", words[-1]):
        words.pop()
    return any(" ".join(words[:n]) in EPONYM_NAMES for n in range(1, len(words) + 1))
