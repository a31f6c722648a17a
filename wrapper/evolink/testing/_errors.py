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
import math
import re
from collections.abc import Mapping, Sequence
from itertools import accumulate
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


#: How deep a request body may nest (a create nests three levels): deeper is refused before it is parsed,
#: since Python's parser recurses and a deep enough body would crash the server instead of getting a 400.
MAX_JSON_DEPTH = 64
# A string (possessive, so one pass even when it never ends); what is left of the body outside strings.
_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _nesting(text: str) -> int:
    """How deep ``text`` nests arrays and objects at its deepest (brackets inside strings do not count)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError("a number is too large for a double")
    return number


def json_body(request: MockRequest, errors: ErrorBook) -> Any:
    """The request's JSON body, or the 400 a gateway answers for one that is missing, not JSON or hostile.

    JSON here is RFC 8259's: UTF-8, no NaN or Infinity; also refused with a
    400 (never a crash or a 500): nesting deeper than :data:`MAX_JSON_DEPTH`,
    a number too large for a double, an integer of more than 4,300 digits
    (Python's own limit). Any other integer is taken, as the spec may allow it.
    """
    if not request.body.strip():
        raise errors.invalid_request([Violation("body", "is required (a JSON object)")])
    try:
        text = request.body.decode("utf-8")
        if _nesting(text) > MAX_JSON_DEPTH:
            raise ValueError(f"it nests deeper than {MAX_JSON_DEPTH} levels")
        return json.loads(text, parse_constant=_no_constants, parse_float=_finite)
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError among them
        raise errors.invalid_request([Violation("body", f"must be valid JSON ({exc})")]) from None
