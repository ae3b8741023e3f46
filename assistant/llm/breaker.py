"""A per-endpoint circuit breaker: stop sending calls to a server that keeps failing.

Closed: calls go through. After ``failures`` failures in a row it opens: calls skip this
endpoint (the client fails over to the next one at once instead of waiting on timeouts).
After ``cooldown`` seconds it is half-open: one caller gets to try (the client probes
``/health`` first); success closes it, failure opens it for another cooldown.

State is per process. With several web workers each learns on its own, which costs at most
``failures`` slow calls per worker per outage.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half-open"


class CircuitBreaker:
    def __init__(
        self,
        *,
        failures: int = 3,
        cooldown: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if failures < 1 or cooldown < 0:
            raise ValueError("failures must be >= 1 and cooldown >= 0")
        self.threshold = failures
        self.cooldown = cooldown
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None
        self._trial_running = False

    @property
    def state(self) -> str:
        with self._lock:
            return self._state()

    def _state(self) -> str:
        if self._opened_at is None:
            return CLOSED
        if self._clock() - self._opened_at >= self.cooldown:
            return HALF_OPEN
        return OPEN

    def acquire(self) -> str | None:
        """The state under which the caller may try, or None when it must skip."""
        with self._lock:
            state = self._state()
            if state == CLOSED:
                return CLOSED
            if state == HALF_OPEN and not self._trial_running:
                self._trial_running = True
                return HALF_OPEN
            return None

    def success(self) -> None:
        with self._lock:
            self._failures = 0
            self._opened_at = None
            self._trial_running = False

    def failure(self) -> None:
        with self._lock:
            self._failures += 1
            if self._trial_running or self._failures >= self.threshold:
                self._opened_at = self._clock()
            self._trial_running = False

    def release(self) -> None:
        """The caller gave up without a verdict (e.g. its request was invalid)."""
        with self._lock:
            self._trial_running = False
