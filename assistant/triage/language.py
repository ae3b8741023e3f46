"""A cheap language guess (en/fr/es) from function words, for choosing reply templates.

No model and no dependency: the three languages' most frequent short words barely overlap,
and a wrong guess only changes the language of a template, never whether it is sent.
"""

from __future__ import annotations

from assistant.triage.text import fold, tokens

_MARKERS = {
    "en": set(
        [
            "the",
            "and",
            "is",
            "are",
            "i",
            "im",
            "my",
            "you",
            "your",
            "it",
            "of",
            "to",
            "in",
            "on",
            "for",
            "with",
            "have",
            "has",
            "was",
            "what",
            "how",
            "can",
            "this",
            "that",
            "not",
            "dont",
            "cant",
            "please",
            "help",
            "me",
            "he",
            "she",
            "we",
            "they",
            "do",
            "does",
        ]
    ),
    "fr": set(
        [
            "le",
            "la",
            "les",
            "et",
            "est",
            "je",
            "j",
            "ai",
            "mon",
            "ma",
            "mes",
            "tu",
            "vous",
            "il",
            "elle",
            "de",
            "du",
            "des",
            "un",
            "une",
            "pour",
            "avec",
            "pas",
            "ne",
            "que",
            "qui",
            "sur",
            "dans",
            "au",
            "aux",
            "ce",
            "cette",
            "suis",
            "fait",
            "plus",
            "tres",
            "mal",
        ]
    ),
    "es": set(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "es",
            "yo",
            "mi",
            "mis",
            "tu",
            "usted",
            "de",
            "del",
            "un",
            "una",
            "para",
            "con",
            "no",
            "que",
            "por",
            "en",
            "se",
            "me",
            "esta",
            "estoy",
            "tengo",
            "muy",
            "pero",
            "como",
            "hijo",
            "hija",
            "le",
            "lo",
        ]
    ),
}


def clear_language(text: str) -> str | None:
    """The language with the most function words, or None when no language leads.

    "mes enfants vont me rendre folle" scores one marker each ("mes", "me", "me"): a tie, so
    the typo repair must treat the words of all three languages as real words.
    """
    words = tokens(fold(text or ""))
    scores = {lang: sum(word in markers for word in words) for lang, markers in _MARKERS.items()}
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == 0 or ranked[0] == ranked[1]:
        return None
    return max(scores, key=lambda lang: scores[lang])


def detect_language(text: str) -> str:
    """The message's language for choosing a reply; English when unclear."""
    words = tokens(fold(text or ""))
    scores = {lang: sum(word in markers for word in words) for lang, markers in _MARKERS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else "en"
