"""Counters a test reads to prove what a client did, e.g. that a retried create made one task, not two.

``create_requests`` counts create calls that reached the server (answered or
not); ``tasks_created`` counts tasks made, so an idempotent replay adds to the
first and ``replays`` but not to the second.
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import attrs

__all__ = ["Stats", "StatsRecorder"]


@attrs.frozen
class Stats:
    """A snapshot of the counters; :meth:`as_dict` is what ``GET /_mock/stats`` answers."""

    requests: int = 0
    create_requests: int = 0
    tasks_created: int = 0
    replays: int = 0
    idempotency_conflicts: int = 0
    task_queries: int = 0
    credit_queries: int = 0
    file_uploads: int = 0
    files_stored: int = 0
    downloads: int = 0
    download_bytes: int = 0
    rate_limited: int = 0
    faults: int = 0
    callbacks_delivered: int = 0
    callback_attempts_failed: int = 0
    callbacks_abandoned: int = 0
    statuses: dict[str, int] = attrs.field(factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


_FIELDS = frozenset(field.name for field in attrs.fields(Stats)) - {"statuses"}


class StatsRecorder:
    """The live counters, safe to bump from request threads and the callback sender at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()
        self._statuses: Counter[str] = Counter()

    def bump(self, name: str, by: int = 1) -> None:
        if name not in _FIELDS:
            raise KeyError(f"no counter named {name!r}")
        with self._lock:
            self._counts[name] += by

    def answered(self, status: int) -> None:
        """Count one request and the status it was answered with (``dropped`` when it was not)."""
        with self._lock:
            self._counts["requests"] += 1
            self._statuses[str(status) if status else "dropped"] += 1

    def snapshot(self) -> Stats:
        with self._lock:
            return Stats(**dict(self._counts), statuses=dict(sorted(self._statuses.items())))

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()
            self._statuses.clear()
