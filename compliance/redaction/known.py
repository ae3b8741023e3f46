"""The clinic's own patients and staff as a deny-list, checked through the blind index.

The redactor never holds plaintext names or MRNs. A loader returns, per blind-index purpose,
the set of HMACs the database already stores ("name_token", "mrn", "email", "phone"); the
redactor hashes candidate words and numbers of the text with the same function and looks them
up. So "can you tell maria gonzalez her results" is caught when Maria Gonzalez is a patient,
even where no rule or model would see a name.

The loader is a setting (``REDACTION_KNOWN_IDENTIFIERS_LOADER``, dotted path of a function
returning ``{purpose: iterable of hashes}``; the default is ``clinic_identifiers`` below); it is
called again after ``REDACTION_KNOWN_IDENTIFIERS_REFRESH_SECONDS``. If it fails, the previous
sets stay in use (and the pattern and model detectors still run): the deny-list adds recall, it
is not the only line. A log record written while the loader runs (its own SQL, say) is redacted
with the previous sets instead of calling the loader again.

Name tokens are hashed by ``name_token_hashes`` on both sides, the clinic's own normalisation
(``compliance.blind_index.name_tokens``: accents folded, apostrophes joined, hyphens split) and
purpose, so each hash is the clinic's hash of the *whole* token, one of the rows it stores in
``PatientNameToken``. The loader does not return those rows as they are: they also hold every
prefix ("an", "and", "ande" for Anderson), which would mask "and" in every line.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext

from compliance.blind_index import MIN_PREFIX_LENGTH, NAME_PURPOSE, name_tokens
from compliance.redaction import lexicon
from compliance.redaction.names import TOKEN_RE, fold
from compliance.redaction.patterns import EMAIL_RE
from compliance.redaction.spans import Candidate

PURPOSES = ("name_token", "mrn", "email", "phone")

Loader = Callable[[], Mapping[str, Iterable[str]]]
Hasher = Callable[..., str]  # hasher(value, *, purpose) -> str

_ID_TOKEN_RE = re.compile(r"(?<![\w-])[A-Za-z0-9][A-Za-z0-9-]{2,22}[A-Za-z0-9](?![\w-])")
_PHONE_RUN_RE = re.compile(r"(?<![\d+])\+?\(?\d[\d\s().-]{5,18}\d(?!\d)")


def name_token_hashes(text: str, *, hasher: Hasher) -> list[str]:
    """One hash per name token of ``text`` (tokens shorter than the clinic's minimum dropped).

    With ``compliance.blind_index.blind_index`` as the hasher this is the clinic's hash of the
    full token, the one ``name_search_tokens`` stores last for it."""
    return [
        hasher(token, purpose=NAME_PURPOSE)
        for token in name_tokens(text)
        if len(token) >= MIN_PREFIX_LENGTH
    ]


def _phone_variants(digits: str) -> set[str]:
    """The number with and without the North American country code: the clinic stores the
    digits as typed ("+1 617 ..." or "617 ...")."""
    if len(digits) == 10:
        return {digits, "1" + digits}
    if len(digits) == 11 and digits.startswith("1"):
        return {digits, digits[1:]}
    return {digits}


class NotReady(Exception):
    """Raised by a loader that cannot read yet (Django still starting): ask again next time."""


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
        self._refreshing = threading.Lock()
        self._sets: dict[str, frozenset[str]] = {p: frozenset() for p in PURPOSES}
        self._loaded_at: float | None = None
        self.load_failures = 0

    def refresh(self) -> None:
        # Non-blocking: a call from inside the loader (a log record of its own query) or from
        # another thread while one refresh runs uses the current sets rather than waiting.
        if not self._refreshing.acquire(blocking=False):
            return
        try:
            try:
                loaded = self._loader()
                sets = {p: frozenset(loaded.get(p, ())) for p in PURPOSES}
            except NotReady:
                return
            except Exception:
                self.load_failures += 1
                sets = None
            with self._lock:
                if sets is not None:
                    self._sets = sets
                self._loaded_at = self._clock()
        finally:
            self._refreshing.release()

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
                    self._known(sets, m.group(), "phone")
                    or any(self._known(sets, d, "phone") for d in _phone_variants(digits))
                ):
                    yield Candidate(m.start(), m.end(), "PHONE", 0.95)

    def _known_name(self, sets: dict[str, frozenset[str]], word: str) -> bool:
        """Every part of the word ("garcia-lopez": both) is a known name token."""
        parts = name_tokens(word)
        return bool(parts) and all(
            len(part) >= MIN_PREFIX_LENGTH
            and self._hasher(part, purpose=NAME_PURPOSE) in sets["name_token"]
            for part in parts
        )

    def _find_names(self, text: str, sets: dict[str, frozenset[str]]) -> Iterator[Candidate]:
        common = lexicon.common_words()
        hits = []
        for m in TOKEN_RE.finditer(text):
            word = fold(m.group())
            if len(word) < 2 or word in lexicon.CLINICAL_WORDS:
                continue
            # Two-letter everyday words that are also surnames ("so", "do", "an": Korean and
            # Vietnamese names) count only when capitalised; otherwise "so do i" is a name.
            if len(word) == 2 and word in common and not m.group()[0].isupper():
                continue
            if self._known_name(sets, word):
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


def clinic_identifiers() -> dict[str, set[str]]:
    """The default loader: the blind indexes of every patient (active or not, every
    organization) and the name tokens of patients and practitioners.

    Names are decrypted here, hashed at once and dropped: the stored token rows include every
    prefix (see the module docstring), so the whole-token hashes are recomputed from the names
    with the clinic's function. Practitioner names are plain, workforce data; they are masked
    too, as de-identification conventions do for clinician names."""
    from django.apps import apps

    if not apps.ready:
        # Apps log while they start (django-axes does), before the test database or the
        # migrations exist: querying then reads the wrong database or fails for 5 minutes.
        raise NotReady
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _read_clinic_identifiers()
    # Django refuses ORM calls from a thread that runs an event loop: read from a worker.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_read_clinic_identifiers_in_worker).result()


def _read_clinic_identifiers_in_worker() -> dict[str, set[str]]:
    from django.db import connections

    try:
        return _read_clinic_identifiers()
    finally:
        connections.close_all()


def _read_clinic_identifiers() -> dict[str, set[str]]:
    from django.db import connection, transaction

    from clinic.models import Patient, Practitioner
    from compliance.blind_index import blind_index

    sets: dict[str, set[str]] = {p: set() for p in PURPOSES}
    # Inside the caller's transaction (the loader runs from whatever logs first), a savepoint:
    # a failed query here must not abort the caller's transaction on PostgreSQL.
    with transaction.atomic() if connection.in_atomic_block else nullcontext():
        patients = Patient.objects.values_list(
            "given_name", "family_name", "mrn_index", "email_index", "phone_index"
        )
        for given, family, mrn_index, email_index, phone_index in patients:
            # A value that failed to decrypt is a marker, not a string: skip it, keep the rest.
            for name in (given, family):
                if isinstance(name, str):
                    sets["name_token"].update(name_token_hashes(name, hasher=blind_index))
            sets["mrn"].add(mrn_index)
            sets["email"].add(email_index)
            sets["phone"].add(phone_index)
        for given, family in Practitioner.objects.values_list("given_name", "family_name"):
            sets["name_token"].update(name_token_hashes(f"{given} {family}", hasher=blind_index))
    for hashes in sets.values():
        hashes.discard("")
    return sets
