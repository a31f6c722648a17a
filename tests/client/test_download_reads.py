"""A download asks the socket for 256 KiB per read on both drivers, on the httpx and httpcore actually installed.

The read size is set through httpx's and httpcore's own objects (httpcore has no option for it); an upgrade
that moves them would silently make downloads cost four times the steps, so it is caught here instead.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from evolink._download import _read_larger
from evolink.testing import LiveServer, MockConfig


@pytest.fixture(scope="module")
def live() -> Iterator[LiveServer]:
    with LiveServer(MockConfig(task_seconds=0)) as server:
        yield server


def test_a_blocking_download_reads_a_quarter_megabyte_at_a_time(live: LiveServer) -> None:
    with httpx.Client() as client, client.stream("GET", f"{live.base_url}/v1/models") as response:
        assert _read_larger(response)


def test_an_async_download_reads_a_quarter_megabyte_at_a_time(live: LiveServer) -> None:
    async def widened() -> bool:
        async with httpx.AsyncClient() as client, client.stream("GET", f"{live.base_url}/v1/models") as response:
            return _read_larger(response)

    assert asyncio.run(widened())


def test_another_transport_keeps_its_own_reads() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=b"video"))
    with httpx.Client(transport=transport) as client, client.stream("GET", "http://cdn.invalid/v.mp4") as response:
        assert not _read_larger(response)
        assert response.read() == b"video"
