"""`manage.py kb_import [PATH]`: load a folder of Markdown/HTML/text into the knowledge base."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from assistant.knowledge import kb_import
from config.errors import InvalidInput


class Command(BaseCommand):
    help = "Import (or re-import) a folder of knowledge-base documents."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", nargs="?", default=None, help="folder (default: KB_DIR)")

    def handle(self, *args: object, **options: object) -> None:
        path = Path(str(options["path"] or settings.KB_DIR))
        try:
            report = kb_import(path=path)
        except InvalidInput as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(
            f"knowledge base version {report.version}: {len(report.created)} created, "
            f"{len(report.updated)} updated, {len(report.deleted)} deleted, "
            f"{len(report.unchanged)} unchanged"
        )
