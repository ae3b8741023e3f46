"""Rotate encryption keys: ``python manage.py rotate_keys`` (see compliance/rotation.py).

To introduce a new master key: ``rotate_keys --generate-master-key NEWID`` prints an entry;
put it first in FIELD_ENCRYPTION_MASTER_KEYS (keep the old ones after it), restart, then run
``rotate_keys``. Without a new master key, ``rotate_keys`` still creates a fresh data key and
moves every value onto it. Safe to interrupt: running it again resumes.
"""

from __future__ import annotations

import base64
import os
import re
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from compliance import rotation as rot
from compliance.audit import audit_context
from compliance.crypto import DecryptionError
from compliance.keys import get_key_provider


class Command(BaseCommand):
    help = "Re-encrypt every encrypted field with a new data key (resumable)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument(
            "--status", action="store_true", help="Count stored values per key and exit."
        )
        parser.add_argument(
            "--generate-master-key",
            metavar="KEY_ID",
            help="Print a new `KEY_ID:base64` master key entry and exit (nothing is stored).",
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["generate_master_key"]:
            key_id = options["generate_master_key"]
            if not re.match(r"^[A-Za-z0-9_-]{1,32}$", key_id):
                raise CommandError("A key id is 1-32 letters, digits, - or _.")
            self.stdout.write(f"{key_id}:{base64.b64encode(os.urandom(32)).decode()}")
            return
        if options["status"]:
            self._status()
            return
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1.")
        with audit_context(source="command", client_app="rotate_keys"):
            self._rotate(options["batch_size"], not options["no_progress"])

    def _status(self) -> None:
        provider = get_key_provider()
        usage = rot.key_usage()
        per_master: dict[str, int] = {}
        for (master, _), count in usage.items():
            per_master[master] = per_master.get(master, 0) + count
        for master in provider.key_ids():
            state = "active" if master == provider.active_key_id else "old"
            count = per_master.pop(master, 0)
            hint = " (no values: may be removed)" if count == 0 and state == "old" else ""
            self.stdout.write(f"master key {master} [{state}]: {count} values{hint}")
        for master, count in per_master.items():
            self.stdout.write(f"master key {master} [NOT CONFIGURED]: {count} values")
        for (master, dek), count in sorted(usage.items()):
            self.stdout.write(f"  data key {dek or '-'} ({master}): {count}")

    def _rotate(self, batch_size: int, show_progress: bool) -> None:
        rotation, resumed = rot.start_or_resume()
        try:
            rot.check_target(rotation)
        except rot.RotationError as exc:
            raise CommandError(str(exc)) from None
        done, total = rot.remaining_rows(rotation)
        self.stdout.write(
            f"{'Resuming' if resumed else 'Started'} rotation {rotation.pk} to data key "
            f"{rotation.target_key.key_id} (master {rotation.target_key.master_key_id})."
        )
        bar = tqdm(total=total, initial=done, unit="row", disable=not show_progress)
        try:
            for em in rot.encrypted_models():
                while moved := rot.run_batch(rotation, em, batch_size=batch_size):
                    bar.update(moved)
            swept = rot.sweep(rotation)
            rot.finish(rotation)
        except DecryptionError as exc:
            # Names model, field and pk; the rotation stays RUNNING and resumes after a fix.
            raise CommandError(f"stopped: {exc}") from None
        finally:
            bar.close()
        rotation.refresh_from_db()
        self.stdout.write(
            self.style.SUCCESS(
                f"Rotation {rotation.pk} done: {rotation.values_rewritten} values re-encrypted, "
                f"{swept} rows swept."
            )
        )
