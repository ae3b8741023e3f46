"""Liveness and readiness probes: JSON, no authentication, no PHI.

``/healthz`` answers as long as the process serves requests. ``/readyz`` checks each
configured dependency (database always; Redis when ``REDIS_URL`` is set; the model servers
when ``LLM_ENDPOINTS`` is set) with a short timeout, and answers 503 naming the ones that
failed, so an orchestrator stops sending traffic until they are back.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

CHECK_TIMEOUT_SECONDS = 2.0


def check_database() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:
        return f"database unreachable ({type(exc).__name__})"
    return None


def check_redis() -> str | None:
    import redis

    try:
        client = redis.Redis.from_url(
            settings.REDIS_URL,
            socket_connect_timeout=CHECK_TIMEOUT_SECONDS,
            socket_timeout=CHECK_TIMEOUT_SECONDS,
        )
        client.ping()
    except Exception as exc:
        return f"redis unreachable ({type(exc).__name__})"
    return None


def check_model_servers() -> str | None:
    """Ready when at least one model endpoint answers its /health (failover covers the rest)."""
    failures = []
    for endpoint in settings.LLM_ENDPOINTS:
        url = endpoint.rstrip("/").removesuffix("/v1") + "/health"
        try:
            response = httpx.get(url, timeout=CHECK_TIMEOUT_SECONDS)
            if response.status_code == 200:
                return None
            failures.append(f"HTTP {response.status_code}")
        except httpx.HTTPError as exc:
            failures.append(type(exc).__name__)
    return "no model server is healthy (" + ", ".join(failures) + ")"


def configured_checks() -> dict[str, Callable[[], str | None]]:
    checks: dict[str, Callable[[], str | None]] = {"database": check_database}
    if settings.REDIS_URL:
        checks["redis"] = check_redis
    if settings.LLM_ENDPOINTS:
        checks["model_server"] = check_model_servers
    return checks


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    results = {}
    ready = True
    for name, check in configured_checks().items():
        started = time.monotonic()
        problem = check()
        results[name] = {
            "ok": problem is None,
            "ms": round((time.monotonic() - started) * 1000, 1),
        }
        if problem:
            results[name]["reason"] = problem
            ready = False
    return JsonResponse(
        {"status": "ready" if ready else "not ready", "checks": results},
        status=200 if ready else 503,
    )
