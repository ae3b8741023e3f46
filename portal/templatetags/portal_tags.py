"""Template helpers for the portal layout (kept out of settings: no context processor)."""

from __future__ import annotations

from typing import Any

from django import template
from django.conf import settings

from clinic.roles import Role, actor_for

register = template.Library()

# How long before the automatic sign-out the warning appears (at most half the timeout).
WARNING_SECONDS = 60


def idle_timeout_seconds() -> int:
    return int(getattr(settings, "SESSION_IDLE_TIMEOUT_SECONDS", 15 * 60))


@register.simple_tag
def idle_timeout() -> int:
    return idle_timeout_seconds()


@register.simple_tag
def idle_warning() -> int:
    return min(WARNING_SECONDS, idle_timeout_seconds() // 2)


@register.filter
def is_patient(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False)) and actor_for(user).role == Role.PATIENT
