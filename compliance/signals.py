"""Audit receivers for Django's login signals (45 CFR 164.312(b), audit controls)."""

from __future__ import annotations

from typing import Any

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from compliance.audit import AuditAction, record_event
from compliance.blind_index import blind_index


@receiver(user_logged_in, dispatch_uid="compliance.audit_login")
def audit_login(sender: Any, request: Any, user: Any, **_: Any) -> None:
    method = getattr(request, "_compliance_login_method", "session") if request else "session"
    record_event(
        actor=user,
        action=AuditAction.LOGIN,
        entity_type="User",
        entity_id=user.pk,
        detail={"method": method},
    )


@receiver(user_logged_out, dispatch_uid="compliance.audit_logout")
def audit_logout(sender: Any, request: Any, user: Any, **_: Any) -> None:
    if user is None:
        return
    reason = getattr(request, "_compliance_logout_reason", "user") if request else "user"
    record_event(
        actor=user,
        action=AuditAction.LOGOUT,
        entity_type="User",
        entity_id=user.pk,
        detail={"reason": reason},
    )


@receiver(user_login_failed, dispatch_uid="compliance.audit_login_failure")
def audit_login_failure(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any
) -> None:
    """No username or password in the trail: only a keyed hash of the username, so repeated
    failures against one account can be correlated without recording what was typed."""
    username = str(credentials.get("username") or "")
    record_event(
        actor=None,
        action=AuditAction.LOGIN_FAILURE,
        entity_type="User",
        outcome="failure",
        detail={
            "username_hash": _username_hash(username),
            "reason": str(kwargs.get("reason", "credentials"))[:32],
        },
    )


@receiver(user_locked_out, dispatch_uid="compliance.audit_lockout")
def audit_lockout(sender: Any, request: Any = None, username: str | None = None, **_: Any) -> None:
    record_event(
        actor=None,
        action=AuditAction.LOGIN_FAILURE,
        entity_type="User",
        outcome="denied",
        detail={"username_hash": _username_hash(username or ""), "reason": "locked-out"},
    )


def _username_hash(username: str) -> str:
    return blind_index(username, purpose="username") if username else ""
