"""`manage.py triage`: one message per stdin line in, one JSON object per line out.

Output lines are exactly ``{"emergency": true|false, "category": "..."}``; other tools parse
them, so the shape is stable. Nothing is logged about the messages.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand

from assistant.triage import check


class Command(BaseCommand):
    help = "Run the emergency check on each line of stdin and print one JSON object per line."

    def handle(self, *args: object, **options: object) -> None:
        out = self.stdout
        for line in sys.stdin:
            message = line.rstrip("\n")
            result = check(message)
            out.write(json.dumps(result.as_dict()))
            out.flush()
