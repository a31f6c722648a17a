"""The in-process face: an httpx transport, for ``httpx.Client`` and ``httpx.AsyncClient`` alike.

Unit tests talk to the mock without a socket or a thread. Faults look the way
a network makes them look: a dropped answer raises
:class:`httpx.RemoteProtocolError` before any response exists (as httpcore
does when a server closes the connection without answering), and a cut
download raises it while the body is read. Latency is waited on the server's
clock, so with a :class:`FakeClock` it moves time instead of taking it.
Callbacks that fall due are sent during the request that notices them, so
in-process tests give the server a ``callback_transport`` as well. The body
is handed over whole (httpx holds it already, in the caller's own memory);
the server still checks the key before its size and its size before its JSON.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from ._http import ConnectionCut, MockRequest, MockResponse, iter_body

if TYPE_CHECKING:
    from ._core import MockServer

__all__ = ["MockTransport"]


def _neutral(request: httpx.Request, body: bytes) -> MockRequest:
    url = request.url
    raw_path, _, query = url.raw_path.decode("ascii").partition("?")
    return MockRequest(
        method=request.method,
        path=raw_path,
        query=query,
        headers={name.lower(): value for name, value in request.headers.items()},
        body=body,
        origin=f"{url.scheme}://{url.netloc.decode('ascii')}",
    )


def _dropped(request: httpx.Request) -> httpx.RemoteProtocolError:
    return httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body read in chunks; a cut shows as the error httpcore raises for a short body."""

    def __init__(self, response: MockResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from iter_body(self._response)
        except ConnectionCut as cut:
            raise httpx.RemoteProtocolError(
                f"peer closed connection without sending complete message body ({cut})", request=self._request
            ) from None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


class MockTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Hands every request to a :class:`MockServer`; use ``httpx.Client(transport=server.transport())``."""

    def __init__(self, server: MockServer) -> None:
        self.server = server

    def _respond(self, request: httpx.Request, response: MockResponse) -> httpx.Response:
        if response.drop:
            raise _dropped(request)
        return httpx.Response(response.status, headers=response.headers, stream=_Body(response, request))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.server.handle(_neutral(request, request.read()))
        if response.delay:
            self.server.clock.sleep(response.delay)
        return self._respond(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = self.server.handle(_neutral(request, await request.aread()))
        if response.delay:
            await self.server.clock.async_sleep(response.delay)
        return self._respond(request, response)
