"""Structured logging: one JSON object per line, with the request id, PHI masked.

Every record goes through ``RedactingFilter`` before it is formatted. The filter renders the
message (``record.getMessage()``), passes it, the exception text and any extra string fields
through the configured redactor (``settings.LOG_REDACTOR``), and replaces the record's
arguments so that no handler can re-render the original values. If the redactor itself fails,
the message is dropped in favour of a fixed placeholder: logging fails closed.
"""

from __future__ import annotations

import json
import logging
import re
import traceback
from collections.abc import Callable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from django.utils.module_loading import import_string

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")

_STANDARD_ATTRS = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {
    "message",
    "asctime",
    "request_id",
}

# A minimal safety net used until the redaction engine is configured: e-mail addresses,
# US SSNs, phone numbers and long digit runs (MRNs, account numbers).
_FALLBACK_PATTERNS = [
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[EMAIL]"),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "[SSN]"),
    (re.compile(r"(?<!\w)(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b"), "[PHONE]"),
    (re.compile(r"\b\d{6,}\b"), "[ID]"),
]


def default_redactor(text: str) -> str:
    for pattern, placeholder in _FALLBACK_PATTERNS:
        text = pattern.sub(placeholder, text)
    return text


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


class RedactingFilter(logging.Filter):
    """Masks PHI in each record; see the module docstring."""

    _redactor: Callable[[str], str] | None = None

    def _get_redactor(self) -> Callable[[str], str]:
        if self._redactor is None:
            from django.conf import settings

            path = getattr(settings, "LOG_REDACTOR", "") or "config.logging.default_redactor"
            type(self)._redactor = import_string(path)
        return type(self)._redactor  # type: ignore[return-value]

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            redact = self._get_redactor()
            record.msg = redact(record.getMessage())
            record.args = ()
            if record.exc_info:
                text = "".join(traceback.format_exception(*record.exc_info))
                record.exc_text = redact(text)
                record.exc_info = None
            for key, value in list(record.__dict__.items()):
                if key in _STANDARD_ATTRS or isinstance(value, (int, float, bool, type(None))):
                    continue
                # Objects too (Django adds `request`, whose repr carries the path and query):
                # the formatter would str() them, so they are rendered and redacted here.
                setattr(record, key, redact(value if isinstance(value, str) else str(value)))
        except Exception:
            record.msg = "[log message withheld: redaction failed]"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            "request_id": getattr(record, "request_id", request_id_var.get()),
        }
        if record.exc_text:
            payload["exc"] = record.exc_text
        elif record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        for key, value in record.__dict__.items():
            if key not in _STANDARD_ATTRS and key not in payload:
                payload[key] = (
                    value if isinstance(value, (int, float, bool, type(None))) else str(value)
                )
        return json.dumps(payload, ensure_ascii=False)
