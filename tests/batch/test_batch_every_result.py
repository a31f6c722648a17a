"""A batch item with ``n`` > 1 pays for n videos: every one is saved, journaled, reported and trusted on a re-run."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import respx

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


def test_results_the_item_did_not_ask_for_never_take_another_items_file(tmp_path: Path) -> None:
    """A server that sends two videos for a request of one: the second is kept under a name with the task id."""
    api = "https://api.evolink.ai"
    created: list[str] = []

    def create(request: httpx.Request) -> httpx.Response:
        created.append(f"task-unified-{len(created) + 1}-x")
        return httpx.Response(200, json={"id": created[-1], "status": "pending"})

    def task(request: httpx.Request) -> httpx.Response:
        task_id = request.url.path.rsplit("/", 1)[1]
        links = [f"https://cdn.example.com/{task_id}/{i}.mp4" for i in range(2 if task_id.endswith("1-x") else 1)]
        return httpx.Response(200, json={"id": task_id, "status": "completed", "results": links})

    def video(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=request.url.path.encode())

    items = [{"name": "cat", "model": FAST, "prompt": "cat"}, {"name": "cat-1", "model": FAST, "prompt": "dog"}]
    with respx.mock() as router, evolink.EvoLink("sk-x", clock=FakeClock(), poll=PollPolicy(floor=0.01)) as c:
        router.post(f"{api}/v1/videos/generations").mock(side_effect=create)
        router.get(url__regex=rf"{api}/v1/tasks/.*").mock(side_effect=task)
        router.get(url__regex=r"https://cdn\.example\.com/.*").mock(side_effect=video)
        results = c.videos.generate_many(items, output_dir=tmp_path, concurrency=1, max_running=1)  # in order
    assert [r.status for r in results] == ["saved", "saved"]
    assert (tmp_path / "cat-1.mp4").read_bytes() == b"/task-unified-2-x/0.mp4"  # the dog's own video
    assert results[0].extra_paths == (tmp_path / "cat-task-unified-1-x-1.mp4",)
    assert results[0].extra_paths[0].read_bytes() == b"/task-unified-1-x/1.mp4"
