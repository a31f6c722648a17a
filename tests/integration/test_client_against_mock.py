"""The client against the in-process mock: every model end to end, every ending, idempotency under faults."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from catalogue import valid_body

import evolink
from evolink._spec import evolink_spec, uniall_spec

from .conftest import CLIENTS, World

FAST = "veo-3.1-fast-generate-preview"


def uniall_examples() -> dict[str, dict[str, Any]]:
    """A documented request example per UniAll model, straight from its spec (a bare prompt where it has none)."""
    spec = uniall_spec()
    op = spec.document["paths"][spec.create_path]["post"]
    examples = op["requestBody"]["content"]["application/json"]["examples"].values()
    found: dict[str, dict[str, Any]] = {m: {"model": m, "prompt": "A cat playing piano"} for m in spec.models}
    return found | {example["value"]["model"]: example["value"] for example in examples}


#: EvoLink's models each with a body its spec accepts (an official example where one is valid).
EXAMPLES = {("evolink", m): valid_body(m) for m in evolink_spec().models} | {
    ("uniall", m): body for m, body in uniall_examples().items()
}
#: One model per docs family: the async clients run these, the sync ones run every model.
PER_FAMILY = {evolink_spec().model_family(m): m for m in reversed(evolink_spec().models)}


def assert_playable_mp4(path: Path) -> None:
    head = path.read_bytes()[:12]
    assert head[4:8] == b"ftyp", head
    ffprobe = shutil.which("ffprobe")
    if ffprobe:
        probe = subprocess.run(
            [ffprobe, "-v", "error", "-show_entries", "stream=codec_type", "-of", "csv=p=0", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "video" in probe.stdout


MODEL_CASES = [
    (kind, model)
    for kind in sorted(CLIENTS)
    for provider, model in sorted(EXAMPLES)
    if kind.startswith(provider)
    and ("sync" in kind.split("-") or provider != "evolink" or model in PER_FAMILY.values())
]


@pytest.mark.parametrize(("kind", "model"), MODEL_CASES)
def test_every_model_creates_waits_and_downloads(kind: str, model: str, tmp_path: Path) -> None:
    world = World(kind)
    body = dict(EXAMPLES[(world.provider, model)])
    if model == "veo3.1-fast-extend":  # extends an earlier task: make one first
        base = world.call("videos.create_and_wait", model=FAST, prompt="base")
        body["base_video_task_id"] = base.id
    seen: list[str] = []
    if world.provider == "evolink" and evolink_spec().model_output(model) != "video":
        task = world.call("videos.create_and_wait", body, on_progress=lambda t: seen.append(t.status))
        assert task.element_id and not task.results and seen[-1] == "completed"
        with pytest.raises(evolink.RequestValidationError, match="makes no video"):
            world.call("videos.generate", body, output=tmp_path)
        world.close()
        return
    path = world.call("videos.generate", body, output=tmp_path, on_progress=lambda t: seen.append(t.status))
    assert path.parent == tmp_path and path.stat().st_size > 0
    assert_playable_mp4(path)
    assert seen[0] == "pending" and seen[-1] == "completed"
    assert world.server.stats.downloads >= 1
    world.close()


def any_model(world: World) -> str:
    return FAST if world.provider == "evolink" else "veo3.1-video-720p"


def test_failed_task_raises_with_the_documented_code(world: World) -> None:
    with pytest.raises(evolink.TaskFailedError) as info:
        world.call("videos.create_and_wait", model=any_model(world), prompt="cat [mock:fail=content_policy_violation]")
    assert info.value.code == "content_policy_violation" and info.value.retryable is False


def test_cancelled_task_raises(evolink_world: World) -> None:
    with pytest.raises(evolink.TaskCancelledError):
        evolink_world.call("videos.create_and_wait", model=FAST, prompt="cat [mock:cancel]")


def test_a_task_that_never_finishes_times_out_and_keeps_running(world: World) -> None:
    task = world.call("videos.create", model=any_model(world), prompt="cat [mock:never]")
    with pytest.raises(evolink.WaitTimeoutError) as info:
        world.call("tasks.wait", task.id, timeout=900)
    assert info.value.task_id == task.id
    assert world.call("tasks.get", task.id).status == "processing"
    assert world.clock.now() - 0 >= 900


@pytest.mark.parametrize("fault", ["fail_next", "drop_next"])
def test_a_lost_create_answer_is_retried_into_the_same_task(evolink_world: World, fault: str) -> None:
    world = evolink_world
    arm = getattr(world.server.faults, fault)
    if fault == "fail_next":
        arm(2, status=503, path="/v1/videos/generations", when="after")
    else:
        arm(1, path="/v1/videos/generations", when="after")
    task = world.call("videos.create", model=FAST, prompt="cat")
    stats = world.server.stats
    assert stats.tasks_created == 1, stats
    assert stats.create_requests == (3 if fault == "fail_next" else 2)
    assert task.replayed is True
    assert world.call("tasks.wait", task.id).status == "completed"


def test_polls_survive_503_and_a_cut_download_resumes_and_is_complete(world: World, tmp_path: Path) -> None:
    task = world.call("videos.create", model=any_model(world), prompt="cat")
    world.server.faults.fail_next(2, status=503, path="/v1/*/" + task.id)
    task = world.call("tasks.wait", task.id)
    world.server.faults.truncate_next(1)
    path = world.call("tasks.download", task, tmp_path / "cat.mp4")
    assert_playable_mp4(path)
    full = tmp_path / "again.mp4"
    world.call("tasks.download", task, full)
    assert path.read_bytes() == full.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.mp4", "cat.mp4"]


def test_an_expired_link_raises_result_expired(world: World, tmp_path: Path) -> None:
    task = world.call("videos.create_and_wait", model=any_model(world), prompt="cat")
    world.clock.advance(25 * 3600)
    with pytest.raises(evolink.ResultExpiredError):
        world.call("tasks.download", task, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_bad_request_never_reaches_the_mock(world: World) -> None:
    with pytest.raises(evolink.RequestValidationError, match="duration"):
        world.call("videos.create", model=any_model(world), prompt="p", duration=99)
    assert world.server.stats.create_requests == 0


def test_wrong_key_quota_and_access_errors() -> None:
    from evolink.testing import FakeClock, MockConfig, MockServer

    server = MockServer(
        MockConfig(api_keys=("sk-a",), quota_exhausted_keys=("sk-q",), denied_keys=("sk-d",)), FakeClock()
    )
    for key, error in (
        ("sk-wrong", evolink.AuthenticationError),
        ("sk-q", evolink.InsufficientQuotaError),
        ("sk-d", evolink.PermissionDeniedError),
    ):
        with (
            evolink.EvoLink(key, base_url=server.base_url, transport=server.transport()) as client,
            pytest.raises(error),
        ):
            client.videos.create(model=FAST, prompt="cat")
