"""Model fields that encrypt at rest (envelope AES-256-GCM, see compliance/crypto.py).

Use them like ordinary fields (``null=True, blank=True`` work). Values are encrypted in
``get_db_prep_value`` on every write (``save``, ``bulk_create``, ``update``) and decrypted in
``from_db_value`` on load. The column is plain text holding ``v1:<master>:<dek>:<base64>``.

Ciphertext is randomised, so SQL cannot compare values: every lookup except ``isnull`` is
refused, and ordering by these columns sorts ciphertext (meaningless). For equality or prefix
search, store a blind index next to the field (compliance/blind_index.py).

A value that fails to decrypt does not become garbage: ``from_db_value`` has no access to the
row's primary key, so it returns a ``DecryptionFailure`` marker, and a ``post_init`` receiver
turns the marker into ``DecryptionError`` naming model, field and pk as soon as the instance is
built. (With ``values()``/``values_list()`` there is no instance: the marker is returned and
raises ``CiphertextError`` when used as a string.)
"""

from __future__ import annotations

import datetime
import json
from typing import Any

from django import forms
from django.db import models
from django.db.models.signals import post_init

from compliance.crypto import CiphertextError, DecryptionError, decrypt, encrypt

_ALLOWED_LOOKUPS = {"isnull"}


class DecryptionFailure:
    """Stand-in for a value that could not be decrypted. Carries the reason, not the value."""

    __slots__ = ("reason",)

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def __repr__(self) -> str:
        return f"<DecryptionFailure: {self.reason}>"

    def __str__(self) -> str:
        raise CiphertextError(self.reason)


class EncryptedFieldMixin:
    """Shared encrypt/decrypt plumbing; subclasses say how to (de)serialise to text."""

    encrypted = True

    def to_plaintext(self, value: Any) -> str:
        return str(value)

    def from_plaintext(self, text: str) -> Any:
        return text

    @property
    def encryption_label(self) -> str:
        return f"{self.model._meta.label_lower}.{self.name}"  # type: ignore[attr-defined]

    def get_internal_type(self) -> str:
        return "TextField"

    def db_type(self, connection: Any) -> str | None:
        return connection.data_types["TextField"]

    def contribute_to_class(self, cls: type[models.Model], name: str, **kwargs: Any) -> None:
        super().contribute_to_class(cls, name, **kwargs)  # type: ignore[misc]
        if not cls._meta.abstract:
            post_init.connect(
                _raise_on_undecryptable,
                sender=cls,
                weak=False,
                dispatch_uid=f"compliance.fields.{cls._meta.label_lower}",
            )

    def get_prep_value(self, value: Any) -> str | None:
        if value is None:
            return None
        if hasattr(value, "resolve_expression"):
            return value
        value = self.to_python(value)  # type: ignore[attr-defined]
        if value is None:
            return None
        return encrypt(self.to_plaintext(value).encode("utf-8"), label=self.encryption_label)

    def get_db_prep_value(self, value: Any, connection: Any, prepared: bool = False) -> Any:
        if not prepared:
            value = self.get_prep_value(value)
        return value

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> Any:
        if value is None:
            return None
        try:
            return self.from_plaintext(decrypt(value, label=self.encryption_label).decode("utf-8"))
        except CiphertextError as exc:
            return DecryptionFailure(str(exc))
        except (UnicodeDecodeError, ValueError):
            return DecryptionFailure("decrypted value is not in the field's format")

    def get_lookup(self, lookup_name: str) -> Any:
        if lookup_name not in _ALLOWED_LOOKUPS:
            return None
        return super().get_lookup(lookup_name)  # type: ignore[misc]

    def get_transform(self, lookup_name: str) -> Any:
        return None


class EncryptedTextField(EncryptedFieldMixin, models.TextField):
    """A ``str`` encrypted at rest."""


class EncryptedDateField(EncryptedFieldMixin, models.DateField):
    """A ``datetime.date`` encrypted at rest (stored as its ISO text, then encrypted)."""

    def to_plaintext(self, value: datetime.date) -> str:
        return value.isoformat()

    def from_plaintext(self, text: str) -> datetime.date:
        return datetime.date.fromisoformat(text)


class EncryptedJSONField(EncryptedFieldMixin, models.TextField):
    """Any JSON-serialisable value encrypted at rest (compact, key-sorted JSON inside)."""

    def to_python(self, value: Any) -> Any:
        return value

    def to_plaintext(self, value: Any) -> str:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    def from_plaintext(self, text: str) -> Any:
        return json.loads(text)

    def get_prep_value(self, value: Any) -> str | None:
        # JSON null is a value here; only Python None means SQL NULL.
        if value is None:
            return None
        return encrypt(self.to_plaintext(value).encode("utf-8"), label=self.encryption_label)

    def formfield(self, **kwargs: Any) -> Any:
        return super().formfield(**{"form_class": forms.JSONField, **kwargs})

    def value_to_string(self, obj: models.Model) -> str:
        return self.to_plaintext(self.value_from_object(obj))


def encrypted_fields(model: type[models.Model]) -> list[models.Field]:
    """The concrete encrypted fields of a model (used by rotation and the raw-storage checks)."""
    return [f for f in model._meta.concrete_fields if isinstance(f, EncryptedFieldMixin)]


def _raise_on_undecryptable(sender: type[models.Model], instance: models.Model, **_: Any) -> None:
    values = instance.__dict__
    for field in encrypted_fields(sender):
        if isinstance(values.get(field.attname), DecryptionFailure):
            raise DecryptionError(
                model_label=sender._meta.label,
                field_name=field.name,
                pk=instance.pk,
                reason=values[field.attname].reason,
            )
