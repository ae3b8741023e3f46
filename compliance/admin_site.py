"""The admin site with MFA for staff; replaces ``admin.site`` via ``ComplianceAdminConfig``.

Kept free of model imports at module level: Django imports the AppConfig while the app
registry is still loading.
"""

from __future__ import annotations

from typing import Any

from django.contrib.admin import AdminSite
from django.contrib.admin.apps import AdminConfig
from django.http import HttpRequest

from compliance.mfa import mfa_required


class ComplianceAdminSite(AdminSite):
    """Requires an OTP-verified session (django-otp) for every admin page when MFA is
    enforced, so every app's ``admin.site.register(...)`` is covered."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if mfa_required():
            from django_otp.admin import OTPAdminAuthenticationForm

            self.login_form = OTPAdminAuthenticationForm
            self.login_template = "otp/admin111/login.html"

    def has_permission(self, request: HttpRequest) -> bool:
        allowed = super().has_permission(request)
        if not allowed or not mfa_required():
            return allowed
        is_verified = getattr(request.user, "is_verified", None)
        return bool(is_verified and is_verified())


class ComplianceAdminConfig(AdminConfig):
    default_site = "compliance.admin_site.ComplianceAdminSite"
