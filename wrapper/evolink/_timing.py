"""Time as the clients see it, injectable so tests of hour-long waits run in milliseconds."""

from __future__ import annotations

import time
from typing import Protocol

from ._exceptions import APITimeoutError

__all__ = ["Clock", "Deadline", "SystemClock"]


class Clock(Protocol):
    """``now()`` is monotonic (deadlines, poll spacing); ``wall()`` is Unix time (link expiry)."""

    def now(self) -> float: ...

    def wall(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...

    async def async_sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def now(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio  # only async users pay for importing asyncio

        await asyncio.sleep(seconds)


class Deadline:
    """The one deadline of an operation (a wait, a create and wait, a download), read on ``clock``.

    Every request, read and sleep inside the operation asks it for the time left, so a slow, dripping or
    throttling server cannot stretch the operation past it.
    """

    def __init__(self, clock: Clock, seconds: float) -> None:
        self.clock = clock
        self.seconds = seconds
        self.at = clock.now() + seconds

    def left(self) -> float:
        return max(0.0, self.at - self.clock.now())

    def passed(self) -> bool:
        return self.clock.now() >= self.at

    def check(self) -> None:
        """Raise :class:`~evolink.APITimeoutError` once the deadline has passed."""
        if self.passed():
            raise APITimeoutError(f"out of time: the operation's {self.seconds:g} s timeout has passed")
