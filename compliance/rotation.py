"""Key rotation: move every encrypted value onto a new data key, in resumable batches.

States of a rotation (``KeyRotation`` row, data keys' ``state``)::

    start:   new DataKey (ACTIVE, wrapped by the active master key); every other ACTIVE
             DataKey -> RETIRING; KeyRotation RUNNING with empty checkpoints.   [one transaction]
    batches: for each model with encrypted fields (found with apps.get_models()), lock the next
             ``batch_size`` rows after the checkpoint (SELECT ... FOR UPDATE), decrypt, encrypt
             with the new key, write, and advance the checkpoint.              [one transaction each]
    sweep:   scan the raw columns for values still on other keys (written meanwhile by processes
             whose cached "current key" pointer had not expired) and re-encrypt those rows.
    finish:  RETIRING -> RETIRED, KeyRotation DONE, audit event.

Nothing is lost or unreadable at any point: a value is rewritten only inside the transaction
that also moves the checkpoint, and old data keys (and the master keys wrapping them) stay
readable throughout and afterwards; RETIRED only means "no value uses it any more". A crash
leaves the RUNNING row and its checkpoints; the next run resumes from them. Remove an old
master key from the environment only when ``rotate_keys --status`` shows no value on it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.apps import apps
from django.db import connection, models, transaction
from django.utils import timezone

from compliance.audit import AuditAction, record_event
from compliance.crypto import CiphertextError, clear_current_pointer, create_data_key, parse_header
from compliance.fields import encrypted_fields
from compliance.keys import get_key_provider
from compliance.models import DataKey, KeyRotation

ProgressHook = Callable[[int], None]


@dataclass(frozen=True)
class EncryptedModel:
    model: type[models.Model]
    fields: list[models.Field]

    @property
    def label(self) -> str:
        return self.model._meta.label_lower


def encrypted_models() -> list[EncryptedModel]:
    """Every concrete, managed model with at least one encrypted field, in a stable order."""
    found = []
    for model in apps.get_models():
        meta = model._meta
        if meta.proxy or not meta.managed:
            continue
        fields = encrypted_fields(model)
        if fields:
            found.append(EncryptedModel(model, fields))
    return sorted(found, key=lambda m: m.label)


def _raw_rows(em: EncryptedModel, chunk: int = 2000) -> Iterator[tuple]:
    """(pk, raw column values...) straight from the table, without decrypting."""
    qn = connection.ops.quote_name
    meta = em.model._meta
    columns = ", ".join(qn(f.column) for f in em.fields)
    sql = f"SELECT {qn(meta.pk.column)}, {columns} FROM {qn(meta.db_table)}"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql)
        while rows := cursor.fetchmany(chunk):
            yield from rows


def key_usage() -> Counter[tuple[str, str]]:
    """How many stored values use each (master key id, data key id)."""
    usage: Counter[tuple[str, str]] = Counter()
    for em in encrypted_models():
        for row in _raw_rows(em):
            for value in row[1:]:
                if value is None:
                    continue
                try:
                    master, dek, _ = parse_header(value)
                except CiphertextError:
                    usage[("<not encrypted>", "")] += 1
                    continue
                usage[(master, dek)] += 1
    return usage


def start_or_resume() -> tuple[KeyRotation, bool]:
    """The running rotation (resumed) or a new one with a fresh data key."""
    running = KeyRotation.objects.filter(state=KeyRotation.State.RUNNING).first()
    if running is not None:
        clear_current_pointer()
        return running, True
    with transaction.atomic():
        new_key = create_data_key()
        DataKey.objects.filter(state=DataKey.State.ACTIVE).exclude(pk=new_key.pk).update(
            state=DataKey.State.RETIRING
        )
        rotation = KeyRotation.objects.create(target_key=new_key, checkpoints={})
        record_event(
            actor=None,
            action=AuditAction.UPDATE,
            entity_type="KeyRotation",
            entity_id=rotation.pk,
            purpose="HOPERAT",
            detail={"step": "start", "data_key": new_key.key_id},
        )
    clear_current_pointer()
    return rotation, False


def _rewrite(em: EncryptedModel, rows: list[models.Model]) -> None:
    # bulk_update wraps each value in Value(output_field=field): it is encrypted with the
    # current (= target) data key on the way out.
    if rows:
        em.model._base_manager.bulk_update(rows, [f.name for f in em.fields])


def run_batch(rotation: KeyRotation, em: EncryptedModel, *, batch_size: int) -> int:
    """Re-encrypt the next batch of one model; returns how many rows it moved (0 = done)."""
    with transaction.atomic():
        rotation = KeyRotation.objects.select_for_update().get(pk=rotation.pk)
        last = rotation.checkpoints.get(em.label)
        queryset = em.model._base_manager.order_by("pk").select_for_update()
        if last is not None:
            queryset = queryset.filter(pk__gt=last)
        rows = list(queryset[:batch_size])
        if not rows:
            return 0
        _rewrite(em, rows)
        rotation.checkpoints[em.label] = rows[-1].pk
        rotation.values_rewritten += len(rows) * len(em.fields)
        rotation.save(update_fields=["checkpoints", "values_rewritten"])
        return len(rows)


def sweep(rotation: KeyRotation) -> int:
    """Re-encrypt rows that still hold a value on another data key; returns rows moved."""
    target = rotation.target_key.key_id
    moved = 0
    for em in encrypted_models():
        stale = [
            row[0]
            for row in _raw_rows(em)
            if any(v is not None and parse_header(v)[1] != target for v in row[1:])
        ]
        for start in range(0, len(stale), 500):
            with transaction.atomic():
                rows = list(
                    em.model._base_manager.filter(pk__in=stale[start : start + 500])
                    .order_by("pk")
                    .select_for_update()
                )
                _rewrite(em, rows)
                moved += len(rows)
    return moved


def finish(rotation: KeyRotation) -> None:
    with transaction.atomic():
        now = timezone.now()
        DataKey.objects.filter(state=DataKey.State.RETIRING).update(
            state=DataKey.State.RETIRED, retired_at=now
        )
        KeyRotation.objects.filter(pk=rotation.pk).update(
            state=KeyRotation.State.DONE, finished_at=now
        )
        record_event(
            actor=None,
            action=AuditAction.UPDATE,
            entity_type="KeyRotation",
            entity_id=rotation.pk,
            purpose="HOPERAT",
            detail={"step": "finish", "data_key": rotation.target_key.key_id},
        )


class RotationError(Exception):
    pass


def check_target(rotation: KeyRotation) -> None:
    active = get_key_provider().active_key_id
    if rotation.target_key.master_key_id != active:
        raise RotationError(
            f"rotation {rotation.pk} moves data to master key "
            f"{rotation.target_key.master_key_id!r}, but the active master key is now "
            f"{active!r}. Put {rotation.target_key.master_key_id!r} first again, let the "
            "rotation finish, then rotate again."
        )


def rotate(*, batch_size: int = 500, on_progress: ProgressHook | None = None) -> KeyRotation:
    """Run (or resume) a rotation to completion."""
    rotation, _ = start_or_resume()
    check_target(rotation)
    for em in encrypted_models():
        while moved := run_batch(rotation, em, batch_size=batch_size):
            if on_progress:
                on_progress(moved)
    sweep(rotation)
    finish(rotation)
    rotation.refresh_from_db()
    return rotation


def remaining_rows(rotation: KeyRotation) -> tuple[int, int]:
    """(rows already done, rows in total) for the progress bar."""
    done = total = 0
    for em in encrypted_models():
        manager = em.model._base_manager
        count = manager.count()
        total += count
        last = rotation.checkpoints.get(em.label)
        if last is not None:
            done += manager.filter(pk__lte=last).count()
    return done, total
