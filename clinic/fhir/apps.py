from __future__ import annotations

from django.apps import AppConfig


class FhirConfig(AppConfig):
    name = "clinic.fhir"
    label = "fhir"
    verbose_name = "FHIR API"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from clinic.fhir import signals

        signals.connect()
