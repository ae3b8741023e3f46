"""``python manage.py audit_export --since 2026-01-01 --until 2026-01-31 [--format fhir]``.

Writes the events recorded in the date range (UTC, both days inclusive) as JSON lines (SIEM)
or a FHIR R4 AuditEvent Bundle, to ``--output`` or stdout. The export is itself audited.
"""

from __future__ import annotations

import datetime
import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from compliance.audit import AuditAction, audit_context, record_event
from compliance.export import fhir_bundle, jsonl_lines
from compliance.models import AuditEvent


def _day(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{text!r} is not a date (YYYY-MM-DD).") from None


class Command(BaseCommand):
    help = "Export audit events for a date range as JSON lines or a FHIR AuditEvent bundle."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--since", required=True, help="first day, YYYY-MM-DD (UTC)")
        parser.add_argument("--until", required=True, help="last day, YYYY-MM-DD (UTC)")
        parser.add_argument("--format", choices=["jsonl", "fhir"], default="jsonl")
        parser.add_argument("--output", default="-", help="file path, or - for stdout")

    def handle(self, *args: Any, **options: Any) -> None:
        since, until = _day(options["since"]), _day(options["until"])
        if until < since:
            raise CommandError("--until is before --since.")
        start = datetime.datetime.combine(since, datetime.time.min, tzinfo=datetime.UTC)
        end = datetime.datetime.combine(
            until + datetime.timedelta(days=1), datetime.time.min, tzinfo=datetime.UTC
        )
        events = AuditEvent.objects.filter(recorded_at__gte=start, recorded_at__lt=end).order_by(
            "seq"
        )
        to_file = options["output"] != "-"
        handle = open(options["output"], "w", encoding="utf-8") if to_file else None  # noqa: SIM115

        def write(text: str) -> None:
            if handle is not None:
                handle.write(text)
            else:
                self.stdout.write(text, ending="")

        try:
            if options["format"] == "fhir":
                write(json.dumps(fhir_bundle(events.iterator()), ensure_ascii=False) + "\n")
            else:
                for line in jsonl_lines(events.iterator()):
                    write(line)
        finally:
            if handle is not None:
                handle.close()
        with audit_context(source="command", client_app="audit_export"), transaction.atomic():
            record_event(
                actor=None,
                action=AuditAction.EXPORT,
                entity_type="AuditEvent",
                purpose="HOPERAT",
                detail={"since": str(since), "until": str(until), "format": options["format"]},
            )
        if to_file:
            sys.stderr.write(f"exported audit events to {options['output']}\n")
