"""A batch's places count work, not waiting: a slow task holds no create place, so others are created meanwhile."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

import evolink
from evolink import AdaptivePacer, PollPolicy
from evolink.batch import BatchProgress
from evolink.testing import MockConfig, MockServer

FAST = "veo-3.1-fast-generate-preview"
ITEMS = 8


def _created_when_the_first_was_saved(server: MockServer) -> tuple[list[int], object]:
    """An ``on_update`` that notes how many tasks the mock had created when the first item was saved."""
    seen: list[int] = []

    def on_update(progress: BatchProgress) -> None:
        if progress.done == 1 and not seen:
            seen.append(server.stats.tasks_created)

    return seen, on_update


def test_long_tasks_run_side_by_side_at_a_low_concurrency(tmp_path: Path) -> None:
    with MockServer(MockConfig(task_seconds=2)) as server:
        seen, on_update = _created_when_the_first_was_saved(server)
        with evolink.EvoLink(
            server.api_key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.1)
        ) as client:
            results = client.videos.generate_many(
                [{"model": FAST, "prompt": f"cat {i}"} for i in range(ITEMS)],
                output_dir=tmp_path,
                concurrency=2,
                pacer=AdaptivePacer(rate=100),
                on_update=on_update,
            )
    assert [r.status for r in results] == ["saved"] * ITEMS
    assert seen == [ITEMS]  # every task was created before the first one ended, not two at a time


def test_max_running_bounds_the_tasks_on_the_server(tmp_path: Path) -> None:
    with MockServer(MockConfig(task_seconds=0.5)) as server:
        seen, on_update = _created_when_the_first_was_saved(server)

        async def run() -> list[evolink.ItemResult]:
            async with evolink.AsyncEvoLink(
                server.api_key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.1)
            ) as client:
                return await client.videos.generate_many(
                    [{"model": FAST, "prompt": f"dog {i}"} for i in range(ITEMS)],
                    output_dir=tmp_path,
                    concurrency=4,
                    max_running=3,
                    pacer=AdaptivePacer(rate=100),
                    on_update=on_update,
                )

        results = asyncio.run(run())
    assert [r.status for r in results] == ["saved"] * ITEMS
    assert seen == [3]  # no more than three tasks were running when the first ended


@pytest.mark.parametrize("option", ["concurrency", "max_running", "max_downloads"])
def test_a_limit_below_one_is_refused_before_anything_is_sent(tmp_path: Path, option: str) -> None:
    with (
        MockServer() as server,
        evolink.EvoLink(server.api_key, base_url=server.base_url, transport=server.transport()) as client,
        pytest.raises(evolink.RequestValidationError, match=option),
    ):
        client.videos.generate_many([{"model": FAST, "prompt": "x"}], output_dir=tmp_path, **{option: 0})
    assert server.stats.requests == 0
