"""Per-key request rate limit: a token bucket on the injected clock.

A bucket (rather than a fixed one-second window) allows fractional rates such
as one request every two seconds, and gives an exact ``Retry-After``: the time
until the next token. Its burst is one second's worth of requests (at least
one), so a client that keeps to the rate is never refused.
"""

from __future__ import annotations

import math

__all__ = ["RateLimiter"]


class RateLimiter:
    """``rate`` requests per second per key; :meth:`take` says how long to wait when over it."""

    def __init__(self, rate: float | None) -> None:
        self.rate = rate
        self._capacity = max(1.0, rate or 0.0)
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, when counted)

    def take(self, key: str, now: float) -> int | None:
        """Spend one request of ``key``'s allowance: None if allowed, else whole seconds to wait (>= 1)."""
        if self.rate is None:
            return None
        tokens, then = self._buckets.get(key, (self._capacity, now))
        tokens = min(self._capacity, tokens + (now - then) * self.rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            return None
        self._buckets[key] = (tokens, now)
        return max(1, math.ceil((1.0 - tokens) / self.rate))

    def clear(self) -> None:
        self._buckets.clear()
