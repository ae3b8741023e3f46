"""Request-scoped compliance middleware.

``AuditContextMiddleware`` tells ``record_event`` where a request came from. The source is
``REMOTE_ADDR``: behind a proxy, the proxy must set it (e.g. uvicorn ``--proxy-headers`` with
``--forwarded-allow-ips``), because trusting ``X-Forwarded-For`` from anyone would let a
client write any address into the audit trail.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import NoReverseMatch

from compliance.audit import AuditContext, reset_context, set_request_context
from config.errors import error_body
from config.logging import request_id_var


def client_app_for(path: str) -> str:
    if path.startswith("/fhir"):
        return "fhir-api"
    if path.startswith("/api/"):
        return "api"
    if path.startswith("/admin/"):
        return "admin"
    return "web"


class AuditContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = getattr(request, "request_id", "") or request_id_var.get()
        ctx = AuditContext(
            source=request.META.get("REMOTE_ADDR", "")[:64],
            request_id="" if request_id == "-" else request_id[:64],
            user_agent=request.META.get("HTTP_USER_AGENT", "")[:256],
            client_app=client_app_for(request.path),
        )
        token = set_request_context(ctx)
        try:
            return self.get_response(request)
        finally:
            reset_context(token)


LAST_ACTIVITY_KEY = "_compliance_last_activity"
STARTED_KEY = "_compliance_session_started"
# Session writes are throttled: activity is recorded at most every this many seconds.
ACTIVITY_RESOLUTION_SECONDS = 5
PASSIVE_PATHS = frozenset({"/api/session"})


def wants_json(request: HttpRequest) -> bool:
    return request.path.startswith(("/api/", "/fhir")) or "application/json" in request.headers.get(
        "Accept", ""
    )


def session_seconds_left(request: HttpRequest, now: float) -> int | None:
    """Seconds until idle or absolute timeout, whichever is first; None without a session."""
    session = getattr(request, "session", None)
    if session is None or SESSION_KEY not in session:
        return None
    last = session.get(LAST_ACTIVITY_KEY, now)
    started = session.get(STARTED_KEY, now)
    idle_left = settings.SESSION_IDLE_TIMEOUT_SECONDS - (now - last)
    absolute_left = settings.SESSION_COOKIE_AGE - (now - started)
    return max(0, int(min(idle_left, absolute_left)))


class SessionIdleTimeoutMiddleware:
    """Automatic logoff (45 CFR 164.312(a)(2)(iii)).

    Logs a session out after ``SESSION_IDLE_TIMEOUT_SECONDS`` without activity, or
    ``SESSION_COOKIE_AGE`` after sign-in however active (Django's own expiry slides with every
    session write, so the absolute limit is enforced here). The logout is audited (LOGOUT,
    reason idle-timeout/absolute-timeout). HTML requests are redirected to the login page,
    API requests get 401. ``GET /api/session`` reports the time left without counting as
    activity; every response to a signed-in session carries ``X-Session-Expires-In``.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        now = time.time()
        session = getattr(request, "session", None)
        if session is not None and SESSION_KEY in session:
            last = session.get(LAST_ACTIVITY_KEY)
            started = session.get(STARTED_KEY)
            reason = ""
            if last is not None and now - last > settings.SESSION_IDLE_TIMEOUT_SECONDS:
                reason = "idle-timeout"
            elif started is not None and now - started > settings.SESSION_COOKIE_AGE:
                reason = "absolute-timeout"
            if reason:
                return self._expire(request, reason)
            if started is None:
                session[STARTED_KEY] = now
            passive = request.path in PASSIVE_PATHS
            if (
                not passive and (last is None or now - last >= ACTIVITY_RESOLUTION_SECONDS)
            ) or last is None:
                session[LAST_ACTIVITY_KEY] = now
        response = self.get_response(request)
        left = session_seconds_left(request, now)
        if left is not None:
            response["X-Session-Expires-In"] = str(left)
        return response

    def _expire(self, request: HttpRequest, reason: str) -> HttpResponse:
        request._compliance_logout_reason = reason  # type: ignore[attr-defined]
        logout(request)
        if wants_json(request):
            return JsonResponse(
                error_body("session_expired", "Your session has expired; sign in again."),
                status=401,
            )
        try:
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        except NoReverseMatch:
            return redirect_to_login(request.get_full_path(), "/admin/login/")


def session_status(request: HttpRequest) -> JsonResponse:
    """``GET /api/session``: whether signed in and seconds left; does not count as activity."""
    left = session_seconds_left(request, time.time())
    return JsonResponse(
        {
            "authenticated": left is not None,
            "expires_in": left,
            "idle_timeout": settings.SESSION_IDLE_TIMEOUT_SECONDS,
        }
    )
