"""Eponyms: "Parkinson's disease", "Bell's palsy", "Wolff-Parkinson-White pattern". A name
followed by one of these words names a disease, a sign or a scale, not a person."""

from __future__ import annotations

import re

EPONYM_AFTER_RE = re.compile(
    r"^(?:['\u2019]s)?\s+(?:disease|syndrome|palsy|sign|signs|test|maneuver|manoeuvre|"
    r"phenomenon|reflex|law|tumou?r|lymphoma|anemia|anaemia|ulcer|node|fracture|cyst|criteria|"
    r"score|scale|procedure|operation|position|solution|formula|classification|triad|murmur|"
    r"disorder|thyroiditis|encephalopathy|dementia|chorea|hernia|contracture|deformity|lesion|"
    r"protocol|method|catheter|tube|pattern|esophagus|oesophagus|technique|forceps|retractor|"
    r"stain|equation|neuroma|neuralgia|aneurysm|sarcoma|carcinoma|coma scale|stage|staging|"
    r"monitor|ultrasound|valve|shunt|splint|bandage|sling|graft|flap|needle|ligament|"
    r"(?:positive|negative|equivocal)(?!\s+for\b)|points?|triangle|fracture|surgery|repair|"
    r"and\s+[a-z]+(?:['\u2019]s)?\s+(?:signs?|syndromes?|diseases?))\b",
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
