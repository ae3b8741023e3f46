"""The LLM client against a real vLLM server with the default model.

``bin/test`` (and ``.ci/run``) start the server once with the project's own commands
(``manage.py prepare_model`` then ``manage.py llm_serve --detach``) and export
``LLM_ENDPOINTS`` and ``LLM_API_KEY``; every test here reuses it. Generations are kept short
because the CPU is small and shared.
"""

from __future__ import annotations

import pytest
from django.conf import settings

from assistant.llm import LLMClient, Timeouts
from tests.assistant.fake_llm_server import dead_endpoint

pytestmark = [
    pytest.mark.llm,
    pytest.mark.skipif(
        not settings.LLM_ENDPOINTS,
        reason="LLM_ENDPOINTS is not set: start a server with `manage.py llm_serve --detach` "
        "and export LLM_ENDPOINTS/LLM_API_KEY (bin/test does this)",
    ),
]

CONTEXT = (
    "You are the front desk assistant of Maple Clinic. Answer only from this context.\n"
    "Context: Maple Clinic is open Monday to Friday, 8am to 6pm. Parking is free."
)


@pytest.fixture(scope="module")
def client() -> LLMClient:
    client = LLMClient(
        list(settings.LLM_ENDPOINTS),
        api_key=settings.LLM_API_KEY,
        model=settings.LLM_MODEL,
        timeouts=Timeouts(connect=3, first_token=60, total=120),
        retries=1,
    )
    yield client
    client.close()


def ask(question: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": CONTEXT}, {"role": "user", "content": question}]


def test_chat_completion_answers_from_the_given_context(client):
    result = client.chat(ask("On which days is the clinic open?"), max_tokens=32)
    assert "monday" in result.text.lower() or "friday" in result.text.lower()
    assert result.usage.prompt_tokens > 20
    assert 0 < result.usage.completion_tokens <= 32
    assert result.endpoint == settings.LLM_ENDPOINTS[0].rstrip("/")
    assert result.latency_ms > 0


def test_streamed_completion_arrives_in_several_deltas_with_usage(client):
    stream = client.stream_chat(ask("Is parking free?"), max_tokens=24)
    deltas = list(stream)
    assert len(deltas) > 2
    assert "".join(deltas).strip()
    assert 0 < stream.usage.completion_tokens <= 24
    assert stream.ttft_ms < stream.latency_ms


SCHEMA = {
    "type": "object",
    "properties": {
        "open_days": {"type": "array", "items": {"type": "string"}, "maxItems": 7},
        "parking_free": {"type": "boolean"},
    },
    "required": ["open_days", "parking_free"],
    "additionalProperties": False,
}


def test_structured_output_validates_against_its_schema(client):
    value = client.chat_json(
        ask("Reply in JSON: the days the clinic is open and whether parking is free."),
        schema=SCHEMA,
        name="clinic_facts",
        max_tokens=96,
    )
    assert set(value) == {"open_days", "parking_free"}
    assert isinstance(value["parking_free"], bool)
    assert all(isinstance(day, str) for day in value["open_days"])


def test_a_dead_endpoint_fails_over_to_the_live_server():
    live = settings.LLM_ENDPOINTS[0].rstrip("/")
    client = LLMClient(
        [dead_endpoint(), live],
        api_key=settings.LLM_API_KEY,
        model=settings.LLM_MODEL,
        timeouts=Timeouts(connect=2, first_token=60, total=120),
        retries=0,
    )
    result = client.chat(ask("Say OK."), max_tokens=8)
    assert result.endpoint == live
    assert result.text.strip()
    dead, alive = client.health()
    assert dead["failures"] == 1
    assert alive["failures"] == 0
    client.close()
