"""Which handler answers a method and path; unknown paths are 404 and wrong methods 405 with ``Allow``.

Paths are split on ``/`` *before* percent-decoding, one segment at a time, so a
task id containing ``%2F`` or ``%0A`` is still one (malformed) id answered 400
``invalid_task_id``, never another route or a framework's plain-text 404.
``HEAD`` is served wherever ``GET`` is, and ``OPTIONS`` everywhere, answering
``Allow``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Literal
from urllib.parse import unquote

import attrs

from ._errors import ApiError
from ._http import MockRequest, MockResponse

__all__ = ["Handler", "Match", "Route", "Router"]

Kind = Literal["api", "files", "cdn", "admin"]
#: ``handler(request, path parameters, API key)``; the key is empty where none is checked (downloads, admin).
Handler = Callable[[MockRequest, dict[str, str], str], MockResponse]


@attrs.frozen
class Route:
    """``template`` segments (``{name}`` captures one non-empty segment); ``methods`` maps a method to a handler.

    ``kind`` decides what applies: ``api`` requests are authenticated, rate
    limited and may be faulted; ``files`` too, answered in the files API's
    error envelope; ``cdn`` (downloads) may be faulted; ``admin`` (stats,
    reset, the spec itself) is answered as is. ``counter`` names the
    statistic every request to the route adds to, answered or not;
    ``max_body`` the largest body it takes (None: the server's limit);
    ``worded`` rewrites the errors of an endpoint that words them its own way.
    """

    template: tuple[str, ...]
    methods: Mapping[str, Handler]
    kind: Kind
    counter: str | None = None
    max_body: int | None = None
    worded: Callable[[ApiError], ApiError] | None = None

    def reword(self, error: ApiError) -> ApiError:
        return self.worded(error) if self.worded is not None else error

    def captures(self, segments: Sequence[str]) -> dict[str, str] | None:
        if len(segments) != len(self.template):
            return None
        params: dict[str, str] = {}
        for part, segment in zip(self.template, segments, strict=True):
            if part.startswith("{"):
                if not segment:
                    return None
                params[part.strip("{}")] = segment
            elif part != segment:
                return None
        return params

    @property
    def allow(self) -> str:
        methods = list(self.methods)
        if "GET" in methods:
            methods.append("HEAD")
        return ", ".join([*methods, "OPTIONS"])


@attrs.frozen
class Match:
    """The route found; ``handler`` is None for OPTIONS (answered with ``Allow`` alone)."""

    route: Route
    handler: Handler | None
    params: dict[str, str]
    head: bool = False


class Router:
    def __init__(self, routes: Sequence[Route]) -> None:
        self._routes = tuple(routes)

    def resolve(self, method: str, raw_path: str) -> Match:
        """The handler for a request (None for OPTIONS); ApiError 404 or 405 when there is none."""
        segments = [unquote(segment, errors="replace") for segment in raw_path.split("/")[1:]]
        for route in self._routes:
            params = route.captures(segments)
            if params is None:
                continue
            if method == "OPTIONS":
                return Match(route, None, params)
            head = method == "HEAD" and "GET" in route.methods
            handler = route.methods.get("GET" if head else method)
            if handler is None:
                raise ApiError(
                    405,
                    "method_not_allowed",
                    f"{method} is not allowed here; allowed: {route.allow}",
                    type="invalid_request_error",
                    headers={"allow": route.allow},
                )
            return Match(route, handler, params, head)
        where = raw_path if len(raw_path) <= 200 else raw_path[:200] + "..."
        raise ApiError(404, "not_found", f"No such endpoint: {method} {where}", type="invalid_request_error")
