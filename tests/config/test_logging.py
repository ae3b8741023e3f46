from __future__ import annotations

import io
import json
import logging

from config.logging import JsonFormatter, RedactingFilter, RequestIdFilter, request_id_var


def make_logger(stream: io.StringIO) -> logging.Logger:
    logger = logging.getLogger("tests.logging")
    logger.handlers.clear()
    logger.propagate = False
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestIdFilter())
    handler.addFilter(RedactingFilter())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return logger


def test_log_lines_are_json_with_the_request_id():
    stream = io.StringIO()
    logger = make_logger(stream)
    token = request_id_var.set("req-12345678")
    try:
        logger.info("booked %s appointments", 3)
    finally:
        request_id_var.reset(token)
    line = json.loads(stream.getvalue())
    assert line["msg"] == "booked 3 appointments"
    assert line["request_id"] == "req-12345678"
    assert line["level"] == "INFO"


def test_phi_in_arguments_and_exceptions_is_masked():
    stream = io.StringIO()
    logger = make_logger(stream)
    try:
        raise ValueError("patient jane.doe@example.org ssn 123-45-6789")
    except ValueError:
        logger.exception("lookup failed for %s", "jane.doe@example.org")
    output = stream.getvalue()
    assert "jane.doe@example.org" not in output
    assert "123-45-6789" not in output
    assert "[EMAIL]" in output


def test_a_failing_redactor_withholds_the_message(monkeypatch):
    def broken(text: str) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(RedactingFilter, "_redactor", staticmethod(broken))
    stream = io.StringIO()
    logger = make_logger(stream)
    logger.info("patient %s", "jane.doe@example.org")
    output = stream.getvalue()
    assert "jane.doe@example.org" not in output
    assert "withheld" in output
