"""Time the mock reads, injectable so a ten-minute task finishes in a test without waiting.

:class:`FakeClock` has the same four methods as the client's clock
(:class:`evolink._timing.Clock`), so one fake clock can drive a client and the
mock together: every ``sleep`` the client does between polls moves the mock's
tasks on by exactly that much. The mock itself reads ``wall()`` (Unix
seconds: task ``created``, link expiry, progress) and sleeps for latency.
"""

from __future__ import annotations

import threading

from .._timing import Clock, SystemClock

__all__ = ["Clock", "FakeClock", "SystemClock"]

#: 2026-11-23 00:00:00 UTC: a fixed start makes task ids and timestamps repeatable.
DEFAULT_START = 1_795_392_000.0


class FakeClock:
    """Time that moves only when told to: :meth:`advance`, or a :meth:`sleep` by whoever holds the clock."""

    def __init__(self, start: float = DEFAULT_START) -> None:
        self._start = start
        self._elapsed = 0.0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"FakeClock(wall={self.wall():.3f})"

    def now(self) -> float:
        """Seconds since the clock was made (monotonic)."""
        return self._elapsed

    def wall(self) -> float:
        """Unix seconds."""
        return self._start + self._elapsed

    def advance(self, seconds: float) -> None:
        """Move time forward; a negative step is refused (time never goes back)."""
        if seconds < 0:
            raise ValueError(f"a clock only moves forward, got {seconds}")
        with self._lock:
            self._elapsed += seconds

    def sleep(self, seconds: float) -> None:
        """Returns at once, ``seconds`` later."""
        self.advance(max(0.0, seconds))

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
