"""The mock's main user: the evolink client, sync and async, sharing one fake clock with the server.

Every sleep the client takes between polls moves the server's tasks on by the
same amount, so a twenty-second generation with faults on every step runs in
milliseconds, and the server's stats prove what the client did.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from evolink import AsyncEvoLink, EvoLink, TaskFailedError
from evolink.testing import FakeClock, MockConfig, MockServer

from .support import VEO, boxes

CONFIG = MockConfig(task_seconds=20, video_bytes=3_000_000)


def arm_faults(server: MockServer) -> None:
    """The answer to the create is lost, the first poll is a 503, the download is cut halfway."""
    server.faults.drop_next(path="/v1/videos/generations", when="after")
    server.faults.fail_next(status=503, path="/v1/tasks/*")
    server.faults.truncate_next()


def check_outcome(server: MockServer, path: Path) -> None:
    assert path.stat().st_size == 3_000_000 and boxes(path.read_bytes())[0][0] == "ftyp"
    stats = server.stats
    assert (stats.create_requests, stats.tasks_created, stats.replays) == (2, 1, 1)
    assert stats.downloads == 2 and stats.download_bytes == 3_000_000  # cut, then resumed with Range
    assert server.faults.armed == 0


def test_the_sync_client_survives_every_fault_and_creates_once(tmp_path: Path) -> None:
    clock = FakeClock()
    server = MockServer(CONFIG, clock)
    arm_faults(server)
    with EvoLink(server.api_key, base_url=server.base_url, transport=server.transport(), clock=clock) as client:
        path = client.videos.generate(model=VEO, prompt="A cat playing piano", output=tmp_path / "cat.mp4")
    check_outcome(server, path)
    assert clock.now() >= CONFIG.task_seconds


def test_the_async_client_survives_every_fault_and_creates_once(tmp_path: Path) -> None:
    clock = FakeClock()
    server = MockServer(CONFIG, clock)
    arm_faults(server)

    async def generate() -> Path:
        async with AsyncEvoLink(
            server.api_key, base_url=server.base_url, transport=server.transport(), clock=clock
        ) as client:
            return await client.videos.generate(model=VEO, prompt="A cat playing piano", output=tmp_path / "cat.mp4")

    check_outcome(server, asyncio.run(generate()))


def test_a_scripted_failure_reaches_the_client_with_its_code() -> None:
    clock = FakeClock()
    server = MockServer(CONFIG, clock)
    with EvoLink(server.api_key, base_url=server.base_url, transport=server.transport(), clock=clock) as client:
        task = client.videos.create(model=VEO, prompt="A cat [mock:fail=generation_timeout]")
        with pytest.raises(TaskFailedError) as failed:
            client.tasks.wait(task)
    assert failed.value.code == "generation_timeout"
