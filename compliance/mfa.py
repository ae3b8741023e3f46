"""Second factor for staff (45 CFR 164.312(d), person or entity authentication).

Staff sign in with a password and a TOTP code (django-otp). Who counts as staff: Django
``is_staff``/``is_superuser`` users and anyone with a clinic staff role (clinician, front desk,
org admin, auditor). ``REQUIRE_STAFF_MFA=false`` turns enforcement off for a local demo only;
``manage.py check --deploy`` then warns.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.conf import settings


def mfa_required() -> bool:
    return bool(getattr(settings, "REQUIRE_STAFF_MFA", True))


def user_requires_mfa(user: Any) -> bool:
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if user.is_staff or user.is_superuser:
        return True
    if apps.is_installed("clinic"):
        from clinic.roles import Role, actor_for

        return actor_for(user).role not in (Role.PATIENT, Role.NONE)
    return False


def verify_code(user: Any, code: str) -> bool:
    """Whether ``code`` is a current TOTP code of one of the user's confirmed devices."""
    from django_otp import match_token

    code = (code or "").strip()
    if not code.isdigit() or not 6 <= len(code) <= 8:
        return False
    return match_token(user, code) is not None
