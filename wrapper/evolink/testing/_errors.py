"""Error answers in the ``{"error": {code, message, type, param}}`` shape both gateways use.

What differs between the gateways is which errors they document and with what
status, code and type. An :class:`ErrorBook` holds that per provider, keyed by
what went wrong (``"unauthorized"``, ``"task_not_found"``...), so the core
says what happened and the book says how this gateway words it. EvoLink's book
is read from the examples of its spec's ``components/responses``, so the mock
and the spec cannot drift apart; UniAll's spec documents the shape but no codes
(see its ``x-source``), so its book is a table (see ``_dialects``). Only the
message may be made more specific. Errors no spec documents (an unknown route,
an expired download link) use the same shape.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .._violations import Violation
from ._http import MockRequest, MockResponse, json_response

__all__ = ["ApiError", "Documented", "ErrorBook", "json_body"]


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


@attrs.frozen
class Documented:
    """One error as a gateway answers it: status, business code, type and the usual message."""

    status: int
    code: str
    type: str
    message: str


class ErrorBook:
    """The errors one gateway answers, by what went wrong; a kind it lacks is a KeyError (a bug in the core)."""

    def __init__(self, entries: Mapping[str, Documented]) -> None:
        self._entries = dict(entries)

    def __contains__(self, kind: object) -> bool:
        return kind in self._entries

    def __getitem__(self, kind: str) -> Documented:
        return self._entries[kind]

    def error(
        self,
        kind: str,
        message: str | None = None,
        *,
        status: int | None = None,
        param: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> ApiError:
        """The ``kind`` error; ``message`` overrides the usual one, ``status`` the documented one (faults)."""
        entry = self._entries[kind]
        return ApiError(
            status or entry.status,
            entry.code,
            message or entry.message,
            type=entry.type,
            param=param,
            headers=headers,
        )

    def invalid_request(self, violations: Sequence[Violation]) -> ApiError:
        """400: ``param`` names the first broken field, the message lists every rule broken."""
        return self.error("invalid_request", "; ".join(v.message for v in violations), param=violations[0].field)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def json_body(request: MockRequest, errors: ErrorBook) -> Any:
    """The request's JSON body, or the 400 a gateway answers for a body that is missing or not JSON (RFC 8259)."""
    if not request.body.strip():
        raise errors.invalid_request([Violation("body", "is required (a JSON object)")])
    try:
        return json.loads(request.body, parse_constant=_no_constants)
    except (ValueError, UnicodeDecodeError) as exc:
        raise errors.invalid_request([Violation("body", f"must be valid JSON ({exc})")]) from None
