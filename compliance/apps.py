from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _forget_data_keys(**_: object) -> None:
    # A flush or migrate can remove DataKey rows this process has cached (test databases).
    from compliance.crypto import clear_key_cache

    clear_key_cache()


class ComplianceConfig(AppConfig):
    name = "compliance"

    def ready(self) -> None:
        post_migrate.connect(_forget_data_keys, dispatch_uid="compliance.forget_data_keys")
        from compliance import schema, signals  # noqa: F401  (OpenAPI extension, audit receivers)
