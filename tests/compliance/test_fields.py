from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import FieldError
from django.db import transaction

from compliance.crypto import CiphertextError, DecryptionError
from compliance.fields import DecryptionFailure
from compliance.models import DataKey, Disclosure
from compliance.services import disclosure_record
from tests.compliance.helpers import raw_execute, raw_fetch

pytestmark = pytest.mark.django_db


def _record(actor, values) -> Disclosure:
    return disclosure_record(actor=actor, patient_id=7, purpose="PUBHLTH", **values)


def test_encrypted_fields_round_trip_text_date_and_json(staff_user, disclosure_values):
    created = _record(staff_user, disclosure_values)

    loaded = Disclosure.objects.get(pk=created.pk)

    assert loaded.recipient == disclosure_values["recipient"]
    assert loaded.disclosed_on == datetime.date(1961, 3, 14)
    assert loaded.description == disclosure_values["description"]
    assert loaded.items == disclosure_values["items"]


def test_stored_column_is_versioned_ciphertext_without_the_plaintext(staff_user, disclosure_values):
    created = _record(staff_user, disclosure_values)

    ((recipient, disclosed_on, items),) = raw_fetch(
        "SELECT recipient, disclosed_on, items FROM compliance_disclosure WHERE id = %s",
        [created.pk],
    )

    for stored in (recipient, disclosed_on, items):
        version, master, dek, blob = stored.split(":")
        assert version == "v1"
        assert master == "test1"
        assert DataKey.objects.filter(key_id=dek, master_key_id="test1").exists()
        assert len(blob) > 20
    assert "Springfield" not in recipient
    assert "1961" not in disclosed_on
    assert "Quartermaine" not in items


def test_same_value_encrypts_differently_each_time(staff_user, disclosure_values):
    first = _record(staff_user, disclosure_values)
    second = _record(staff_user, disclosure_values)

    rows = raw_fetch(
        "SELECT recipient FROM compliance_disclosure WHERE id IN (%s, %s)", [first.pk, second.pk]
    )

    assert rows[0][0] != rows[1][0]


def test_null_stays_null_in_the_database(staff_user):
    grant_like = Disclosure.objects.create(
        patient_id=1, recipient="x", disclosed_on=datetime.date(2020, 1, 1), items=None
    )
    ((items,),) = raw_fetch(
        "SELECT items FROM compliance_disclosure WHERE id = %s", [grant_like.pk]
    )

    assert items is None
    assert Disclosure.objects.get(pk=grant_like.pk).items is None
    assert Disclosure.objects.filter(items__isnull=True).count() == 1


def test_sql_lookups_on_encrypted_fields_are_refused(staff_user, disclosure_values):
    _record(staff_user, disclosure_values)

    with pytest.raises(FieldError):
        list(Disclosure.objects.filter(recipient="Springfield County Health Department"))
    with pytest.raises(FieldError):
        list(Disclosure.objects.filter(recipient__icontains="spring"))


def test_tampered_ciphertext_raises_an_error_naming_the_record_not_the_value(
    staff_user, disclosure_values
):
    created = _record(staff_user, disclosure_values)
    ((stored,),) = raw_fetch(
        "SELECT description FROM compliance_disclosure WHERE id = %s", [created.pk]
    )
    header, blob = stored.rsplit(":", 1)
    flipped = blob[:10] + ("A" if blob[10] != "A" else "B") + blob[11:]
    raw_execute(
        "UPDATE compliance_disclosure SET description = %s WHERE id = %s",
        [f"{header}:{flipped}", created.pk],
    )

    with pytest.raises(DecryptionError) as caught:
        Disclosure.objects.get(pk=created.pk)

    message = str(caught.value)
    assert "compliance.Disclosure.description" in message
    assert f"pk={created.pk}" in message
    assert "authentication failed" in message
    assert "Quartermaine" not in message
    assert caught.value.pk == created.pk


def test_truncated_ciphertext_raises_a_clear_error(staff_user, disclosure_values):
    created = _record(staff_user, disclosure_values)
    ((stored,),) = raw_fetch(
        "SELECT recipient FROM compliance_disclosure WHERE id = %s", [created.pk]
    )
    raw_execute(
        "UPDATE compliance_disclosure SET recipient = %s WHERE id = %s", [stored[:40], created.pk]
    )

    with pytest.raises(DecryptionError, match=r"compliance\.Disclosure\.recipient of record pk="):
        Disclosure.objects.get(pk=created.pk)


def test_ciphertext_moved_to_another_column_does_not_decrypt(staff_user, disclosure_values):
    created = _record(staff_user, disclosure_values)
    raw_execute(
        "UPDATE compliance_disclosure SET recipient = description WHERE id = %s", [created.pk]
    )

    with pytest.raises(DecryptionError, match="recipient"):
        Disclosure.objects.get(pk=created.pk)


def test_plaintext_written_behind_the_apps_back_is_rejected(staff_user, disclosure_values):
    created = _record(staff_user, disclosure_values)
    raw_execute(
        "UPDATE compliance_disclosure SET recipient = %s WHERE id = %s", ["Mallory", created.pk]
    )

    with pytest.raises(DecryptionError, match="not in the encrypted format"):
        Disclosure.objects.get(pk=created.pk)


def test_values_list_returns_a_marker_that_refuses_to_become_text(staff_user, disclosure_values):
    created = _record(staff_user, disclosure_values)
    raw_execute(
        "UPDATE compliance_disclosure SET recipient = %s WHERE id = %s", ["v1:x:y:zz", created.pk]
    )

    (value,) = Disclosure.objects.filter(pk=created.pk).values_list("recipient", flat=True)

    assert isinstance(value, DecryptionFailure)
    with pytest.raises(CiphertextError):
        str(value)


def test_data_keys_are_stored_only_wrapped(staff_user, disclosure_values):
    _record(staff_user, disclosure_values)
    key = DataKey.objects.get()

    from compliance.crypto import _dek_cache

    assert key.wrapped_key
    # 12-byte nonce + 32-byte key + 16-byte tag, base64: never the 44-char raw key encoding.
    assert len(key.wrapped_key) == 80
    assert key.key_id in _dek_cache


def test_a_data_key_created_in_a_rolled_back_transaction_is_not_reused(
    staff_user, disclosure_values
):
    class Boom(Exception):
        pass

    def write_then_fail() -> None:
        with transaction.atomic():
            _record(staff_user, disclosure_values)
            raise Boom

    with pytest.raises(Boom):
        write_then_fail()

    assert DataKey.objects.count() == 0
    kept = _record(staff_user, disclosure_values)
    ((stored,),) = raw_fetch("SELECT recipient FROM compliance_disclosure WHERE id = %s", [kept.pk])
    assert DataKey.objects.filter(key_id=stored.split(":")[2]).exists()
