"""The app's only way to the language model: ``get_client().chat(...)`` and friends.

See ``client.py`` for failover, timeouts, retries and the circuit breaker, and
docs/model-serving.md for running the model server itself.
"""

from __future__ import annotations

import threading

from django.conf import settings

from assistant.llm.client import ChatResult, ChatStream, LLMClient, Timeouts, Usage
from assistant.llm.errors import (
    LLMBadResponse,
    LLMError,
    LLMInvalidOutput,
    LLMInvalidRequest,
    LLMStreamInterrupted,
    LLMTimeout,
    LLMUnavailable,
)

__all__ = [
    "ChatResult",
    "ChatStream",
    "LLMBadResponse",
    "LLMClient",
    "LLMError",
    "LLMInvalidOutput",
    "LLMInvalidRequest",
    "LLMStreamInterrupted",
    "LLMTimeout",
    "LLMUnavailable",
    "Timeouts",
    "Usage",
    "get_client",
]

_lock = threading.Lock()
_client: LLMClient | None = None
_client_key: tuple[object, ...] | None = None


def _settings_key() -> tuple[object, ...]:
    return (
        tuple(settings.LLM_ENDPOINTS),
        settings.LLM_API_KEY,
        settings.LLM_MODEL,
        settings.LLM_CONNECT_TIMEOUT,
        settings.LLM_FIRST_TOKEN_TIMEOUT,
        settings.LLM_TOTAL_TIMEOUT,
        settings.LLM_RETRIES,
        settings.LLM_BREAKER_FAILURES,
        settings.LLM_BREAKER_COOLDOWN,
    )


def get_client() -> LLMClient:
    """The process-wide client built from settings; breaker state is shared by all callers.
    A new one is built when the settings change (tests use ``override_settings``)."""
    global _client, _client_key
    key = _settings_key()
    with _lock:
        if _client is None or key != _client_key:
            if _client is not None:
                _client.close()
            _client = LLMClient(
                list(settings.LLM_ENDPOINTS),
                api_key=settings.LLM_API_KEY,
                model=settings.LLM_MODEL,
                timeouts=Timeouts(
                    connect=float(settings.LLM_CONNECT_TIMEOUT),
                    first_token=float(settings.LLM_FIRST_TOKEN_TIMEOUT),
                    total=float(settings.LLM_TOTAL_TIMEOUT),
                ),
                retries=settings.LLM_RETRIES,
                breaker_failures=settings.LLM_BREAKER_FAILURES,
                breaker_cooldown=float(settings.LLM_BREAKER_COOLDOWN),
            )
            _client_key = key
        return _client
