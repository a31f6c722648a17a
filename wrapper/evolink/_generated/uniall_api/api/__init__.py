"""Contains methods for accessing the API

One pure request builder per documented operation, and the operation's facts
(method, path template, header parameters, body media type, and its own server
when it lives elsewhere than the API) as a constant. A builder returns what to
send (method, path, headers, body) and sends nothing: it imports no model, so a
caller with a plain mapping (a client that validates bodies itself, a test, a
mock server routing requests) uses the same facts as the endpoint modules below,
without their attrs models.
"""

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple
from urllib.parse import quote


class Prepared(NamedTuple):
    """One request, ready for any HTTP client: ``url`` is relative to the server's base URL.

    ``json`` is the body: a JSON value, or - when ``headers["Content-Type"]`` is ``multipart/form-data`` (no
    boundary yet: the HTTP client that encodes the form adds it) - the form's fields by name, a file part as
    ``(file name, bytes or binary file object, media type)``.
    """

    method: str
    url: str
    headers: dict[str, str]
    json: Any


class Operation(NamedTuple):
    """One documented operation: ``path`` is its template, ``headers`` its header parameters as the spec spells
    them, ``content_type`` its body's media type (None: it takes none), ``build`` its request builder, ``server``
    the base URL the spec gives this operation when it differs from the API's (None: the API's)."""

    method: str
    path: str
    headers: tuple[str, ...]
    content_type: str | None
    build: Callable[..., Prepared]
    server: str | None = None


def build_create_video_job(
    *,
    body: Mapping[str, Any],
) -> Prepared:
    """``POST /v1/video/generations``."""
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"
    return Prepared(
        "POST",
        "/v1/video/generations",
        headers,
        dict(body),
    )


CREATE_VIDEO_JOB = Operation(
    "POST",
    "/v1/video/generations",
    (),
    "application/json",
    build_create_video_job,
)


def build_get_video_job(
    *,
    task_id: str,
) -> Prepared:
    """``GET /v1/videos/{task_id}`` (path parameters quoted: each stays one segment)."""
    headers: dict[str, str] = {}
    return Prepared(
        "GET",
        "/v1/videos/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
        headers,
        None,
    )


GET_VIDEO_JOB = Operation(
    "GET",
    "/v1/videos/{task_id}",
    (),
    None,
    build_get_video_job,
)

#: Every operation, by its name in this package (the module that holds its typed ``sync``/``asyncio`` functions).
OPERATIONS: dict[str, Operation] = {
    "create_video_job": CREATE_VIDEO_JOB,
    "get_video_job": GET_VIDEO_JOB,
}
