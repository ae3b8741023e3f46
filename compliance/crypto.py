"""Envelope encryption of field values with AES-256-GCM.

Value format (text, stored in an ordinary text column)::

    v1:<master_key_id>:<data_key_id>:<base64(nonce[12] | ciphertext | tag[16])>

* ``v1`` is the format version, so the format can change without guessing.
* ``master_key_id`` names the master key that wraps the data key. It is redundant with the
  ``DataKey`` row but lets ``rotate_keys --status`` count values per master key from raw text.
* ``data_key_id`` is a random id of a ``DataKey`` row, which stores the data key (DEK) wrapped
  by the master key (``compliance.keys.KeyProvider``). Random rather than sequential so that a
  rolled-back key row can never be confused with a later one in the in-memory cache.
* The associated data (AAD) is ``v1|<app_label.model>.<field>|<master_key_id>|<data_key_id>``:
  a ciphertext moved to another column, or with an edited header, fails authentication instead
  of decrypting. (A value copied between two rows of the *same* column still decrypts; row
  binding would need the primary key before insert.)

A fresh 96-bit random nonce per value; with one DEK per master key and rotation creating new
DEKs, a DEK encrypts far fewer than the 2**32 values NIST SP 800-38D allows for random nonces.

Caching and transactions: unwrapped DEKs are cached by their random id for the life of the
process. The pointer to the *current* DEK is only cached after the transaction that read or
created it has committed (``transaction.on_commit``), and for ``DEK_POINTER_TTL`` seconds, so a
DEK created in a transaction that rolls back is never used for later writes, and a rotation
started by another process is picked up within the TTL (``rotate_keys`` sweeps stragglers).
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
import threading
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.db import transaction

from compliance.keys import KeyUnavailableError, get_key_provider

VERSION = "v1"
NONCE_BYTES = 12
TAG_BYTES = 16
DEK_POINTER_TTL = 60.0


class CiphertextError(Exception):
    """A stored value cannot be decrypted. The message says why, never what."""


class DecryptionError(Exception):
    """A field of a record cannot be decrypted; names model, field and primary key only."""

    def __init__(self, *, model_label: str, field_name: str, pk: object, reason: str) -> None:
        self.model_label = model_label
        self.field_name = field_name
        self.pk = pk
        self.reason = reason
        super().__init__(f"cannot decrypt {model_label}.{field_name} of record pk={pk}: {reason}")


@dataclass(frozen=True)
class DataKeyMaterial:
    key_id: str
    master_key_id: str
    aead: AESGCM


_lock = threading.Lock()
_dek_cache: dict[str, DataKeyMaterial] = {}
_current: dict[str, tuple[DataKeyMaterial, float]] = {}


def clear_key_cache() -> None:
    """Forget cached DEKs (after a database flush in tests, or a key change)."""
    with _lock:
        _dek_cache.clear()
        _current.clear()


def clear_current_pointer() -> None:
    """Make the next write look up the current data key again (after a rotation starts)."""
    with _lock:
        _current.clear()


def _wrap_context(key_id: str) -> bytes:
    return f"compliance.DataKey:{key_id}".encode()


def create_data_key(master_key_id: str | None = None):  # -> DataKey
    """Generate a DEK, wrap it with the (active) master key and store the wrapped form."""
    from compliance.models import DataKey

    provider = get_key_provider()
    master = master_key_id or provider.active_key_id
    key_id = secrets.token_hex(8)
    raw = AESGCM.generate_key(bit_length=256)
    wrapped = provider.wrap(master, raw, context=_wrap_context(key_id))
    row = DataKey.objects.create(
        key_id=key_id,
        master_key_id=master,
        wrapped_key=base64.b64encode(wrapped).decode("ascii"),
    )
    with _lock:
        _dek_cache[key_id] = DataKeyMaterial(key_id, master, AESGCM(raw))
    return row


def _material_for_row(row) -> DataKeyMaterial:
    cached = _dek_cache.get(row.key_id)
    if cached is not None:
        return cached
    raw = get_key_provider().unwrap(
        row.master_key_id,
        base64.b64decode(row.wrapped_key),
        context=_wrap_context(row.key_id),
    )
    material = DataKeyMaterial(row.key_id, row.master_key_id, AESGCM(raw))
    with _lock:
        _dek_cache[row.key_id] = material
    return material


def _remember_current(material: DataKeyMaterial) -> None:
    with _lock:
        _current[material.master_key_id] = (material, time.monotonic() + DEK_POINTER_TTL)


def current_data_key() -> DataKeyMaterial:
    """The DEK new values are encrypted with: the newest active one of the active master key."""
    from compliance.models import DataKey

    master = get_key_provider().active_key_id
    entry = _current.get(master)
    if entry is not None and entry[1] > time.monotonic():
        return entry[0]
    row = (
        DataKey.objects.filter(master_key_id=master, state=DataKey.State.ACTIVE)
        .order_by("-created_at", "-id")
        .first()
    )
    if row is None:
        row = create_data_key(master)
    material = _material_for_row(row)
    transaction.on_commit(lambda: _remember_current(material))
    return material


def data_key_material(key_id: str, master_key_id: str) -> DataKeyMaterial:
    cached = _dek_cache.get(key_id)
    if cached is not None:
        return cached
    from compliance.models import DataKey

    row = DataKey.objects.filter(key_id=key_id).first()
    if row is None:
        raise CiphertextError(f"data key {key_id} does not exist")
    if row.master_key_id != master_key_id:
        raise CiphertextError("value header names a different master key than its data key")
    try:
        return _material_for_row(row)
    except KeyUnavailableError as exc:
        raise CiphertextError(str(exc)) from None
    except (InvalidTag, binascii.Error, ValueError):
        raise CiphertextError(f"data key {key_id} cannot be unwrapped") from None


def _aad(label: str, master: str, dek: str) -> bytes:
    return f"{VERSION}|{label}|{master}|{dek}".encode()


def encrypt(plaintext: bytes, *, label: str) -> str:
    """Encrypt bytes for the column ``label`` (``app_label.model.field``)."""
    dek = current_data_key()
    nonce = os.urandom(NONCE_BYTES)
    body = dek.aead.encrypt(nonce, plaintext, _aad(label, dek.master_key_id, dek.key_id))
    blob = base64.b64encode(nonce + body).decode("ascii")
    return f"{VERSION}:{dek.master_key_id}:{dek.key_id}:{blob}"


def parse_header(token: str) -> tuple[str, str, str]:
    """``(master_key_id, data_key_id, blob)`` of a stored value, or ``CiphertextError``."""
    parts = token.split(":")
    if len(parts) != 4:
        raise CiphertextError("value is not in the encrypted format (plaintext or truncated?)")
    version, master, dek, blob = parts
    if version != VERSION:
        raise CiphertextError(f"unknown value format version {version[:8]!r}")
    return master, dek, blob


def decrypt(token: str, *, label: str) -> bytes:
    """Decrypt a stored value of column ``label``; ``CiphertextError`` says why it failed."""
    master, dek_id, blob = parse_header(token)
    try:
        raw = base64.b64decode(blob, validate=True)
    except (binascii.Error, ValueError):
        raise CiphertextError("ciphertext is not valid base64 (truncated or edited)") from None
    if len(raw) < NONCE_BYTES + TAG_BYTES:
        raise CiphertextError("ciphertext is truncated")
    dek = data_key_material(dek_id, master)
    try:
        return dek.aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], _aad(label, master, dek_id))
    except InvalidTag:
        raise CiphertextError(
            "authentication failed: the value was modified, truncated or moved from another column"
        ) from None
