"""Faults on demand: error bursts, dropped connections and cut downloads, to test client retries for real.

Two sources, checked in this order: rules a test arms (``fail_next``,
``drop_next``, ``truncate_next``; each serves its next ``n`` matching requests)
and the random rates of :class:`~evolink.testing.MockConfig` (drawn from the
server's seeded generator, so a seed replays the same faults).

``when="before"`` answers (or drops) before the request is looked at: nothing
happened on the server. ``when="after"`` lets the request take full effect (a
task is created, a replay is recorded) and only then replaces the answer: the
"request sent, answer lost" case that makes idempotent retries necessary.
Random drops are always "after", the harder case for a client.
"""

from __future__ import annotations

import fnmatch
import random
import threading
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from ._config import MAX_VIDEO_BYTES, MockConfig
from ._errors import ApiError, ErrorBook
from ._options import OptionError, check_count, check_whole

__all__ = ["Fault", "Faults", "When", "fault_error"]

When = Literal["before", "after"]
Kind = Literal["fail", "drop", "truncate"]

# The error each injected status stands for, when the gateway's book has it; other statuses get a generic body.
_KINDS = {
    401: "unauthorized",
    402: "insufficient_quota",
    403: "permission_denied",
    404: "task_not_found",
    409: "idempotency_conflict",
    429: "rate_limited",
    500: "internal_error",
    502: "upstream_error",
    503: "upstream_error",
}
_RETRY_AFTER = {429, 503}


def fault_error(status: int, errors: ErrorBook) -> ApiError:
    """The error answer of an injected ``status`` in the gateway's words; 429 and 503 carry ``Retry-After: 1``."""
    headers = {"retry-after": "1"} if status in _RETRY_AFTER else None
    kind = _KINDS.get(status)
    if kind is not None and kind in errors:
        return errors.error(kind, status=status, headers=headers)
    kind = "api_error" if status >= 500 else "invalid_request_error"
    return ApiError(status, "injected_fault", f"Injected fault ({status})", type=kind, headers=headers)


@attrs.frozen
class Fault:
    """What to do to one answer: answer ``status`` (``fail``), ``drop`` it, or ``truncate`` it after ``at`` bytes."""

    kind: Kind
    status: int = 503
    at: int | None = None


@attrs.define
class _Rule:
    fault: Fault
    remaining: int
    path: str | None
    when: When

    def matches(self, kind: Kind, path: str, when: When) -> bool:
        return (
            self.fault.kind == kind
            and self.remaining > 0
            and self.when == when
            and (self.path is None or fnmatch.fnmatchcase(path, self.path))
        )


def _path(path: object) -> str | None:
    if path is not None and not isinstance(path, str):
        raise OptionError("path", "must be a path or a glob such as /v1/tasks/*", path)
    return path


class Faults:
    """The faults armed on one server. ``path`` filters are exact paths or globs (``/v1/tasks/*``)."""

    def __init__(self, config: MockConfig, rng: random.Random) -> None:
        self._config = config
        self._rng = rng
        self._rules: list[_Rule] = []
        self._lock = threading.Lock()

    def fail_next(self, n: int = 1, *, status: int = 503, path: str | None = None, when: When = "before") -> None:
        """Answer the next ``n`` matching requests with ``status`` (an ErrorResponse body)."""
        self._arm(Fault("fail", status=check_whole("status", status, 400, 599)), n, path, when)

    def drop_next(self, n: int = 1, *, path: str | None = None, when: When = "before") -> None:
        """Close the connection instead of answering the next ``n`` matching requests."""
        self._arm(Fault("drop"), n, path, when)

    def truncate_next(self, n: int = 1, *, at: int | None = None, path: str | None = None) -> None:
        """Cut the next ``n`` matching downloads after ``at`` bytes (default: half of what was to be sent)."""
        cut = None if at is None else check_whole("at", at, 0, MAX_VIDEO_BYTES)
        self._arm(Fault("truncate", at=cut), n, path, "after")

    def arm(self, description: Mapping[str, Any]) -> None:
        """Arm a rule described as JSON (``POST /_mock/faults``): ``kind`` plus that method's keywords.

        ``{"kind": "fail", "n": 2, "status": 500, "path": "/v1/tasks/*"}`` is
        ``fail_next(2, status=500, path="/v1/tasks/*")``. A value out of range
        or of the wrong type is an :class:`OptionError` naming its keyword
        (``n`` is a whole number from 1 to a billion, ``status`` 400-599,
        ``at`` a whole number of bytes); an unknown keyword is a TypeError.
        """
        options = dict(description)
        kind = options.pop("kind", None)
        methods: dict[str, Callable[..., None]] = {
            "fail": self.fail_next,
            "drop": self.drop_next,
            "truncate": self.truncate_next,
        }
        if not isinstance(kind, str) or kind not in methods:
            raise OptionError("kind", "must be fail, drop or truncate", kind)
        methods[kind](**options)

    def clear(self) -> None:
        """Disarm every rule (the configured random rates stay)."""
        with self._lock:
            self._rules.clear()

    @property
    def armed(self) -> int:
        """How many answers the armed rules will still change."""
        with self._lock:
            return sum(rule.remaining for rule in self._rules)

    def _arm(self, fault: Fault, n: int, path: str | None, when: When) -> None:
        if when not in ("before", "after"):
            raise OptionError("when", "must be 'before' or 'after'", when)
        rule = _Rule(fault, check_count("n", n), _path(path), when)
        with self._lock:
            self._rules.append(rule)

    def _use(self, kind: Kind, path: str, when: When) -> Fault | None:
        with self._lock:
            for rule in self._rules:
                if rule.matches(kind, path, when):
                    rule.remaining -= 1
                    self._rules = [r for r in self._rules if r.remaining > 0]
                    return rule.fault
        return None

    def take(self, path: str, when: When) -> Fault | None:
        """The fail or drop fault for this answer, if any (armed rules first, then the random rates)."""
        fault = self._use("fail", path, when) or self._use("drop", path, when)
        if fault is not None:
            return fault
        with self._lock:
            if when == "before" and self._config.error_rate and self._rng.random() < self._config.error_rate:
                return Fault("fail", status=self._config.error_status)
            if when == "after" and self._config.drop_rate and self._rng.random() < self._config.drop_rate:
                return Fault("drop")
        return None

    def truncation(self, path: str, length: int) -> int | None:
        """Where to cut a download of ``length`` bytes, or None to send it whole."""
        if length < 1:
            return None
        fault = self._use("truncate", path, "after")
        if fault is not None:
            return min(length - 1, length // 2 if fault.at is None else fault.at)
        with self._lock:
            if self._config.truncate_rate and self._rng.random() < self._config.truncate_rate:
                return self._rng.randrange(length)
        return None
