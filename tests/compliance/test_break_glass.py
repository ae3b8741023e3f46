from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from clinic.roles import actor_for, patient_for_clinical_read
from compliance.access import active_break_glass, break_glass_open
from compliance.models import AuditEvent, BreakGlassGrant
from config.errors import Forbidden, InvalidInput, NotFound

pytestmark = pytest.mark.django_db

REASON = "Unconscious patient brought to our ED; needs allergy history now"


def test_a_clinician_opens_another_clinics_record_only_with_a_reason_and_it_is_audited(
    clinician_b, patient_a, django_capture_on_commit_callbacks
):
    with pytest.raises(NotFound):
        patient_for_clinical_read(actor_for(clinician_b), patient_a.pk)

    with django_capture_on_commit_callbacks(execute=True):
        grant = break_glass_open(
            actor=clinician_b,
            patient_id=patient_a.pk,
            reason=REASON,
            notify_emails=["privacy-officer@clinic-a.test"],
        )

    patient, via_break_glass = patient_for_clinical_read(actor_for(clinician_b), patient_a.pk)
    assert (patient.pk, via_break_glass) == (patient_a.pk, True)
    assert BreakGlassGrant.objects.get(pk=grant.pk).reason == REASON
    event = AuditEvent.objects.get(action="break-glass")
    assert (event.actor_id, event.patient_id, event.purpose) == (
        clinician_b.pk,
        patient_a.pk,
        "ETREAT",
    )
    assert event.detail["grant_id"] == grant.pk
    assert REASON not in str(event.detail)


def test_the_admin_is_notified_without_the_reason(
    clinician_b, patient_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        grant = break_glass_open(
            actor=clinician_b,
            patient_id=patient_a.pk,
            reason=REASON,
            notify_emails=["privacy-officer@clinic-a.test"],
        )

    (message,) = mail.outbox
    assert message.to == ["privacy-officer@clinic-a.test"]
    assert f"patient record id {patient_a.pk}" in message.body
    assert f"grant {grant.pk}" in message.body
    assert "allergy" not in message.body
    assert patient_a.family_name not in message.body


def test_access_ends_when_the_grant_expires(clinician_b, patient_a):
    grant = break_glass_open(
        actor=clinician_b, patient_id=patient_a.pk, reason=REASON, notify_emails=["a@b.test"]
    )
    assert active_break_glass(clinician_b, patient_a.pk)
    assert grant.expires_at - grant.opened_at == timedelta(minutes=60)

    BreakGlassGrant.objects.filter(pk=grant.pk).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )

    assert not active_break_glass(clinician_b, patient_a.pk)
    with pytest.raises(NotFound):
        patient_for_clinical_read(actor_for(clinician_b), patient_a.pk)


@pytest.mark.parametrize("reason", ["", "   ", "because"])
def test_no_grant_without_a_real_reason(clinician_b, patient_a, reason):
    with pytest.raises(InvalidInput, match="reason"):
        break_glass_open(
            actor=clinician_b, patient_id=patient_a.pk, reason=reason, notify_emails=["a@b.test"]
        )

    assert not BreakGlassGrant.objects.exists()
    assert not AuditEvent.objects.filter(action="break-glass").exists()


def test_only_clinicians_can_break_the_glass(front_desk_a, patient_b):
    with pytest.raises(Forbidden):
        break_glass_open(
            actor=front_desk_a, patient_id=patient_b.pk, reason=REASON, notify_emails=["a@b.test"]
        )
    assert not BreakGlassGrant.objects.exists()


def test_a_grant_must_notify_someone_valid(clinician_b, patient_a):
    with pytest.raises(InvalidInput, match="notify"):
        break_glass_open(
            actor=clinician_b, patient_id=patient_a.pk, reason=REASON, notify_emails=[]
        )
    with pytest.raises(InvalidInput, match="e-mail"):
        break_glass_open(
            actor=clinician_b, patient_id=patient_a.pk, reason=REASON, notify_emails=["nope"]
        )
