"""The endpoints outside the spec, for tests and demos; none needs a key.

``GET /_mock/stats`` (the counters), ``POST /_mock/reset`` (forget
everything), ``POST /_mock/faults`` (arm a fault on a server running in
another process, e.g. ``{"kind": "drop", "when": "after"}``) and ``GET
/openapi.json`` (the spec of the API the mock plays, which schemathesis loads).
They are answered as they are: no faults, no latency, not counted.
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING

from .._spec import ApiSpec
from .._violations import Violation
from ._errors import json_body
from ._http import MockRequest, MockResponse, json_response
from ._options import OptionError
from ._routing import Route

if TYPE_CHECKING:
    from ._core import MockServer

__all__ = ["admin_routes"]


@cache
def _spec_json(spec: ApiSpec) -> bytes:
    return json.dumps(spec.document, ensure_ascii=False).encode()


def admin_routes(server: MockServer) -> tuple[Route, ...]:
    def stats(request: MockRequest, params: dict[str, str], key: str) -> MockResponse:
        return json_response(200, server.stats.as_dict())

    def reset(request: MockRequest, params: dict[str, str], key: str) -> MockResponse:
        server.reset()
        return json_response(200, {"reset": True})

    def arm(request: MockRequest, params: dict[str, str], key: str) -> MockResponse:
        body = json_body(request, server.dialect.errors)
        try:
            if not isinstance(body, dict):
                raise TypeError("a fault is described by a JSON object")
            server.faults.arm(body)
        except OptionError as exc:  # a value out of range: the 400 names its field, as a gateway's does
            raise server.dialect.errors.invalid_request([Violation(exc.option, exc.rule, exc.value)]) from None
        except (TypeError, ValueError) as exc:
            raise server.dialect.errors.invalid_request([Violation("body", str(exc))]) from None
        return json_response(200, {"armed": server.faults.armed})

    def openapi(request: MockRequest, params: dict[str, str], key: str) -> MockResponse:
        spec = _spec_json(server.dialect.spec)
        return MockResponse(200, {"content-type": "application/json", "content-length": str(len(spec))}, spec)

    return (
        Route(("_mock", "stats"), {"GET": stats}, "admin"),
        Route(("_mock", "reset"), {"POST": reset}, "admin"),
        Route(("_mock", "faults"), {"POST": arm}, "admin"),
        Route(("openapi.json",), {"GET": openapi}, "admin"),
    )
