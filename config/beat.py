"""The periodic jobs Celery beat runs. Task arguments are ids or nothing, never PHI."""

from __future__ import annotations

from typing import Any

BEAT_SCHEDULE: dict[str, dict[str, Any]] = {}
