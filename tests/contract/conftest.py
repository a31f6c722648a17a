"""The real servers of the contract suite: uvicorn on loopback, one per provider, started on first use."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import pytest

from evolink.testing import LiveServer

from .support import CALLBACK_SINK, mock_config

#: ``live(provider)``: that provider's server, started by the first test that needs it, for the whole session.
Live = Callable[[str], LiveServer]


@pytest.fixture(scope="session")
def live() -> Iterator[Live]:
    with contextlib.ExitStack() as stack:
        started: dict[str, LiveServer] = {}

        def server(provider: str) -> LiveServer:
            if provider not in started:
                started[provider] = stack.enter_context(
                    LiveServer(mock_config(provider), callback_transport=CALLBACK_SINK)
                )
            return started[provider]

        yield server
