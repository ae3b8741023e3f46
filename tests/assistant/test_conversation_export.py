"""The de-identified export: redacted texts, no ids, no dates finer than the year, audited."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from compliance.models import AuditEvent
from tests.assistant.conversation_fixtures import *  # noqa: F403
from tests.assistant.conversation_fixtures import Chat


@pytest.mark.usefixtures("no_triage_hits", "model_down")
def test_export_writes_redacted_transcripts_without_identifiers_and_is_audited(clinic_a, tmp_path):
    chat = Chat(clinic_a.patient.user)
    chat.say("hi, this is Alice Anderson, call me at 617-555-0143")
    out = tmp_path / "export.jsonl"
    call_command("export_deidentified", output=str(out))
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    patient_text = record["messages"][0]["text"]
    assert "617-555-0143" not in patient_text
    assert "Anderson" not in patient_text
    assert "[PHONE]" in patient_text
    assert [m["role"] for m in record["messages"]] == ["patient", "assistant"]
    assert set(record) == {"export_id", "year", "emergency", "handoff", "messages"}
    assert str(chat.conversation.pk) != record["export_id"]
    event = AuditEvent.objects.get(action="export")
    assert event.detail == {"conversations": 1, "messages": 2, "deidentified": True}
