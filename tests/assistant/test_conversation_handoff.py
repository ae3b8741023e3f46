"""Talk to a human, emergencies and unsure turns go to the staff queue; staff replies show up
in the patient's conversation. Alerts say that something is waiting, never what."""

from __future__ import annotations

import pytest
from django.core import mail

from assistant.conversations import ports, selectors, services
from assistant.conversations.models import ConversationStatus, HandoffRequest, Message
from config.errors import Forbidden, NotFound
from tests.assistant.conversation_fixtures import *  # noqa: F403
from tests.assistant.conversation_fixtures import Chat


@pytest.mark.usefixtures("no_triage_hits", "model_down")
def test_asking_for_a_person_queues_the_conversation_and_alerts_staff_without_phi(
    clinic_a, django_capture_on_commit_callbacks
):
    clinic_a.org_admin.email = "admin@clinic-a.test"
    clinic_a.org_admin.save()
    chat = Chat(clinic_a.patient.user)
    with django_capture_on_commit_callbacks(execute=True):
        reply = chat.say("I want to talk to a real person about my knee pain")
    assert reply.handoff
    assert not reply.emergency
    handoff = HandoffRequest.objects.get(conversation=chat.conversation)
    assert handoff.reason == "patient_request"
    assert handoff.status == "open"
    assert "knee pain" in handoff.summary
    chat.conversation.refresh_from_db()
    assert chat.conversation.status == ConversationStatus.WAITING_FOR_STAFF
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == sorted(["admin@clinic-a.test", clinic_a.clinician.email])
    assert clinic_a.front_desk.email not in mail.outbox[0].to
    assert "knee" not in mail.outbox[0].body
    assert "Alice" not in mail.outbox[0].body


@pytest.mark.usefixtures("no_triage_hits", "model_down")
def test_a_staff_reply_appears_in_the_patients_conversation(clinic_a):
    chat = Chat(clinic_a.patient.user)
    chat.say("can I speak to a nurse")
    queue = selectors.handoff_queue(actor=clinic_a.front_desk)
    assert [h.conversation_id for h in queue] == [chat.conversation.pk]
    services.handoff_reply(
        actor=clinic_a.front_desk, handoff_id=queue[0].pk, text="Hello, this is the desk."
    )
    messages = selectors.conversation_messages(
        actor=clinic_a.patient.user, conversation_id=chat.conversation.pk
    )
    assert [m.role for m in messages] == ["patient", "assistant", "staff"]
    assert messages[-1].text == "Hello, this is the desk."
    assert selectors.handoff_queue(actor=clinic_a.front_desk) == []


@pytest.mark.usefixtures("no_triage_hits", "model_down")
def test_another_clinics_staff_cannot_see_or_answer_the_queue_entry(clinic_a, clinic_b):
    chat = Chat(clinic_a.patient.user)
    chat.say("talk to a human")
    handoff = HandoffRequest.objects.get()
    assert selectors.handoff_queue(actor=clinic_b.front_desk) == []
    with pytest.raises(NotFound):
        services.handoff_reply(actor=clinic_b.front_desk, handoff_id=handoff.pk, text="hi")
    with pytest.raises(Forbidden):
        services.handoff_reply(actor=clinic_a.auditor, handoff_id=handoff.pk, text="hi")
    with pytest.raises(Forbidden):
        selectors.handoff_queue(actor=clinic_a.patient.user)


def test_an_emergency_gets_the_fixed_reply_a_flag_and_an_urgent_alert_without_calling_the_model(
    clinic_a, fake_model, monkeypatch, django_capture_on_commit_callbacks
):
    clinic_a.clinician.email = "doc@clinic-a.test"
    clinic_a.clinician.save()
    monkeypatch.setattr(ports, "triage", lambda text: ports.TriageHit(text="Call 911 now."))
    chat = Chat(clinic_a.patient.user)
    with django_capture_on_commit_callbacks(execute=True):
        reply = chat.say("crushing chest pain and my left arm is numb")
    assert reply.text == "Call 911 now."
    assert reply.emergency
    assert reply.handoff
    assert fake_model.calls == []
    chat.conversation.refresh_from_db()
    assert chat.conversation.emergency
    assert HandoffRequest.objects.get().reason == "emergency"
    assert mail.outbox[0].subject.startswith("URGENT")
    assert "chest" not in mail.outbox[0].body


@pytest.mark.usefixtures("no_triage_hits")
def test_a_turn_the_model_is_unsure_about_goes_to_staff_with_a_model_summary(clinic_a, fake_model):
    fake_model.intent = {"intent": "other", "confidence": 0.1}
    chat = Chat(clinic_a.patient.user)
    reply = chat.say("blorp the frobnicator")
    assert reply.handoff
    handoff = HandoffRequest.objects.get()
    assert handoff.reason == "low_confidence"
    assert handoff.summary.startswith("Patient wants to talk to staff.")


def test_real_triage_flags_an_obvious_emergency(clinic_a, model_down):
    try:
        from assistant.triage import check  # noqa: F401
    except ImportError:
        pytest.skip("assistant.triage.check is not available yet")
    chat = Chat(clinic_a.patient.user)
    reply = chat.say("I have crushing chest pain and can't breathe")
    assert reply.emergency
    assert Message.objects.filter(conversation=chat.conversation, emergency=True).exists()
