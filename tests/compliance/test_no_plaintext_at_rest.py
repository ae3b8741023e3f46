"""Proof of encryption at rest: write PHI through the services, then read the raw database
(the SQLite file's bytes, or every PostgreSQL row as text) and find none of it."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from django.db import connection

from clinic.services.patients import patient_create
from compliance.access import break_glass_open
from compliance.services import disclosure_record

PHI = {
    "given_name": "Zebulon",
    "family_name": "Quackenbush",
    "mrn": "MRN-778899",
    "phone": "617-555-0199",
    "email": "zebulon.q@example.test",
    "address": "42 Wallaby Way, Sydney",
    "insurance_member_id": "INS-ABC-123456",
}
BIRTH_DATE = datetime.date(1950, 2, 3)
SECRET_TEXTS = [
    *PHI.values(),
    "1950-02-03",
    "Haemophilia carrier",
    "Shelbyville Poison Control",
    "Ward 7 overdose case",
]
# Stored in plain text on purpose: shows that the raw scan does find text when it is there.
CONTROL = "Riverside Test Clinic"


def _write_phi(clinic) -> None:
    patient = patient_create(actor=clinic.front_desk, birth_date=BIRTH_DATE, **PHI)
    disclosure_record(
        actor=clinic.clinician,
        patient_id=patient.pk,
        recipient="Shelbyville Poison Control",
        disclosed_on=BIRTH_DATE,
        purpose="PUBHLTH",
        description="Haemophilia carrier",
        items=[{"type": "Observation", "id": 1}],
    )
    return patient


def _sqlite_bytes(tmp_path: Path) -> bytes:
    target = tmp_path / "copy.sqlite3"
    with connection.cursor() as cursor:
        cursor.execute("VACUUM INTO %s", [str(target)])
    return target.read_bytes()


def _postgres_rows_as_text() -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
        )
        tables = [row[0] for row in cursor.fetchall()]
        chunks = []
        for table in tables:
            cursor.execute(f'SELECT t::text FROM "{table}" AS t')  # noqa: S608
            chunks.extend(row[0] for row in cursor.fetchall())
    return "\n".join(chunks)


@pytest.mark.django_db(transaction=True)
def test_no_phi_written_through_services_is_readable_in_the_raw_database(
    clinic_a, clinician_b, tmp_path
):
    patient = _write_phi(clinic_a)
    break_glass_open(
        actor=clinician_b,
        patient_id=patient.pk,
        reason="Ward 7 overdose case",
        notify_emails=["privacy@clinic-a.test"],
    )

    if connection.vendor == "sqlite":
        raw = _sqlite_bytes(tmp_path)
        assert CONTROL.encode() in raw
        found = [
            text
            for text in SECRET_TEXTS
            for variant in (text.encode(), text.lower().encode(), text.encode("utf-16-le"))
            if variant in raw
        ]
    else:
        raw_text = _postgres_rows_as_text()
        assert CONTROL in raw_text
        lowered = raw_text.lower()
        found = [text for text in SECRET_TEXTS if text.lower() in lowered]

    assert found == []
    # ...while the application still reads everything back.
    patient.refresh_from_db()
    assert (patient.family_name, patient.birth_date, patient.mrn) == (
        "Quackenbush",
        BIRTH_DATE,
        "MRN-778899",
    )
