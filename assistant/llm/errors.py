"""The errors the LLM client raises: one base type, callers usually catch ``LLMUnavailable``.

They are ``DomainError`` subclasses, so an API view that lets one through answers with a
clean 5xx body through ``config.errors.api_exception_handler``. Messages name what failed
(endpoint, HTTP status, JSON path) and never carry prompt or completion text: a server's
error body can echo the request (pydantic validation errors include the input), so it is
never copied into a message.
"""

from __future__ import annotations

from config.errors import DomainError


class LLMError(DomainError):
    """Base of every error raised by ``assistant.llm``."""

    status_code = 502
    code = "llm_error"


class LLMUnavailable(LLMError):
    """No endpoint could answer: all down, timed out, or their circuit breakers are open."""

    status_code = 503
    code = "llm_unavailable"


class LLMInvalidRequest(LLMError, ValueError):
    """The caller's arguments are wrong (empty messages, bad role, negative max_tokens...)."""

    status_code = 500
    code = "llm_invalid_request"


class LLMBadResponse(LLMError):
    """A server answered with something that is not an OpenAI-compatible response."""

    code = "llm_bad_response"


class LLMStreamInterrupted(LLMError):
    """A stream broke after text had already been handed to the caller (cannot be replayed)."""

    code = "llm_stream_interrupted"


class LLMTimeout(LLMUnavailable):
    """A call ran past its total deadline while tokens were still arriving."""

    code = "llm_timeout"


class LLMInvalidOutput(LLMError):
    """Structured output that is not JSON or does not validate against the requested schema."""

    code = "llm_invalid_output"
