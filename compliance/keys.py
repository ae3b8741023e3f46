"""Master keys: where they come from, and the only code that touches them.

Key hierarchy (see compliance/README.md):

    master key (environment or *_FILE; later a KMS/HSM)  --wraps-->  data key (DEK, DataKey row)
    data key (AES-256-GCM, cached unwrapped in memory)   --encrypts-> field values

The database only ever holds *wrapped* data keys, and the process only ever holds master keys in
memory. ``KeyProvider`` is the seam a KMS or HSM implements: it wraps and unwraps 32-byte data
keys and never hands out the master key itself. ``EnvKeyProvider`` reads
``FIELD_ENCRYPTION_MASTER_KEYS`` (``key_id:base64(32 bytes)``, comma separated, first = active;
``FIELD_ENCRYPTION_MASTER_KEYS_FILE`` works too, via config.env).
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from abc import ABC, abstractmethod
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

_KEY_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")
_NONCE_BYTES = 12


class KeyUnavailableError(Exception):
    """A master key named by a stored data key is not configured (any more)."""


class KeyProvider(ABC):
    """Wraps and unwraps data keys with master keys it keeps to itself."""

    @property
    @abstractmethod
    def active_key_id(self) -> str:
        """The master key new data keys are wrapped with."""

    @abstractmethod
    def key_ids(self) -> list[str]:
        """Every master key this provider can unwrap with, active first."""

    @abstractmethod
    def wrap(self, key_id: str, data_key: bytes, *, context: bytes) -> bytes:
        """Encrypt a data key; ``context`` is bound as associated data."""

    @abstractmethod
    def unwrap(self, key_id: str, wrapped: bytes, *, context: bytes) -> bytes:
        """Decrypt a data key; raises ``KeyUnavailableError`` or ``InvalidTag``."""


class EnvKeyProvider(KeyProvider):
    """Master keys from settings (the environment or a secrets file)."""

    def __init__(self, spec: str) -> None:
        self._keys: dict[str, AESGCM] = {}
        self._order: list[str] = []
        for number, item in enumerate(part.strip() for part in spec.split(",")):
            if not item:
                continue
            key_id, sep, encoded = item.partition(":")
            # Messages name the position, never the key material.
            if not sep or not _KEY_ID.match(key_id):
                raise ImproperlyConfigured(
                    f"FIELD_ENCRYPTION_MASTER_KEYS entry {number + 1} must look like "
                    "`key_id:base64(32 bytes)` with a key id of letters, digits, - or _."
                )
            try:
                raw = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError):
                raw = b""
            if len(raw) != 32:
                raise ImproperlyConfigured(
                    f"FIELD_ENCRYPTION_MASTER_KEYS entry {number + 1} ({key_id}) is not the "
                    "base64 of 32 bytes."
                )
            if key_id in self._keys:
                raise ImproperlyConfigured(
                    f"FIELD_ENCRYPTION_MASTER_KEYS names key id {key_id} twice."
                )
            self._keys[key_id] = AESGCM(raw)
            self._order.append(key_id)
        if not self._order:
            raise ImproperlyConfigured(
                "FIELD_ENCRYPTION_MASTER_KEYS is empty; encryption at rest needs at least one "
                "master key (`key_id:base64(32 bytes)`)."
            )

    @property
    def active_key_id(self) -> str:
        return self._order[0]

    def key_ids(self) -> list[str]:
        return list(self._order)

    def _key(self, key_id: str) -> AESGCM:
        try:
            return self._keys[key_id]
        except KeyError:
            raise KeyUnavailableError(
                f"master key {key_id!r} is not configured in FIELD_ENCRYPTION_MASTER_KEYS"
            ) from None

    def wrap(self, key_id: str, data_key: bytes, *, context: bytes) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return nonce + self._key(key_id).encrypt(nonce, data_key, context)

    def unwrap(self, key_id: str, wrapped: bytes, *, context: bytes) -> bytes:
        nonce, body = wrapped[:_NONCE_BYTES], wrapped[_NONCE_BYTES:]
        return self._key(key_id).decrypt(nonce, body, context)


@lru_cache(maxsize=1)
def _provider_for(spec: str, provider_path: str) -> KeyProvider:
    if provider_path:
        return import_string(provider_path)()
    return EnvKeyProvider(spec)


def get_key_provider() -> KeyProvider:
    """The configured provider; ``FIELD_ENCRYPTION_KEY_PROVIDER`` may name a KMS adapter class.

    Cached per settings value, so tests that override the keys get a fresh provider.
    """
    return _provider_for(
        settings.FIELD_ENCRYPTION_MASTER_KEYS,
        getattr(settings, "FIELD_ENCRYPTION_KEY_PROVIDER", ""),
    )


__all__ = [
    "EnvKeyProvider",
    "InvalidTag",
    "KeyProvider",
    "KeyUnavailableError",
    "get_key_provider",
]
