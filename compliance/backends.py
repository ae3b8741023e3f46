"""Login lockout (django-axes), wrapped for calls that carry no request.

Axes counts failures per request; ``authenticate()`` without a request (the test client's
``login``, a shell) cannot be attributed, so it is let through to the next backend instead of
crashing. Every real login path (admin login, ``POST /api/auth/token``) passes the request.
"""

from __future__ import annotations

from typing import Any

from axes.backends import AxesStandaloneBackend
from django.http import HttpRequest, HttpResponse, JsonResponse

from config.errors import error_body

LOCKED_MESSAGE = "Too many failed sign-ins: this account is locked for a while."


class LockoutBackend(AxesStandaloneBackend):
    def authenticate(
        self, request: Any, username: str | None = None, password: str | None = None, **kwargs: Any
    ) -> None:
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
    """``AXES_LOCKOUT_CALLABLE``: 429 in the API's error shape, or plain text for pages."""
    if request.path.startswith(("/api/", "/fhir")):
        return JsonResponse(error_body("locked", LOCKED_MESSAGE), status=429)
    return HttpResponse(LOCKED_MESSAGE, status=429, content_type="text/plain; charset=utf-8")
