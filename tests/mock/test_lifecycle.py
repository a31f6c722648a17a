"""A task's life on the fake clock: create, poll, complete, download (whole and ranged), link expiry, every ending."""

from __future__ import annotations

import logging

import pytest

from evolink.testing import FakeClock, MockConfig, MockServer
from evolink.testing._media import Shape, shaped_mp4

from .conftest import TASK_SECONDS
from .support import KLING_T2V, Api, boxes, error_of


def test_a_task_goes_pending_processing_completed_with_rising_progress(api: Api, clock: FakeClock) -> None:
    created = api.created()
    assert created["status"] == "pending" and created["progress"] == 0
    assert created["id"].startswith(f"task-unified-{int(clock.wall())}-")
    seen = []
    for _ in range(10):
        clock.advance(TASK_SECONDS / 10 - 0.01)
        task = api.task(created["id"])
        seen.append((task["status"], task["progress"]))
    statuses = [status for status, _ in seen]
    assert statuses[0] == "pending"
    assert statuses[1:] == ["processing"] * 9
    progress = [p for _, p in seen]
    assert progress == sorted(progress) and progress[-1] < 100
    clock.advance(1)
    done = api.task(created["id"])
    assert (done["status"], done["progress"]) == ("completed", 100)
    assert done["task_info"]["can_cancel"] is False


def test_the_task_shows_what_was_asked_and_fills_usage(api: Api) -> None:
    created = api.created(duration=8, n=2)
    assert created["model"] == "veo-3.1-fast-generate-preview"
    assert (created["object"], created["type"]) == ("video.generation.task", "video")
    assert created["task_info"] == {"can_cancel": True, "estimated_time": TASK_SECONDS, "video_duration": 8}
    usage = created["usage"]
    assert usage["credits_reserved"] == 16 and "credits_used" not in usage
    assert set(usage) >= {"billing_rule", "user_group"}


def test_durations_default_from_the_spec(api: Api) -> None:
    assert api.created()["task_info"]["video_duration"] == 4  # Veo: the first allowed value, the documented default
    kling = api.request("POST", "/v1/videos/generations", json={"model": KLING_T2V, "prompt": "A boat"}).json()
    assert kling["task_info"]["video_duration"] == 5  # Kling: the spec's default


def test_results_are_real_mp4s_served_whole(api: Api, clock: FakeClock, server: MockServer) -> None:
    task_id = api.created(n=2)["id"]
    clock.advance(TASK_SECONDS)
    done = api.task(task_id)
    assert len(done["results"]) == 2 and done["usage"]["credits_used"] == done["usage"]["credits_reserved"]
    assert done["results"][0].startswith(f"{server.base_url}/files/{task_id}/0.mp4?")
    video = api.request("GET", done["results"][1])
    assert video.status_code == 200
    assert video.headers["content-type"] == "video/mp4"
    assert video.headers["accept-ranges"] == "bytes"
    assert int(video.headers["content-length"]) == len(video.content)
    assert video.content == shaped_mp4(Shape(1280, 720, 4.0))  # Veo's defaults: 4 s at 720p, 16:9
    assert [kind for kind, _ in boxes(video.content)][:2] == ["ftyp", "moov"]
    assert server.stats.downloads == 1


def test_ranges_resume_a_download(api: Api, clock: FakeClock) -> None:
    task_id = api.created()["id"]
    clock.advance(TASK_SECONDS)
    url = api.task(task_id)["results"][0]
    whole = api.request("GET", url).content
    part = api.request("GET", url, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 100-199/{len(whole)}"
    assert part.content == whole[100:200]
    tail = api.request("GET", url, headers={"Range": "bytes=-50"})
    assert tail.content == whole[-50:]
    rest = api.request("GET", url, headers={"Range": f"bytes={len(whole) - 10}-"})
    assert rest.content == whole[-10:]
    beyond = api.request("GET", url, headers={"Range": f"bytes={len(whole)}-"})
    assert beyond.status_code == 416 and beyond.headers["content-range"] == f"bytes */{len(whole)}"
    several = api.request("GET", url, headers={"Range": "bytes=0-1,5-6"})
    assert several.status_code == 200 and several.content == whole  # allowed: the whole body instead
    head = api.request("HEAD", url)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(len(whole))


def test_links_expire_like_a_cdns(api: Api, clock: FakeClock) -> None:
    task_id = api.created()["id"]
    clock.advance(TASK_SECONDS)
    url = api.task(task_id)["results"][0]
    clock.advance(24 * 3600 - 1)
    assert api.request("GET", url).status_code == 200
    clock.advance(1)
    expired = api.request("GET", url)
    assert expired.status_code == 403 and error_of(expired)["code"] == "link_expired"
    stretched = url.replace("expires=", "expires=9")
    forged = api.request("GET", stretched)
    assert forged.status_code == 403 and error_of(forged)["code"] == "invalid_signature"


@pytest.mark.parametrize("config", [MockConfig(task_seconds=5, link_ttl_seconds=60)])
def test_the_link_lifetime_is_configurable(api: Api, clock: FakeClock) -> None:
    task_id = api.created()["id"]
    clock.advance(5)
    url = api.task(task_id)["results"][0]
    clock.advance(60)
    assert api.request("GET", url).status_code == 403


def test_an_unfinished_or_unknown_file_is_404(api: Api, clock: FakeClock, server: MockServer) -> None:
    task_id = api.created()["id"]
    clock.advance(TASK_SECONDS)
    url = api.task(task_id)["results"][0]
    assert api.request("GET", url.replace("/0.mp4", "/1.mp4")).status_code == 403  # the signature covers the path
    server.reset()
    assert api.request("GET", url).status_code == 404


@pytest.mark.parametrize(
    ("marker", "status", "code"),
    [
        ("[mock:fail]", "failed", "content_policy_violation"),
        ("[mock:fail=generation_timeout]", "failed", "generation_timeout"),
        ("[mock:fail=brand_new_code]", "failed", "brand_new_code"),
        ("[mock:cancel]", "cancelled", None),
    ],
)
def test_prompt_markers_choose_the_ending(api: Api, clock: FakeClock, marker: str, status: str, code: str) -> None:
    task_id = api.created(f"A cat {marker}")["id"]
    clock.advance(TASK_SECONDS)
    task = api.task(task_id)
    assert task["status"] == status and "results" not in task
    assert task["usage"]["credits_used"] == 0  # refunded
    if code is None:
        assert "error" not in task
    else:
        assert task["error"]["code"] == code and task["error"]["type"] == "task_error" and task["error"]["message"]


def test_never_finishes(api: Api, clock: FakeClock) -> None:
    task_id = api.created("[mock:never] A cat")["id"]
    clock.advance(365 * 24 * 3600)
    task = api.task(task_id)
    assert (task["status"], task["progress"]) == ("processing", 99)


def test_seconds_marker_sets_the_duration(api: Api, clock: FakeClock) -> None:
    task_id = api.created("A cat [mock:seconds=2] [mock:cancel]")["id"]
    clock.advance(2)
    assert api.task(task_id)["status"] == "cancelled"


@pytest.mark.parametrize("config", [MockConfig(task_seconds=0, ending="fail=service_error")])
def test_the_configured_ending_applies_unless_a_marker_says_otherwise(api: Api) -> None:
    assert api.created()["error"]["code"] == "service_error"
    assert api.created("[mock:complete]")["status"] == "completed"


def test_an_unknown_marker_is_logged_and_ignored(api: Api, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="evolink.testing"):
        task_id = api.created("[mock:explode] [mock:fail=Bad_Code] [mock:seconds=-1] [mock:seconds=nan] A cat")["id"]
    assert all(marker in caplog.text for marker in ("[mock:explode]", "Bad_Code", "seconds=-1", "seconds=nan"))
    assert api.task(task_id)["task_info"]["estimated_time"] == TASK_SECONDS
    clock.advance(TASK_SECONDS)
    assert api.task(task_id)["status"] == "completed"


def test_server_task_shows_any_task_as_it_is_now(server: MockServer, api: Api, clock: FakeClock) -> None:
    task_id = api.created()["id"]
    clock.advance(TASK_SECONDS)
    shown = server.task(task_id)
    assert shown is not None and shown["status"] == "completed"
    assert server.task("task-unified-0-unknown") is None
