"""The LLM client's failure modes, against a local fake OpenAI-compatible server."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable

import pytest
from django.test import override_settings

from assistant.llm import (
    LLMClient,
    LLMError,
    LLMInvalidOutput,
    LLMInvalidRequest,
    LLMStreamInterrupted,
    LLMTimeout,
    LLMUnavailable,
    Timeouts,
    get_client,
)
from tests.assistant.fake_llm_server import dead_endpoint, fake_llm_server

MESSAGES = [{"role": "user", "content": "hello"}]
FAST = Timeouts(connect=1.0, first_token=0.5, total=3.0)


def make_client(*urls: str, **kwargs: object) -> LLMClient:
    options: dict[str, object] = {
        "api_key": "test-key",
        "timeouts": FAST,
        "retries": 0,
        "backoff_base": 0.01,
    }
    options.update(kwargs)
    return LLMClient(list(urls), **options)  # type: ignore[arg-type]


def drain(stream: Iterable[str], into: list[str]) -> None:
    """Collect deltas until the stream ends or raises."""
    into.extend(iter(stream))


@pytest.fixture
def server():
    with fake_llm_server() as fake:
        yield fake


@pytest.fixture
def second_server():
    with fake_llm_server() as fake:
        yield fake


def test_chat_returns_text_usage_endpoint_and_latency_and_sends_the_key(server):
    result = make_client(server.base_url).chat(MESSAGES, max_tokens=16)
    assert result.text == server.reply
    assert result.usage.completion_tokens == 5
    assert result.endpoint == server.base_url
    assert result.latency_ms > 0
    assert server.auth_headers == ["Bearer test-key"]
    assert server.requests[0]["max_tokens"] == 16
    assert server.requests[0]["temperature"] == 0.0


def test_stream_yields_deltas_and_records_usage(server):
    stream = make_client(server.base_url).stream_chat(MESSAGES)
    assert "".join(stream).strip() == server.reply
    assert stream.usage.prompt_tokens == 7
    assert stream.latency_ms is not None
    assert stream.ttft_ms <= stream.latency_ms


def test_timeout_before_first_token_fails_over_to_the_next_endpoint(server, second_server):
    server.script = ["hang"]
    client = make_client(server.base_url, second_server.base_url)
    started = time.monotonic()
    text = "".join(client.stream_chat(MESSAGES))
    assert text.strip() == second_server.reply
    assert time.monotonic() - started < 2.5
    assert server.hits == 1
    assert second_server.hits == 1


def test_timeout_before_first_token_everywhere_raises_unavailable(server):
    server.script = ["hang"]
    started = time.monotonic()
    with pytest.raises(LLMUnavailable):
        make_client(server.base_url).stream_chat(MESSAGES)
    assert time.monotonic() - started < 2.0


def test_non_streaming_call_is_bounded_by_the_total_timeout(server):
    server.script = ["hang"]
    started = time.monotonic()
    with pytest.raises(LLMTimeout):
        make_client(server.base_url, timeouts=Timeouts(connect=1, first_token=1, total=1)).chat(
            MESSAGES
        )
    assert time.monotonic() - started < 2.0


def test_mid_stream_disconnect_raises_interrupted_after_partial_text_and_is_not_replayed(server):
    server.script = ["disconnect"]
    stream = make_client(server.base_url, retries=2).stream_chat(MESSAGES)
    received: list[str] = []
    with pytest.raises(LLMStreamInterrupted):
        drain(stream, received)
    assert "".join(received) == "Hello from "
    assert server.hits == 1


def test_server_errors_are_retried_with_backoff_then_raise_one_typed_error(server):
    server.script = ["500"]
    client = make_client(server.base_url, retries=2, breaker_failures=10)
    with pytest.raises(LLMUnavailable) as caught:
        client.chat(MESSAGES)
    assert server.hits == 3
    assert "HTTP 500" in caught.value.message
    assert caught.value.status_code == 503


def test_a_transient_500_is_retried_and_the_call_succeeds(server):
    server.script = ["503", "ok"]
    result = make_client(server.base_url, retries=1).chat(MESSAGES)
    assert result.text == server.reply
    assert server.hits == 2


def test_a_rejected_request_is_not_retried(server):
    server.script = ["400"]
    with pytest.raises(LLMInvalidRequest):
        make_client(server.base_url, retries=3).chat(MESSAGES)
    assert server.hits == 1


def test_malformed_json_body_fails_over_to_the_next_endpoint(server, second_server):
    server.script = ["malformed"]
    result = make_client(server.base_url, second_server.base_url).chat(MESSAGES)
    assert result.endpoint == second_server.base_url
    with pytest.raises(LLMUnavailable, match="llm_bad_response"):
        make_client(server.base_url).chat(MESSAGES)


def test_malformed_event_in_the_middle_of_a_stream_interrupts_it(server):
    server.script = ["malformed"]
    stream = make_client(server.base_url).stream_chat(MESSAGES)
    assert next(stream) == "Hel"
    with pytest.raises(LLMStreamInterrupted):
        next(stream)


def test_slow_tokens_stop_at_the_total_timeout(server):
    server.script = ["slow"]
    server.reply = " ".join(["word"] * 50)
    server.delay = 0.2
    client = make_client(server.base_url, timeouts=Timeouts(connect=1, first_token=1, total=1.2))
    received: list[str] = []
    started = time.monotonic()
    with pytest.raises(LLMTimeout):
        drain(client.stream_chat(MESSAGES), received)
    elapsed = time.monotonic() - started
    assert 1.0 < elapsed < 2.0
    assert 2 <= len(received) < 10


def test_every_endpoint_down_raises_llm_unavailable_quickly():
    client = make_client(dead_endpoint(), dead_endpoint(), retries=1)
    started = time.monotonic()
    with pytest.raises(LLMUnavailable) as caught:
        client.chat(MESSAGES)
    assert isinstance(caught.value, LLMError)
    assert "ConnectError" in caught.value.message
    assert time.monotonic() - started < 1.5


def test_no_endpoint_configured_is_unavailable_not_a_crash():
    with pytest.raises(LLMUnavailable, match="LLM_ENDPOINTS is empty"):
        make_client().chat(MESSAGES)


def test_breaker_opens_after_repeated_failures_and_skips_the_endpoint(server, second_server):
    server.script = ["hang"]
    client = make_client(
        server.base_url, second_server.base_url, breaker_failures=2, breaker_cooldown=60
    )
    for _ in range(2):
        client.stream_chat(MESSAGES).close()
    assert client.health()[0]["breaker"] == "open"
    started = time.monotonic()
    result = client.chat(MESSAGES)
    assert result.endpoint == second_server.base_url
    assert time.monotonic() - started < 0.4
    assert server.hits == 2


def test_half_open_breaker_probes_health_then_closes_when_the_server_is_back(server):
    server.script = ["500"]
    client = make_client(server.base_url, breaker_failures=1, breaker_cooldown=0.2)
    with pytest.raises(LLMUnavailable):
        client.chat(MESSAGES)
    with pytest.raises(LLMUnavailable, match="circuit open"):
        client.chat(MESSAGES)
    assert server.hits == 1

    time.sleep(0.25)
    server.healthy = False
    with pytest.raises(LLMUnavailable, match="health probe failed"):
        client.chat(MESSAGES)
    assert server.hits == 1

    time.sleep(0.25)
    server.healthy = True
    server.script = ["ok"]
    assert client.chat(MESSAGES).text == server.reply
    assert client.health()[0]["breaker"] == "closed"


def test_prompts_and_completions_never_reach_logs_or_error_messages(server, second_server, caplog):
    secret = "Jane Roe has HIV, MRN 99887766"
    server.reply = f"Patient {secret} is fine"
    second_server.script = ["malformed"]
    messages = [{"role": "user", "content": f"Summarize: {secret}"}]
    client = make_client(second_server.base_url, server.base_url)
    errors: list[str] = []
    with caplog.at_level(logging.DEBUG):
        client.chat(messages)
        "".join(make_client(server.base_url).stream_chat(messages))
        for script in (["500"], ["disconnect"]):
            server.script = script
            try:
                "".join(make_client(server.base_url).stream_chat(messages))
            except LLMError as exc:
                errors.append(str(exc))
        server.script = ["ok"]
        try:
            make_client(server.base_url).chat_json(
                messages, schema={"type": "object"}, name="summary"
            )
        except LLMInvalidOutput as exc:
            errors.append(str(exc))
    assert len(errors) == 3
    logged = [str(vars(record)) for record in caplog.records]
    assert any("llm call" in text for text in logged)
    for text in logged + errors:
        assert "Jane" not in text
        assert "99887766" not in text


SCHEMA = {
    "type": "object",
    "properties": {"answer": {"type": "string"}, "confidence": {"type": "number"}},
    "required": ["answer", "confidence"],
    "additionalProperties": False,
}


def test_chat_json_sends_a_json_schema_and_returns_the_validated_object(server):
    server.reply = '{"answer": "yes", "confidence": 0.5}'
    value = make_client(server.base_url).chat_json(MESSAGES, schema=SCHEMA, name="verdict")
    assert value == {"answer": "yes", "confidence": 0.5}
    sent = server.requests[0]["response_format"]
    assert sent["type"] == "json_schema"
    assert sent["json_schema"]["name"] == "verdict"
    assert sent["json_schema"]["schema"] == SCHEMA


@pytest.mark.parametrize(
    ("reply", "fragment"),
    [
        ('{"answer": "yes", "confid', "not valid JSON"),
        ('{"answer": "SECRETVALUE", "confidence": "high"}', "$.confidence (type)"),
        ('{"answer": "yes"}', "(required)"),
    ],
)
def test_chat_json_rejects_output_that_is_not_valid_for_the_schema(server, reply, fragment):
    server.reply = reply
    with pytest.raises(LLMInvalidOutput) as caught:
        make_client(server.base_url).chat_json(MESSAGES, schema=SCHEMA, name="verdict")
    assert fragment in caught.value.message
    assert "SECRETVALUE" not in caught.value.message


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"messages": []}, "non-empty list"),
        ({"messages": [{"role": "robot", "content": "x"}]}, "role must be"),
        ({"messages": [{"role": "user"}]}, "content must be"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"temperature": 5}, "temperature"),
    ],
)
def test_bad_arguments_get_a_clear_error_before_any_request(server, kwargs, fragment):
    call = {"messages": MESSAGES, **kwargs}
    with pytest.raises(LLMInvalidRequest, match=fragment):
        make_client(server.base_url).chat(**call)
    assert server.hits == 0


def test_chat_json_refuses_an_invalid_schema_or_name(server):
    client = make_client(server.base_url)
    with pytest.raises(LLMInvalidRequest, match="not a valid JSON Schema"):
        client.chat_json(MESSAGES, schema={"type": "nonsense"}, name="x")
    with pytest.raises(LLMInvalidRequest, match="name must be"):
        client.chat_json(MESSAGES, schema=SCHEMA, name="has spaces")
    assert server.hits == 0


def test_endpoints_must_be_http_urls():
    with pytest.raises(LLMInvalidRequest):
        LLMClient(["127.0.0.1:8001/v1"])


def test_async_stream_fails_over_and_yields_text(server, second_server):
    server.script = ["500"]
    client = make_client(server.base_url, second_server.base_url)

    async def collect() -> str:
        return "".join([delta async for delta in client.astream_chat(MESSAGES)])

    assert asyncio.run(collect()).strip() == second_server.reply
    assert client.health()[1]["calls"] == 1


def test_get_client_follows_settings(server):
    with override_settings(LLM_ENDPOINTS=[server.base_url], LLM_API_KEY="k1", LLM_MODEL="m1"):
        client = get_client()
        assert get_client() is client
        client.chat(MESSAGES)
        assert server.requests[-1]["model"] == "m1"
        assert server.auth_headers[-1] == "Bearer k1"
    with override_settings(LLM_ENDPOINTS=[server.base_url], LLM_API_KEY="k2", LLM_MODEL="m1"):
        assert get_client() is not client


def test_when_every_breaker_is_open_the_call_fails_at_once_without_backoff(server):
    server.script = ["500"]
    client = make_client(
        server.base_url, retries=3, breaker_failures=1, breaker_cooldown=60, backoff_base=1.0
    )
    with pytest.raises(LLMUnavailable):
        client.chat(MESSAGES)
    started = time.monotonic()
    with pytest.raises(LLMUnavailable, match="circuit open"):
        client.chat(MESSAGES)
    assert time.monotonic() - started < 0.1
    assert server.hits == 1
