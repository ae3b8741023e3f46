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


def detect_language(text: str) -> str:
    words = tokens(fold(text or ""))
    scores = {lang: sum(word in markers for word in words) for lang, markers in _MARKERS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else "en"
