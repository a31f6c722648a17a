"""A batch has no deadline unless given one: long tasks one after another are all saved."""

from __future__ import annotations

from pathlib import Path

import evolink
from evolink import PollPolicy
from evolink.testing import FakeClock, MockConfig, MockServer

FAST = "veo-3.1-fast-generate-preview"


def test_a_batch_without_a_timeout_saves_every_item_however_long_they_take(tmp_path: Path) -> None:
    clock = FakeClock()
    with (
        MockServer(MockConfig(task_seconds=20 * 60), clock) as server,
        evolink.EvoLink(
            server.api_key, base_url=server.base_url, transport=server.transport(), clock=clock, poll=PollPolicy()
        ) as client,
    ):
        results = client.videos.generate_many(
            [{"model": FAST, "prompt": f"cat {i}"} for i in range(4)], output_dir=tmp_path, concurrency=1, max_running=1
        )
    assert [r.status for r in results] == ["saved"] * 4
    assert clock.now() >= 4 * 20 * 60  # one after another: 80 minutes, past the 30 of a single wait's default
