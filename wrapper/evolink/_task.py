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
import threading
import time
import warnings
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ._provider import EVOLINK, Provider

__all__ = ["TERMINAL", "FirstSeen", "Task", "TaskErrorInfo", "UnknownStatusWarning", "link_expiry"]

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
    ``raw_status`` is what the gateway sent. ``expires_at`` says when the
    result links stop working (see the property). ``gateway`` is the registry entry the task
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
        """When the result links stop working, as far as anything says; None before completion.

        A signed link states its own expiry, which is what its host enforces: the earliest of those wins.
        Otherwise the link lifetime the provider's spec documents counts from ``completed_at`` - the time the
        gateway says the task finished, else when this client first saw it completed (:class:`FirstSeen`), so
        fetching the task again never moves it. None where neither is known.
        """
        if self.status != "completed":
            return None
        stated = [when for when in map(link_expiry, self.results) if when is not None]
        if stated:
            return _datetime(min(stated))
        lifetime = self.gateway.link_lifetime
        if self.completed_at is None or lifetime is None:
            return None
        return _datetime(self.completed_at + lifetime)

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
        first_seen: FirstSeen | None = None,
    ) -> Task:
        """Parse a task body from ``gateway``, whose status words are translated to ours.

        A completed task whose body does not say when it finished is dated ``now`` (Unix time), or, given
        ``first_seen``, when that memory first saw it completed: the client keeps one so its expiries hold still.
        """
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
            if first_seen is not None:
                finished = first_seen.completed(body["id"], finished)
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


class FirstSeen:
    """When this client first saw each task completed, for the tasks whose answers do not say when they finished.

    EvoLink's task states no completion time, so without this memory every fetch would date the completion (and
    the link expiry 24 hours after it) to that fetch. Bounded: the ``size`` most recent tasks are remembered,
    enough for any batch; a task forgotten is dated again when next seen. Shared by threads of a batch.
    """

    def __init__(self, size: int = 10_000) -> None:
        self._size = size
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def completed(self, task_id: str, now: float) -> float:
        """The first time ``task_id`` was seen completed, ``now`` if this is the first."""
        with self._lock:
            when = self._seen.setdefault(task_id, now)
            self._seen.move_to_end(task_id)
            while len(self._seen) > self._size:
                self._seen.popitem(last=False)
            return when


#: Signed-URL expiry parameters, lower-cased: a Unix time, or a start time and a lifetime in seconds.
_EXPIRES = "expires"  # CloudFront, S3 (v2 signatures), most CDNs' token schemes
_SIGNED_SPANS = (("x-amz-date", "x-amz-expires"), ("x-goog-date", "x-goog-expires"))  # S3 SigV4, GCS V4


def link_expiry(url: str) -> float | None:
    """The Unix time a signed result link says it expires, or None when it says nothing clear.

    Read conservatively, since a wrong expiry is a promise the host will not keep: each parameter must appear
    once, numbers must be plain ASCII digits, dates the signers' ``YYYYMMDDTHHMMSSZ``, and the result a date a
    calendar holds; anything else (a repeated parameter, ``soon``, a lifetime without its start) counts as silence.
    """
    try:
        pairs = parse_qsl(urlsplit(url).query, keep_blank_values=True)
    except ValueError:
        return None
    fields: dict[str, list[str]] = {}
    for name, value in pairs:
        fields.setdefault(name.lower(), []).append(value)

    def one(name: str) -> str | None:
        values = fields.get(name, [])
        return values[0] if len(values) == 1 else None

    expires = _digits(one(_EXPIRES))
    if expires is not None:
        return expires if _datetime(expires) is not None else None
    for date_name, lifetime_name in _SIGNED_SPANS:
        signed, lifetime = one(date_name), _digits(one(lifetime_name))
        if signed is None or lifetime is None:
            continue
        try:
            start = datetime.strptime(signed, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).timestamp()
        except ValueError:
            return None
        return start + lifetime if _datetime(start + lifetime) is not None else None
    return None


def _digits(text: str | None) -> float | None:
    """A count written in ASCII digits (``"\u00b2".isdigit()`` is true, and a sign or a fraction is no count)."""
    return float(text) if text and text.isascii() and text.isdigit() and len(text) <= 12 else None


def _datetime(timestamp: float) -> datetime | None:
    """``timestamp`` as an aware UTC datetime, or None when no calendar holds it."""
    try:
        return datetime.fromtimestamp(timestamp, UTC)
    except (OverflowError, OSError, ValueError):
        return None
