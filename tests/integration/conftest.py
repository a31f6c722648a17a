"""A client wired to the in-process mock, sharing one fake clock: waits of minutes take milliseconds."""

from __future__ import annotations

import asyncio
import operator
from collections.abc import Iterator
from typing import Any

import pytest

import evolink
from evolink.testing import FakeClock, MockConfig, MockServer

CLIENTS: dict[str, type[Any]] = {
    "evolink-sync": evolink.EvoLink,
    "evolink-async": evolink.AsyncEvoLink,
    "uniall-sync": evolink.UniAll,
    "uniall-async": evolink.AsyncUniAll,
}


class World:
    """One mock server and one client (sync or async) on the same clock; ``call`` hides the await."""

    def __init__(self, kind: str, config: MockConfig | None = None, **client_options: Any) -> None:
        self.kind = kind
        self.provider = kind.split("-")[0]
        self.clock = FakeClock()
        self.server = MockServer(config or MockConfig(task_seconds=30, provider=self.provider), self.clock)
        cls = CLIENTS[kind]
        self.loop = asyncio.new_event_loop() if kind.endswith("async") else None
        self.client: Any = cls(
            self.server.api_key,
            base_url=self.server.base_url,
            transport=self.server.transport(),
            clock=self.clock,
            **client_options,
        )

    def call(self, path: str, *args: Any, **kwargs: Any) -> Any:
        result = operator.attrgetter(path)(self.client)(*args, **kwargs)
        return self.loop.run_until_complete(result) if self.loop else result

    def close(self) -> None:
        if self.loop:
            self.loop.run_until_complete(self.client.aclose())
            self.loop.close()
        else:
            self.client.close()
        self.server.close()


@pytest.fixture(params=sorted(CLIENTS))
def world(request: pytest.FixtureRequest) -> Iterator[World]:
    """The scenario table runs on both gateways, sync and async."""
    w = World(request.param)
    yield w
    w.close()


@pytest.fixture(params=["evolink-sync", "evolink-async"])
def evolink_world(request: pytest.FixtureRequest) -> Iterator[World]:
    """For what only EvoLink documents: idempotent creates, cancelled tasks, 402/403 keys."""
    w = World(request.param)
    yield w
    w.close()
