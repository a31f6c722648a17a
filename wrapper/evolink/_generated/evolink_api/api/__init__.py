"""Contains methods for accessing the API

One pure request builder per documented operation, and the operation's facts
(method, path template, header parameters) as a constant. A builder returns
what to send (method, path, headers, JSON body) and sends nothing: it imports no
model, so a caller with a plain mapping (a client that validates bodies itself,
a test, a mock server routing requests) uses the same facts as the endpoint
modules below, without their attrs models.
"""

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple
from urllib.parse import quote


class Prepared(NamedTuple):
    """One request, ready for any HTTP client: ``url`` is relative to the server's base URL."""

    method: str
    url: str
    headers: dict[str, str]
    json: Any


class Operation(NamedTuple):
    """One documented operation: ``path`` is its template, ``headers`` its header parameters as the spec spells
    them, ``content_type`` its JSON body's (None: it takes none), ``build`` its request builder."""

    method: str
    path: str
    headers: tuple[str, ...]
    content_type: str | None
    build: Callable[..., Prepared]


def build_get_task_detail(
    *,
    task_id: str,
) -> Prepared:
    """``GET /v1/tasks/{task_id}`` (path parameters quoted: each stays one segment)."""
    headers: dict[str, str] = {}
    return Prepared(
        "GET",
        "/v1/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
        headers,
        None,
    )


GET_TASK_DETAIL = Operation(
    "GET",
    "/v1/tasks/{task_id}",
    (),
    None,
    build_get_task_detail,
)


def build_create_video_generation(
    *,
    body: Mapping[str, Any],
    idempotency_key: str | None = None,
) -> Prepared:
    """``POST /v1/videos/generations``."""
    headers: dict[str, str] = {}
    if idempotency_key is not None:
        headers["Idempotency-Key"] = idempotency_key
    headers["Content-Type"] = "application/json"
    return Prepared(
        "POST",
        "/v1/videos/generations",
        headers,
        dict(body),
    )


CREATE_VIDEO_GENERATION = Operation(
    "POST",
    "/v1/videos/generations",
    ("Idempotency-Key",),
    "application/json",
    build_create_video_generation,
)

#: Every operation, by its name in this package (the module that holds its typed ``sync``/``asyncio`` functions).
OPERATIONS: dict[str, Operation] = {
    "get_task_detail": GET_TASK_DETAIL,
    "create_video_generation": CREATE_VIDEO_GENERATION,
}
