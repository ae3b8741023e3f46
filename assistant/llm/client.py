"""One OpenAI-compatible client for the whole app, in front of one or more vLLM servers.

Endpoints are tried in ``settings.LLM_ENDPOINTS`` order (e.g. the GPU server, then a CPU
one). A call fails over to the next endpoint on transient trouble (cannot connect, timeout
before the first byte or token, HTTP 429/5xx, a body that is not an OpenAI response) and
makes up to ``retries`` more passes over them with exponential backoff and jitter. Errors
that would be the same everywhere (HTTP 400/413/422: the request itself) are raised at once.
Each endpoint has a circuit breaker (``breaker.py``); an open breaker is skipped, and a
half-open one must answer ``/health`` before it gets a real call. When nothing answers, the
caller gets one typed error: ``LLMUnavailable``.

Timeouts: ``connect`` per connection; ``first_token`` until a stream's first token (and the
longest silence allowed between two stream events); ``total`` for the whole call, including
retries. A non-streaming call gets nothing back before the completion is done, so only
``total`` bounds it.

A stream is only retried before its first text is handed to the caller: after that the text
cannot be taken back, so a break raises ``LLMStreamInterrupted``.

Privacy: prompts and completions never reach a log line or an exception message; logs carry
the endpoint, latency, token counts and the error class.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from assistant.llm.breaker import CLOSED, HALF_OPEN, CircuitBreaker
from assistant.llm.errors import (
    LLMBadResponse,
    LLMError,
    LLMInvalidRequest,
    LLMStreamInterrupted,
    LLMTimeout,
    LLMUnavailable,
)

logger = logging.getLogger(__name__)

ROLES = {"system", "user", "assistant", "tool"}
RETRYABLE_STATUS = {408, 429, 500, 502, 503, 504}
# Same answer on every endpoint: the request is wrong, not the server.
REQUEST_STATUS = {400, 413, 422}


@dataclass(frozen=True)
class Timeouts:
    connect: float = 3.0
    first_token: float = 60.0
    total: float = 180.0

    def __post_init__(self) -> None:
        if min(self.connect, self.first_token, self.total) <= 0:
            raise LLMInvalidRequest("timeouts must be positive")


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    @classmethod
    def from_body(cls, body: Any) -> Usage:
        if not isinstance(body, dict):
            return cls()
        get = lambda key: int(body.get(key) or 0)  # noqa: E731
        return cls(get("prompt_tokens"), get("completion_tokens"), get("total_tokens"))


@dataclass(frozen=True)
class ChatResult:
    text: str
    usage: Usage
    endpoint: str
    latency_ms: float
    finish_reason: str | None = None


@dataclass
class EndpointStats:
    calls: int = 0
    failures: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_ms_total: float = 0.0
    last_ttft_ms: float | None = None


class _Transient(Exception):
    """This endpoint failed in a way another endpoint (or a later try) may not."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Deadline(Exception):
    pass


@dataclass
class Endpoint:
    url: str
    breaker: CircuitBreaker
    stats: EndpointStats = field(default_factory=EndpointStats)

    @property
    def name(self) -> str:
        """host:port only, so a URL with credentials in it never reaches a log line."""
        parts = urlsplit(self.url)
        return parts.hostname + (f":{parts.port}" if parts.port else "") if parts.hostname else "?"

    @property
    def health_url(self) -> str:
        return self.url.rstrip("/").removesuffix("/v1") + "/health"


def validate_messages(messages: Any) -> list[dict[str, Any]]:
    if not isinstance(messages, list) or not messages:
        raise LLMInvalidRequest("messages must be a non-empty list of {role, content} dicts")
    for index, message in enumerate(messages):
        if not isinstance(message, dict):
            raise LLMInvalidRequest(f"messages[{index}] must be a dict")
        if message.get("role") not in ROLES:
            raise LLMInvalidRequest(
                f"messages[{index}].role must be one of {', '.join(sorted(ROLES))}"
            )
        if not isinstance(message.get("content"), str | list):
            raise LLMInvalidRequest(f"messages[{index}].content must be a string or a list")
    return messages


def _validate_sampling(max_tokens: Any, temperature: Any) -> None:
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        raise LLMInvalidRequest("max_tokens must be a positive integer")
    if not isinstance(temperature, int | float) or not 0 <= temperature <= 2:
        raise LLMInvalidRequest("temperature must be a number between 0 and 2")


def _parse_event(line: str) -> dict[str, Any] | None:
    """One SSE line -> the event's JSON, None for other lines; raises on bad JSON."""
    if not line.startswith("data:"):
        return None
    data = line[5:].strip()
    if data == "[DONE]":
        return {"__done__": True}
    try:
        event = json.loads(data)
    except ValueError:
        raise LLMBadResponse("malformed JSON in a stream event") from None
    if not isinstance(event, dict):
        raise LLMBadResponse("a stream event is not a JSON object")
    if "error" in event:
        raise LLMBadResponse("the server reported an error inside the stream")
    return event


def _delta_text(event: dict[str, Any]) -> str:
    choices = event.get("choices") or []
    if not choices:
        return ""
    delta = choices[0].get("delta") or {}
    return delta.get("content") or ""


class ChatStream:
    """An iterator of text deltas; ``usage``, ``latency_ms`` etc. are set when it ends."""

    def __init__(
        self,
        client: LLMClient,
        endpoint: Endpoint,
        response: httpx.Response,
        lines: Iterator[str],
        first: str,
        started: float,
        deadline: float,
    ) -> None:
        self.endpoint = endpoint.url
        self.usage = Usage()
        self.finish_reason: str | None = None
        self.ttft_ms = (time.monotonic() - started) * 1000
        self.latency_ms: float | None = None
        self._client, self._ep, self._response, self._lines = client, endpoint, response, lines
        self._pending: str | None = first
        self._started, self._deadline = started, deadline
        self._done = False

    def __iter__(self) -> ChatStream:
        return self

    def __next__(self) -> str:
        if self._pending is not None:
            text, self._pending = self._pending, None
            return text
        if self._done:
            raise StopIteration
        try:
            while True:
                if time.monotonic() > self._deadline:
                    raise LLMTimeout("the model server took longer than the total timeout")
                try:
                    line = next(self._lines)
                except StopIteration:
                    raise LLMStreamInterrupted(
                        f"{self._ep.name} ended the stream before it was complete"
                    ) from None
                event = _parse_event(line)
                if event is None:
                    continue
                if event.get("__done__"):
                    self._finish()
                    raise StopIteration
                self._absorb(event)
                if text := _delta_text(event):
                    return text
        except StopIteration:
            raise
        except LLMTimeout:
            self._fail()
            raise
        except (LLMBadResponse, httpx.HTTPError) as exc:
            self._fail()
            raise LLMStreamInterrupted(
                f"the stream from {self._ep.name} broke ({type(exc).__name__})"
            ) from None

    def _absorb(self, event: dict[str, Any]) -> None:
        if event.get("usage"):
            self.usage = Usage.from_body(event["usage"])
        choices = event.get("choices") or []
        if choices and choices[0].get("finish_reason"):
            self.finish_reason = choices[0]["finish_reason"]

    def _finish(self) -> None:
        self._done = True
        self.latency_ms = (time.monotonic() - self._started) * 1000
        self._response.close()
        self._client._record_success(self._ep, self.usage, self.latency_ms, self.ttft_ms, "stream")

    def _fail(self) -> None:
        self._done = True
        self._response.close()
        self._client._record_failure(self._ep, "stream broke")

    def close(self) -> None:
        """Stop early (the caller went away): closes the connection, vLLM aborts the request."""
        if not self._done:
            self._done = True
            self._response.close()
            self._ep.breaker.release()

    def __del__(self) -> None:
        self.close()


class LLMClient:
    def __init__(
        self,
        endpoints: list[str],
        *,
        api_key: str = "",
        model: str = "clinic-slm",
        timeouts: Timeouts | None = None,
        retries: int = 2,
        breaker_failures: int = 3,
        breaker_cooldown: float = 30.0,
        backoff_base: float = 0.25,
        backoff_max: float = 4.0,
    ) -> None:
        urls = [u.strip().rstrip("/") for u in endpoints if u and u.strip()]
        for url in urls:
            if urlsplit(url).scheme not in {"http", "https"} or not urlsplit(url).hostname:
                raise LLMInvalidRequest("each LLM endpoint must be an http(s) base URL")
        if retries < 0:
            raise LLMInvalidRequest("retries must be >= 0")
        self.endpoints = [
            Endpoint(url, CircuitBreaker(failures=breaker_failures, cooldown=breaker_cooldown))
            for url in urls
        ]
        self.model = model
        self.timeouts = timeouts or Timeouts()
        self.retries = retries
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._http = httpx.Client(headers=self._headers, limits=httpx.Limits(max_connections=64))
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ public API

    def chat(
        self,
        messages: list[dict[str, Any]],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        response_format: dict[str, Any] | None = None,
        timeouts: Timeouts | None = None,
    ) -> ChatResult:
        payload = self._payload(messages, max_tokens, temperature, stream=False)
        if response_format is not None:
            if not isinstance(response_format, dict) or "type" not in response_format:
                raise LLMInvalidRequest("response_format must be a dict with a 'type'")
            payload["response_format"] = response_format
        t = timeouts or self.timeouts
        return self._with_failover(
            lambda ep, deadline: self._chat_once(ep, payload, t, deadline), t
        )

    def stream_chat(
        self,
        messages: list[dict[str, Any]],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        timeouts: Timeouts | None = None,
    ) -> ChatStream:
        """Connects and waits for the first token before returning, so that an outage
        raises here (callers can still answer 503) rather than in the middle of a reply."""
        payload = self._payload(messages, max_tokens, temperature, stream=True)
        t = timeouts or self.timeouts
        return self._with_failover(
            lambda ep, deadline: self._open_stream(ep, payload, t, deadline), t
        )

    async def astream_chat(
        self,
        messages: list[dict[str, Any]],
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        timeouts: Timeouts | None = None,
    ) -> AsyncIterator[str]:
        """Async variant for ASGI views: same failover rules, text deltas as they come."""
        import asyncio

        payload = self._payload(messages, max_tokens, temperature, stream=True)
        t = timeouts or self.timeouts
        deadline = time.monotonic() + t.total
        problems: list[str] = []
        async with httpx.AsyncClient(headers=self._headers) as http:
            for attempt in range(self.retries + 1):
                if attempt:
                    await asyncio.sleep(self._backoff(attempt, deadline))
                tried = False
                for ep in self._candidates(problems):
                    tried = True
                    if time.monotonic() >= deadline:
                        ep.breaker.release()
                        raise LLMTimeout("the model server took longer than the total timeout")
                    yielded = False
                    started = time.monotonic()
                    ttft = None
                    usage = Usage()
                    try:
                        request = http.build_request(
                            "POST",
                            ep.url + "/chat/completions",
                            json=payload,
                            timeout=self._httpx_timeout(t, deadline, streaming=True),
                        )
                        response = await http.send(request, stream=True)
                        try:
                            self._check_status(response)
                            async for line in response.aiter_lines():
                                if time.monotonic() > deadline:
                                    raise LLMTimeout(
                                        "the model server took longer than the total timeout"
                                    )
                                event = _parse_event(line)
                                if event is None:
                                    continue
                                if event.get("__done__"):
                                    latency = (time.monotonic() - started) * 1000
                                    self._record_success(ep, usage, latency, ttft, "astream")
                                    return
                                if event.get("usage"):
                                    usage = Usage.from_body(event["usage"])
                                if text := _delta_text(event):
                                    if ttft is None:
                                        ttft = (time.monotonic() - started) * 1000
                                    yielded = True
                                    yield text
                            raise LLMBadResponse("the stream ended before it was complete")
                        finally:
                            await response.aclose()
                    except (_Transient, LLMBadResponse, httpx.HTTPError) as exc:
                        self._record_failure(ep, _reason(exc))
                        if yielded:
                            raise LLMStreamInterrupted(
                                f"the stream from {ep.name} broke ({_reason(exc)})"
                            ) from None
                        problems.append(f"{ep.name}: {_reason(exc)}")
                    except BaseException:
                        ep.breaker.release()
                        raise
                if not tried or time.monotonic() >= deadline:
                    break
        raise self._unavailable(problems, timed_out=time.monotonic() >= deadline)

    def chat_json(
        self,
        messages: list[dict[str, Any]],
        *,
        schema: dict[str, Any],
        name: str,
        max_tokens: int = 256,
        timeouts: Timeouts | None = None,
    ) -> Any:
        from assistant.llm.structured import parse_and_validate, response_format_for

        response_format = response_format_for(schema, name)
        result = self.chat(
            messages,
            max_tokens=max_tokens,
            temperature=0.0,
            response_format=response_format,
            timeouts=timeouts,
        )
        return parse_and_validate(result, schema, name)

    def health(self) -> list[dict[str, Any]]:
        """Breaker state and call statistics per endpoint (no content, safe to expose)."""
        with self._lock:
            return [
                {
                    "endpoint": ep.name,
                    "breaker": ep.breaker.state,
                    "calls": ep.stats.calls,
                    "failures": ep.stats.failures,
                    "prompt_tokens": ep.stats.prompt_tokens,
                    "completion_tokens": ep.stats.completion_tokens,
                    "mean_latency_ms": round(ep.stats.latency_ms_total / ep.stats.calls, 1)
                    if ep.stats.calls
                    else None,
                    "last_ttft_ms": ep.stats.last_ttft_ms,
                }
                for ep in self.endpoints
            ]

    def close(self) -> None:
        self._http.close()

    # ------------------------------------------------------------------ internals

    def _payload(
        self, messages: Any, max_tokens: Any, temperature: Any, *, stream: bool
    ) -> dict[str, Any]:
        validate_messages(messages)
        _validate_sampling(max_tokens, temperature)
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": temperature,
            "stream": stream,
        }
        if stream:
            payload["stream_options"] = {"include_usage": True}
        return payload

    def _candidates(self, problems: list[str]) -> Iterator[Endpoint]:
        """Endpoints whose breaker lets a call through, in order; half-open ones must
        pass a /health probe first."""
        if not self.endpoints:
            raise LLMUnavailable("no model server is configured (LLM_ENDPOINTS is empty)")
        for ep in self.endpoints:
            state = ep.breaker.acquire()
            if state is None:
                problems.append(f"{ep.name}: circuit open")
                continue
            if state == HALF_OPEN and not self._probe(ep):
                ep.breaker.failure()
                problems.append(f"{ep.name}: health probe failed")
                continue
            yield ep

    def _probe(self, ep: Endpoint) -> bool:
        try:
            response = self._http.get(ep.health_url, timeout=min(2.0, self.timeouts.connect * 2))
        except httpx.HTTPError:
            return False
        return response.status_code == 200

    def _backoff(self, attempt: int, deadline: float) -> float:
        delay = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
        delay *= random.uniform(0.5, 1.0)  # noqa: S311 - jitter, not security
        return max(0.0, min(delay, deadline - time.monotonic()))

    def _with_failover(self, call: Any, t: Timeouts) -> Any:
        deadline = time.monotonic() + t.total
        problems: list[str] = []
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self._backoff(attempt, deadline))
            tried = False
            for ep in self._candidates(problems):
                tried = True
                if time.monotonic() >= deadline:
                    ep.breaker.release()
                    raise LLMTimeout("the model server took longer than the total timeout")
                try:
                    return call(ep, deadline)
                except (_Transient, LLMBadResponse, httpx.HTTPError) as exc:
                    self._record_failure(ep, _reason(exc))
                    problems.append(f"{ep.name}: {_reason(exc)}")
                except BaseException:
                    ep.breaker.release()
                    raise
            if not tried or time.monotonic() >= deadline:
                break  # every breaker is open: waiting for a retry would not change that
        raise self._unavailable(problems, timed_out=time.monotonic() >= deadline)

    def _unavailable(self, problems: list[str], *, timed_out: bool = False) -> LLMUnavailable:
        summary = "; ".join(dict.fromkeys(problems)) or "no endpoint was tried"
        logger.warning("llm unavailable", extra={"llm_problems": summary})
        if timed_out:
            return LLMTimeout(f"no model server answered within the total timeout ({summary})")
        return LLMUnavailable(f"no model server could answer ({summary})")

    def _httpx_timeout(self, t: Timeouts, deadline: float, *, streaming: bool) -> httpx.Timeout:
        remaining = max(0.05, deadline - time.monotonic())
        read = min(t.first_token, remaining) if streaming else remaining
        connect = min(t.connect, remaining)
        return httpx.Timeout(connect=connect, read=read, write=connect, pool=connect)

    def _check_status(self, response: httpx.Response) -> None:
        status = response.status_code
        if status == 200:
            return
        if status in REQUEST_STATUS:
            raise LLMInvalidRequest(f"the model server rejected the request (HTTP {status})")
        if status in RETRYABLE_STATUS or status in {401, 403, 404} or status >= 500:
            raise _Transient(f"HTTP {status}")
        raise LLMError(f"the model server answered HTTP {status}")

    def _chat_once(
        self, ep: Endpoint, payload: dict[str, Any], t: Timeouts, deadline: float
    ) -> ChatResult:
        started = time.monotonic()
        try:
            response = self._http.post(
                ep.url + "/chat/completions",
                json=payload,
                timeout=self._httpx_timeout(t, deadline, streaming=False),
            )
        except httpx.TimeoutException as exc:
            raise _Transient(type(exc).__name__) from None
        self._check_status(response)
        try:
            body = response.json()
            choice = body["choices"][0]
            text = choice["message"]["content"] or ""
        except (ValueError, KeyError, IndexError, TypeError):
            raise LLMBadResponse("the response is not an OpenAI chat completion") from None
        latency = (time.monotonic() - started) * 1000
        usage = Usage.from_body(body.get("usage"))
        self._record_success(ep, usage, latency, None, "chat")
        return ChatResult(
            text=text,
            usage=usage,
            endpoint=ep.url,
            latency_ms=round(latency, 1),
            finish_reason=choice.get("finish_reason"),
        )

    def _open_stream(
        self, ep: Endpoint, payload: dict[str, Any], t: Timeouts, deadline: float
    ) -> ChatStream:
        started = time.monotonic()
        request = self._http.build_request(
            "POST",
            ep.url + "/chat/completions",
            json=payload,
            timeout=self._httpx_timeout(t, deadline, streaming=True),
        )
        try:
            response = self._http.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise _Transient(type(exc).__name__) from None
        try:
            self._check_status(response)
            lines = response.iter_lines()
            for line in lines:
                if time.monotonic() > deadline:
                    raise _Transient("no first token before the total timeout")
                event = _parse_event(line)
                if event is None:
                    continue
                if event.get("__done__"):
                    raise LLMBadResponse("the stream ended before any text")
                text = _delta_text(event)
                if text:
                    stream = ChatStream(self, ep, response, lines, text, started, deadline)
                    stream._absorb(event)
                    return stream
            raise LLMBadResponse("the stream ended before any text")
        except httpx.TimeoutException as exc:
            response.close()
            raise _Transient(f"no first token ({type(exc).__name__})") from None
        except BaseException:
            response.close()
            raise

    def _record_success(
        self, ep: Endpoint, usage: Usage, latency_ms: float, ttft_ms: float | None, kind: str
    ) -> None:
        ep.breaker.success()
        with self._lock:
            ep.stats.calls += 1
            ep.stats.prompt_tokens += usage.prompt_tokens
            ep.stats.completion_tokens += usage.completion_tokens
            ep.stats.latency_ms_total += latency_ms
            if ttft_ms is not None:
                ep.stats.last_ttft_ms = round(ttft_ms, 1)
        logger.info(
            "llm call",
            extra={
                "llm_endpoint": ep.name,
                "llm_kind": kind,
                "llm_latency_ms": round(latency_ms, 1),
                "llm_ttft_ms": round(ttft_ms, 1) if ttft_ms is not None else None,
                "llm_prompt_tokens": usage.prompt_tokens,
                "llm_completion_tokens": usage.completion_tokens,
            },
        )

    def _record_failure(self, ep: Endpoint, reason: str) -> None:
        ep.breaker.failure()
        with self._lock:
            ep.stats.calls += 1
            ep.stats.failures += 1
        logger.warning(
            "llm endpoint failed",
            extra={"llm_endpoint": ep.name, "llm_reason": reason, "llm_breaker": ep.breaker.state},
        )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, _Transient):
        return exc.reason
    if isinstance(exc, LLMError):
        return exc.code
    return type(exc).__name__


__all__ = ["CLOSED", "ChatResult", "ChatStream", "LLMClient", "Timeouts", "Usage"]
