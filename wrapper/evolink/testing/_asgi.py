"""The real-server face: a Starlette app that hands every request to the core.

Starlette contributes the lifespan (a ticker thread that delivers callbacks
while nobody is asking) and a JSON 500 for a bug in the mock; routing, 404 and
405 are the core's, so they are JSON with ``Allow`` whatever the framework
would have said. The raw (still percent-encoded) path is passed on, so
``%2F`` inside a task id cannot change the route. The core also decides when
the body is read: after the key and the declared ``Content-Length`` are
checked, and never past ``max_body_bytes``, so a stranger or an over-size
upload costs no memory.

Faults on a socket: a dropped answer sends the status line and headers and
then closes the connection without a body byte (ASGI has no way to close a
connection before a response starts: an app that fails first gets a 500
written for it), and a cut download closes the connection mid-body. Either
way an HTTP client fails to read the answer, which is the point. uvicorn logs
"ASGI callable returned without completing response" for each.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import anyio.from_thread
import anyio.to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.types import Receive, Scope, Send

from ._http import BodyTooLarge, ConnectionCut, MockRequest, MockResponse, iter_body, new_request_id

if TYPE_CHECKING:
    from ._core import MockServer

__all__ = ["TICK_SECONDS", "create_app"]

logger = logging.getLogger("evolink.testing")

#: How often the live server checks for ended tasks and due callback attempts.
TICK_SECONDS = 0.1


async def _read_body(request: Request, limit: int) -> bytes:
    """The body as it arrives, stopping with :class:`BodyTooLarge` once more than ``limit`` bytes have come."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _neutral(scope: Scope) -> MockRequest:
    """The request line and headers; the body is read later, if at all (see :data:`BodyReader`)."""
    headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
    raw_path = scope.get("raw_path") or scope["path"].encode()
    host = headers.get("host")
    if not host:
        name, port = scope.get("server") or ("localhost", 80)
        host = f"{name}:{port}"
    return MockRequest(
        method=scope["method"],
        path=raw_path.decode("latin-1").partition("?")[0] or "/",
        query=scope.get("query_string", b"").decode("latin-1"),
        headers=headers,
        origin=f"{scope.get('scheme', 'http')}://{host}",
    )


async def _play(response: MockResponse, send: Send) -> None:
    headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in response.headers.items()]
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    if response.drop:
        return  # never completed: the server closes the connection
    try:
        for chunk in iter_body(response):
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
    except ConnectionCut:
        return  # likewise, mid-body
    await send({"type": "http.response.body", "body": b"", "more_body": False})


class _CoreApp:
    """The ASGI callable that turns a scope into a :class:`MockRequest` and plays back the answer."""

    def __init__(self, server: MockServer) -> None:
        self.server = server

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)

        def read_body(limit: int) -> bytes:
            return anyio.from_thread.run(_read_body, request, limit)

        # In a worker thread: the core takes locks and may send a due callback. It reads the body
        # (back on the event loop) only once the key and the declared size have passed.
        response = await anyio.to_thread.run_sync(self.server.handle, _neutral(scope), read_body)
        if response.delay:
            await self.server.clock.async_sleep(response.delay)
        await _play(response, send)


def _tick_until(server: MockServer, stop: threading.Event) -> None:
    while not stop.wait(TICK_SECONDS):
        try:
            server.tick()
        except Exception:  # a bad receiver must not stop the ticker
            logger.exception("callback ticker failed")


def create_app(server: MockServer) -> Starlette:
    """A Starlette app serving ``server``, with a callback ticker for as long as it runs."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        stop = threading.Event()
        ticker = threading.Thread(target=_tick_until, args=(server, stop), name="evolink-mock-ticker", daemon=True)
        ticker.start()
        try:
            yield {}
        finally:
            stop.set()
            ticker.join(timeout=5)

    async def internal_error(request: Request, exc: Exception) -> Response:
        error = server.dialect.errors.error("internal_error", headers={"x-request-id": new_request_id()})
        answer = error.response()
        return Response(answer.body, status_code=answer.status, headers=answer.headers)

    return Starlette(
        routes=[Mount("", app=_CoreApp(server))],
        lifespan=lifespan,
        exception_handlers={Exception: internal_error},
    )
