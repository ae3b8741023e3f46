"""Fixtures for the conversation tests: a fake model, and helpers to talk to the assistant.

The fake model is for failure and adversarial tests only; tests marked ``llm`` use the real
server. Import the fixtures with ``from tests.assistant.conversation_fixtures import *``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from assistant.conversations import ports, services
from assistant.knowledge.search import Passage
from assistant.llm.errors import LLMUnavailable

NO_SHOW = Passage(
    chunk_id=1,
    document_title="Cancellation and missed appointment policy",
    heading="Missed appointments",
    anchor="missed-appointments",
    url="/kb/policies-cancellation#missed-appointments",
    text="An appointment missed without 24 hours' notice is a no-show. The first no-show in a "
    "year has no fee. After that, a no-show fee of $25 is charged; insurance does not cover it.",
    score=3.2,
)
SOURCE_LINE = (
    "Cancellation and missed appointment policy - Missed appointments "
    "(/kb/policies-cancellation#missed-appointments)"
)
CITATION = {
    "source": "/kb/policies-cancellation#missed-appointments",
    "title": "Cancellation and missed appointment policy - Missed appointments",
}
# What the fake model drafts: one answer the sources back, one they do not.
GROUNDED = "After the first no-show in a year, a no-show fee of $25 is charged [1]."
UNGROUNDED = "The no-show fee is $40, and ibuprofen is safe to take with lisinopril [1]."


class FakeModel:
    """Scripted stand-in for ``assistant.llm`` clients; records every call."""

    def __init__(
        self,
        *,
        intent: dict[str, Any] | None = None,
        answer: str = "A short answer.",
        down: bool = False,
    ) -> None:
        self.intent = intent or {"intent": "other", "confidence": 0.2}
        self.answer = answer
        self.down = down
        self.calls: list[tuple[str, list[dict[str, str]]]] = []

    def _check(self, kind: str, messages: list[dict[str, str]]) -> None:
        self.calls.append((kind, messages))
        if self.down:
            raise LLMUnavailable("no model endpoint answered")

    def chat_json(self, messages: list[dict[str, str]], **kwargs: Any) -> dict[str, Any]:
        self._check("chat_json", messages)
        return dict(self.intent)

    def chat(self, messages: list[dict[str, str]], **kwargs: Any) -> str:
        self._check("chat", messages)
        return "Patient wants to talk to staff."

    def stream_chat(self, messages: list[dict[str, str]], **kwargs: Any) -> Iterator[str]:
        self._check("stream_chat", messages)
        for word in self.answer.split(" "):
            yield word + " "


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> FakeModel:
    model = FakeModel()
    monkeypatch.setattr(ports, "llm_client", lambda: model)
    return model


@pytest.fixture
def model_down(monkeypatch: pytest.MonkeyPatch) -> FakeModel:
    model = FakeModel(down=True)
    monkeypatch.setattr(ports, "llm_client", lambda: model)
    return model


@pytest.fixture
def no_triage_hits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keeps these tests about the pipeline; triage has its own tests."""
    monkeypatch.setattr(ports, "triage", lambda text: None)


@pytest.fixture
def no_show_policy(monkeypatch: pytest.MonkeyPatch) -> Passage:
    """Retrieval finds the no-show policy, whatever the question."""
    monkeypatch.setattr(ports, "search", lambda query, k=3: [NO_SHOW])
    return NO_SHOW


class Chat:
    """A conversation of one patient, through the services the API calls."""

    def __init__(self, user: Any) -> None:
        self.user = user
        self.conversation = services.conversation_create(patient_user=user)

    def say(self, text: str):
        return services.conversation_post_message(
            actor=self.user, conversation_id=self.conversation.pk, text=text
        )


@pytest.fixture
def chat_a(clinic_a: Any, django_capture_on_commit_callbacks: Any) -> Chat:
    return Chat(clinic_a.patient.user)
