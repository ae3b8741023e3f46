from __future__ import annotations

from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The patient portal (server-rendered pages) and the staff console pages in the admin."""

    name = "portal"
    verbose_name = "Patient portal and staff console"
