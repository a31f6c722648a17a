"""Shared pieces for client tests: a fake clock, and one face over the sync and async clients."""

from __future__ import annotations

import asyncio
import operator
from typing import Any

from evolink import AsyncEvoLink, EvoLink

API = "https://api.evolink.ai"
KEY = "sk-unit-test-key-0123456789"
FAST = "veo-3.1-fast-generate-preview"
TASK_ID = "task-unified-1757169743-7cvnl5zw"


class FakeClock:
    """Time that only moves when the client sleeps; records every sleep."""

    def __init__(self) -> None:
        self.t = 0.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    def wall(self) -> float:
        return 1_760_000_000.0 + self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def task_body(status: str = "pending", **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": TASK_ID,
        "created": 1757169743,
        "model": FAST,
        "object": "video.generation.task",
        "status": status,
        "progress": {"pending": 0, "processing": 50, "completed": 100}.get(status, 0),
        "task_info": {"can_cancel": True, "estimated_time": 60, "video_duration": 8},
        "type": "video",
        "usage": {"billing_rule": "per_call", "credits_reserved": 25.7, "user_group": "default"},
    }
    if status == "completed":
        body["results"] = ["https://cdn.example.com/v/abc.mp4"]
    body.update(extra)
    return body


class Face:
    """Calls ``client.<path>(...)`` on a sync or an async client with one syntax, for parity tests."""

    def __init__(self, kind: str, **options: Any) -> None:
        self.kind = kind
        self.clock = FakeClock()
        options.setdefault("clock", self.clock)
        self.loop = asyncio.new_event_loop() if kind == "async" else None
        self.client: EvoLink | AsyncEvoLink = (AsyncEvoLink if kind == "async" else EvoLink)(KEY, **options)

    def __call__(self, path: str, *args: Any, **kwargs: Any) -> Any:
        result = operator.attrgetter(path)(self.client)(*args, **kwargs)
        if self.loop is not None:
            return self.loop.run_until_complete(result)
        return result

    def watch(self, task_id: str, **kwargs: Any) -> list[Any]:
        iterator = self.client.tasks.watch(task_id, **kwargs)
        if self.loop is None:
            return list(iterator)

        async def collect() -> list[Any]:
            return [t async for t in iterator]

        return self.loop.run_until_complete(collect())

    def close(self) -> None:
        if isinstance(self.client, AsyncEvoLink):
            assert self.loop is not None
            self.loop.run_until_complete(self.client.aclose())
            self.loop.close()
        else:
            self.client.close()


class MockClient:
    """A client of one kind (sync or async) on an in-process mock, its files API on its own origin; :meth:`done`
    runs what a call returned to its end, whichever the kind."""

    def __init__(self, kind: str, server: Any) -> None:
        self.server = server
        options: dict[str, Any] = {
            "base_url": server.base_url,
            "files_base_url": server.files_base_url,
            "transport": server.transport(),
            "clock": server.clock,
        }
        self.loop = asyncio.new_event_loop() if kind == "async" else None
        self.client = (AsyncEvoLink if kind == "async" else EvoLink)(server.api_key, **options)

    def done(self, result: Any) -> Any:
        return self.loop.run_until_complete(result) if self.loop is not None else result

    def close(self) -> None:
        if isinstance(self.client, AsyncEvoLink):
            assert self.loop is not None
            self.loop.run_until_complete(self.client.aclose())
            self.loop.close()
        else:
            self.client.close()
