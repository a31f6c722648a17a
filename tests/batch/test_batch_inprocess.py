"""generate_many on the in-process mock: positions, named items surviving edited files, typed errors."""

from __future__ import annotations

from pathlib import Path

import pytest

import evolink
from evolink import PollPolicy
from evolink.testing import MockConfig, MockServer

FAST = "veo-3.1-fast-generate-preview"


def client(server: MockServer, key: str | None = None) -> evolink.EvoLink:
    return evolink.EvoLink(
        key or server.api_key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.01)
    )


def named(*names: str) -> list[dict[str, str]]:
    return [{"model": FAST, "prompt": f"a {n}", "name": n} for n in names]


def test_named_items_are_not_created_again_when_lines_move(tmp_path: Path) -> None:
    with MockServer(MockConfig(task_seconds=0.05)) as server, client(server) as c:
        first = c.videos.generate_many(named("cat", "dog", "owl"), output_dir=tmp_path)
        assert [r.status for r in first] == ["saved"] * 3
        # a new line at the top shifts every position; named items are still known by their names
        again = c.videos.generate_many(
            named("fox", "cat", "dog", "owl"), output_dir=tmp_path, positions=[10, 11, 12, 13]
        )
        assert [r.position for r in again] == [10, 11, 12, 13]
        assert [r.resumed for r in again] == [False, True, True, True]
        assert server.stats.tasks_created == 4


def test_invalid_items_are_reported_by_position_before_anything_is_sent(tmp_path: Path) -> None:
    requests = [*named("cat"), {"model": FAST, "prompt": "x" * 2001}, {"model": FAST, "prompt": "b", "name": "cat"}]
    with MockServer() as server, client(server) as c:
        with pytest.raises(evolink.BatchValidationError) as info:
            c.videos.generate_many(requests, output_dir=tmp_path, positions=[3, 5, 8])
        assert sorted(info.value.problems) == [5, 8]
        assert "item 5: prompt: at most 2000 characters" in str(info.value)
        assert server.stats.create_requests == 0


def test_item_errors_carry_their_type(tmp_path: Path) -> None:
    with MockServer(MockConfig(api_keys=("sk-good",))) as server, client(server, "sk-bad") as c:
        (result,) = c.videos.generate_many(named("cat"), output_dir=tmp_path)
    assert (result.status, result.error_type) == ("error", "AuthenticationError")


def test_an_unnamed_item_cannot_share_a_file_with_a_named_one(tmp_path: Path) -> None:
    requests = [{"model": FAST, "prompt": "a", "name": "item-00002"}, {"model": FAST, "prompt": "b"}]
    with MockServer() as server, client(server) as c:
        with pytest.raises(evolink.BatchValidationError, match="same file name as item 1"):
            c.videos.generate_many(requests, output_dir=tmp_path)
        with pytest.raises(ValueError, match="positions"):
            c.videos.generate_many(requests, output_dir=tmp_path, positions=[1])
        assert server.stats.create_requests == 0


def test_a_lost_create_on_a_gateway_without_idempotency_is_never_sent_twice(tmp_path: Path) -> None:
    config = MockConfig(provider="uniall", task_seconds=0.05, honour_idempotency_key=False)
    request = [{"model": "veo3.1-video-720p", "prompt": "a cat", "name": "cat"}]
    with MockServer(config) as server:
        server.faults.drop_next(path="/v1/video/generations", when="after")
        with evolink.UniAll(
            server.api_key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.01)
        ) as c:
            (first,) = c.videos.generate_many(request, output_dir=tmp_path)
            (again,) = c.videos.generate_many(request, output_dir=tmp_path)
        assert (first.status, again.status) == ("unknown", "unknown")
        assert "could pay twice" in (again.error or "")
        assert server.stats.tasks_created == 1


def test_a_model_that_makes_no_video_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    element = {
        "model": "kling-custom-element",
        "model_params": {
            "element_name": "Hero",
            "element_description": "A hero",
            "reference_type": "video_refer",
            "element_video_list": {"refer_videos": [{"video_url": "https://example.com/r.mp4"}]},
        },
    }
    with MockServer() as server, client(server) as c:
        with pytest.raises(evolink.BatchValidationError) as refused:
            c.videos.generate_many([*named("cat"), element], output_dir=tmp_path)
        assert server.stats.requests == 0
    ((position, violations),) = refused.value.problems.items()
    assert position == 2 and violations[0].field == "model" and "makes no video" in violations[0].rule
