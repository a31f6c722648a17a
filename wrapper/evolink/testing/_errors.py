"""Error answers in the spec's ``ErrorResponse`` shape, with the codes and types the spec documents.

The code and type of each documented error come from the example of its
response in the merged spec (``components/responses``), so the mock and the
spec cannot drift apart; only the message may be made more specific. Errors
the spec does not document (an unknown route, an expired download link) use
the same shape.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from .._spec import evolink_spec
from .._violations import Violation
from ._http import MockRequest, MockResponse, json_response

__all__ = ["ApiError", "invalid_request", "json_body", "spec_error"]


class ApiError(Exception):
    """An error answer: raised anywhere in the core, turned into a response by :meth:`response`."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        type: str,
        param: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.type = type
        self.param = param
        self.headers = dict(headers or {})

    def response(self) -> MockResponse:
        detail: dict[str, Any] = {"code": self.code, "message": self.message, "type": self.type}
        if self.param is not None:
            detail["param"] = self.param
        return json_response(self.status, {"error": detail}, self.headers)


@cache
def _example(response_name: str) -> dict[str, Any]:
    response = evolink_spec().document["components"]["responses"][response_name]
    example: dict[str, Any] = response["content"]["application/json"]["example"]["error"]
    return example


def spec_error(
    status: int,
    response_name: str,
    message: str | None = None,
    *,
    param: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> ApiError:
    """The error documented as ``components/responses/<response_name>``; ``message`` overrides the example's."""
    example = _example(response_name)
    return ApiError(
        status,
        str(example["code"]),
        message or str(example["message"]),
        type=str(example["type"]),
        param=param,
        headers=headers,
    )


def invalid_request(violations: Sequence[Violation]) -> ApiError:
    """400 ``invalid_request``: ``param`` names the first broken field, the message lists every rule broken."""
    return spec_error(400, "InvalidRequest", "; ".join(v.message for v in violations), param=violations[0].field)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def json_body(request: MockRequest) -> Any:
    """The request's JSON body, or the 400 a gateway answers for a body that is missing or not JSON (RFC 8259)."""
    if not request.body.strip():
        raise invalid_request([Violation("body", "is required (a JSON object)")])
    try:
        return json.loads(request.body, parse_constant=_no_constants)
    except (ValueError, UnicodeDecodeError) as exc:
        raise invalid_request([Violation("body", f"must be valid JSON ({exc})")]) from None
