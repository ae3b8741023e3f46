"""Chat answers go through assistant.answers: deferral first, then a draft that must pass
check_grounded, else the best passage quoted with its source. And bearer tokens work."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from assistant.conversations.models import Message
from compliance.models import ApiToken
from tests.assistant.conversation_fixtures import *  # noqa: F403
from tests.assistant.conversation_fixtures import (
    CITATION,
    GROUNDED,
    NO_SHOW,
    SOURCE_LINE,
    UNGROUNDED,
    FakeModel,
)

pytestmark = pytest.mark.usefixtures("no_triage_hits", "no_show_policy")

BASE = "/api/assistant/conversations"
INTERACTION = "Can I take ibuprofen with lisinopril?"


def _post(client: Client, user: Any, text: str, *, stream: bool = False) -> Any:
    client.force_login(user)
    cid = client.post(BASE).json()["id"]
    extra = {"HTTP_ACCEPT": "text/event-stream"} if stream else {}
    return client.post(
        f"{BASE}/{cid}/messages", {"text": text}, content_type="application/json", **extra
    )


def _events(response: Any) -> list[tuple[str, dict]]:
    raw = b"".join(response.streaming_content).decode()
    events = []
    for block in raw.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def _assert_is_the_quoted_policy(reply: dict) -> None:
    assert reply["replaced"] is True
    assert reply["text"].startswith('Here is what our clinic information says ("Cancellation')
    assert f'"{NO_SHOW.text}"' in reply["text"]
    assert f"Source [1]: {SOURCE_LINE}" in reply["text"]
    assert reply["citations"] == [CITATION]
    assert "$40" not in reply["text"]
    assert "ibuprofen" not in reply["text"]
    stored = Message.objects.get(pk=reply["message_id"])
    assert stored.text == reply["text"]
    assert stored.citations == [CITATION]


@pytest.fixture
def answering_model(fake_model: FakeModel) -> FakeModel:
    fake_model.intent = {"intent": "general_question", "confidence": 0.9}
    return fake_model


def test_an_ungrounded_draft_is_replaced_by_the_quoted_passage_in_a_json_reply(
    client, clinic_a, answering_model
):
    answering_model.answer = UNGROUNDED
    reply = _post(client, clinic_a.patient.user, "what is the no-show fee?").json()
    assert [kind for kind, _ in answering_model.calls] == ["stream_chat"]
    _assert_is_the_quoted_policy(reply)
    assert reply["degraded"] is False


def test_an_ungrounded_streamed_draft_is_replaced_in_the_done_event_and_in_storage(
    client, clinic_a, answering_model
):
    answering_model.answer = UNGROUNDED
    response = _post(client, clinic_a.patient.user, "what is the no-show fee?", stream=True)
    events = _events(response)
    deltas = "".join(data["text"] for kind, data in events if kind == "delta")
    assert "$40" in deltas  # the draft was streamed as it came ...
    kind, done = events[-1]
    assert kind == "done"
    _assert_is_the_quoted_policy(done)  # ... and the checked text replaces it


def test_a_grounded_draft_passes_through_with_its_citation(client, clinic_a, answering_model):
    answering_model.answer = GROUNDED
    reply = _post(client, clinic_a.patient.user, "what is the no-show fee?").json()
    assert reply["replaced"] is False
    assert reply["text"] == f"{GROUNDED}\n\nSource [1]: {SOURCE_LINE}"
    assert reply["citations"] == [CITATION]
    assert Message.objects.get(pk=reply["message_id"]).text == reply["text"]
    # The model was given the passage, numbered, with the answers.py prompt.
    ((_, messages),) = answering_model.calls
    assert "using ONLY the numbered sources" in messages[0]["content"]
    assert f"[1] {NO_SHOW.document_title} - {NO_SHOW.heading}" in messages[-1]["content"]


@pytest.mark.parametrize("stream", [False, True])
def test_a_drug_interaction_question_is_deferred_without_calling_the_model(
    client, clinic_a, answering_model, stream
):
    response = _post(client, clinic_a.patient.user, INTERACTION, stream=stream)
    reply = _events(response)[-1][1] if stream else response.json()
    assert reply["text"].startswith("I can't safely answer questions about whether medicines")
    assert "pharmacist" in reply["text"]
    assert "book you an appointment" in reply["text"]
    assert reply["citations"] == []
    assert answering_model.calls == []
    assert Message.objects.get(pk=reply["message_id"]).text == reply["text"]


def test_an_appointment_question_is_not_mistaken_for_a_diagnosis(chat_a, answering_model):
    from assistant.answers import is_out_of_scope

    assert is_out_of_scope("do I have any appointments next week?") is None
    assert is_out_of_scope("do I have diabetes?") == "diagnosis"


class _BreaksMidStream(FakeModel):
    def stream_chat(self, messages: list[dict[str, str]], **kwargs: Any) -> Iterator[str]:
        self._check("stream_chat", messages)
        yield "The no-show fee "
        from assistant.llm.errors import LLMUnavailable

        raise LLMUnavailable("stream broke")


def test_a_model_that_breaks_off_mid_answer_leaves_the_quoted_passage(
    client, clinic_a, monkeypatch
):
    from assistant.conversations import ports

    model = _BreaksMidStream(intent={"intent": "general_question", "confidence": 0.9})
    monkeypatch.setattr(ports, "llm_client", lambda: model)
    events = _events(_post(client, clinic_a.patient.user, "what is the fee?", stream=True))
    done = events[-1][1]
    assert done["degraded"] is True
    assert done["text"].startswith("The assistant is limited right now")
    assert NO_SHOW.text in done["text"]
    assert Message.objects.get(pk=done["message_id"]).text == done["text"]


# --- bearer tokens -------------------------------------------------------------------------
PASSWORD = "correct horse battery staple"


def _bearer_client(user: Any) -> tuple[Client, str]:
    user.set_password(PASSWORD)
    user.save(update_fields=["password"])
    client = Client(enforce_csrf_checks=True)  # API clients send no CSRF token
    response = client.post(
        "/api/auth/token",
        {"username": user.get_username(), "password": PASSWORD},
        content_type="application/json",
    )
    assert response.status_code == 201
    return client, response.json()["token"]


def test_a_patient_chats_with_a_bearer_token(clinic_a, answering_model):
    answering_model.answer = GROUNDED
    client, token = _bearer_client(clinic_a.patient.user)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    created = client.post(BASE, **auth)
    assert created.status_code == 201
    cid = created.json()["id"]
    reply = client.post(
        f"{BASE}/{cid}/messages",
        {"text": "what is the no-show fee?"},
        content_type="application/json",
        **auth,
    )
    assert reply.status_code == 200
    assert reply.json()["citations"] == [CITATION]
    listed = client.get(f"{BASE}/{cid}/messages", **auth).json()
    assert [m["role"] for m in listed] == ["patient", "assistant"]
    assert Message.objects.filter(conversation_id=cid).count() == 2


def test_an_expired_bearer_token_is_refused_and_nothing_is_stored(clinic_a, answering_model):
    client, token = _bearer_client(clinic_a.patient.user)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    cid = client.post(BASE, **auth).json()["id"]
    ApiToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    response = client.post(
        f"{BASE}/{cid}/messages", {"text": "hello"}, content_type="application/json", **auth
    )
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["error"]["message"] == "Invalid or expired token."
    assert client.post(BASE, **auth).status_code == 401
    assert not Message.objects.filter(conversation_id=cid).exists()
