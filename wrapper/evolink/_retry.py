"""When to retry a request, and how long to wait first.

GETs are retried on connection errors, timeouts, 429 and 502/503/504. A create
(POST) is retried only when it carries an Idempotency-Key, because a create the
server received but whose answer was lost would otherwise be billed twice; with
the key, a retry returns the original task. Waits grow exponentially with full
jitter and honour ``Retry-After`` (seconds or an HTTP date), capped so a
hostile or confused server cannot park the client for an hour.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["RETRYABLE_STATUSES", "RetryPolicy", "parse_retry_after"]

RETRYABLE_STATUSES = frozenset({429, 502, 503, 504})


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a ``Retry-After`` header, or None when it is no usable hint.

    HTTP allows two spellings: ASCII delta-seconds and an HTTP date. Anything else (Unicode digits, ``1e400``,
    ``1_0``, a date past year 9999, text) is no hint rather than an error, so the caller backs off as usual.
    A fraction of a second (``1.5``) is accepted too, as gateways send it. Never infinite, never negative.
    """
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.replace(".", "", 1).isdigit():
        seconds = float(value)
    else:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - now()
        except (TypeError, ValueError, OverflowError, IndexError):  # the date parser's failures vary by input
            return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


@dataclass(frozen=True)
class RetryPolicy:
    """``max_retries`` extra attempts, with delays of ``initial * 2**n`` (full jitter) up to ``max_delay``."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: Callable[[float], float] = field(default=lambda ceiling: random.uniform(0, ceiling), compare=False)

    def can_retry(self, attempt: int, *, method: str, idempotent: bool) -> bool:
        """Whether attempt number ``attempt`` (0-based) may be followed by another one."""
        safe = method.upper() in {"GET", "HEAD", "OPTIONS"} or idempotent
        return safe and attempt < self.max_retries

    def retryable_status(self, status: int) -> bool:
        return status in RETRYABLE_STATUSES

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """How long to wait before attempt ``attempt + 1``."""
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        ceiling: float = min(self.max_delay, self.initial_delay * float(2**attempt))
        return max(0.0, min(ceiling, float(self.jitter(ceiling))))
