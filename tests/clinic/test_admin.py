"""The staff console: role-aware querysets, masked lists, audited reveal."""

from __future__ import annotations

import pytest
from django.urls import reverse

from compliance.models import AuditEvent
from tests.clinic.factories import ObservationFactory, UserFactory
from tests.clinic.helpers import otp_login

pytestmark = pytest.mark.django_db

PATIENTS = reverse("admin:clinic_patient_changelist")
OBSERVATIONS = reverse("admin:clinic_observation_changelist")


def reveal_url(patient) -> str:
    return reverse("admin:clinic_patient_reveal", args=[patient.pk])


def test_front_desk_sees_own_patients_masked(client, clinic_a, clinic_b) -> None:
    otp_login(client, clinic_a.front_desk)
    page = client.get(PATIENTS).content.decode()
    assert "A*** A***" in page
    assert "Anderson" not in page
    assert "A-0001" not in page  # the MRN is masked
    assert str(clinic_a.patient.birth_date.year) in page
    assert "B*** B***" not in page  # clinic B's patients are not listed


def test_the_patient_list_has_no_search_that_would_put_names_in_urls(client, clinic_a) -> None:
    otp_login(client, clinic_a.front_desk)
    page = client.get(PATIENTS).content.decode()
    assert 'id="searchbar"' not in page


def test_front_desk_cannot_open_clinical_lists(client, clinic_a) -> None:
    ObservationFactory(patient=clinic_a.patient)
    otp_login(client, clinic_a.front_desk)
    assert client.get(OBSERVATIONS).status_code == 403
    assert "Observations" not in client.get(reverse("admin:index")).content.decode()


def test_clinician_sees_own_organizations_observations_with_values_masked(
    client, clinic_a, clinic_b
) -> None:
    mine = ObservationFactory(patient=clinic_a.patient, value="6.6")
    theirs = ObservationFactory(patient=clinic_b.patient, value="7.7")
    otp_login(client, clinic_a.clinician)
    page = client.get(OBSERVATIONS).content.decode()
    assert f"Patient #{mine.patient_id}" in page
    assert f"Patient #{theirs.patient_id}" not in page
    assert "6.6" not in page


def test_auditor_sees_no_clinic_pages(client, clinic_a) -> None:
    otp_login(client, clinic_a.auditor)
    assert client.get(PATIENTS).status_code == 403
    assert client.get(OBSERVATIONS).status_code == 403
    assert "Patients" not in client.get(reverse("admin:index")).content.decode()


def test_superuser_without_a_clinic_role_sees_no_patients(client, clinic_a) -> None:
    root = UserFactory(is_staff=True, is_superuser=True)
    otp_login(client, root)
    assert client.get(PATIENTS).status_code == 403
    assert client.get(reverse("admin:clinic_practitioner_changelist")).status_code == 200


def test_the_change_page_shows_no_demographics(client, clinic_a) -> None:
    otp_login(client, clinic_a.front_desk)
    page = client.get(reverse("admin:clinic_patient_change", args=[clinic_a.patient.pk]))
    assert page.status_code == 200
    assert "Anderson" not in page.content.decode()


def test_reveal_asks_for_a_reason_first_and_shows_nothing(client, clinic_a) -> None:
    otp_login(client, clinic_a.front_desk)
    page = client.get(reveal_url(clinic_a.patient)).content.decode()
    assert "Anderson" not in page
    assert not AuditEvent.objects.filter(action="reveal").exists()
    bad = client.post(reveal_url(clinic_a.patient), {"reason": "curiosity"}).content.decode()
    assert "Anderson" not in bad
    assert not AuditEvent.objects.filter(action="reveal").exists()


def test_front_desk_reveal_is_audited_and_shows_demographics_but_no_clinical_data(
    client, clinic_a
) -> None:
    ObservationFactory(patient=clinic_a.patient, value="6.6")
    otp_login(client, clinic_a.front_desk)
    page = client.post(reveal_url(clinic_a.patient), {"reason": "scheduling"}).content.decode()
    assert "Alice Anderson" in page
    assert clinic_a.patient.mrn in page
    assert "Lab results" not in page
    assert "6.6" not in page
    event = AuditEvent.objects.get(action="reveal")
    assert (event.actor_id, event.patient_id) == (clinic_a.front_desk.pk, clinic_a.patient.pk)
    assert event.detail == {"reason": "scheduling"}


def test_clinician_reveal_includes_clinical_records_and_audits_their_reads(
    client, clinic_a
) -> None:
    ObservationFactory(patient=clinic_a.patient, value="6.6")
    otp_login(client, clinic_a.clinician)
    page = client.post(reveal_url(clinic_a.patient), {"reason": "treatment"}).content.decode()
    assert "Lab results" in page
    assert "6.6" in page
    assert AuditEvent.objects.filter(
        action="read", entity_type="Observation", patient_id=clinic_a.patient.pk
    ).exists()


def test_reveal_of_another_organizations_patient_is_not_found(client, clinic_a, clinic_b) -> None:
    otp_login(client, clinic_a.clinician)
    response = client.post(reveal_url(clinic_b.patient), {"reason": "treatment"})
    assert response.status_code == 404
    assert "Brown" not in response.content.decode()
    assert not AuditEvent.objects.filter(action="reveal").exists()


def test_auditor_cannot_reveal(client, clinic_a) -> None:
    otp_login(client, clinic_a.auditor)
    response = client.post(reveal_url(clinic_a.patient), {"reason": "treatment"})
    assert response.status_code == 404
    assert not AuditEvent.objects.filter(action="reveal").exists()
