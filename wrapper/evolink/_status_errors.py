"""Error answers as typed exceptions, with the fields of their ``{"error": {...}}`` body (the files API's
``{"success": false, "code": ..., "msg": ...}`` is read the same way).

The body is read defensively: gateways send a string or an integer ``code``,
sometimes HTML instead of JSON, sometimes nothing; every case still gives the
right class for the status and never echoes more than a bounded message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from . import _exceptions as errors
from ._retry import parse_retry_after

__all__ = ["status_error"]

_STATUS_ERRORS: dict[int, type[errors.APIStatusError]] = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    402: errors.InsufficientQuotaError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    429: errors.RateLimitError,
}


def status_error(response: httpx.Response) -> errors.APIStatusError:
    """The typed error for an error answer, with the fields of its ``{"error": {...}}`` body."""
    try:
        body: Any = response.json()
    except (ValueError, RecursionError):  # not JSON, or nested deeper than the parser goes
        body = None
    detail = body.get("error") if isinstance(body, Mapping) else None
    detail = detail if isinstance(detail, Mapping) else {}
    if not detail and isinstance(body, Mapping) and "msg" in body:
        detail = {"message": body.get("msg"), "code": body.get("code")}  # the files API's {success, code, msg}
    message = detail.get("message") if isinstance(detail.get("message"), str) else None
    if message is None:
        message = response.reason_phrase or "error"
    code = detail.get("code") if isinstance(detail.get("code"), str | int) else None
    status = response.status_code
    cls = _STATUS_ERRORS.get(status, errors.ServerError if status >= 500 else errors.APIStatusError)
    error = cls(
        message[:2000],
        response=response,
        code=code,
        type=detail.get("type") if isinstance(detail.get("type"), str) else None,
        param=detail.get("param") if isinstance(detail.get("param"), str) else None,
        body=body,
    )
    if isinstance(error, errors.RateLimitError):
        error.retry_after = parse_retry_after(response.headers.get("retry-after"))
    return error
