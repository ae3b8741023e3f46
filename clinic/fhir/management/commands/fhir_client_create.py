"""``manage.py fhir_client_create <org-slug> "<name>" "system/*.read system/Appointment.write"``."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from clinic.fhir.clients import fhir_client_create
from clinic.models import Organization
from compliance.audit import audit_context
from config.errors import DomainError


class Command(BaseCommand):
    help = "Register an EHR system as a FHIR client; prints its client id and secret once."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("organization")
        parser.add_argument("name")
        parser.add_argument("scopes")

    def handle(self, *args: Any, **options: Any) -> None:
        org = Organization.objects.filter(slug=options["organization"]).first()
        if org is None:
            raise CommandError("No organization with that slug.")
        try:
            with audit_context(source="manage.py", client_app="fhir_client_create"):
                client, secret = fhir_client_create(
                    actor=None,
                    organization_id=org.pk,
                    name=options["name"],
                    scopes=options["scopes"],
                )
        except DomainError as exc:
            raise CommandError(exc.message) from None
        self.stdout.write(f"client_id: {client.application.client_id}\nclient_secret: {secret}")
