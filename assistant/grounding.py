"""Is a drafted answer supported by its sources? A deterministic check, no model involved.

A small model phrases well and invents facts, so every sentence of its draft must be backed
by the passages it was given:

- lexical support: at least ``MIN_SUPPORT`` of the sentence's content terms (stemmed, stop
  words and synonyms handled as in retrieval) appear in the cited passages, and a sentence
  that makes a medical claim (medicines, doses, safety) needs ``MIN_MEDICAL_SUPPORT``;
- numbers: every number in the sentence (times, prices, phone numbers, doses) appears in a
  source, digit for digit;
- polarity: the source sentence that supports it best says "not"/"no"/"never" exactly when
  the answer sentence does ("do not change the dose" never backs "you can change the dose").

It errs on the strict side: a correct paraphrase may fail and fall back to quoting the
passage, which is safe; an unsupported claim must never pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from assistant.knowledge.search import Passage, analyze
from assistant.triage.text import fold

MIN_SUPPORT = 0.75
MIN_MEDICAL_SUPPORT = 0.9

_CITATION = re.compile(r"\[(\d{1,2})\]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_NUMBER = re.compile(r"\d+(?:[.:,]\d+)*")
_NEGATION = re.compile(
    r"\b(?:not|no|never|dont|doesnt|cannot|cant|wont|without|nor|pas|jamais|sans|nunca|sin)\b"
)
_MEDICAL = re.compile(
    r"\b(?:mg|mcg|ml|dose|doses|dosage|tablet|tablets|pill|pills|medicine|medicines|"
    r"medication|medications|drug|drugs|safe|unsafe|interact\w*|combin\w*|ibuprofen|"
    r"naproxen|aspirin|acetaminophen|paracetamol|antibiotic\w*|prescri\w*|diagnos\w*|"
    r"treat\w*|cure\w*|symptom\w*|side effects?|allerg\w*|pregnan\w*|vaccine\w*)\b"
)


@dataclass(frozen=True)
class SentenceCheck:
    sentence: str
    support: float
    passed: bool
    reason: str = ""


@dataclass(frozen=True)
class GroundingReport:
    grounded: bool
    sentences: list[SentenceCheck] = field(default_factory=list)
    cited: list[int] = field(default_factory=list)  # 0-based indexes into the sources

    @property
    def reasons(self) -> list[str]:
        return [s.reason for s in self.sentences if not s.passed]


def split_sentences(text: str) -> list[str]:
    lines = [line for line in text.splitlines() if not line.strip().lower().startswith("source")]
    parts = _SENTENCE.split("\n".join(lines))
    return [p.strip(" -*\t") for p in parts if p and p.strip(" -*\t")]


def _numbers(text: str) -> set[str]:
    return {n.rstrip(".,:").replace(",", "") for n in _NUMBER.findall(text)}


def _source_sentences(passage: Passage) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", passage.text) if s.strip()]


def _check_sentence(sentence: str, sources: Sequence[Passage]) -> SentenceCheck:
    plain = _CITATION.sub("", sentence).strip()
    terms = set(analyze(plain))
    if not terms:
        return SentenceCheck(plain, 1.0, True, "no claim")  # "Thank you." claims nothing
    source_text = " ".join(f"{p.document_title} {p.heading} {p.text}" for p in sources)
    missing_numbers = _numbers(plain) - _numbers(source_text)
    if missing_numbers:
        return SentenceCheck(plain, 0.0, False, "a number is not in the sources")
    support = len(terms & set(analyze(source_text))) / len(terms)
    folded = fold(plain)
    needed = MIN_MEDICAL_SUPPORT if _MEDICAL.search(folded) else MIN_SUPPORT
    if support < needed:
        return SentenceCheck(plain, support, False, "not enough support in the sources")
    best = max(
        (s for p in sources for s in _source_sentences(p)),
        key=lambda s: len(terms & set(analyze(s))),
        default="",
    )
    if bool(_NEGATION.search(folded)) != bool(_NEGATION.search(fold(best))):
        return SentenceCheck(plain, support, False, "the source says the opposite")
    return SentenceCheck(plain, support, True)


def check_grounded(answer: str, sources: Sequence[Passage]) -> GroundingReport:
    """Check every sentence of ``answer`` against ``sources`` (see the module docstring).

    A sentence with citation markers ``[n]`` is checked against those sources only; one
    without markers against all of them. An empty answer, or one with no sources, fails.
    """
    sentences = split_sentences(answer)
    if not sentences or not sources:
        return GroundingReport(False)
    checks = []
    cited: list[int] = []
    for sentence in sentences:
        marks = [int(n) - 1 for n in _CITATION.findall(sentence)]
        valid = [i for i in marks if 0 <= i < len(sources)]
        if marks and len(valid) != len(marks):
            checks.append(SentenceCheck(sentence, 0.0, False, "cites a source that does not exist"))
            continue
        scope = [sources[i] for i in valid] or list(sources)
        checks.append(_check_sentence(sentence, scope))
        cited.extend(i for i in valid if i not in cited)
    substantive = [c for c in checks if c.reason != "no claim"]
    grounded = bool(substantive) and all(c.passed for c in checks)
    return GroundingReport(grounded, checks, cited)
