"""Fixtures of the mock's own tests: a fake clock, a callback receiver, an in-process server, both client kinds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from evolink.testing import FakeClock, MockConfig, MockServer

from .support import Api, Receiver

TASK_SECONDS = 20.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def receiver(clock: FakeClock) -> Receiver:
    return Receiver(clock)


@pytest.fixture
def config() -> MockConfig:
    """Override in a module (or with ``@pytest.mark.parametrize("config", ...)``) to change the server."""
    return MockConfig(task_seconds=TASK_SECONDS)


@pytest.fixture
def server(config: MockConfig, clock: FakeClock, receiver: Receiver) -> Iterator[MockServer]:
    with MockServer(config, clock, callback_transport=receiver.transport) as mock:
        yield mock


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest, server: MockServer) -> Iterator[Api]:
    """The same tests through httpx.Client and httpx.AsyncClient."""
    face = Api(server, request.param)
    yield face
    face.close()
