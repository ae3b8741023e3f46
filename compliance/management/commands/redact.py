"""``manage.py redact``: one JSON object per input line, for other tools (see the README)."""

from __future__ import annotations

import io
import json
import sys

from django.core.management.base import BaseCommand, CommandParser

from compliance.redaction import get_engine
from compliance.redaction.engine import TIERS


class Command(BaseCommand):
    help = (
        "Read UTF-8 text from stdin, one message per line; write one JSON object per line: "
        '{"redacted": "...", "spans": [{"start": 0, "end": 5, "label": "NAME"}]}.'
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--tier", choices=TIERS, default="full")

    def handle(self, *args, tier: str, **options) -> None:
        engine = get_engine()
        if self.stdout._out is sys.stdout and hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(encoding="utf-8")
        stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="")
        out = self.stdout
        for raw in stdin:
            # Only the line break ends a message; "\r\n" from Windows tools is one break.
            line = raw[:-2] if raw.endswith("\r\n") else raw.rstrip("\n")
            result = engine.redact(line, tier=tier)
            out.write(json.dumps(result.as_dict(), ensure_ascii=False))
            out.flush()
