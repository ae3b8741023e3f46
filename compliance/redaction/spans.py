"""Candidate spans from the detectors, and how overlapping candidates become one mask."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from compliance.redaction.labels import PLACEHOLDER_RE, placeholder


class Span(NamedTuple):
    start: int
    end: int
    label: str


class Candidate(NamedTuple):
    start: int
    end: int
    label: str
    score: float


def resolve(candidates: Iterable[Candidate], text: str) -> list[Span]:
    """Merge overlapping candidates into disjoint spans.

    Overlaps are merged into their union rather than trimmed: when two detectors disagree on
    where an identifier ends, masking more is the safe side. The union takes the label of the
    strongest candidate (score, then length). Candidates inside an existing placeholder are
    dropped, so redacting a redacted text changes nothing.
    """
    protected = [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]
    items = []
    for c in candidates:
        start, end = c.start, c.end
        # Trim whitespace and trailing punctuation that detectors sometimes take along.
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?"):
            end -= 1
        if end <= start:
            continue
        if any(ps <= start and end <= pe for ps, pe in protected):
            continue
        items.append(Candidate(start, end, c.label, c.score))
    items.sort(key=lambda c: (c.start, -c.end))
    merged: list[list] = []
    for c in items:
        if merged and c.start < merged[-1][1]:
            group = merged[-1]
            group[1] = max(group[1], c.end)
            group[2].append(c)
        else:
            merged.append([c.start, c.end, [c]])
    spans = []
    for start, end, group in merged:
        best = max(group, key=lambda c: (c.score, c.end - c.start))
        spans.append(Span(start, end, best.label))
    return spans


def apply(text: str, spans: list[Span]) -> str:
    parts = []
    last = 0
    for span in spans:
        parts.append(text[last : span.start])
        parts.append(placeholder(span.label))
        last = span.end
    parts.append(text[last:])
    return "".join(parts)
