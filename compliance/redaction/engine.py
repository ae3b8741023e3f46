"""The redaction engine: detectors in two tiers, one instance per process.

- ``fast``: the pattern detectors, key/value fields, the name lists and the deny-list. No
  model; for every log line.
- ``full``: the same, plus Presidio with spaCy's English NER (names, places and dates that no
  pattern sees) and a learned token tagger (``tagger.py``, a CRF), for chat, prompts and
  exports.

Detection that raises fails closed: the caller gets the whole text masked, never the text.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from compliance.redaction import (
    addresses,
    ages,
    dates,
    gazetteer,
    identifiers,
    keyvalue,
    lexicon,
    names,
    patterns,
    phones,
    places,
    records,
    segments,
    shapes,
    spoken,
    typos,
    usernames,
)
from compliance.redaction.known import KnownIdentifiers
from compliance.redaction.labels import FAILED_PLACEHOLDER
from compliance.redaction.names.repeats import repeated_names
from compliance.redaction.spans import Candidate, Span, apply, resolve

TIERS = ("fast", "full")


@dataclass(frozen=True)
class RedactionResult:
    text: str
    spans: list[Span] = field(default_factory=list)
    failed: bool = False

    def as_dict(self) -> dict:
        return {
            "redacted": self.text,
            "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in self.spans],
        }


def pattern_detectors() -> list[tuple[str, Callable[[str], Iterable[Candidate]]]]:
    """The model-free detectors, by name (the full tier registers each as a recognizer).
    Each also reads the text with its misspelt context words put right ("my nmae is")."""
    function_words = lexicon.function_words()
    common_words = lexicon.common_words()
    # The large lists load here (about a second, once per process), not in the middle of the
    # first log line that names a document or a town.
    lexicon.us_first_names()
    lexicon.us_surnames()
    gazetteer.us_cities()
    detectors = [
        ("email", patterns.find_email),
        ("url", patterns.find_url),
        ("ip", patterns.find_ip),
        ("ssn", patterns.find_ssn),
        ("phone_fax", phones.find_phone),
        ("spoken_numbers", spoken.find_spoken_numbers),
        ("date", dates.find_date),
        ("age_over_89", ages.find_age),
        ("address", addresses.find_address),
        ("city_zip", partial(places.find_city_zip, function_words=function_words)),
        ("cities", gazetteer.find_cities),
        ("context_ids", partial(identifiers.find_context_ids, common_words=common_words)),
        ("shaped_ids", shapes.find_shaped_ids),
        ("username_shapes", usernames.find_username_shapes),
        ("login_names", usernames.find_login_names),
        ("key_values", keyvalue.find_key_values),
        ("segments", segments.find_segments),
        ("records", records.find_records),
        ("names", names.find_names),
    ]
    return [(name, typos.tolerant(detect)) for name, detect in detectors]


class RedactionEngine:
    def __init__(self, *, known: KnownIdentifiers | None = None) -> None:
        self.known = known
        self._detectors = pattern_detectors()
        if known is not None:
            self._detectors.append(("known_identifiers", known.find))
        self._full = None
        self._full_lock = threading.Lock()
        self.failures = 0

    @property
    def detectors(self) -> list[tuple[str, Callable[[str], Iterable[Candidate]]]]:
        return list(self._detectors)

    def full_tier(self):  # -> full.FullTier, imported lazily: it loads spaCy and Presidio
        if self._full is None:
            with self._full_lock:
                if self._full is None:
                    from compliance.redaction.full import FullTier
                    from compliance.redaction.tagger import get_tagger

                    # A tagger model that is missing or altered raises here, inside
                    # redact(): the full tier fails closed until it is put right.
                    self._full = FullTier(self._detectors, tagger=get_tagger().find)
        return self._full

    def detect(self, text: str, *, tier: str = "full") -> list[Span]:
        if tier not in TIERS:
            raise ValueError(f"unknown redaction tier {tier!r}; use one of {TIERS}")
        if tier == "full":
            candidates = self.full_tier().candidates(text)
        else:
            candidates = [c for _, detect in self._detectors for c in detect(text)]
        spans = resolve(candidates, text)
        # A name found once is masked where it is said again without a cue (names/repeats.py).
        repeats = repeated_names(text, spans)
        return resolve(candidates + repeats, text) if repeats else spans

    def redact(self, text: str, *, tier: str = "full") -> RedactionResult:
        if tier not in TIERS:
            raise ValueError(f"unknown redaction tier {tier!r}; use one of {TIERS}")
        if not text:
            return RedactionResult(text=text)
        try:
            spans = self.detect(text, tier=tier)
            return RedactionResult(text=apply(text, spans), spans=spans)
        except Exception:
            # No logging here: the logging filter calls this, and the exception may quote the
            # text. The count is visible to health checks and tests.
            self.failures += 1
            return RedactionResult(
                text=FAILED_PLACEHOLDER, spans=[Span(0, len(text), "OTHER_ID")], failed=True
            )


_engine: RedactionEngine | None = None
_engine_lock = threading.Lock()


def _known_from_settings() -> KnownIdentifiers | None:
    from django.conf import settings
    from django.utils.module_loading import import_string

    loader_path = getattr(settings, "REDACTION_KNOWN_IDENTIFIERS_LOADER", "")
    if not loader_path:
        return None
    hasher_path = getattr(settings, "REDACTION_BLIND_INDEX", "compliance.blind_index.blind_index")
    return KnownIdentifiers(
        loader=import_string(loader_path),
        hasher=import_string(hasher_path),
        refresh_seconds=float(
            getattr(settings, "REDACTION_KNOWN_IDENTIFIERS_REFRESH_SECONDS", 300)
        ),
    )


def get_engine() -> RedactionEngine:
    """The process's engine, built on first use (thread-safe)."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                _engine = RedactionEngine(known=_known_from_settings())
    return _engine


def set_engine(engine: RedactionEngine | None) -> None:
    """Replace the process's engine (tests; ``None`` rebuilds it from settings on next use)."""
    global _engine
    with _engine_lock:
        _engine = engine
