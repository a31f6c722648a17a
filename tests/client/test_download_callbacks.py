"""``on_download`` may be a coroutine function on the async client, awaited after every chunk like ``on_progress``;
the blocking client refuses one clearly instead of dropping its coroutines unawaited."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from client.support import FAST
from evolink import AsyncEvoLink, EvoLink
from evolink._core import AsyncByteProgress
from evolink.testing import MockConfig, MockServer


@pytest.fixture
def server() -> Iterator[MockServer]:
    mock = MockServer(MockConfig(task_seconds=0))
    yield mock
    mock.close()


def test_an_async_download_callback_is_awaited_with_the_byte_counts(server: MockServer, tmp_path: Path) -> None:
    seen: dict[str, list[tuple[int, int | None]]] = {"generate": [], "download_all": []}

    def recorder(name: str) -> AsyncByteProgress:
        async def on_download(received: int, total: int | None) -> None:
            await asyncio.sleep(0)  # only an awaited callback gets past this
            seen[name].append((received, total))

        return on_download

    async def scenario() -> list[Path]:
        async with AsyncEvoLink(server.api_key, base_url=server.base_url, transport=server.transport()) as client:
            made = await client.videos.generate(
                model=FAST, prompt="a cat", output=tmp_path / "made.mp4", on_download=recorder("generate")
            )
            task = await client.videos.create_and_wait(model=FAST, prompt="a dog")
            saved = await client.tasks.download_all(task.id, tmp_path / "all", on_download=recorder("download_all"))
            return [made, *saved]

    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # a coroutine never awaited would warn
        made, saved = asyncio.run(scenario())
    for path, progress in ((made, seen["generate"]), (saved, seen["download_all"])):
        size = path.stat().st_size
        counts = [received for received, _ in progress]
        assert size > 0 and counts[-1] == size and counts == sorted(counts)
        assert {total for _, total in progress} == {size}  # announced from the first chunk


def test_the_blocking_client_refuses_an_async_download_callback(server: MockServer, tmp_path: Path) -> None:
    async def on_download(received: int, total: int | None) -> None:
        raise AssertionError("never run")

    with (
        warnings.catch_warnings(),
        EvoLink(server.api_key, base_url=server.base_url, transport=server.transport()) as client,
        pytest.raises(TypeError, match="async client"),
    ):
        warnings.simplefilter("error", RuntimeWarning)
        client.videos.generate(model=FAST, prompt="a cat", output=tmp_path / "v.mp4", on_download=on_download)
    assert list(tmp_path.iterdir()) == []  # no video, no part file


def test_the_blocking_client_refuses_an_async_progress_callback_alike(server: MockServer) -> None:
    async def on_progress(task: object) -> None:
        raise AssertionError("never run")

    with (
        warnings.catch_warnings(),
        EvoLink(server.api_key, base_url=server.base_url, transport=server.transport()) as client,
        pytest.raises(TypeError, match="async client"),
    ):
        warnings.simplefilter("error", RuntimeWarning)
        client.videos.create_and_wait(model=FAST, prompt="a cat", on_progress=on_progress)
