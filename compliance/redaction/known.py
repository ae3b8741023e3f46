"""The clinic's own patients and staff as a deny-list, checked through the blind index.

The redactor never holds plaintext names or MRNs. A loader returns, per blind-index purpose,
the set of HMACs the database already stores ("name_token", "mrn", "email", "phone"); the
redactor hashes candidate words and numbers of the text with the same function and looks them
up. So "can you tell maria gonzalez her results" is caught when Maria Gonzalez is a patient,
even where no rule or model would see a name.

The loader is a setting (``REDACTION_KNOWN_IDENTIFIERS_LOADER``, dotted path of a function
returning ``{purpose: iterable of hashes}``); it is called again after
``REDACTION_KNOWN_IDENTIFIERS_REFRESH_SECONDS``. If it fails, the previous sets stay in use
(and the pattern and model detectors still run): the deny-list adds recall, it is not the only
line.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping

from compliance.redaction import lexicon
from compliance.redaction.names import _TOKEN_RE, _fold
from compliance.redaction.patterns import EMAIL_RE
from compliance.redaction.spans import Candidate

PURPOSES = ("name_token", "mrn", "email", "phone")

Loader = Callable[[], Mapping[str, Iterable[str]]]
Hasher = Callable[..., str]  # hasher(value, *, purpose) -> str

_ID_TOKEN_RE = re.compile(r"(?<![\w-])[A-Za-z0-9][A-Za-z0-9-]{2,22}[A-Za-z0-9](?![\w-])")
_PHONE_RUN_RE = re.compile(r"(?<![\d+])\+?\(?\d[\d\s().-]{5,18}\d(?!\d)")


class KnownIdentifiers:
    def __init__(
        self,
        *,
        loader: Loader,
        hasher: Hasher,
        refresh_seconds: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._loader = loader
        self._hasher = hasher
        self._refresh_seconds = refresh_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._sets: dict[str, frozenset[str]] = {p: frozenset() for p in PURPOSES}
        self._loaded_at: float | None = None
        self.load_failures = 0

    def refresh(self) -> None:
        try:
            loaded = self._loader()
            sets = {p: frozenset(loaded.get(p, ())) for p in PURPOSES}
        except Exception:
            self.load_failures += 1
            sets = None
        with self._lock:
            if sets is not None:
                self._sets = sets
            self._loaded_at = self._clock()

    def _current(self) -> dict[str, frozenset[str]]:
        if self._loaded_at is None or self._clock() - self._loaded_at >= self._refresh_seconds:
            self.refresh()
        return self._sets

    def __len__(self) -> int:
        return sum(len(s) for s in self._current().values())

    def _known(self, sets: dict[str, frozenset[str]], value: str, purpose: str) -> bool:
        return bool(sets[purpose]) and self._hasher(value, purpose=purpose) in sets[purpose]

    def find(self, text: str) -> Iterator[Candidate]:
        sets = self._current()
        if sets["name_token"]:
            yield from self._find_names(text, sets)
        if sets["mrn"]:
            for m in _ID_TOKEN_RE.finditer(text):
                if any(ch.isdigit() for ch in m.group()) and self._known(sets, m.group(), "mrn"):
                    yield Candidate(m.start(), m.end(), "MRN", 0.95)
        if sets["email"]:
            for m in EMAIL_RE.finditer(text):
                if self._known(sets, m.group(), "email"):
                    yield Candidate(m.start(), m.end(), "EMAIL", 1.0)
        if sets["phone"]:
            for m in _PHONE_RUN_RE.finditer(text):
                digits = re.sub(r"\D", "", m.group())
                if 7 <= len(digits) <= 15 and (
                    self._known(sets, m.group(), "phone") or self._known(sets, digits, "phone")
                ):
                    yield Candidate(m.start(), m.end(), "PHONE", 0.95)

    def _find_names(self, text: str, sets: dict[str, frozenset[str]]) -> Iterator[Candidate]:
        common = lexicon.common_words()
        hits = []
        for m in _TOKEN_RE.finditer(text):
            word = _fold(m.group())
            if len(word) < 2 or word in lexicon.CLINICAL_WORDS:
                continue
            if self._known(sets, word, "name_token"):
                end = m.end() - 2 if m.group().lower().endswith(("'s", "\u2019s")) else m.end()
                hits.append((m.start(), end, word))
        # A run of known tokens ("maria gonzalez") is a name; a lone known token only when it
        # is not also an everyday word (a patient called Hope does not mask every "hope").
        i = 0
        while i < len(hits):
            j = i
            while j + 1 < len(hits) and text[hits[j][1] : hits[j + 1][0]].strip(" .'s") == "":
                j += 1
            if j > i or hits[i][2] not in common:
                yield Candidate(hits[i][0], hits[j][1], "NAME", 0.95)
            i = j + 1


def empty_loader() -> dict[str, frozenset[str]]:
    return {}
