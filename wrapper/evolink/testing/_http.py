"""The neutral request and response the core speaks, so that no web framework is inside it.

Both faces (the ASGI app and the httpx transport) turn what they receive into
a :class:`MockRequest`, call :meth:`MockServer.handle`, and play the
:class:`MockResponse` back, including the two ways an answer can go wrong on
purpose: ``drop`` (the connection closes instead of answering) and
``cut_after`` (the body stops early and the connection closes).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

__all__ = [
    "BodyReader",
    "BodyTooLarge",
    "ConnectionCut",
    "MockRequest",
    "MockResponse",
    "iter_body",
    "json_response",
    "new_request_id",
]


class ConnectionCut(Exception):
    """Raised by :func:`iter_body` where a truncated body stops; a face turns it into a broken connection."""


class BodyTooLarge(Exception):
    """Raised by a :data:`BodyReader` as soon as more than its limit has arrived (the rest is never read)."""


#: Reads a request's body from the connection, at most ``limit`` bytes (:class:`BodyTooLarge` past that).
#: A face that has not read the body yet hands one to :meth:`MockServer.handle`, which calls it only once
#: the request is authenticated and its declared size allowed.
BodyReader = Callable[[int], bytes]


@attrs.frozen
class MockRequest:
    """One HTTP request: ``path`` is the raw (still percent-encoded) path, ``query`` the raw query string.

    ``headers`` have lower-case names. ``origin`` (``scheme://host[:port]``) is
    where the client reached the server; result links point back there.
    ``body`` is empty until it is read (see :data:`BodyReader`).
    """

    method: str
    path: str
    query: str = ""
    headers: Mapping[str, str] = attrs.field(factory=dict)
    body: bytes = b""
    origin: str = "http://localhost"

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def declares_more_than(self, limit: int) -> bool:
        """Whether ``Content-Length`` says the body is longer than ``limit`` bytes (no number says nothing)."""
        declared = (self.header("content-length") or "").strip()
        if not (declared.isascii() and declared.isdigit()):
            return False
        return len(declared.lstrip("0")) > len(str(limit)) or int(declared) > limit


@attrs.define
class MockResponse:
    """One answer: a ``body``, or a ``stream`` of chunks (downloads are never held in memory whole).

    ``delay`` is waited before answering (configured latency). ``drop`` closes
    the connection instead of answering; ``cut_after`` ends the body after that
    many bytes and closes the connection.
    """

    status: int
    headers: dict[str, str] = attrs.field(factory=dict)
    body: bytes = b""
    stream: Iterable[bytes] | None = None
    delay: float = 0.0
    drop: bool = False
    cut_after: int | None = None

    def without_body(self) -> MockResponse:
        """The same answer for a HEAD request: headers (Content-Length included), no body."""
        return attrs.evolve(self, body=b"", stream=None, cut_after=None)


def new_request_id() -> str:
    """A fresh ``x-request-id`` value (every answer carries one, as the gateway's do)."""
    return "req-" + secrets.token_hex(12)


def json_response(status: int, data: Any, headers: Mapping[str, str] | None = None) -> MockResponse:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    all_headers = {"content-type": "application/json", "content-length": str(len(body)), **(headers or {})}
    return MockResponse(status, all_headers, body)


def iter_body(response: MockResponse) -> Iterator[bytes]:
    """The body in chunks, raising :class:`ConnectionCut` where ``cut_after`` stops it short."""
    chunks: Iterable[bytes] = response.stream if response.stream is not None else (response.body,)
    left = response.cut_after
    for chunk in chunks:
        if left is not None and len(chunk) > left:
            if left:
                yield chunk[:left]
            raise ConnectionCut(f"body cut after {response.cut_after} bytes")
        if left is not None:
            left -= len(chunk)
        if chunk:
            yield chunk
