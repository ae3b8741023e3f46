from __future__ import annotations

import datetime
import io
import time

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from compliance import crypto
from compliance import rotation as rot
from compliance.crypto import DecryptionError, clear_key_cache
from compliance.models import AuditEvent, DataKey, Disclosure, KeyRotation
from compliance.services import disclosure_record

pytestmark = pytest.mark.django_db

NEW_MASTER = "test2:bmV3LXRlc3Qtb25seS1tYXN0ZXIta2V5LTMyYnl0ZXM="
# The master key the test run was started with (bin/test generates a fresh one per run).
OLD_MASTER = settings.FIELD_ENCRYPTION_MASTER_KEYS.split(",")[0]


def _make(actor, count: int) -> dict[int, tuple[str, datetime.date, list]]:
    expected = {}
    for n in range(count):
        d = disclosure_record(
            actor=actor,
            patient_id=n,
            recipient=f"Recipient {n} of Ogdenville",
            disclosed_on=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
            purpose="PUBHLTH",
            description=f"note {n}",
            items=[{"id": n}],
        )
        expected[d.pk] = (d.recipient, d.disclosed_on, d.items)
    return expected


def _read_all() -> dict[int, tuple[str, datetime.date, list]]:
    return {d.pk: (d.recipient, d.disclosed_on, d.items) for d in Disclosure.objects.all()}


def _data_keys_in_use() -> set[str]:
    return {dek for (_, dek), n in rot.key_usage().items() if n}


def _rotate(**kwargs) -> str:
    out = io.StringIO()
    call_command("rotate_keys", no_progress=True, stdout=out, **kwargs)
    return out.getvalue()


def test_rotation_moves_every_value_to_a_new_data_key_and_retires_the_old(staff_user):
    expected = _make(staff_user, 10)
    (old_key,) = _data_keys_in_use()

    output = _rotate(batch_size=3)

    rotation = KeyRotation.objects.get()
    assert rotation.state == KeyRotation.State.DONE
    assert _data_keys_in_use() == {rotation.target_key.key_id}
    assert rotation.target_key.key_id != old_key
    assert DataKey.objects.get(key_id=old_key).state == DataKey.State.RETIRED
    assert _read_all() == expected
    assert "40 values re-encrypted" in output
    steps = [e.detail["step"] for e in AuditEvent.objects.filter(entity_type="KeyRotation")]
    assert steps == ["start", "finish"]


def test_a_crashed_rotation_resumes_and_no_record_is_ever_unreadable(staff_user, monkeypatch):
    expected = _make(staff_user, 10)
    (old_key,) = _data_keys_in_use()
    real_rewrite = rot._rewrite
    calls = {"n": 0}

    def crash_on_third_batch(em, rows):
        calls["n"] += 1
        real_rewrite(em, rows)
        if calls["n"] == 3:
            raise RuntimeError("simulated crash after writing, before commit")

    monkeypatch.setattr(rot, "_rewrite", crash_on_third_batch)
    with pytest.raises(RuntimeError, match="simulated crash"):
        _rotate(batch_size=3)

    rotation = KeyRotation.objects.get()
    assert rotation.state == KeyRotation.State.RUNNING
    assert rotation.checkpoints == {"compliance.disclosure": sorted(expected)[5]}
    assert _data_keys_in_use() == {old_key, rotation.target_key.key_id}
    assert _read_all() == expected

    # Meanwhile a web worker whose cached pointer still names the old key writes a record.
    old_material = crypto.data_key_material(old_key, "test1")
    crypto._current["test1"] = (old_material, time.monotonic() + 60)
    expected |= _make(staff_user, 1)
    assert old_key in _data_keys_in_use()

    monkeypatch.setattr(rot, "_rewrite", real_rewrite)
    output = _rotate(batch_size=3)

    assert "Resuming rotation" in output
    assert KeyRotation.objects.get().state == KeyRotation.State.DONE
    assert _data_keys_in_use() == {rotation.target_key.key_id}
    assert _read_all() == expected


def test_rotating_to_a_new_master_key_lets_the_old_master_key_be_removed(staff_user):
    expected = _make(staff_user, 4)

    with override_settings(FIELD_ENCRYPTION_MASTER_KEYS=NEW_MASTER):
        clear_key_cache()
        with pytest.raises(DecryptionError, match="master key 'test1' is not configured"):
            _read_all()

    with override_settings(FIELD_ENCRYPTION_MASTER_KEYS=f"{NEW_MASTER},{OLD_MASTER}"):
        clear_key_cache()
        assert _read_all() == expected  # old values stay readable before rotation
        _rotate(batch_size=2)
        status = io.StringIO()
        call_command("rotate_keys", status=True, stdout=status)
        assert "master key test1 [old]: 0 values (no values: may be removed)" in status.getvalue()
        assert "master key test2 [active]: 16 values" in status.getvalue()

    with override_settings(FIELD_ENCRYPTION_MASTER_KEYS=NEW_MASTER):
        clear_key_cache()
        assert _read_all() == expected
    clear_key_cache()


def test_rotation_refuses_to_continue_when_the_active_master_key_changed(staff_user):
    _make(staff_user, 2)
    rotation, _ = rot.start_or_resume()

    with override_settings(FIELD_ENCRYPTION_MASTER_KEYS=f"{NEW_MASTER},{OLD_MASTER}"):
        clear_key_cache()
        with pytest.raises(Exception, match="active master key is now 'test2'"):
            _rotate()
    clear_key_cache()
    assert KeyRotation.objects.get(pk=rotation.pk).state == KeyRotation.State.RUNNING


def test_rotation_finds_encrypted_models_of_other_apps(clinic_a):
    from clinic.models import Patient

    before = {p.pk: (p.given_name, p.family_name, p.birth_date) for p in Patient.objects.all()}
    assert any(em.label == "clinic.patient" for em in rot.encrypted_models())

    _rotate(batch_size=1)

    target = KeyRotation.objects.get().target_key.key_id
    assert _data_keys_in_use() == {target}
    after = {p.pk: (p.given_name, p.family_name, p.birth_date) for p in Patient.objects.all()}
    assert after == before


def test_generated_master_key_entry_is_a_valid_key():
    out = io.StringIO()
    call_command("rotate_keys", generate_master_key="2027a", stdout=out)

    from compliance.keys import EnvKeyProvider

    provider = EnvKeyProvider(out.getvalue().strip())
    assert provider.active_key_id == "2027a"
