"""Hostile requests get the 4xx a gateway answers, never a crash, a 500 or a read of what was not allowed in.

Deep nesting and numbers no parser should hold are a 400 on every endpoint
that reads JSON; the key is checked, and a declared ``Content-Length`` over
``max_body_bytes`` refused, before the body is read (on a socket too: the
ASGI face is driven here with a scripted upload that never ends).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import anyio
import pytest

from evolink.testing import FakeClock, MockConfig, MockServer

from .support import CREATE, VEO, Api, error_of

DEEP = 100_000


def _nested(opening: str, closing: str, depth: int = DEEP) -> bytes:
    inner = opening * depth + closing * depth
    return f'{{"model": "{VEO}", "prompt": "A cat", "extra": {inner}}}'.encode()


@pytest.fixture
def high_recursion_limit() -> Iterator[None]:
    """A suite that raises the limit (some do) turns a deep body into a crash of the process, not an error."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(1_000_000)
    yield
    sys.setrecursionlimit(old)


@pytest.mark.usefixtures("high_recursion_limit")
@pytest.mark.parametrize("path", [CREATE, "/_mock/faults"])
@pytest.mark.parametrize(
    "body",
    [
        _nested("[", "]"),
        _nested('{"a":', "}"),
        b"[" * DEEP + b"]" * DEEP,
        b"[" * DEEP,  # never closed
        _nested("[", "]", depth=65),
    ],
    ids=["arrays", "objects", "bare", "unclosed", "just-too-deep"],
)
def test_deeply_nested_json_is_a_400(api: Api, path: str, body: bytes) -> None:
    answer = api.request("POST", path, content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 400
    assert error_of(answer)["param"] == "body" and "nests deeper than 64" in error_of(answer)["message"]


def test_brackets_inside_strings_do_not_count_as_nesting(api: Api) -> None:
    prompt = '[{"\\"' * 100 + "A cat"
    assert api.create(prompt).status_code == 200


@pytest.mark.parametrize(
    ("field", "number", "status"),
    [
        ("duration", "1" + "0" * 4000, 200),  # Sora's spec sets no limit; too large for a float all the same
        ("duration", "-1" + "0" * 4000, 200),
        ("duration", "9" * 5000, 400),  # past Python's own int-parsing limit
        ("duration", "1e400", 400),  # a double overflowing to inf: no gateway parses it
    ],
    ids=["huge-int", "huge-negative", "5000-digits", "inf-float"],
)
def test_numbers_are_taken_as_the_spec_says_or_refused_never_a_crash(
    api: Api, clock: FakeClock, field: str, number: str, status: int
) -> None:
    body = f'{{"model": "sora-2-preview", "prompt": "A cat", "{field}": {number}}}'.encode()
    answer = api.request("POST", CREATE, content=body, headers={"content-type": "application/json"})
    assert answer.status_code == status
    if status == 400:
        assert error_of(answer)["param"] == "body"
    else:
        clock.advance(3600)
        assert api.task(answer.json()["id"])["status"] == "completed"


def test_a_link_with_a_huge_expiry_is_refused_as_forged(api: Api) -> None:
    answer = api.request("GET", "/files/task-unified-1-abcdefgh/0.mp4?expires=" + "9" * 5000 + "&signature=00")
    assert answer.status_code == 403 and error_of(answer)["code"] == "invalid_signature"


# --- the body is read last --------------------------------------------------------------------


def test_a_body_over_the_limit_is_413_after_the_key_check(clock: FakeClock) -> None:
    server = MockServer(MockConfig(max_body_bytes=1000), clock)
    big = "A cat " * 300  # over 1000 bytes, yet a prompt the spec allows
    assert error_of(Api(server).create(big)) | {"message": ""} == {
        "code": "request_too_large",
        "message": "",
        "type": "invalid_request_error",
    }
    assert Api(server, key="sk-stranger").create(big).status_code == 401
    assert Api(server).create("A cat").status_code == 200


class Upload:
    """An ASGI ``receive`` that uploads forever, 100 bytes a message, and counts how often it was asked."""

    def __init__(self) -> None:
        self.reads = 0

    async def __call__(self) -> dict[str, Any]:
        self.reads += 1
        if self.reads > 100:  # far past the limit: the app is reading a body it should have refused
            raise AssertionError("the body was read past the limit")
        return {"type": "http.request", "body": b"x" * 100, "more_body": True}


def _asgi(server: MockServer, headers: dict[str, str], upload: Upload) -> int:
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": CREATE,
        "raw_path": CREATE.encode(),
        "query_string": b"",
        "headers": [(name.encode(), value.encode()) for name, value in headers.items()],
        "server": ("mock", 80),
        "client": ("127.0.0.1", 1),
    }
    statuses: list[int] = []

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    anyio.run(server.app, scope, upload, send)
    return statuses[0]


@pytest.mark.parametrize(
    ("key", "declared", "status", "most_reads"),
    [
        ("sk-stranger", "10000000000000", 401, 0),  # no key: not a byte read
        ("sk-stranger", None, 401, 0),
        (None, "10000000000000", 413, 0),  # declared too large: refused unread
        (None, "9" * 5000, 413, 0),
        (None, None, 413, 11),  # undeclared (chunked): read only up to the limit
    ],
    ids=["stranger-declared", "stranger-chunked", "declared", "declared-5000-digits", "chunked"],
)
def test_on_a_socket_the_key_and_the_declared_size_come_before_the_body(
    clock: FakeClock, key: str | None, declared: str | None, status: int, most_reads: int
) -> None:
    server = MockServer(MockConfig(max_body_bytes=1000), clock)
    headers = {"host": "mock", "authorization": f"Bearer {key or server.api_key}", "content-type": "application/json"}
    if declared is not None:
        headers["content-length"] = declared
    upload = Upload()
    assert _asgi(server, headers, upload) == status
    assert upload.reads <= most_reads
