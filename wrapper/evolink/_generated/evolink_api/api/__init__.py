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


def build_get_files_quota() -> Prepared:
    """``GET /api/v1/files/quota``."""
    headers: dict[str, str] = {}
    return Prepared(
        "GET",
        "/api/v1/files/quota",
        headers,
        None,
    )


GET_FILES_QUOTA = Operation(
    "GET",
    "/api/v1/files/quota",
    (),
    None,
    build_get_files_quota,
    "https://files-api.evolink.ai",
)


def build_upload_file_base_64(
    *,
    body: Mapping[str, Any],
) -> Prepared:
    """``POST /api/v1/files/upload/base64``."""
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"
    return Prepared(
        "POST",
        "/api/v1/files/upload/base64",
        headers,
        dict(body),
    )


UPLOAD_FILE_BASE_64 = Operation(
    "POST",
    "/api/v1/files/upload/base64",
    (),
    "application/json",
    build_upload_file_base_64,
    "https://files-api.evolink.ai",
)


def build_upload_file_stream(
    *,
    body: Mapping[str, Any],
) -> Prepared:
    """``POST /api/v1/files/upload/stream``."""
    headers: dict[str, str] = {}
    headers["Content-Type"] = "multipart/form-data"
    return Prepared(
        "POST",
        "/api/v1/files/upload/stream",
        headers,
        dict(body),
    )


UPLOAD_FILE_STREAM = Operation(
    "POST",
    "/api/v1/files/upload/stream",
    (),
    "multipart/form-data",
    build_upload_file_stream,
    "https://files-api.evolink.ai",
)


def build_upload_file_url(
    *,
    body: Mapping[str, Any],
) -> Prepared:
    """``POST /api/v1/files/upload/url``."""
    headers: dict[str, str] = {}
    headers["Content-Type"] = "application/json"
    return Prepared(
        "POST",
        "/api/v1/files/upload/url",
        headers,
        dict(body),
    )


UPLOAD_FILE_URL = Operation(
    "POST",
    "/api/v1/files/upload/url",
    (),
    "application/json",
    build_upload_file_url,
    "https://files-api.evolink.ai",
)


def build_get_credits() -> Prepared:
    """``GET /v1/credits``."""
    headers: dict[str, str] = {}
    return Prepared(
        "GET",
        "/v1/credits",
        headers,
        None,
    )


GET_CREDITS = Operation(
    "GET",
    "/v1/credits",
    (),
    None,
    build_get_credits,
)


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
    "get_files_quota": GET_FILES_QUOTA,
    "upload_file_base_64": UPLOAD_FILE_BASE_64,
    "upload_file_stream": UPLOAD_FILE_STREAM,
    "upload_file_url": UPLOAD_FILE_URL,
    "get_credits": GET_CREDITS,
    "get_task_detail": GET_TASK_DETAIL,
    "create_video_generation": CREATE_VIDEO_GENERATION,
}
