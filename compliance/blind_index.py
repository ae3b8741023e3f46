"""Keyed blind indexes: equality and name-part search over encrypted fields.

``blind_index(value, purpose=...)`` is hex HMAC-SHA256 under ``BLIND_INDEX_KEY`` over
``purpose || 0x00 || normalise(value)``. The purpose separates domains, so an MRN and a phone
number with the same digits get unrelated hashes, and a hash from one column is useless in
another. Without the key, a stolen database cannot test guesses against the index.

Normalisation: NFKC, casefold, whitespace collapsed; ``phone`` keeps digits only; ``email``
lower-cases and strips.

Name search: ``name_search_tokens(full_name)`` hashes every prefix (length >= 2) of every
accent-folded name token; ``name_query_tokens(query)`` hashes the query's tokens as typed.
A patient matches when all query hashes are in their token set ("mar gar" finds
"María García"). The price, and the reason the key matters: the prefix set reveals token
lengths and, to someone holding the key, the name. Tokens are capped at
``MAX_TOKEN_LENGTH`` characters.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import unicodedata
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

MIN_PREFIX_LENGTH = 2
MAX_TOKEN_LENGTH = 32
NAME_PURPOSE = "name-token"

_WHITESPACE = re.compile(r"\s+")
_NON_DIGITS = re.compile(r"\D+")
_APOSTROPHES = re.compile(r"['\u2019\u02bc`]")
_TOKEN_SPLIT = re.compile(r"[^\w]+|_")


@lru_cache(maxsize=4)
def _key(raw: str) -> bytes:
    try:
        key = base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) < 16:
        raise ImproperlyConfigured("BLIND_INDEX_KEY must be base64 of at least 16 random bytes.")
    return key


def normalise(value: str, *, purpose: str) -> str:
    text = _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", value).casefold()).strip()
    if purpose == "phone":
        return _NON_DIGITS.sub("", text)
    if purpose == "email":
        return text.replace(" ", "").lower()
    return text


def _hmac(normalised: str, purpose: str) -> str:
    message = purpose.encode("utf-8") + b"\x00" + normalised.encode("utf-8")
    return hmac.new(_key(settings.BLIND_INDEX_KEY), message, hashlib.sha256).hexdigest()


def blind_index(value: str, *, purpose: str) -> str:
    """Hex HMAC of the normalised value, separated by purpose (e.g. "mrn", "email", "phone")."""
    if not purpose:
        raise ValueError("blind_index needs a purpose")
    return _hmac(normalise(value, purpose=purpose), purpose)


def fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_tokens(text: str) -> list[str]:
    """Normalised, accent-folded name tokens; apostrophes join (O'Brien -> obrien)."""
    folded = fold_accents(normalise(text, purpose=NAME_PURPOSE))
    folded = _APOSTROPHES.sub("", folded)
    return [t[:MAX_TOKEN_LENGTH] for t in _TOKEN_SPLIT.split(folded) if t]


def name_search_tokens(full_name: str) -> set[str]:
    """Hashes of every prefix (length >= 2) of every token of a name, to store with the record."""
    hashes: set[str] = set()
    for token in name_tokens(full_name):
        for end in range(MIN_PREFIX_LENGTH, len(token) + 1):
            hashes.add(_hmac(token[:end], NAME_PURPOSE))
    return hashes


def name_query_tokens(query: str) -> set[str]:
    """Hashes of the query's tokens as typed. Empty when no token has 2+ characters: callers
    must treat an empty set as "query too short", never as "match everything"."""
    tokens = [t for t in name_tokens(query) if len(t) >= MIN_PREFIX_LENGTH]
    return {_hmac(t, NAME_PURPOSE) for t in tokens}
