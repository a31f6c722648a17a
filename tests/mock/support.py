"""Helpers for the mock's own tests: one call syntax over sync and async httpx, a callback receiver, MP4 boxes."""

from __future__ import annotations

import asyncio
import struct
from collections.abc import Callable
from typing import Any

import attrs
import httpx

from evolink._spec import evolink_spec, uniall_spec
from evolink.testing import FakeClock, MockServer

VEO = "veo-3.1-fast-generate-preview"
KLING_T2V = "kling-v3-text-to-video"
CREATE = "/v1/videos/generations"
IDEMPOTENCY_KEY = "test-key-0123456789abcdef"
UNIALL_VEO = "veo3.1-fast-video-720p"
UNIALL_CREATE = "/v1/video/generations"
#: The model each provider's helpers create with, and its spec.
MODELS = {"evolink": VEO, "uniall": UNIALL_VEO}
SPECS = {"evolink": evolink_spec, "uniall": uniall_spec}


class Api:
    """Requests to a server through its in-process transport, from ``httpx.Client`` or ``httpx.AsyncClient``.

    ``key`` defaults to the server's; an empty ``key`` sends no Authorization header. ``create`` and ``task``
    use the paths and a model of the API the server plays.
    """

    def __init__(self, server: MockServer, kind: str = "sync", key: str | None = None) -> None:
        self.server = server
        self.kind = kind
        spec = SPECS[server.provider]()
        self.create_path = spec.create_path
        self.task_path = spec.task_path
        self.model = MODELS[server.provider]
        key = server.api_key if key is None else key
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        options: dict[str, Any] = {"transport": server.transport(), "base_url": server.base_url, "headers": headers}
        self._loop = asyncio.new_event_loop() if kind == "async" else None
        self._client: httpx.Client | httpx.AsyncClient = (
            httpx.AsyncClient(**options) if kind == "async" else httpx.Client(**options)
        )

    def request(self, method: str, url: str, **options: Any) -> httpx.Response:
        if isinstance(self._client, httpx.AsyncClient):
            assert self._loop is not None
            return self._loop.run_until_complete(self._client.request(method, url, **options))
        return self._client.request(method, url, **options)

    def create(
        self, prompt: str = "A cat playing piano", *, idempotency_key: str | None = None, **fields: Any
    ) -> httpx.Response:
        body = {"model": self.model, "prompt": prompt, **fields}
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else {}
        return self.request("POST", self.create_path, json=body, headers=headers)

    def created(self, prompt: str = "A cat playing piano", **fields: Any) -> dict[str, Any]:
        """Create, insist on 200, return the task."""
        answer = self.create(prompt, **fields)
        assert answer.status_code == 200, answer.text
        task: dict[str, Any] = answer.json()
        return task

    def task(self, task_id: str) -> dict[str, Any]:
        answer = self.request("GET", self.task_path.replace("{task_id}", task_id))
        assert answer.status_code == 200, answer.text
        data: dict[str, Any] = answer.json()
        return data

    def close(self) -> None:
        if isinstance(self._client, httpx.AsyncClient):
            assert self._loop is not None
            self._loop.run_until_complete(self._client.aclose())
            self._loop.close()
        else:
            self._client.close()


def error_of(answer: httpx.Response) -> dict[str, Any]:
    """The ``error`` object of an ErrorResponse (checking that shape on the way)."""
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers.get("x-request-id"), "every answer carries x-request-id"
    error: dict[str, Any] = answer.json()["error"]
    assert isinstance(error["message"], str) and error["message"]
    return error


@attrs.define
class Receiver:
    """A callback endpoint behind an httpx transport: answers from ``script`` (then 204) and records every call."""

    clock: FakeClock
    script: list[int | Exception] = attrs.field(factory=list)
    calls: list[tuple[float, httpx.Request]] = attrs.field(factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append((self.clock.wall(), request))
        outcome = self.script.pop(0) if self.script else 204
        if isinstance(outcome, Exception):
            raise outcome
        return httpx.Response(outcome)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def boxes(data: bytes) -> list[tuple[str, int]]:
    """The top-level ISO BMFF boxes of an MP4: ``(type, size)``; the sizes must add up to the file."""
    found: list[tuple[str, int]] = []
    position = 0
    while position < len(data):
        size, kind = struct.unpack(">I4s", data[position : position + 8])
        if size == 1:
            (size,) = struct.unpack(">Q", data[position + 8 : position + 16])
        assert size >= 8, f"box {kind!r} at {position} has size {size}"
        found.append((kind.decode("ascii"), size))
        position += size
    assert position == len(data), "the boxes do not add up to the file"
    return found


def until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Polls ``condition`` (real time) for a live server's background work."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()
