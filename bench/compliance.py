"""Cost of encryption at rest + audit on a read-heavy path, beside the same path without them.

    .venv/bin/python bench/compliance.py [--observations 20] [--iterations 300]

The path, as a clinician's chart view does it: in one transaction, load one patient and all
their observations and touch every field. Three variants, in one run, on one throwaway
SQLite database (or DATABASE_URL):

* ``plain``: the same rows in plain copies of the tables (every encrypted column a plain
  text/date column), no audit. The baseline.
* ``encrypted``: the real ``clinic.Patient``/``clinic.Observation`` tables; every encrypted
  field is decrypted (AES-256-GCM, cached data key). No audit.
* ``encrypted+audit``: as above plus one READ audit event (hash-chain append under the
  chain-head lock) in the same transaction: what a clinic selector does.

Prints operations per second, p50 and p95 latency per variant and the overhead ratio against
``plain``. Variants run interleaved in rounds so machine noise hits all of them alike.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from throwaway import setup  # bench/ is on sys.path when a bench runs

setup("compliance-bench-")

from django.core.management import call_command  # noqa: E402
from django.db import connection, models, transaction  # noqa: E402

from compliance.audit import AuditAction, record_event  # noqa: E402
from compliance.fields import EncryptedDateField, EncryptedFieldMixin, EncryptedJSONField  # noqa: E402


def plain_copy(model: type[models.Model], parent_map: dict[type, type]) -> type[models.Model]:
    """An unencrypted twin of ``model``: same columns, encrypted ones as plain columns."""
    attrs: dict[str, object] = {"__module__": __name__}
    for field in model._meta.concrete_fields:
        if field.primary_key:
            attrs[field.name] = models.BigAutoField(primary_key=True)
        elif isinstance(field, EncryptedFieldMixin):
            kind = {EncryptedDateField: models.DateField, EncryptedJSONField: models.JSONField}
            attrs[field.name] = kind.get(type(field), models.TextField)(
                null=field.null, blank=field.blank
            )
        elif field.is_relation and field.related_model in parent_map:
            attrs[field.name] = models.ForeignKey(
                parent_map[field.related_model], on_delete=models.CASCADE, db_constraint=False
            )
        elif field.is_relation:
            attrs[field.attname] = models.BigIntegerField(null=True)
        else:
            attrs[field.name] = field.clone()
    attrs["Meta"] = type(
        "Meta", (), {"app_label": "compliance", "db_table": f"bench_plain_{model._meta.model_name}"}
    )
    return type(f"Plain{model.__name__}", (models.Model,), attrs)


def copy_rows(source: models.QuerySet, target: type[models.Model], parent_ids: dict) -> dict:
    ids = {}
    for row in source:
        values = {}
        for field in target._meta.concrete_fields:
            if field.primary_key:
                continue
            if field.is_relation:
                values[field.attname] = parent_ids[getattr(row, field.attname)]
            else:
                values[field.attname] = getattr(row, field.attname)
        ids[row.pk] = target.objects.create(**values).pk
    return ids


def touch(instance: models.Model) -> None:
    for field in instance._meta.concrete_fields:
        getattr(instance, field.attname)


def measure(fn: Callable[[], None]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--observations", type=int, default=20)
    parser.add_argument("--iterations", type=int, default=300)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    from clinic.models import Observation, Patient
    from tests.clinic import factories as f

    clinician = f.StaffMemberFactory(role="clinician").user
    patient = f.PatientFactory()
    f.ObservationFactory.create_batch(args.observations, patient=patient)

    PlainPatient = plain_copy(Patient, {})
    PlainObservation = plain_copy(Observation, {Patient: PlainPatient})
    with connection.schema_editor() as editor:
        editor.create_model(PlainPatient)
        editor.create_model(PlainObservation)
    patient_ids = copy_rows(Patient.objects.filter(pk=patient.pk), PlainPatient, {})
    fk = {fld.attname for fld in Observation._meta.concrete_fields if fld.is_relation}
    parent_ids = {patient.pk: patient_ids[patient.pk]}
    # Other foreign keys (recorded_by, ...) are copied as plain integers.
    for row in Observation.objects.filter(patient=patient):
        for name in fk - {"patient_id"}:
            value = getattr(row, name)
            parent_ids.setdefault(value, value)
    copy_rows(Observation.objects.filter(patient=patient), PlainObservation, parent_ids)
    plain_pk = patient_ids[patient.pk]

    def plain() -> None:
        with transaction.atomic():
            touch(PlainPatient.objects.get(pk=plain_pk))
            for obs in PlainObservation.objects.filter(patient_id=plain_pk):
                touch(obs)

    def encrypted() -> None:
        with transaction.atomic():
            touch(Patient.objects.get(pk=patient.pk))
            for obs in Observation.objects.filter(patient_id=patient.pk):
                touch(obs)

    def encrypted_audited() -> None:
        with transaction.atomic():
            touch(Patient.objects.get(pk=patient.pk))
            for obs in Observation.objects.filter(patient_id=patient.pk):
                touch(obs)
            record_event(
                actor=clinician,
                action=AuditAction.READ,
                entity_type="Observation",
                patient_id=patient.pk,
                detail={"count": args.observations},
            )

    variants = {"plain": plain, "encrypted": encrypted, "encrypted+audit": encrypted_audited}
    for fn in variants.values():  # warm up caches (data key unwrap, query compilation)
        for _ in range(10):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.iterations):
        for name, fn in variants.items():
            samples[name].append(measure(fn))

    print(
        f"read 1 patient + {args.observations} observations, {args.iterations} iterations, "
        f"{connection.vendor}"
    )
    print(f"{'variant':<16} {'ops/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'vs plain':>9}")
    base = statistics.mean(samples["plain"])
    for name, values in samples.items():
        mean = statistics.mean(values)
        p50 = statistics.median(values) * 1000
        p95 = statistics.quantiles(values, n=20)[18] * 1000
        print(f"{name:<16} {1 / mean:>9.0f} {p50:>8.2f} {p95:>8.2f} {mean / base:>8.2f}x")


if __name__ == "__main__":
    main()
