"""The redaction engine where text leaves: the command line, the logging filter, no network."""

from __future__ import annotations

import io
import json
import logging
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from compliance.redaction import LABELS, RedactionEngine
from compliance.redaction.full import MODEL_SHA256, model_digest, model_path
from config.logging import JsonFormatter, RedactingFilter

ROOT = Path(__file__).resolve().parents[2]


def _run_command(stdin: str, *args: str, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    out = io.StringIO()
    call_command("redact", *args, stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.parametrize("tier", ["fast", "full"])
def test_redact_command_writes_one_json_object_per_input_line(
    tier: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = ["call maria gonzalez at 617-555-0143", "", "BP 120/80, Zoë's mrn 00482913"]
    rows = _run_command("\n".join(lines) + "\n", "--tier", tier, monkeypatch=monkeypatch)
    assert len(rows) == 3
    first = rows[0]
    assert first["redacted"] == "call [NAME] at [PHONE]"
    assert first["spans"] == [
        {"start": 5, "end": 19, "label": "NAME"},
        {"start": 23, "end": 35, "label": "PHONE"},
    ]
    assert rows[1] == {"redacted": "", "spans": []}
    third = rows[2]
    for span in third["spans"]:
        assert span["label"] in LABELS
    mrn = next(s for s in third["spans"] if s["label"] == "MRN")
    assert lines[2][mrn["start"] : mrn["end"]] == "00482913"
    assert "BP 120/80" in third["redacted"]


def test_redact_command_handles_ten_thousand_lines_in_one_process() -> None:
    lines = [
        f"patient {i}: call 617-555-{i % 10000:04d} re mrn {1000000 + i}" for i in range(10_000)
    ]
    proc = subprocess.run(
        [sys.executable, "manage.py", "redact", "--tier", "fast"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=300,
        check=True,
    )
    rows = proc.stdout.splitlines()
    assert len(rows) == 10_000
    assert json.loads(rows[-1])["redacted"] == "patient 9999: call [PHONE] re mrn [MRN]"


def test_the_full_tier_loads_its_model_once_for_many_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    from compliance.redaction import engine as engine_module
    from compliance.redaction import full

    loads = []
    real_load = full.load_spacy_model

    def counting_load():
        loads.append(1)
        return real_load()

    monkeypatch.setattr(full, "load_spacy_model", counting_load)
    monkeypatch.setattr(engine_module, "_engine", None)
    lines = [f"Dr. Patel saw pt {i} on March {i % 28 + 1}, 2021" for i in range(300)]
    rows = _run_command("\n".join(lines) + "\n", "--tier", "full", monkeypatch=monkeypatch)
    assert len(rows) == 300
    assert rows[7]["redacted"] == "Dr. [NAME] saw pt 7 on [DATE]"
    assert loads == [1]


def _capture_log(logger_name: str) -> tuple[logging.Logger, io.StringIO, logging.Handler]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger(logger_name)
    logger.addHandler(handler)
    return logger, stream, handler


def test_the_logging_filter_uses_the_fast_tier_by_default(settings) -> None:
    assert settings.LOG_REDACTOR == "compliance.redaction.redact_log"
    RedactingFilter._redactor = None
    logger, stream, handler = _capture_log("tests.redaction")
    try:
        logger.warning(
            "reminder failed for %s (%s), dob %s",
            "Maria Gonzalez",
            "maria.g@example.com",
            "04/12/1958",
            extra={"patient_phone": "617-555-0143"},
        )
    finally:
        logger.removeHandler(handler)
    out = stream.getvalue()
    for secret in ("Maria", "Gonzalez", "maria.g@", "04/12/1958", "617-555-0143"):
        assert secret not in out
    payload = json.loads(out)
    assert payload["msg"] == "reminder failed for [NAME] ([EMAIL]), dob [DATE]"
    assert payload["patient_phone"] == "[PHONE]"


@pytest.mark.django_db
def test_no_phi_reaches_the_log_when_a_request_carries_phi(client) -> None:
    RedactingFilter._redactor = None
    logger, stream, handler = _capture_log("django")
    try:
        client.get("/patients/maria.gonzalez@example.com/ssn-078-05-1120/617-555-0143/")
    finally:
        logger.removeHandler(handler)
    out = stream.getvalue()
    assert "Not Found" in out  # the request was logged...
    for secret in ("maria.gonzalez@example.com", "078-05-1120", "617-555-0143"):
        assert secret not in out  # ...without what it carried


def test_an_exception_in_a_log_record_is_redacted_too() -> None:
    RedactingFilter._redactor = None
    logger, stream, handler = _capture_log("tests.redaction.exc")
    try:
        try:
            raise ValueError("lookup failed for ssn 078-05-1120")
        except ValueError:
            logger.exception("import error")
    finally:
        logger.removeHandler(handler)
    out = stream.getvalue()
    assert "078-05-1120" not in out
    assert "[SSN]" in out


def test_the_model_files_match_the_pinned_digest() -> None:
    assert model_digest(model_path()) == MODEL_SHA256


def test_a_tampered_model_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from compliance.redaction import full

    monkeypatch.setattr(full, "MODEL_SHA256", "0" * 64)
    with pytest.raises(full.ModelIntegrityError):
        full.load_spacy_model()
    # and through the engine, that failure masks the text rather than passing it through
    engine = RedactionEngine()
    assert engine.redact("Maria Gonzalez called", tier="full").text == "[REDACTED]"


class _NetworkBlocked(ConnectionRefusedError):
    """An OSError, as a firewall would give, so libraries take their offline path."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Every attempt to open a connection or resolve a name is recorded and refused."""
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise _NetworkBlocked("network access during redaction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_the_block_catches_tldextracts_default_download(no_network: list[tuple], tmp_path) -> None:
    import tldextract

    # The control: tldextract as Presidio would use it, with an empty cache, tries to fetch
    # the public-suffix list (and falls back to its snapshot when that fails).
    tldextract.TLDExtract(cache_dir=str(tmp_path))("mail.example.co.uk")
    assert no_network


def test_full_tier_redaction_makes_no_network_access(
    no_network: list[tuple], tmp_path, monkeypatch
) -> None:
    import tldextract

    monkeypatch.setenv("TLDEXTRACT_CACHE", str(tmp_path))  # an empty cache: nothing to reuse
    engine = RedactionEngine()
    text = (
        "Email maria.gonzalez@example.co.uk or see https://portal.example.org, Dr. Patel in Boston"
    )
    result = engine.redact(text, tier="full")
    assert not result.failed
    assert "maria.gonzalez" not in result.text
    # Presidio's e-mail recognizer goes through tldextract's module-level extract()
    assert tldextract.extract("maria.gonzalez@example.co.uk").suffix == "co.uk"
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    assert EmailRecognizer().analyze("write to a.b@example.co.uk", ["EMAIL_ADDRESS"])
    assert no_network == []
