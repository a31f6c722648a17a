"""What differs between the gateways the mock can play, as data plus one function each: the dialect.

The core (routing, keys, rate limits, faults, idempotency, task timing, result
files) is shared. A :class:`Dialect` plays one entry of the client's gateway
registry (:mod:`evolink._provider`): the spec, the operations' paths (from the
generated request builders), whether ``Idempotency-Key`` is declared and the
status words (the registry's table, read backwards) come from there. The
dialect adds only what the mock alone needs: the shape of a task body, the
shape of task ids, the error book and a title.

EvoLink (``task-unified-...``): results in ``results``, errors as its spec's
examples.

UniAll (``job_...``): no ``cancelled``, the ``video.generation.job`` body with
the result in ``video_url`` and ``result`` {``outputs``, ``video_url``}, errors
with the statuses its spec documents (400, 401, 404, 429, 500; no 402, 403 or
409). Its spec documents the error shape but no codes, so the codes below are
inferred (OpenAI-style, as the spec's ``x-source`` says of the shape), and so
is the id shape. ``thumbnail_url`` is ``null``: the mock has no thumbnail.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cached_property
from typing import Any

from .. import _provider as gateways
from .._provider import Provider
from .._spec import ApiSpec
from ._endings import Ending
from ._errors import Documented, ErrorBook
from ._tasks import Phase, TaskRecord, number, phase

__all__ = ["DIALECTS", "EVOLINK", "PROVIDERS", "UNIALL", "Dialect", "dialect", "reservation"]

#: ``shape(task, phase, status word, result links)``: the task body as the gateway writes it.
Shape = Callable[[TaskRecord, Phase, str, list[str]], dict[str, Any]]
#: Which phase status each ending kind reaches (``never`` reaches none, so every gateway can show it).
_REACHES = {"complete": "completed", "fail": "failed", "cancel": "cancelled"}


class Dialect:
    """One gateway as the mock plays it (see the module docstring for both)."""

    def __init__(
        self, gateway: Provider, *, title: str, task_id: str, shape: Shape, errors: Callable[[], ErrorBook]
    ) -> None:
        self.gateway = gateway
        self.name = gateway.name
        self.title = title
        #: Our status -> the gateway's word for it: the registry's table, read backwards.
        self.statuses = {ours: word for word, ours in gateway.statuses.items()}
        self.task_id = task_id
        self._shape = shape
        self._errors = errors

    def __repr__(self) -> str:
        return f"Dialect({self.name!r})"

    @property
    def spec(self) -> ApiSpec:
        return self.gateway.spec()

    @cached_property
    def errors(self) -> ErrorBook:
        return self._errors()

    @property
    def create_route(self) -> tuple[str, ...]:
        return _segments(self.spec.create.path)

    @property
    def task_route(self) -> tuple[str, ...]:
        return _segments(self.spec.task_query.path)

    def shows(self, ending: Ending) -> bool:
        """Whether the gateway has a status for ``ending`` (UniAll has no ``cancelled``)."""
        reached = _REACHES.get(ending.kind)
        return reached is None or reached in self.statuses

    @property
    def declares_idempotency_key(self) -> bool:
        """Whether the spec documents an ``Idempotency-Key`` header on create (then its schema is enforced)."""
        return self.gateway.idempotency_header is not None

    @cached_property
    def callbacks(self) -> bool:
        """Whether any model's request documents ``callback_url``."""
        spec = self.spec
        return any("callback_url" in spec.model_schema(model).get("properties", {}) for model in spec.models)

    @property
    def restricted_keys(self) -> bool:
        """Whether the gateway documents keys that are out of quota (402) or denied (403)."""
        return "insufficient_quota" in self.errors and "permission_denied" in self.errors

    def render(self, task: TaskRecord, now: float, link: Callable[[TaskRecord, int], str]) -> dict[str, Any]:
        """The task at ``now`` as the gateway shows it (create, query and callback share it)."""
        current = phase(task, now)
        links = [link(task, index) for index in range(task.outputs)] if current.status == "completed" else []
        return self._shape(task, current, self.statuses[current.status], links)


def _segments(path: str) -> tuple[str, ...]:
    return tuple(path.strip("/").split("/"))


# --- EvoLink -----------------------------------------------------------------------------------


def reservation(outputs: int, video_duration: float | None) -> float:
    """The credits a task reserves: invented, one per second of video per output (a second for no video)."""
    return max(outputs, 1) * (video_duration or 1)


def _evolink_task(task: TaskRecord, current: Phase, status: str, links: list[str]) -> dict[str, Any]:
    """``TaskDetail``. Credits are invented (one per second of video per output) but follow the documented
    shape: reserved at create, used once finished, refunded on failure."""
    reserved = number(reservation(task.outputs, task.video_duration))
    info: dict[str, Any] = {"can_cancel": not current.terminal, "estimated_time": number(task.seconds)}
    if task.video_duration is not None:
        info["video_duration"] = number(task.video_duration)
    usage: dict[str, Any] = {"billing_rule": "per_second", "credits_reserved": reserved, "user_group": "default"}
    body: dict[str, Any] = {
        "id": task.id,
        "created": int(task.created_at),
        "model": task.model,
        "object": "video.generation.task",
        "type": "video",
        "status": status,
        "progress": current.progress,
        "task_info": info,
        "usage": usage,
    }
    if current.terminal:
        usage["credits_used"] = reserved if current.status == "completed" else 0
    if current.status == "completed" and task.outputs == 0:
        # A model that makes no video (kling-custom-element) answers with what it made instead of links.
        body["result_data"] = {"element_id": str(int(hashlib.sha256(task.id.encode()).hexdigest()[:15], 16))}
    if links:
        body["results"] = links
    if current.status == "failed":
        body["error"] = {"code": task.ending.code, "message": task.ending.message, "type": "task_error"}
    return body


#: EvoLink's errors: the example of each response in its spec, at the status the spec gives it.
_EVOLINK_RESPONSES = {
    "invalid_request": ("InvalidRequest", 400),
    "invalid_task_id": ("InvalidTaskId", 400),
    "unauthorized": ("Unauthorized", 401),
    "insufficient_quota": ("InsufficientQuota", 402),
    "permission_denied": ("PermissionDenied", 403),
    "task_not_found": ("TaskNotFound", 404),
    "query_denied": ("TaskAccessDenied", 403),
    "idempotency_conflict": ("IdempotencyConflict", 409),
    "rate_limited": ("RateLimited", 429),
    "internal_error": ("InternalError", 500),
    "upstream_error": ("UpstreamError", 502),
}


def _evolink_errors() -> ErrorBook:
    responses = gateways.EVOLINK.spec().document["components"]["responses"]
    entries: dict[str, Documented] = {}
    for kind, (name, status) in _EVOLINK_RESPONSES.items():
        example = responses[name]["content"]["application/json"]["example"]["error"]
        entries[kind] = Documented(status, str(example["code"]), str(example["type"]), str(example["message"]))
    return ErrorBook(entries)


EVOLINK = Dialect(
    gateways.EVOLINK,
    title="EvoLink",
    task_id="task-unified-{seconds}-{suffix}",
    shape=_evolink_task,
    errors=_evolink_errors,
)


# --- UniAll ------------------------------------------------------------------------------------


def _uniall_job(task: TaskRecord, current: Phase, status: str, links: list[str]) -> dict[str, Any]:
    """``VideoJob``: the request's prompt, duration, size and aspect ratio echoed; the result in two places."""
    asked = task.request
    body: dict[str, Any] = {
        "id": task.id,
        "task_id": task.id,
        "object": "video.generation.job",
        "model": task.model,
        "status": status,
        "progress": current.progress,
        "created_at": int(task.created_at),
        "metadata": {name: asked[name] for name in ("size", "aspect_ratio") if name in asked},
        "video_url": links[0] if links else None,
        "thumbnail_url": None,
    }
    if isinstance(asked.get("prompt"), str):
        body["prompt"] = asked["prompt"]
    if task.video_duration is not None:
        body["duration"] = number(task.video_duration)
    if links:
        body["result"] = {"outputs": links, "video_url": links[0]}
    if current.status == "failed":
        body["error"] = {"code": task.ending.code, "message": task.ending.message}
    return body


def _uniall_errors() -> ErrorBook:
    # Inferred: the spec documents {error: {message, type, code, param}} and these statuses, not the codes.
    return ErrorBook(
        {
            "invalid_request": Documented(400, "invalid_request", "invalid_request_error", "The request is invalid"),
            "invalid_task_id": Documented(400, "invalid_task_id", "invalid_request_error", "Invalid task id"),
            "unauthorized": Documented(401, "invalid_api_key", "authentication_error", "Invalid API key"),
            "task_not_found": Documented(404, "job_not_found", "invalid_request_error", "Video job not found"),
            # Idempotency-Key is not UniAll's (see MockConfig): a conflict is answered with a documented status.
            "idempotency_conflict": Documented(
                400, "idempotency_conflict", "invalid_request_error", "Idempotency-Key reused with a different body"
            ),
            "rate_limited": Documented(
                429, "rate_limit_exceeded", "rate_limit_error", "Too many requests, please try again later"
            ),
            "internal_error": Documented(500, "internal_error", "server_error", "Internal server error"),
            "upstream_error": Documented(502, "upstream_error", "server_error", "Upstream service error"),
        }
    )


UNIALL = Dialect(
    gateways.UNIALL,
    title="UniAll",
    task_id="job_{seconds}_{suffix}",
    shape=_uniall_job,
    errors=_uniall_errors,
)

DIALECTS: dict[str, Dialect] = {d.name: d for d in (EVOLINK, UNIALL)}
#: The provider names :class:`~evolink.testing.MockConfig` accepts.
PROVIDERS = tuple(DIALECTS)


def dialect(provider: str) -> Dialect:
    """The dialect of ``provider`` (``evolink`` or ``uniall``); ValueError for another."""
    try:
        return DIALECTS[provider]
    except KeyError:
        raise ValueError(f"provider must be one of {', '.join(PROVIDERS)}; got {provider!r}") from None
