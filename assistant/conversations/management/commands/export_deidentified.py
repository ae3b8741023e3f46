"""Export de-identified conversation transcripts (JSON lines) for analytics or model work.

Every message text goes through ``compliance.redaction`` full tier at export time, even when
``redacted_text`` is already filled (the engine may have improved since), and fails closed:
a message the engine cannot process is exported as "[withheld]". What leaves is references
to nothing: conversations get a random export id, patients and staff none at all, and dates
are reduced to the year (Safe Harbor: dates more precise than the year are identifiers).
The export itself is audited (action ``export``).

    manage.py export_deidentified --output var/export.jsonl [--since 2025-01-01] [--limit 1000]
"""

from __future__ import annotations

import json
import secrets
import sys
from datetime import date, datetime, time
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from assistant.conversations.models import Conversation
from assistant.conversations.tasks import WITHHELD
from compliance.audit import AuditAction, audit_context, record_event


def _redact(text: str) -> str:
    try:
        from compliance.redaction import redact_text

        return redact_text(text, tier="full")
    except Exception:
        return WITHHELD


class Command(BaseCommand):
    help = "Write de-identified conversation transcripts as JSON lines."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--output", "-o", default="-", help="file path, or - for stdout")
        parser.add_argument("--since", help="only conversations started on or after (YYYY-MM-DD)")
        parser.add_argument("--limit", type=int, default=0, help="at most this many conversations")

    def handle(self, *args: Any, **options: Any) -> None:
        conversations = Conversation.objects.order_by("pk")
        if options["since"]:
            try:
                since = date.fromisoformat(options["since"])
            except ValueError:
                raise CommandError("--since must be YYYY-MM-DD") from None
            start = timezone.make_aware(datetime.combine(since, time.min))
            conversations = conversations.filter(created_at__gte=start)
        if options["limit"]:
            conversations = conversations[: options["limit"]]
        out = (
            sys.stdout
            if options["output"] == "-"
            else open(options["output"], "w", encoding="utf-8")  # noqa: SIM115
        )
        exported = messages = 0
        try:
            for conversation in conversations.iterator(chunk_size=200):
                rows = [
                    {
                        "role": m.role,
                        "text": _redact(m.text),
                        "intent": m.intent,
                        "emergency": m.emergency,
                        "handoff": m.handoff,
                        "degraded": m.degraded,
                        "tools": [a.get("tool") for a in m.actions if isinstance(a, dict)],
                    }
                    for m in conversation.messages.order_by("created_at", "pk")
                ]
                record = {
                    "export_id": secrets.token_hex(8),
                    "year": conversation.created_at.year,
                    "emergency": conversation.emergency,
                    "handoff": conversation.handoff,
                    "messages": rows,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                exported += 1
                messages += len(rows)
        finally:
            if out is not sys.stdout:
                out.close()
        with (
            audit_context(source="manage.py", client_app="export_deidentified"),
            transaction.atomic(),
        ):
            record_event(
                actor=None,
                action=AuditAction.EXPORT,
                entity_type="Conversation",
                purpose="HOPERAT",
                detail={"conversations": exported, "messages": messages, "deidentified": True},
            )
        self.stderr.write(f"exported {exported} conversations ({messages} messages), de-identified")
