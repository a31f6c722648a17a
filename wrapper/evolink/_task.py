"""The task as users see it: parsed tolerantly from whatever the gateway sends.

The generated models are strict (an unknown status raises ``ValueError``), which
is right for a contract but wrong for a client that must keep working when the
provider adds a status or a key. :class:`Task` keeps the fields users need,
maps each gateway's status names to one vocabulary (``pending``,
``processing``, ``completed``, ``failed``, ``cancelled``), keeps the original
in ``raw_status`` and the whole body in ``raw``.
"""

from __future__ import annotations

import math
import time
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ._provider import EVOLINK, Provider

__all__ = ["TERMINAL", "Task", "TaskErrorInfo", "UnknownStatusWarning"]

TERMINAL = frozenset({"completed", "failed", "cancelled"})
KNOWN = frozenset({"pending", "processing", *TERMINAL})


class UnknownStatusWarning(UserWarning):
    """The API sent a status this version does not know; the task is treated as not finished."""


@dataclass(frozen=True)
class TaskErrorInfo:
    """Why a task failed: ``code`` is a business code (a string, or an integer on some endpoints)."""

    code: str | int | None
    message: str | None
    type: str | None = None


def _float(value: Any) -> float | None:
    """A finite number, or None: JSON from a gateway may say true, "12", Infinity, NaN or a 400-digit integer."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except OverflowError:  # an integer no float holds
        return None
    return number if math.isfinite(number) else None


def _int(value: Any) -> int | None:
    number = _float(value)
    return int(number) if number is not None else None


@dataclass(frozen=True, kw_only=True)
class Task:
    """A snapshot of a generation task.

    ``status`` is one of pending, processing, completed, failed, cancelled (an
    unknown status reads as processing, with an :class:`UnknownStatusWarning`);
    ``raw_status`` is what the gateway sent. ``expires_at`` estimates when the
    result links stop working: 24 hours after completion, taken from the body
    when the gateway says when it finished, else from when this client first
    saw the task completed, and the link lifetime the provider's spec documents
    (None where it documents none). ``gateway`` is the registry entry the task
    came from (EvoLink unless given): what its spec says about links and
    failures travels with the task.
    """

    id: str
    status: str
    raw_status: str
    model: str | None = None
    progress: int = 0
    results: tuple[str, ...] = ()
    error: TaskErrorInfo | None = None
    created: int | None = None
    estimated_time: float | None = None
    video_duration: float | None = None
    usage: Mapping[str, Any] = field(default_factory=dict, repr=False)
    task_info: Mapping[str, Any] = field(default_factory=dict, repr=False)
    completed_at: float | None = None
    replayed: bool = False
    gateway: Provider = field(default=EVOLINK, repr=False)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def done(self) -> bool:
        """True once the task can no longer change (completed, failed or cancelled)."""
        return self.status in TERMINAL

    @property
    def provider(self) -> str:
        """The gateway's name (``evolink``, ``uniall``)."""
        return self.gateway.name

    @property
    def expires_at(self) -> datetime | None:
        lifetime = self.gateway.link_lifetime
        if self.status != "completed" or self.completed_at is None or lifetime is None:
            return None
        try:
            return datetime.fromtimestamp(self.completed_at + lifetime, UTC)
        except (OverflowError, OSError, ValueError):  # a completion time no calendar holds
            return None

    @property
    def credits_reserved(self) -> float | None:
        """Credits the gateway set aside when it accepted the task (``usage.credits_reserved``), or None."""
        return _float(self.usage.get("credits_reserved"))

    @property
    def credits_charged(self) -> float | None:
        """The final charge: ``usage.credits_used`` (or ``usage.cost``); 0 for a failed or cancelled task, which
        is refunded, when the gateway states none; None while the task runs or when the gateway says nothing."""
        charged = _float(self.usage.get("credits_used", self.usage.get("cost")))
        if charged is None and self.status in ("failed", "cancelled"):
            return 0.0
        return charged

    @property
    def credits(self) -> float | None:
        """What the task costs as far as is known: the final charge once stated, else the reservation."""
        charged = self.credits_charged
        return charged if charged is not None else self.credits_reserved

    @property
    def video_url(self) -> str | None:
        return self.results[0] if self.results else None

    @property
    def result_data(self) -> Any:
        """Model-specific results beside the links (a list or an object), as the gateway sent them."""
        return self.raw.get("result_data")

    @property
    def element_id(self) -> str | None:
        """The element a ``kling-custom-element`` task created (``result_data.element_id``), else None."""
        data = self.result_data
        value = data.get("element_id") if isinstance(data, Mapping) else None
        return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else None

    @classmethod
    def from_json(
        cls,
        body: Mapping[str, Any],
        *,
        gateway: Provider = EVOLINK,
        replayed: bool = False,
        now: float | None = None,
    ) -> Task:
        """Parse a task body from ``gateway``, whose status words are translated to ours."""
        if not isinstance(body, Mapping) or not isinstance(body.get("id"), str) or not body["id"]:
            raise ValueError("a task body needs a string id")
        raw_status = str(body.get("status", ""))
        status = gateway.statuses.get(raw_status, raw_status)
        if status not in KNOWN:
            warnings.warn(
                f"task {body['id']}: unknown status {raw_status!r}, treated as not finished",
                UnknownStatusWarning,
                stacklevel=3,
            )
            status = "processing"
        error = body.get("error")
        task_info = body.get("task_info") if isinstance(body.get("task_info"), Mapping) else {}
        assert isinstance(task_info, Mapping)
        usage = body.get("usage") if isinstance(body.get("usage"), Mapping) else {}
        assert isinstance(usage, Mapping)
        finished = _float(body.get("completed_at") or body.get("finished_at"))
        if status == "completed" and finished is None:
            finished = time.time() if now is None else now
        return cls(
            id=body["id"],
            status=status,
            raw_status=raw_status,
            model=body["model"] if isinstance(body.get("model"), str) else None,
            progress=max(0, min(100, _int(body.get("progress")) or (100 if status == "completed" else 0))),
            results=_result_urls(body),
            error=TaskErrorInfo(
                code=error.get("code") if isinstance(error.get("code"), str | int) else None,
                message=str(error["message"]) if error.get("message") is not None else None,
                type=error.get("type") if isinstance(error.get("type"), str) else None,
            )
            if isinstance(error, Mapping)
            else None,
            created=_int(body.get("created", body.get("created_at"))),
            estimated_time=_float(task_info.get("estimated_time")),
            video_duration=_float(task_info.get("video_duration", body.get("duration"))),
            usage=dict(usage),
            task_info=dict(task_info),
            completed_at=finished,
            replayed=replayed,
            gateway=gateway,
            raw=dict(body),
        )


def _result_urls(body: Mapping[str, Any]) -> tuple[str, ...]:
    """Result links wherever a gateway puts them: results, video_url, result.outputs."""
    urls: list[str] = []
    candidates: list[Any] = [body.get("results"), body.get("video_url")]
    result = body.get("result")
    if isinstance(result, Mapping):
        candidates += [result.get("outputs"), result.get("video_url")]
    for candidate in candidates:
        items = candidate if isinstance(candidate, list) else [candidate]
        urls += [u for u in items if isinstance(u, str) and u and u not in urls]
    return tuple(urls)
