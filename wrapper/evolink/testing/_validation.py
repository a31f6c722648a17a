"""What a gateway checks in a request before acting on it, all read from its merged spec.

The body is checked against its model's request schema and the headers and
path parameters against their parameter schemas, through
:class:`evolink._spec.ApiSpec`, so no limit or pattern is written here. The
one rule added is the callback host rule, which EvoLink's spec states in prose
because JSON Schema cannot say what a host name is (UniAll's spec has no
``callback_url``, so it never applies there).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from .._spec import ApiSpec
from .._violations import Violation
from ._callbacks import callback_problem

__all__ = ["create_violations", "task_id_violations"]


def create_violations(
    spec: ApiSpec,
    body: Any,
    idempotency_key: str | None,
    *,
    allow_loopback: bool,
    extra_models: Collection[str] = (),
) -> list[Violation]:
    """Every way a create request breaks ``spec``; empty when it may go ahead.

    ``idempotency_key`` is checked only when given and the spec declares the
    header, against the header's schema.
    ``extra_models`` are served beyond the spec's, checked by the rules every model shares.
    """
    found: list[Violation] = []
    if idempotency_key is not None:
        found += spec.check_idempotency_key(idempotency_key)
    extra = isinstance(body, dict) and body.get("model") in extra_models
    found += spec.check_request(body, allow_unknown_model=extra)
    callback = body.get("callback_url") if isinstance(body, dict) else None
    if isinstance(callback, str) and not any(v.field == "callback_url" for v in found):
        problem = callback_problem(callback, allow_loopback=allow_loopback)
        if problem:
            found.append(Violation("callback_url", problem, callback))
    return found


def task_id_violations(spec: ApiSpec, task_id: str) -> list[Violation]:
    """How ``task_id`` breaks the spec's task id schema (pattern, length); empty when well formed."""
    query = spec.task_query
    return spec.check_parameter(query.path, query.method, "task_id", task_id)
