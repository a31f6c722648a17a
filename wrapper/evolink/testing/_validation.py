"""What the gateway checks in a request before acting on it, all read from the merged spec.

The body is checked against its model's request schema and the headers and
path parameters against their parameter schemas, through
:class:`evolink._spec.ApiSpec`, so no limit or pattern is written here. The
one rule added is the callback host rule, which the spec states in prose
because JSON Schema cannot say what a host name is.
"""

from __future__ import annotations

from typing import Any

from .._spec import evolink_spec
from .._violations import Violation
from ._callbacks import callback_problem

__all__ = ["create_violations", "task_id_violations"]

_SPEC = evolink_spec()


def create_violations(body: Any, idempotency_key: str | None, *, allow_loopback: bool) -> list[Violation]:
    """Every way a create request breaks the rules; empty when it may go ahead."""
    found: list[Violation] = []
    if idempotency_key is not None:
        found += _SPEC.check_parameter(_SPEC.create_path, "post", "Idempotency-Key", idempotency_key)
    found += _SPEC.check_request(body)
    callback = body.get("callback_url") if isinstance(body, dict) else None
    if not found and isinstance(callback, str):
        problem = callback_problem(callback, allow_loopback=allow_loopback)
        if problem:
            found.append(Violation("callback_url", problem, callback))
    return found


def task_id_violations(task_id: str) -> list[Violation]:
    """How ``task_id`` breaks the spec's TaskId (pattern, length); empty when well formed."""
    return _SPEC.check_parameter(_SPEC.task_path, "get", "task_id", task_id)
