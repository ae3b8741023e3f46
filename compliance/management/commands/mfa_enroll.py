"""``python manage.py mfa_enroll USERNAME``: give a user a TOTP device, print its otpauth URI.

Scan the URI (or ``--qr``, printed as text) with an authenticator app. The URI holds the
device's secret: run this on a trusted terminal and do not paste the output anywhere else.
"""

from __future__ import annotations

import io
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from compliance.audit import AuditAction, audit_context, record_event


class Command(BaseCommand):
    help = "Enrol a TOTP device for a user and print the otpauth:// URI to scan."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", default="authenticator", help="device name")
        parser.add_argument(
            "--replace", action="store_true", help="delete the user's other TOTP devices"
        )
        parser.add_argument("--qr", action="store_true", help="also print a text QR code")

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model().objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError("No user with that username.")
        with audit_context(source="command", client_app="mfa_enroll"), transaction.atomic():
            if options["replace"]:
                TOTPDevice.objects.filter(user=user).delete()
            device = TOTPDevice.objects.create(user=user, name=options["name"], confirmed=True)
            record_event(
                actor=None,
                action=AuditAction.UPDATE,
                entity_type="TOTPDevice",
                entity_id=device.pk,
                purpose="HOPERAT",
                detail={"user_id": user.pk, "step": "enrol", "replaced": options["replace"]},
            )
        self.stdout.write(device.config_url)
        if options["qr"]:
            import qrcode

            qr = qrcode.QRCode()
            qr.add_data(device.config_url)
            buffer = io.StringIO()
            qr.print_ascii(out=buffer)
            self.stdout.write(buffer.getvalue())
