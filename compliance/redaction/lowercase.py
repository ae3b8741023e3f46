"""Case-insensitive patterns, matched faster.

Python's regex engine skips an alternative by its first character only when matching is case
sensitive, so a pattern with a hundred alternatives ("dr|doctor|mr|...") costs three to five
times more with IGNORECASE. The same pattern without IGNORECASE finds the same matches, at the
same offsets, in the text put in lower case, provided its letters are lower case (or upper case
only beside their lower-case form in a class: "[A-Za-z]", "[Tt ]"), no part of it is case
sensitive ("(?-i:RN)"), and every character of the text lowers to one character that those
patterns read as they read the character itself. Callers take values from the original text by
the match's offsets, never from the match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

# Latin letters, accents and typographic punctuation lower as IGNORECASE reads them, except
# the dotted and dotless i and the long s (checked character by character against the cue,
# date, identifier and age patterns). Text with anything else keeps the patterns themselves.
_NOT_LOWERED_ALIKE_RE = re.compile(r"[^\x00-\u024f\u2000-\u206f\u20ac]|[\u0130\u0131\u017f]")


def lower_case_form(pattern: re.Pattern[str]) -> re.Pattern[str]:
    if not pattern.flags & re.IGNORECASE or "(?-i" in pattern.pattern:
        raise ValueError("only a pattern that ignores case throughout has a lower-case form")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def lower_text(text: str) -> str | None:
    """The text in lower case, same length and offsets, or None if lowering could change
    what a pattern ignoring case finds in it."""
    if text.isascii() or not _NOT_LOWERED_ALIKE_RE.search(text):
        return text.lower()
    return None


@cache
def _lower_case_form_of(source: str, flags: int) -> re.Pattern[str]:
    """Kept by the pattern's text and flags, not by the compiled pattern: a string keeps its
    hash, a compiled pattern hashes all its code again at each look-up (microseconds for the
    long ones)."""
    return lower_case_form(re.compile(source, flags))


def finditer(pattern: re.Pattern[str], text: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, or its lower-case form's in ``lowered`` (``lower_text(text)``)
    when there is one: the same offsets, so the caller reads values from ``text`` by them."""
    if lowered is None:
        return pattern.finditer(text)
    return _lower_case_form_of(pattern.pattern, pattern.flags).finditer(lowered)


def search(pattern: re.Pattern[str], text: str, lowered: str | None) -> re.Match[str] | None:
    """``pattern.search(text)``, the same way as ``finditer``."""
    if lowered is None:
        return pattern.search(text)
    return _lower_case_form_of(pattern.pattern, pattern.flags).search(lowered)
