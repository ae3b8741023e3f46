"""End to end with the real model server (bin/test starts it and exports LLM_ENDPOINTS), and
the same flows with the server stopped (the client pointed at a dead port)."""

from __future__ import annotations

import datetime

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import timezone

from assistant.knowledge import kb_import
from clinic.models import Appointment, AppointmentStatus
from tests.assistant.conversation_fixtures import Chat
from tests.clinic import factories as f

needs_model = pytest.mark.skipif(
    not settings.LLM_ENDPOINTS, reason="no model server: set LLM_ENDPOINTS (bin/test starts one)"
)

SOURCE = "/kb/visits-preparing-for-your-visit#what-to-bring"

DEAD = {"LLM_ENDPOINTS": ["http://127.0.0.1:9/v1"], "LLM_CONNECT_TIMEOUT": 1, "LLM_RETRIES": 0}


def _book_latest_lab_then_cancel(chat: Chat, patient) -> list:
    # Five days ahead: patients may cancel online only until 24 hours before the start.
    day = (timezone.now() + datetime.timedelta(days=5)).date().isoformat()
    replies = [chat.say(f"I'd like to book an appointment with family medicine on {day}")]
    assert "1. " in replies[-1].text
    replies.append(chat.say("1"))
    assert "Shall I book" in replies[-1].text
    replies.append(chat.say("yes"))
    booked = Appointment.objects.get(patient=patient, status=AppointmentStatus.BOOKED)
    assert replies[-1].actions[0]["appointment_id"] == booked.pk

    replies.append(chat.say("What is my latest A1c result?"))
    assert "6.1 %" in replies[-1].text
    assert "(reference range 4.0-5.6)" in replies[-1].text

    replies.append(chat.say("please cancel my appointment"))
    assert "Shall I cancel" in replies[-1].text
    replies.append(chat.say("yes"))
    booked.refresh_from_db()
    assert booked.status == AppointmentStatus.CANCELLED
    return replies


@pytest.fixture
def demo_kb() -> None:
    kb_import(path=settings.KB_DIR)


@pytest.mark.llm
@needs_model
def test_book_read_latest_lab_and_cancel_with_the_real_model(clinic_a, demo_kb):
    f.ObservationFactory(patient=clinic_a.patient, value="6.1")
    chat = Chat(clinic_a.patient.user)
    replies = _book_latest_lab_then_cancel(chat, clinic_a.patient)
    assert not any(r.degraded for r in replies)
    answer = chat.say("What should I bring to my first visit?")
    assert answer.degraded is False
    # Either the model's draft passed the groundedness check or the passage is quoted; both
    # name their source.
    assert SOURCE in answer.text
    assert {"source": SOURCE, "title": "Preparing for your visit - What to bring"} in (
        answer.citations
    )
    if answer.replaced:
        assert "photo ID, your insurance card" in answer.text
    deferral = chat.say("Can I take ibuprofen with lisinopril?")
    assert "pharmacist" in deferral.text
    assert not deferral.citations


@pytest.mark.llm
def test_the_same_flows_work_with_the_model_server_stopped(clinic_a, demo_kb):
    f.ObservationFactory(patient=clinic_a.patient, value="6.1")
    with override_settings(**DEAD):
        chat = Chat(clinic_a.patient.user)
        _book_latest_lab_then_cancel(chat, clinic_a.patient)
        answer = chat.say("what should I bring to my first visit?")
    assert answer.degraded is True
    assert "limited right now" in answer.text
    assert "photo ID, your insurance card" in answer.text
    assert SOURCE in answer.text
