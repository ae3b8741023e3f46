"""Registering, changing, reading and searching patients."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection

from clinic.models import Patient, PatientNameToken
from clinic.selectors import patient_get, patient_search
from clinic.services import patient_create, patient_identifier_add, patient_update
from compliance.models import AuditEvent
from config.errors import Conflict, Forbidden, InvalidInput, NotFound

pytestmark = pytest.mark.django_db


def register(actor, **overrides):
    values = {
        "given_name": "Maria",
        "family_name": "Garcia-Lopez",
        "birth_date": datetime.date(1985, 2, 3),
        "mrn": "NEW-0001",
        "email": "maria@example.test",
        "phone": "(555) 010-2030",
    }
    values.update(overrides)
    return patient_create(actor=actor, **values)


def test_front_desk_registers_a_patient_in_their_own_organization(clinic_a) -> None:
    patient = register(clinic_a.front_desk)
    patient.refresh_from_db()
    assert patient.organization == clinic_a.organization
    assert patient.given_name == "Maria"
    assert patient.birth_date == datetime.date(1985, 2, 3)
    assert PatientNameToken.objects.filter(patient=patient).exists()
    event = AuditEvent.objects.get(entity_type="Patient", action="create")
    assert event.patient_id == patient.pk


def test_demographics_are_encrypted_in_the_database(clinic_a) -> None:
    patient = register(clinic_a.front_desk)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT given_name, family_name, birth_date, mrn, email FROM clinic_patient WHERE id = %s",
            [patient.pk],
        )
        raw = cursor.fetchone()
    assert all(value.startswith("v1:") for value in raw)
    assert not any("Maria" in v or "1985" in v or "NEW-0001" in v for v in raw)


def test_a_duplicate_mrn_in_one_organization_is_a_conflict_and_creates_nothing(clinic_a) -> None:
    register(clinic_a.front_desk)
    before = Patient.objects.count()
    with pytest.raises(Conflict, match="MRN already exists"):
        register(clinic_a.front_desk, given_name="Other", mrn="new-0001")
    assert Patient.objects.count() == before


def test_the_same_mrn_may_exist_in_another_organization(clinic_a, clinic_b) -> None:
    register(clinic_a.front_desk)
    other = register(clinic_b.front_desk)
    assert other.organization == clinic_b.organization


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("given_name", "", "Given name is required"),
        ("birth_date", datetime.date(2999, 1, 1), "cannot be in the future"),
        ("birth_date", "03/02/1985", "not a valid date"),
        ("email", "not-an-email", "E-mail is not a valid"),
        ("phone", "call me", "Phone is not a valid"),
        ("mrn", "MRN 1; DROP", "MRN may contain only"),
        ("gender", "robot", "Gender must be one of"),
    ],
)
def test_invalid_demographics_are_refused_without_writing(clinic_a, field, value, message) -> None:
    before = Patient.objects.count()
    with pytest.raises(InvalidInput, match=message):
        register(clinic_a.front_desk, **{field: value})
    assert Patient.objects.count() == before
    assert not AuditEvent.objects.filter(action="create", entity_type="Patient").exists()


def test_error_messages_do_not_echo_the_bad_value(clinic_a) -> None:
    with pytest.raises(InvalidInput) as error:
        register(clinic_a.front_desk, email="secret.person@@example")
    assert "secret.person" not in str(error.value)


def test_auditor_and_patient_cannot_register_patients(clinic_a) -> None:
    for actor in (clinic_a.auditor, clinic_a.patient.user):
        with pytest.raises(Forbidden):
            register(actor)
    assert (
        not Patient.objects.filter(organization=clinic_a.organization, active=True)
        .exclude(pk__in=[clinic_a.patient.pk, clinic_a.other_patient.pk])
        .exists()
    )


def test_updating_a_name_updates_search_tokens(clinic_a) -> None:
    patient_update(actor=clinic_a.front_desk, patient_id=clinic_a.patient.pk, family_name="Zimmer")
    assert [p.pk for p in patient_search(actor=clinic_a.front_desk, query="zim")] == [
        clinic_a.patient.pk
    ]
    assert patient_search(actor=clinic_a.front_desk, query="anderson") == []


def test_update_refuses_unknown_fields_and_other_organizations(clinic_a, clinic_b) -> None:
    with pytest.raises(InvalidInput, match="Unknown patient fields: ssn"):
        patient_update(actor=clinic_a.front_desk, patient_id=clinic_a.patient.pk, ssn="x")
    with pytest.raises(NotFound):
        patient_update(
            actor=clinic_a.front_desk, patient_id=clinic_b.patient.pk, family_name="Hacked"
        )
    clinic_b.patient.refresh_from_db()
    assert clinic_b.patient.family_name == "Brown"


def test_search_by_partial_name_finds_only_patients_in_scope(clinic_a, clinic_b) -> None:
    results = patient_search(actor=clinic_a.front_desk, query="al and")
    assert [p.pk for p in results] == [clinic_a.patient.pk]
    # "b" names live in clinic B: invisible to clinic A's desk.
    assert patient_search(actor=clinic_a.front_desk, query="bella") == []
    event = AuditEvent.objects.filter(action="search").latest("seq")
    assert event.detail["result_count"] == 0


def test_search_by_mrn_email_phone_and_birth_date(clinic_a) -> None:
    desk = clinic_a.front_desk
    patient = clinic_a.patient
    assert patient_search(actor=desk, mrn="a-0001") == [patient]
    assert patient_search(actor=desk, email="PATIENT1.A@example.test") == [patient]
    assert patient_search(actor=desk, phone=patient.phone) == [patient]
    assert patient_search(actor=desk, birth_date=patient.birth_date) == [patient]
    assert patient_search(actor=desk, query="aa", birth_date=patient.birth_date) == []


def test_search_by_external_identifier(clinic_a) -> None:
    patient_identifier_add(
        actor=clinic_a.front_desk,
        patient_id=clinic_a.patient.pk,
        system="urn:example:ehr",
        value="EHR-42",
    )
    found = patient_search(
        actor=clinic_a.front_desk, identifier_system="urn:example:ehr", identifier_value="EHR-42"
    )
    assert found == [clinic_a.patient]
    with pytest.raises(Conflict):
        patient_identifier_add(
            actor=clinic_a.front_desk,
            patient_id=clinic_a.other_patient.pk,
            system="urn:example:ehr",
            value="EHR-42",
        )


def test_search_without_criteria_or_with_one_letter_is_refused(clinic_a) -> None:
    with pytest.raises(InvalidInput, match="Give a name"):
        patient_search(actor=clinic_a.front_desk)
    with pytest.raises(InvalidInput, match="at least two letters"):
        patient_search(actor=clinic_a.front_desk, query="a")


def test_patient_search_is_audited_with_result_ids_not_the_query(clinic_a) -> None:
    patient_search(actor=clinic_a.front_desk, query="alice")
    event = AuditEvent.objects.get(action="search")
    assert event.detail["patient_ids"] == [clinic_a.patient.pk]
    assert "alice" not in str(event.detail).lower()


def test_patient_search_only_finds_themselves(clinic_a) -> None:
    assert patient_search(actor=clinic_a.patient.user, query="aaron") == []
    assert patient_search(actor=clinic_a.patient.user, query="alice") == [clinic_a.patient]


def test_auditor_cannot_search_patients(clinic_a) -> None:
    with pytest.raises(Forbidden):
        patient_search(actor=clinic_a.auditor, query="alice")


def test_patient_get_is_audited_as_a_read(clinic_a) -> None:
    patient = patient_get(actor=clinic_a.clinician, patient_id=clinic_a.patient.pk)
    assert patient.family_name == "Anderson"
    event = AuditEvent.objects.get(action="read", entity_type="Patient")
    assert (event.patient_id, event.actor_id) == (clinic_a.patient.pk, clinic_a.clinician.pk)


@pytest.mark.parametrize("bad_id", [None, "abc", -1, 10**12])
def test_patient_get_with_a_bad_id_is_not_found(clinic_a, bad_id) -> None:
    with pytest.raises(NotFound):
        patient_get(actor=clinic_a.clinician, patient_id=bad_id)
