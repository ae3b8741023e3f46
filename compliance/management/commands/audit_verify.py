"""``python manage.py audit_verify``: check the whole audit hash chain (exit 1 if broken)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from compliance.audit import verify_chain


class Command(BaseCommand):
    help = "Verify the audit trail's keyed hash chain; exits non-zero naming the first bad event."

    def handle(self, *args: Any, **options: Any) -> None:
        report = verify_chain()
        if not report.ok:
            raise CommandError(report.describe())
        self.stdout.write(self.style.SUCCESS(report.describe()))
