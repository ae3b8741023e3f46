"""Who may see what: one "can" and one "cannot" test per role boundary (clinic/README.md)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from clinic import selectors
from clinic.models import Observation
from clinic.roles import Role, actor_for
from clinic.services import break_glass, observation_record
from compliance.models import AuditEvent
from config.errors import Forbidden, InvalidInput, NotFound
from tests.clinic.factories import (
    AllergyIntoleranceFactory,
    AppointmentFactory,
    ConditionFactory,
    ImmunizationFactory,
    MedicationStatementFactory,
    ObservationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

RECORD_SELECTORS = [
    selectors.observations_for_patient,
    selectors.medications_for_patient,
    selectors.allergies_for_patient,
    selectors.conditions_for_patient,
    selectors.immunizations_for_patient,
]


@pytest.fixture
def records(clinic_a, clinic_b):
    """One record of each kind for patient A, and a lab for patient A2 and patient B."""
    for factory in (
        ObservationFactory,
        MedicationStatementFactory,
        AllergyIntoleranceFactory,
        ConditionFactory,
        ImmunizationFactory,
    ):
        factory(patient=clinic_a.patient, recorded_by=clinic_a.clinician)
    ObservationFactory(patient=clinic_a.other_patient, value="9.9")
    ObservationFactory(patient=clinic_b.patient, value="7.7")


def test_roles_resolve_from_staff_rows_and_patient_accounts(clinic_a) -> None:
    assert actor_for(clinic_a.clinician).role == Role.CLINICIAN
    assert actor_for(clinic_a.clinician).practitioner_id == clinic_a.practitioner.pk
    assert actor_for(clinic_a.front_desk).role == Role.FRONT_DESK
    assert actor_for(clinic_a.org_admin).role == Role.ORG_ADMIN
    assert actor_for(clinic_a.auditor).role == Role.AUDITOR
    patient_actor = actor_for(clinic_a.patient.user)
    assert (patient_actor.role, patient_actor.patient_id) == (Role.PATIENT, clinic_a.patient.pk)
    assert actor_for(UserFactory(is_superuser=True, is_staff=True)).role == Role.NONE


# --- patients ---------------------------------------------------------------------------


@pytest.mark.parametrize("selector", RECORD_SELECTORS)
def test_patient_reads_their_own_records(clinic_a, records, selector) -> None:
    rows = selector(actor=clinic_a.patient.user, patient_id=clinic_a.patient.pk)
    assert len(rows) == 1
    assert rows[0].patient_id == clinic_a.patient.pk


@pytest.mark.parametrize("selector", RECORD_SELECTORS)
def test_patient_cannot_read_another_patients_records(clinic_a, records, selector) -> None:
    with pytest.raises(NotFound):
        selector(actor=clinic_a.patient.user, patient_id=clinic_a.other_patient.pk)


def test_patient_cannot_read_another_patients_demographics_or_appointments(clinic_a) -> None:
    AppointmentFactory(patient=clinic_a.other_patient, practitioner=clinic_a.practitioner)
    with pytest.raises(NotFound):
        selectors.patient_get(actor=clinic_a.patient.user, patient_id=clinic_a.other_patient.pk)
    with pytest.raises(NotFound):
        selectors.appointments_for_patient(
            actor=clinic_a.patient.user, patient_id=clinic_a.other_patient.pk
        )


def test_patient_cannot_read_an_appointment_of_another_patient_by_id(clinic_a) -> None:
    theirs = AppointmentFactory(patient=clinic_a.other_patient)
    with pytest.raises(NotFound):
        selectors.appointment_get(actor=clinic_a.patient.user, appointment_id=theirs.pk)


def test_patient_cannot_see_a_practitioners_schedule(clinic_a) -> None:
    now = timezone.now()
    with pytest.raises(Forbidden):
        selectors.practitioner_schedule(
            actor=clinic_a.patient.user,
            practitioner_id=clinic_a.practitioner.pk,
            start=now,
            end=now + timedelta(days=1),
        )


def test_patient_cannot_record_clinical_data(clinic_a) -> None:
    with pytest.raises(Forbidden):
        observation_record(
            actor=clinic_a.patient.user,
            patient_id=clinic_a.patient.pk,
            code="4548-4",
            display="HbA1c",
            value="5.0",
            effective_at=timezone.now(),
        )
    assert Observation.objects.count() == 0


# --- clinicians -------------------------------------------------------------------------


def test_clinician_reads_records_of_their_organizations_patients(clinic_a, records) -> None:
    rows = selectors.observations_for_patient(
        actor=clinic_a.clinician, patient_id=clinic_a.other_patient.pk
    )
    assert [o.value for o in rows] == ["9.9"]
    event = AuditEvent.objects.get(action="read", entity_type="Observation")
    assert event.patient_id == clinic_a.other_patient.pk
    assert event.purpose == "TREAT"


@pytest.mark.parametrize("selector", RECORD_SELECTORS)
def test_clinician_cannot_read_another_organizations_records(
    clinic_a, clinic_b, records, selector
) -> None:
    with pytest.raises(NotFound):
        selector(actor=clinic_a.clinician, patient_id=clinic_b.patient.pk)


def test_clinician_cannot_see_another_organizations_patient_or_appointments(
    clinic_a, clinic_b
) -> None:
    with pytest.raises(NotFound):
        selectors.patient_get(actor=clinic_a.clinician, patient_id=clinic_b.patient.pk)
    with pytest.raises(NotFound):
        selectors.appointments_for_patient(actor=clinic_a.clinician, patient_id=clinic_b.patient.pk)
    with pytest.raises(NotFound):
        selectors.practitioner_schedule(
            actor=clinic_a.clinician,
            practitioner_id=clinic_b.practitioner.pk,
            start=timezone.now(),
            end=timezone.now() + timedelta(days=1),
        )


def test_clinician_cannot_record_for_another_organizations_patient(clinic_a, clinic_b) -> None:
    with pytest.raises(NotFound):
        observation_record(
            actor=clinic_a.clinician,
            patient_id=clinic_b.patient.pk,
            code="4548-4",
            display="HbA1c",
            value="5.0",
            effective_at=timezone.now(),
        )
    assert Observation.objects.count() == 0


def test_break_glass_lets_a_clinician_read_another_organizations_records_audited(
    clinic_a, clinic_b, records, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        break_glass(
            actor=clinic_a.clinician,
            patient=clinic_b.patient,
            reason="Unconscious patient brought to our emergency room",
        )
    rows = selectors.observations_for_patient(
        actor=clinic_a.clinician, patient_id=clinic_b.patient.pk
    )
    assert [o.value for o in rows] == ["7.7"]
    read = AuditEvent.objects.get(action="read", entity_type="Observation")
    assert read.purpose == "ETREAT"
    assert read.detail["break_glass"] is True
    # The admins of the patient's organization were told.
    assert [m.to for m in mail.outbox] == [[clinic_b.org_admin.email]]


def test_break_glass_grants_reading_not_writing(clinic_a, clinic_b) -> None:
    break_glass(
        actor=clinic_a.clinician,
        patient=clinic_b.patient,
        reason="Unconscious patient brought to our emergency room",
    )
    with pytest.raises(NotFound):
        observation_record(
            actor=clinic_a.clinician,
            patient_id=clinic_b.patient.pk,
            code="4548-4",
            display="HbA1c",
            value="5.0",
            effective_at=timezone.now(),
        )


def test_break_glass_for_one_patient_does_not_open_another(clinic_a, clinic_b, records) -> None:
    break_glass(
        actor=clinic_a.clinician,
        patient=clinic_b.patient,
        reason="Unconscious patient brought to our emergency room",
    )
    with pytest.raises(NotFound):
        selectors.observations_for_patient(
            actor=clinic_a.clinician, patient_id=clinic_b.other_patient.pk
        )


def test_break_glass_needs_a_reason_and_a_clinician(clinic_a, clinic_b) -> None:
    with pytest.raises(InvalidInput):
        break_glass(actor=clinic_a.clinician, patient=clinic_b.patient, reason="urgent")
    with pytest.raises(Forbidden):
        break_glass(
            actor=clinic_a.front_desk,
            patient=clinic_b.patient,
            reason="Unconscious patient brought to our emergency room",
        )
    assert not AuditEvent.objects.filter(action="break-glass").exists()


# --- front desk and org admins ------------------------------------------------------------


@pytest.mark.parametrize("role", ["front_desk", "org_admin"])
def test_non_clinical_staff_see_demographics_and_appointments_of_their_organization(
    clinic_a, role
) -> None:
    actor = getattr(clinic_a, role)
    AppointmentFactory(patient=clinic_a.patient, practitioner=clinic_a.practitioner)
    assert selectors.patient_get(actor=actor, patient_id=clinic_a.patient.pk) == clinic_a.patient
    rows = selectors.appointments_for_patient(actor=actor, patient_id=clinic_a.patient.pk)
    assert len(rows) == 1


@pytest.mark.parametrize("role", ["front_desk", "org_admin"])
@pytest.mark.parametrize("selector", RECORD_SELECTORS)
def test_non_clinical_staff_cannot_read_clinical_records(clinic_a, records, role, selector) -> None:
    with pytest.raises(Forbidden, match="clinical records"):
        selector(actor=getattr(clinic_a, role), patient_id=clinic_a.patient.pk)
    assert not AuditEvent.objects.filter(action="read").exists()


@pytest.mark.parametrize("role", ["front_desk", "org_admin"])
def test_non_clinical_staff_cannot_record_clinical_data(clinic_a, role) -> None:
    with pytest.raises(Forbidden):
        observation_record(
            actor=getattr(clinic_a, role),
            patient_id=clinic_a.patient.pk,
            code="4548-4",
            display="HbA1c",
            value="5.0",
            effective_at=timezone.now(),
        )
    assert Observation.objects.count() == 0


def test_front_desk_cannot_see_another_organizations_patient(clinic_a, clinic_b) -> None:
    with pytest.raises(NotFound):
        selectors.patient_get(actor=clinic_a.front_desk, patient_id=clinic_b.patient.pk)


def test_the_answer_for_another_organization_equals_the_answer_for_a_missing_id(
    clinic_a, clinic_b
) -> None:
    with pytest.raises(NotFound) as other_org:
        selectors.patient_get(actor=clinic_a.front_desk, patient_id=clinic_b.patient.pk)
    with pytest.raises(NotFound) as missing:
        selectors.patient_get(actor=clinic_a.front_desk, patient_id=987654)
    assert str(other_org.value) == str(missing.value)


# --- auditors and users without a role -------------------------------------------------


@pytest.mark.parametrize("selector", RECORD_SELECTORS)
def test_auditor_cannot_read_clinical_records(clinic_a, records, selector) -> None:
    with pytest.raises(Forbidden):
        selector(actor=clinic_a.auditor, patient_id=clinic_a.patient.pk)


def test_auditor_cannot_read_demographics_appointments_or_slots(clinic_a) -> None:
    now = timezone.now()
    with pytest.raises(Forbidden):
        selectors.patient_get(actor=clinic_a.auditor, patient_id=clinic_a.patient.pk)
    with pytest.raises(Forbidden):
        selectors.appointments_for_patient(actor=clinic_a.auditor, patient_id=clinic_a.patient.pk)
    with pytest.raises(Forbidden):
        selectors.free_slots(actor=clinic_a.auditor, start=now, end=now + timedelta(days=1))


def test_a_user_without_a_role_sees_nothing(clinic_a) -> None:
    stranger = UserFactory()
    with pytest.raises(Forbidden):
        selectors.patient_get(actor=stranger, patient_id=clinic_a.patient.pk)
    with pytest.raises(Forbidden):
        selectors.observations_for_patient(actor=stranger, patient_id=clinic_a.patient.pk)


def test_a_deactivated_staff_member_loses_access(clinic_a) -> None:
    clinic_a.clinician.staff_member.active = False
    clinic_a.clinician.staff_member.save()
    clinic_a.clinician.refresh_from_db()
    with pytest.raises(Forbidden):
        selectors.patient_get(actor=clinic_a.clinician, patient_id=clinic_a.patient.pk)
