"""A request rate that finds the provider's unpublished limit by itself.

EvoLink's limits are per model and not published, so a batch cannot be told its
rate. :class:`AdaptivePacer` spaces requests like a token bucket and adjusts the
rate the way TCP adjusts its window: a 429 halves it (multiplicative decrease)
and holds every request until ``Retry-After`` has passed; each success adds a
little back (additive increase), so the rate creeps up to just under the limit
and stays there. It is shared by all the workers of a batch (a lock makes it
safe for threads; asyncio tasks simply call it).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

__all__ = ["AdaptivePacer"]


@dataclass
class AdaptivePacer:
    """Requests per second between ``min_rate`` and ``max_rate``, starting at ``rate``."""

    rate: float = 5.0
    min_rate: float = 0.2
    max_rate: float = 50.0
    increase: float = 0.5  # requests/s added per ``rate`` successes (one "round trip" of the window)
    decrease: float = 0.5
    _next_slot: float = field(default=0.0, init=False)
    _hold_until: float = field(default=0.0, init=False)
    throttled: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, init=False)

    def reserve(self, now: float) -> float:
        """Book the next request slot; returns how long to wait before sending."""
        with self._lock:
            start = max(now, self._next_slot, self._hold_until)
            self._next_slot = start + 1.0 / self.rate
            return start - now

    def on_success(self) -> None:
        with self._lock:
            self.rate = min(self.max_rate, self.rate + self.increase / max(self.rate, 1.0))

    def on_throttle(self, now: float, retry_after: float | None) -> None:
        with self._lock:
            self.throttled += 1
            self.rate = max(self.min_rate, self.rate * self.decrease)
            if retry_after:
                self._hold_until = max(self._hold_until, now + retry_after)
            self._next_slot = max(self._next_slot, now + 1.0 / self.rate)
