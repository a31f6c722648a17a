"""The real server of the contract suite: uvicorn on loopback, for the whole session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from evolink.testing import LiveServer

from .support import CALLBACK_SINK, MOCK


@pytest.fixture(scope="session")
def live() -> Iterator[LiveServer]:
    with LiveServer(MOCK, callback_transport=CALLBACK_SINK) as server:
        yield server
