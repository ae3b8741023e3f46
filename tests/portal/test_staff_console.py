"""The staff console pages in the admin: each role sees only what it may, and every
sensitive action leaves an audit event."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from assistant.conversations import services as conversation_services
from assistant.conversations.models import HandoffRequest, HandoffStatus, Message
from compliance.models import AuditEvent, BreakGlassGrant
from tests.assistant.conversation_fixtures import *  # noqa: F403
from tests.clinic import factories as f
from tests.clinic.helpers import otp_login

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_triage_hits", "model_down")]


PATIENT_WORDS = (
    "Can I talk to a person please? Write to alice.anderson@example.test or call 555-867-5309"
)


@pytest.fixture
def handoff(clinic_a, django_capture_on_commit_callbacks):
    user = clinic_a.patient.user
    conversation = conversation_services.conversation_create(patient_user=user)
    with django_capture_on_commit_callbacks(execute=True):
        conversation_services.conversation_post_message(
            actor=user, conversation_id=conversation.pk, text=PATIENT_WORDS
        )
    return HandoffRequest.objects.get(conversation=conversation)


def test_staff_without_a_verified_second_factor_are_sent_to_the_admin_sign_in(client, clinic_a):
    client.force_login(clinic_a.front_desk)
    response = client.get(reverse("portal-staff:handoffs"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_patients_cannot_open_the_staff_console(client, clinic_a):
    client.force_login(clinic_a.patient.user)
    response = client.get(reverse("portal-staff:handoffs"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_staff_answer_a_handoff_and_the_patient_sees_the_reply_in_the_chat(
    client, clinic_a, handoff
):
    otp_login(client, clinic_a.front_desk)
    queue = client.get(reverse("portal-staff:handoffs")).content.decode()
    assert f"Hand-off #{handoff.pk}" in queue
    assert "Patient asked for a person" in queue

    page = client.get(reverse("portal-staff:handoff", args=[handoff.pk])).content.decode()
    assert PATIENT_WORDS in page
    assert 'name="csrfmiddlewaretoken"' in page

    client.post(
        reverse("portal-staff:handoff", args=[handoff.pk]),
        {"text": "Hello, this is Sam at the desk."},
    )
    handoff.refresh_from_db()
    assert handoff.status == HandoffStatus.ANSWERED
    assert handoff.answered_by == clinic_a.front_desk
    assert Message.objects.filter(conversation=handoff.conversation, role="staff").get().text == (
        "Hello, this is Sam at the desk."
    )

    client.force_login(clinic_a.patient.user)
    chat = client.get(reverse("portal:chat")).content.decode()
    assert "Hello, this is Sam at the desk." in chat
    assert "Clinic staff" in chat


def test_another_clinics_staff_cannot_see_or_answer_the_handoff(client, clinic_b, handoff):
    otp_login(client, clinic_b.front_desk)
    assert (
        f"Hand-off #{handoff.pk}"
        not in client.get(reverse("portal-staff:handoffs")).content.decode()
    )
    response = client.post(reverse("portal-staff:handoff", args=[handoff.pk]), {"text": "hi"})
    assert response.status_code == 404
    handoff.refresh_from_db()
    assert handoff.status == HandoffStatus.OPEN


def test_conversation_review_is_masked_until_an_audited_reveal(client, clinic_a, handoff):
    otp_login(client, clinic_a.clinician)
    url = reverse("portal-staff:conversation", args=[handoff.conversation_id])
    masked = client.get(url).content.decode()
    assert "alice.anderson@example.test" not in masked
    assert "555-867-5309" not in masked
    assert "Can I talk to a person please?" in masked
    assert "Reveal (audited)" in masked
    assert not AuditEvent.objects.filter(action="reveal").exists()

    assert client.post(url, {"reason": ""}).status_code == 400
    revealed = client.post(url, {"reason": "quality"}).content.decode()
    assert PATIENT_WORDS in revealed
    event = AuditEvent.objects.get(action="reveal")
    assert event.actor_id == clinic_a.clinician.pk
    assert event.patient_id == clinic_a.patient.pk
    assert event.detail["reason"] == "quality"


def test_todays_schedule_lists_each_practitioners_appointments(client, clinic_a):
    from django.utils import timezone

    f.AppointmentFactory(
        patient=clinic_a.patient,
        practitioner=clinic_a.practitioner,
        location=clinic_a.location,
        start=timezone.now(),
    )
    otp_login(client, clinic_a.front_desk)
    html = client.get(
        reverse("portal-staff:schedule"), {"day": timezone.now().date().isoformat()}
    ).content.decode()
    assert "PracA Testdoc" in html
    assert "Alice Anderson" in html


def test_the_audit_trail_is_for_auditors_only_and_filters(client, clinic_a):
    otp_login(client, clinic_a.front_desk)
    assert client.get(reverse("portal-staff:audit")).status_code == 403

    from clinic import selectors

    selectors.observations_for_patient(actor=clinic_a.clinician, patient_id=clinic_a.patient.pk)
    selectors.observations_for_patient(
        actor=clinic_a.clinician, patient_id=clinic_a.other_patient.pk
    )
    otp_login(client, clinic_a.auditor)
    html = client.get(
        reverse("portal-staff:audit"), {"patient_id": clinic_a.patient.pk, "action": "read"}
    ).content.decode()
    patient_cells = re.findall(r"<td>Observation</td>\s*<td>(\d+)</td>", html)
    assert patient_cells == [str(clinic_a.patient.pk)]
    search = AuditEvent.objects.filter(entity_type="AuditEvent", action="search").get()
    assert search.actor_id == clinic_a.auditor.pk
    assert search.detail == {"filters": ["action", "patient_id"]}


def test_the_audit_trail_offers_no_way_to_change_events(client, clinic_a):
    otp_login(client, clinic_a.auditor)
    html = client.get(reverse("portal-staff:audit")).content.decode()
    posting_forms = [
        form for form in re.findall(r"<form[^>]*>", html) if 'method="post"' in form.lower()
    ]
    assert all("logout" in form for form in posting_forms)  # only the admin's sign-out


def test_break_glass_needs_a_reason_then_opens_the_other_clinics_record(client, clinic_a, clinic_b):
    f.ObservationFactory(patient=clinic_b.patient, display="Troponin I")
    otp_login(client, clinic_a.clinician)
    records_url = reverse("portal-staff:patient-records", args=[clinic_b.patient.pk])
    assert client.get(records_url).status_code == 404

    url = reverse("portal-staff:break-glass")
    client.post(url, {"patient_id": clinic_b.patient.pk, "reason": "short"})
    assert not BreakGlassGrant.objects.exists()

    response = client.post(
        url, {"patient_id": clinic_b.patient.pk, "reason": "Unconscious in our ER, needs history"}
    )
    assert response.status_code == 302
    assert response["Location"] == records_url
    assert "Troponin I" in client.get(records_url).content.decode()
    assert AuditEvent.objects.filter(action="break-glass", patient_id=clinic_b.patient.pk).exists()
    assert AuditEvent.objects.filter(entity_type="Observation", purpose="ETREAT").exists()


def test_only_clinicians_may_break_the_glass(client, clinic_a, clinic_b):
    otp_login(client, clinic_a.front_desk)
    response = client.post(
        reverse("portal-staff:break-glass"),
        {"patient_id": clinic_b.patient.pk, "reason": "Unconscious in our ER, needs history"},
    )
    assert response.status_code == 403
    assert not BreakGlassGrant.objects.exists()
