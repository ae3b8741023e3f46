"""The patient pages through Django's test client: who may open them, what they show, and
that every form carries CSRF and every script the CSP nonce."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from clinic.models import Appointment, AppointmentStatus
from compliance.models import AuditEvent
from tests.clinic import factories as f
from tests.clinic.helpers import local_slot, otp_login

pytestmark = pytest.mark.django_db

PATIENT_PAGES = ["portal:chat", "portal:appointments", "portal:records", "portal:access-log"]


@pytest.mark.parametrize("name", PATIENT_PAGES)
def test_anonymous_visitors_are_sent_to_the_sign_in_page(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("portal:login"))


@pytest.mark.parametrize("name", PATIENT_PAGES)
def test_staff_cannot_use_the_patient_pages_and_are_pointed_to_the_console(client, clinic_a, name):
    otp_login(client, clinic_a.clinician)
    response = client.get(reverse(name))
    assert response.status_code == 403
    assert reverse("portal-staff:index") in response.content.decode()


def test_sign_in_page_has_labelled_fields_and_a_csrf_token(client):
    html = client.get(reverse("portal:login")).content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<label for="id_username">' in html
    assert '<label for="id_password">' in html


def test_a_patient_signs_in_with_a_password_and_lands_on_the_chat(client, clinic_a):
    user = clinic_a.patient.user
    user.set_password("a long enough passphrase 42")
    user.save()
    response = client.post(
        reverse("portal:login"),
        {"username": user.username, "password": "a long enough passphrase 42"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:chat")
    assert AuditEvent.objects.filter(action="login", actor_id=user.pk).exists()


def test_staff_are_not_signed_in_by_the_portal_form_without_their_second_factor(client, clinic_a):
    user = clinic_a.front_desk
    user.set_password("a long enough passphrase 42")
    user.save()
    response = client.post(
        reverse("portal:login"),
        {"username": user.username, "password": "a long enough passphrase 42"},
    )
    assert response.status_code == 200
    assert reverse("admin:login") in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_signing_out_needs_a_post_and_says_why_on_the_sign_in_page(patient_client, clinic_a):
    assert patient_client.get(reverse("portal:logout")).status_code == 405
    response = patient_client.post(reverse("portal:logout"), {"reason": "idle"}, follow=True)
    assert "signed out because the page was idle" in response.content.decode()
    assert patient_client.get(reverse("portal:records")).status_code == 302
    event = AuditEvent.objects.filter(action="logout", actor_id=clinic_a.patient.user.pk).get()
    assert event.detail == {"reason": "idle"}


def test_every_script_on_a_page_carries_the_nonce_of_the_content_security_policy(patient_client):
    response = patient_client.get(reverse("portal:records"))
    policy = response["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    scripts = re.findall(r"<script[^>]*>", response.content.decode())
    assert scripts, "the page loads its script"
    assert all(f'nonce="{nonce}"' in tag for tag in scripts)
    assert "unsafe-inline" not in policy
    assert " style=" not in response.content.decode()


def test_pages_load_nothing_from_another_origin(patient_client):
    html = patient_client.get(reverse("portal:chat")).content.decode()
    assert not re.search(r'(src|href)="(https?:)?//', html)


def test_records_page_lists_labs_with_ranges_and_the_other_sections(
    patient_client, clinic_a, a1c_history
):
    f.MedicationStatementFactory(patient=clinic_a.patient)
    f.AllergyIntoleranceFactory(patient=clinic_a.patient)
    f.ImmunizationFactory(patient=clinic_a.patient)
    html = patient_client.get(reverse("portal:records")).content.decode()
    assert "Hemoglobin A1c/Hemoglobin.total in Blood" in html
    assert "5.4 %" in html
    assert "4.0-5.6" in html
    assert "(3 results)" in html
    assert "metformin hydrochloride 500 MG Oral Tablet" in html
    assert "500 mg twice daily with meals" in html
    assert "Allergy to penicillin" in html
    assert "Reaction: Hives" in html
    assert "Influenza, seasonal" in html


def test_a_patient_never_sees_another_patients_records(patient_client, clinic_a):
    f.ObservationFactory(patient=clinic_a.other_patient, display="Lipid panel", code="57698-3")
    html = patient_client.get(reverse("portal:records")).content.decode()
    assert "Lipid panel" not in html
    response = patient_client.get(reverse("portal:lab-detail", args=["57698-3"]))
    assert response.status_code == 404


def test_lab_detail_draws_a_trend_with_out_of_range_points_marked(patient_client, a1c_history):
    response = patient_client.get(reverse("portal:lab-detail", args=["4548-4"]))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<svg viewBox="0 0 320 160" role="img"' in html
    assert html.count("<circle") == 3
    assert html.count('fill="#b3261e"') == 2  # 7.2 and 6.4 are above 5.6
    assert "Reference range: <strong>4.0-5.6</strong>" in html
    assert "<polyline" in html
    assert 'class="chart__band"' in html


def test_a_single_result_shows_no_chart(patient_client, clinic_a):
    f.ObservationFactory(patient=clinic_a.patient)
    html = patient_client.get(reverse("portal:lab-detail", args=["4548-4"])).content.decode()
    assert "<svg" not in html
    assert "6.1" in html


def test_viewing_records_is_written_to_the_audit_trail(patient_client, clinic_a, a1c_history):
    patient_client.get(reverse("portal:lab-detail", args=["4548-4"]))
    event = AuditEvent.objects.filter(entity_type="Observation").latest("seq")
    assert event.patient_id == clinic_a.patient.pk
    assert event.actor_id == clinic_a.patient.user.pk
    assert event.detail["count"] == 3


def test_appointments_page_lists_only_the_patients_own_upcoming_bookings(patient_client, clinic_a):
    mine = f.AppointmentFactory(
        patient=clinic_a.patient, practitioner=clinic_a.practitioner, location=clinic_a.location
    )
    f.AppointmentFactory(
        patient=clinic_a.other_patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=timezone.now() + datetime.timedelta(days=4),
    )
    html = patient_client.get(reverse("portal:appointments")).content.decode()
    assert f'id="appointment-{mine.pk}"' in html
    assert html.count('class="card appointment"') == 1
    assert "PracA Testdoc" in html


def test_cancelling_asks_for_confirmation_then_cancels(patient_client, clinic_a):
    appointment = f.AppointmentFactory(
        patient=clinic_a.patient, practitioner=clinic_a.practitioner, location=clinic_a.location
    )
    url = reverse("portal:appointment-cancel", args=[appointment.pk])
    page = patient_client.get(url).content.decode()
    assert "Cancel this appointment?" in page
    assert 'name="csrfmiddlewaretoken"' in page
    appointment.refresh_from_db()
    assert appointment.status == AppointmentStatus.BOOKED

    response = patient_client.post(url, follow=True)
    appointment.refresh_from_db()
    assert appointment.status == AppointmentStatus.CANCELLED
    assert "Your appointment has been cancelled." in response.content.decode()


def test_a_patient_cannot_cancel_another_patients_appointment(patient_client, clinic_a):
    theirs = f.AppointmentFactory(
        patient=clinic_a.other_patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
    )
    response = patient_client.post(reverse("portal:appointment-cancel", args=[theirs.pk]))
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == AppointmentStatus.BOOKED


def test_cancelling_inside_the_cutoff_is_refused_with_the_reason(patient_client, clinic_a):
    soon = f.AppointmentFactory(
        patient=clinic_a.patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=timezone.now() + datetime.timedelta(hours=2),
    )
    response = patient_client.post(
        reverse("portal:appointment-cancel", args=[soon.pk]), follow=True
    )
    assert "please call the clinic" in response.content.decode()
    soon.refresh_from_db()
    assert soon.status == AppointmentStatus.BOOKED


def test_rescheduling_offers_free_times_confirms_then_moves_the_appointment(
    patient_client, clinic_a
):
    old = f.AppointmentFactory(
        patient=clinic_a.patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=local_slot(clinic_a.location, days_ahead=3, hour=10),
    )
    old.end = old.start + datetime.timedelta(minutes=30)
    old.save()
    url = reverse("portal:appointment-reschedule", args=[old.pk])
    choices = re.findall(r'href="\?start=([^"]+)"', patient_client.get(url).content.decode())
    assert choices, "free slots are offered"

    confirm = patient_client.get(url, {"start": _unquote(choices[1])}).content.decode()
    assert "Move your appointment?" in confirm
    assert Appointment.objects.filter(patient=clinic_a.patient, status="booked").get().pk == old.pk

    patient_client.post(url, {"new_start": _unquote(choices[1])})
    old.refresh_from_db()
    assert old.status == AppointmentStatus.CANCELLED
    new = Appointment.objects.get(patient=clinic_a.patient, status="booked")
    assert new.rescheduled_from_id == old.pk
    assert new.start.isoformat() == _unquote(choices[1])


def _unquote(value: str) -> str:
    from urllib.parse import unquote

    return unquote(value.replace("&amp;", "&"))


def test_access_log_shows_staff_reads_of_my_record_but_not_my_own(
    patient_client, client, clinic_a, a1c_history
):
    from clinic import selectors

    selectors.observations_for_patient(actor=clinic_a.clinician, patient_id=clinic_a.patient.pk)
    patient_client.get(reverse("portal:records"))
    html = patient_client.get(reverse("portal:access-log")).content.decode()
    assert "clinician.a" in html
    assert "Lab results viewed" in html
    assert "Clinician" in html
    assert clinic_a.patient.user.username not in html


def test_access_log_does_not_show_other_patients_events(patient_client, clinic_a):
    from clinic import selectors

    selectors.observations_for_patient(
        actor=clinic_a.clinician, patient_id=clinic_a.other_patient.pk
    )
    html = patient_client.get(reverse("portal:access-log")).content.decode()
    assert "Nobody else has accessed your record yet." in html


def test_keepalive_answers_the_remaining_idle_time(patient_client, settings):
    settings.SESSION_IDLE_TIMEOUT_SECONDS = 120
    response = patient_client.post(reverse("portal:keepalive"))
    assert response.json() == {"remaining_seconds": 120}


def test_every_page_tells_the_script_the_idle_timeout_and_has_the_warning(patient_client, settings):
    settings.SESSION_IDLE_TIMEOUT_SECONDS = 300
    html = patient_client.get(reverse("portal:appointments")).content.decode()
    assert 'data-idle-timeout="300"' in html
    assert 'data-idle-warning="60"' in html
    assert 'role="alertdialog"' in html
    assert 'id="idle-logout-form"' in html
