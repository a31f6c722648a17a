"""A batch item with ``n`` > 1 pays for n videos: every one is saved, journaled, reported and trusted on a re-run."""

from __future__ import annotations

from pathlib import Path

import pytest

import evolink
from evolink import PollPolicy
from evolink.testing import FakeClock, MockConfig, MockServer

FAST = "veo-3.1-fast-generate-preview"


def mock() -> MockServer:
    """The mock on a fake clock that the client shares: a 30 s task takes no time."""
    return MockServer(MockConfig(task_seconds=30), FakeClock())


def client(server: MockServer) -> evolink.EvoLink:
    return evolink.EvoLink(
        server.api_key,
        base_url=server.base_url,
        transport=server.transport(),
        poll=PollPolicy(floor=0.01),
        clock=server.clock,
    )


def test_every_result_of_an_item_is_saved_reported_and_trusted_on_a_rerun(tmp_path: Path) -> None:
    items = [{"name": "cat", "model": FAST, "prompt": "cat", "n": 3}, {"model": FAST, "prompt": "dog"}]
    with mock() as server, client(server) as c:
        first = c.videos.generate_many(items, output_dir=tmp_path)
        assert [r.status for r in first] == ["saved", "saved"]
        assert first[0].path == tmp_path / "cat.mp4"
        assert first[0].extra_paths == (tmp_path / "cat-1.mp4", tmp_path / "cat-2.mp4")
        assert first[0].as_dict()["extra_paths"] == [str(tmp_path / "cat-1.mp4"), str(tmp_path / "cat-2.mp4")]
        assert first[1].extra_paths == ()
        downloads = server.stats.downloads
        assert downloads == 4

        again = c.videos.generate_many(items, output_dir=tmp_path)
        assert [r.resumed for r in again] == [True, True] and again[0].extra_paths == first[0].extra_paths
        assert server.stats.downloads == downloads  # all trusted, nothing fetched again

        (tmp_path / "cat-2.mp4").unlink()  # one paid result lost behind our back
        healed = c.videos.generate_many(items, output_dir=tmp_path)
        assert healed[0].status == "saved" and (tmp_path / "cat-2.mp4").is_file()
        assert server.stats.tasks_created == 2  # fetched again from the paid task, never created again


def test_an_items_extra_results_cannot_take_another_items_file(tmp_path: Path) -> None:
    items = [{"name": "cat", "model": FAST, "prompt": "cat", "n": 2}, {"name": "cat-1", "model": FAST, "prompt": "x"}]
    with mock() as server, client(server) as c:
        with pytest.raises(evolink.BatchValidationError, match="same file name as item 1"):
            c.videos.generate_many(items, output_dir=tmp_path)
        assert server.stats.tasks_created == 0
