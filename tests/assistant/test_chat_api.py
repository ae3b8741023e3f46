"""The REST API: JSON replies, server-sent events, scoping, never a 500."""

from __future__ import annotations

import json

import pytest
from django.db import connection

from assistant.conversations.models import Message
from tests.assistant.conversation_fixtures import *  # noqa: F403
from tests.assistant.conversation_fixtures import (
    CITATION,
    GROUNDED,
    NO_SHOW,
    SOURCE_LINE,
    Chat,
)

pytestmark = pytest.mark.usefixtures("no_triage_hits")

BASE = "/api/assistant/conversations"


def _start(client, user) -> int:
    client.force_login(user)
    response = client.post(BASE)
    assert response.status_code == 201
    return response.json()["id"]


def test_a_patient_creates_a_conversation_and_gets_a_json_reply(client, clinic_a, model_down):
    cid = _start(client, clinic_a.patient.user)
    response = client.post(
        f"{BASE}/{cid}/messages", {"text": "hello"}, content_type="application/json"
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {
        "message_id",
        "conversation_id",
        "text",
        "intent",
        "citations",
        "actions",
        "emergency",
        "handoff",
        "degraded",
        "replaced",
    }
    assert body["conversation_id"] == cid
    assert body["emergency"] is False
    assert "book, cancel or reschedule" in body["text"]
    listed = client.get(f"{BASE}/{cid}/messages").json()
    assert [m["role"] for m in listed] == ["patient", "assistant"]
    assert listed[0]["text"] == "hello"


def test_another_patients_conversation_answers_404_for_reading_and_writing(
    client, clinic_a, model_down
):
    cid = _start(client, clinic_a.patient.user)
    client.force_login(clinic_a.other_patient.user)
    assert client.get(f"{BASE}/{cid}/messages").status_code == 404
    response = client.post(
        f"{BASE}/{cid}/messages", {"text": "hi"}, content_type="application/json"
    )
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert Message.objects.filter(conversation_id=cid).count() == 0


def test_staff_cannot_start_a_patient_conversation_and_anonymous_users_are_refused(
    client, clinic_a
):
    client.force_login(clinic_a.front_desk)
    assert client.post(BASE).status_code == 403
    client.logout()
    assert client.post(BASE).status_code in (401, 403)


def test_an_empty_or_oversized_message_is_a_400_not_a_500(client, clinic_a, model_down):
    cid = _start(client, clinic_a.patient.user)
    assert (
        client.post(
            f"{BASE}/{cid}/messages", {"text": ""}, content_type="application/json"
        ).status_code
        == 400
    )
    assert (
        client.post(
            f"{BASE}/{cid}/messages", {"text": "x" * 5000}, content_type="application/json"
        ).status_code
        == 400
    )


def _events(response) -> list[tuple[str, dict]]:
    raw = b"".join(response.streaming_content).decode()
    events = []
    for block in raw.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_accepting_event_stream_streams_deltas_then_a_done_event_with_the_stored_reply(
    client, clinic_a, fake_model, no_show_policy
):
    fake_model.intent = {"intent": "general_question", "confidence": 0.9}
    fake_model.answer = GROUNDED
    cid = _start(client, clinic_a.patient.user)
    response = client.post(
        f"{BASE}/{cid}/messages",
        {"text": "what is the no-show fee?"},
        content_type="application/json",
        HTTP_ACCEPT="text/event-stream",
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/event-stream")
    events = _events(response)
    deltas = [data["text"] for kind, data in events if kind == "delta"]
    assert len(deltas) >= 2
    kind, done = events[-1]
    assert kind == "done"
    # The checked draft passes through, with its source listed after it.
    assert done["replaced"] is False
    assert done["text"] == f"{''.join(deltas).strip()}\n\nSource [1]: {SOURCE_LINE}"
    assert done["citations"] == [CITATION]
    assert Message.objects.get(pk=done["message_id"]).text == done["text"]


def test_a_streamed_request_for_another_patients_conversation_is_a_404(
    client, clinic_a, model_down
):
    cid = _start(client, clinic_a.patient.user)
    client.force_login(clinic_a.other_patient.user)
    response = client.post(
        f"{BASE}/{cid}/messages",
        {"text": "hi"},
        content_type="application/json",
        HTTP_ACCEPT="text/event-stream",
    )
    assert response.status_code == 404


def test_a_general_question_with_the_model_down_is_a_degraded_200(
    client, clinic_a, model_down, no_show_policy
):
    cid = _start(client, clinic_a.patient.user)
    body = client.post(
        f"{BASE}/{cid}/messages",
        {"text": "what happens if I miss an appointment?"},
        content_type="application/json",
    ).json()
    assert body["degraded"] is True
    assert body["replaced"] is False
    assert "limited right now" in body["text"]
    assert NO_SHOW.text in body["text"]
    assert f"Source [1]: {SOURCE_LINE}" in body["text"]
    assert body["citations"] == [CITATION]


def test_message_text_is_encrypted_at_rest_and_the_analytics_copy_is_redacted(
    client, clinic_a, model_down, django_capture_on_commit_callbacks
):
    cid = _start(client, clinic_a.patient.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{BASE}/{cid}/messages",
            {"text": "hi, call me at 617-555-0143"},
            content_type="application/json",
        )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT text, redacted_text FROM conversations_message WHERE role = 'patient'"
        )
        stored, redacted = cursor.fetchone()
    assert "617-555-0143" not in stored
    assert "617-555-0143" not in redacted
    assert redacted == "hi, call me at [PHONE]"


def test_a_failing_redaction_engine_stores_withheld_not_the_text(
    clinic_a, model_down, monkeypatch, django_capture_on_commit_callbacks
):
    import compliance.redaction

    def broken(text, tier="full"):
        raise RuntimeError("engine down")

    monkeypatch.setattr(compliance.redaction, "redact_text", broken)
    chat = Chat(clinic_a.patient.user)
    with django_capture_on_commit_callbacks(execute=True):
        chat.say("hello")
    assert set(Message.objects.values_list("redacted_text", flat=True)) == {"[withheld]"}
