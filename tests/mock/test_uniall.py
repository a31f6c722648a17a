"""The mock playing UniAll: the same core (clock, files, faults, keys) behind UniAll's paths, job body and errors.

UniAll's jobs go ``queued -> in_progress -> completed | failed`` (there is no
``cancelled``), live at ``GET /v1/videos/{task_id}``, and carry their result
in ``video_url`` and ``result`` {``outputs``, ``video_url``}. What UniAll does
not document (402/403 keys, a cancel ending, callbacks) is refused when
configured; ``Idempotency-Key``, which the client sends anyway, is honoured.
"""

from __future__ import annotations

import asyncio
import logging
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from evolink import APIConnectionError, AsyncUniAll, TaskFailedError, UniAll
from evolink._spec import uniall_spec
from evolink.testing import FakeClock, LiveServer, MockConfig, MockServer
from evolink.testing.__main__ import main
from evolink.testing._media import Shape, shaped_mp4

from .conftest import TASK_SECONDS
from .support import CREATE, IDEMPOTENCY_KEY, UNIALL_CREATE, UNIALL_VEO, Api, boxes, error_of, until

#: The video a request that names neither duration nor size gets: the first allowed values (4 s, 720p, 16:9).
DEFAULT_SHAPE = Shape(1280, 720, 4.0)


@pytest.fixture
def config() -> MockConfig:
    return MockConfig(provider="uniall", task_seconds=TASK_SECONDS)


def completed(api: Api, clock: FakeClock, prompt: str = "A cat playing piano", **fields: Any) -> dict[str, Any]:
    job_id = api.created(prompt, **fields)["id"]
    clock.advance(TASK_SECONDS)
    job = api.task(job_id)
    assert job["status"] == "completed"
    return job


# --- the job's life ---------------------------------------------------------------------------------


def test_a_job_goes_queued_in_progress_completed(api: Api, clock: FakeClock, server: MockServer) -> None:
    created = api.created("A cat playing piano", size="720p", aspect_ratio="9:16", duration=6)
    assert server.provider == "uniall"
    assert re.fullmatch(rf"job_{int(clock.wall())}_[a-z0-9]{{8}}", created["id"])
    assert created == {
        "id": created["id"],
        "task_id": created["id"],
        "object": "video.generation.job",
        "model": UNIALL_VEO,
        "prompt": "A cat playing piano",
        "status": "queued",
        "progress": 0,
        "duration": 6,
        "metadata": {"size": "720p", "aspect_ratio": "9:16"},
        "video_url": None,
        "thumbnail_url": None,
        "created_at": int(clock.wall()),
    }
    seen = []
    for _ in range(10):
        clock.advance(TASK_SECONDS / 10 - 0.01)
        job = api.task(created["id"])
        seen.append((job["status"], job["progress"]))
    assert [status for status, _ in seen] == ["queued"] + ["in_progress"] * 9
    progress = [p for _, p in seen]
    assert progress == sorted(progress) and progress[-1] < 100
    clock.advance(1)
    done = api.task(created["id"])
    assert (done["status"], done["progress"]) == ("completed", 100)
    assert done["video_url"].startswith(f"{server.base_url}/files/{created['id']}/0.mp4?")
    assert done["result"] == {"outputs": [done["video_url"]], "video_url": done["video_url"]}
    assert "error" not in done


def test_the_duration_defaults_to_the_first_allowed_value_and_the_prompt_is_optional(api: Api) -> None:
    job = api.request("POST", UNIALL_CREATE, json={"model": UNIALL_VEO}).json()
    assert job["duration"] == 4 and "prompt" not in job and job["metadata"] == {}


@pytest.mark.parametrize(
    ("marker", "code"),
    [("[mock:fail]", "content_policy_violation"), ("[mock:fail=generation_timeout]", "generation_timeout")],
)
def test_prompt_markers_fail_a_job(api: Api, clock: FakeClock, marker: str, code: str) -> None:
    job_id = api.created(f"A cat {marker}")["id"]
    clock.advance(TASK_SECONDS)
    job = api.task(job_id)
    assert job["status"] == "failed" and job["video_url"] is None and "result" not in job
    assert job["error"]["code"] == code and job["error"]["message"] and set(job["error"]) == {"code", "message"}


def test_cancel_is_not_a_uniall_ending(api: Api, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="evolink.testing"):
        job_id = api.created("A cat [mock:cancel]")["id"]
    assert "[mock:cancel]" in caplog.text and "UniAll has no status for it" in caplog.text
    clock.advance(TASK_SECONDS)
    assert api.task(job_id)["status"] == "completed"


def test_never_stays_in_progress(api: Api, clock: FakeClock) -> None:
    job_id = api.created("[mock:never] A cat")["id"]
    clock.advance(365 * 24 * 3600)
    assert (api.task(job_id)["status"], api.task(job_id)["progress"]) == ("in_progress", 99)


@pytest.mark.parametrize("config", [MockConfig(provider="uniall", task_seconds=0, ending="fail=service_error")])
def test_the_configured_ending_applies(api: Api) -> None:
    assert api.created()["error"]["code"] == "service_error"
    assert api.created("[mock:complete]")["status"] == "completed"


# --- results --------------------------------------------------------------------------------------


def test_the_video_url_serves_a_real_mp4_with_ranges(api: Api, clock: FakeClock, server: MockServer) -> None:
    url = completed(api, clock)["video_url"]
    video = api.request("GET", url)
    assert video.status_code == 200 and video.headers["content-type"] == "video/mp4"
    assert video.content == shaped_mp4(DEFAULT_SHAPE) and boxes(video.content)[0][0] == "ftyp"
    part = api.request("GET", url, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == video.content[100:200]
    beyond = api.request("GET", url, headers={"Range": f"bytes={len(video.content)}-"})
    assert beyond.status_code == 416
    head = api.request("HEAD", url)
    assert head.status_code == 200 and head.content == b"" and head.headers["content-length"] == str(len(video.content))
    assert server.stats.downloads == 2  # the 416 and the HEAD send no body


def test_result_links_expire_after_24_hours(api: Api, clock: FakeClock) -> None:
    url = completed(api, clock)["result"]["outputs"][0]
    clock.advance(24 * 3600 - 1)
    assert api.request("GET", url).status_code == 200
    clock.advance(1)
    expired = api.request("GET", url)
    assert expired.status_code == 403 and error_of(expired)["code"] == "link_expired"


# --- requests and errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"model": "veo3.1-fast-video-1080p", "images": ["https://x.example/1.png"] * 2}, "images"),
        ({"size": "4k"}, "size"),
        ({"last_image": "https://x.example/end.png"}, "last_image"),
        ({"video": "https://x.example/in.mp4", "image": "https://x.example/a.png"}, "image"),
        ({"duration": 5}, "duration"),
        ({"callback_url": "https://hooks.example.com/x"}, "callback_url"),
    ],
)
def test_uniall_rules_are_enforced_from_its_spec(api: Api, fields: dict[str, Any], param: str) -> None:
    answer = api.create(**fields)
    error = error_of(answer)
    assert answer.status_code == 400, answer.text
    assert (error["code"], error["type"], error["param"]) == ("invalid_request", "invalid_request_error", param)
    assert uniall_spec().check_request({"model": UNIALL_VEO, "prompt": "x", **fields})  # the spec says no too


def test_the_documented_modes_are_accepted(api: Api) -> None:
    modes: list[dict[str, Any]] = [
        {"image": "https://x.example/a.png"},
        {"image": "https://x.example/a.png", "last_image": "https://x.example/b.png"},
        {"model": "veo3.1-video-720p", "images": ["https://x.example/1.png", "https://x.example/2.png"]},
        {"video": "https://x.example/in.mp4", "extra_body": {"seed": 9, "generate_audio": False}},
    ]
    assert [api.create(**mode).status_code for mode in modes] == [200] * 4


@pytest.mark.parametrize("authorization", [None, "Bearer sk-unknown"])
def test_an_unknown_key_is_401(server: MockServer, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    answer = Api(server, key="").request("POST", UNIALL_CREATE, json={"model": UNIALL_VEO}, headers=headers)
    assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
    assert error_of(answer) == {"code": "invalid_api_key", "message": "Invalid API key", "type": "authentication_error"}


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/v1/videos/job_1_unknown", 404, "job_not_found"),
        ("/v1/videos/task-unified-1757169743-7cvnl5zw", 404, "job_not_found"),  # any well-formed id may be asked
        ("/v1/videos/not%20an%20id", 400, "invalid_task_id"),
        ("/v1/videos/" + "a" * 129, 400, "invalid_task_id"),
        ("/v1/tasks/job_1_unknown", 404, "not_found"),  # EvoLink's route: not this API's
    ],
)
def test_job_ids_and_routes(api: Api, path: str, status: int, code: str) -> None:
    answer = api.request("GET", path)
    assert answer.status_code == status and error_of(answer)["code"] == code


def test_a_job_belongs_to_its_key() -> None:
    server = MockServer(MockConfig(provider="uniall", api_keys=["sk-a", "sk-b"]))
    job_id = Api(server, key="sk-a").created()["id"]
    assert Api(server, key="sk-b").request("GET", f"/v1/videos/{job_id}").status_code == 404


def test_only_this_apis_paths_are_served(api: Api) -> None:
    wrong = api.request("POST", CREATE, json={"model": UNIALL_VEO})  # EvoLink's create path is a job id here
    assert wrong.status_code == 405 and wrong.headers["allow"] == "GET, HEAD, OPTIONS"
    assert api.request("PUT", UNIALL_CREATE).headers["allow"] == "POST, OPTIONS"
    assert api.request("GET", "/openapi.json").json() == uniall_spec().document


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (500, "internal_error", "server_error"),
        (503, "upstream_error", "server_error"),
        (429, "rate_limit_exceeded", None),
    ],
)
def test_injected_faults_speak_uniall(api: Api, server: MockServer, status: int, code: str, kind: str | None) -> None:
    server.faults.fail_next(status=status)
    answer = api.create()
    assert answer.status_code == status and error_of(answer)["code"] == code
    assert kind is None or error_of(answer)["type"] == kind


@pytest.mark.parametrize("config", [MockConfig(provider="uniall", rate_limit=1)])
def test_the_rate_limit_is_429_with_retry_after(api: Api) -> None:
    assert api.create().status_code == 200
    limited = api.create()
    assert limited.status_code == 429 and limited.headers["retry-after"] == "1"
    assert error_of(limited)["type"] == "rate_limit_error"


# --- Idempotency-Key: not UniAll's, sent by the client anyway --------------------------------------


def test_a_repeated_key_replays_the_job(api: Api, server: MockServer) -> None:
    first = api.create(idempotency_key="k")  # no pattern: UniAll's spec does not declare the header
    again = api.create(idempotency_key="k")
    assert (first.headers["idempotency-replayed"], again.headers["idempotency-replayed"]) == ("false", "true")
    assert again.json()["id"] == first.json()["id"] and server.stats.tasks_created == 1


def test_a_conflict_is_a_400_because_uniall_documents_no_409(api: Api) -> None:
    api.created(idempotency_key=IDEMPOTENCY_KEY)
    answer = api.create("A dog", idempotency_key=IDEMPOTENCY_KEY)
    assert answer.status_code == 400
    assert error_of(answer) == {
        "code": "idempotency_conflict",
        "message": "Idempotency-Key reused with a different body",
        "type": "invalid_request_error",
        "param": "Idempotency-Key",
    }


@pytest.mark.parametrize("config", [MockConfig(provider="uniall", honour_idempotency_key=False)])
def test_the_key_can_be_ignored_as_a_gateway_that_does_not_know_it_would(api: Api, server: MockServer) -> None:
    first, again = (api.create(idempotency_key=IDEMPOTENCY_KEY) for _ in range(2))
    assert first.json()["id"] != again.json()["id"] and "idempotency-replayed" not in again.headers
    assert server.stats.tasks_created == 2


# --- configuration ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"quota_exhausted_keys": ["sk-q"]}, "UniAll documents no 402 or 403"),
        ({"denied_keys": ["sk-d"]}, "UniAll documents no 402 or 403"),
        ({"ending": "cancel"}, "UniAll has no status for the ending 'cancel'"),
        ({"allow_loopback_callbacks": True}, "UniAll documents no callbacks"),
    ],
)
def test_what_uniall_does_not_document_cannot_be_configured(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        MockConfig(provider="uniall", **options)


def test_an_unknown_provider_is_refused() -> None:
    with pytest.raises(ValueError, match="provider"):
        MockConfig(provider="sora")
    assert MockConfig().provider == "evolink" and MockServer().provider == "evolink"


# --- the client, end to end --------------------------------------------------------------------------

CLIENT_CONFIG = MockConfig(provider="uniall", task_seconds=20, video_bytes=3_000_000)


def arm_faults(server: MockServer) -> None:
    """The first poll is a 503 and the download is cut halfway (a create is never retried on UniAll: see below)."""
    server.faults.fail_next(status=503, path="/v1/videos/*")
    server.faults.truncate_next()


def test_the_uniall_client_survives_every_fault_and_creates_once(tmp_path: Path) -> None:
    clock = FakeClock()
    server = MockServer(CLIENT_CONFIG, clock)
    arm_faults(server)
    with UniAll(server.api_key, base_url=server.base_url, transport=server.transport(), clock=clock) as client:
        path = client.videos.generate(model=UNIALL_VEO, prompt="A cat", size="720p", output=tmp_path / "cat.mp4")
    assert path.stat().st_size == 3_000_000 and boxes(path.read_bytes())[0][0] == "ftyp"
    stats = server.stats
    assert (stats.create_requests, stats.tasks_created, stats.downloads) == (1, 1, 2)
    assert server.faults.armed == 0


def test_the_async_uniall_client_sees_uniall_statuses_mapped(tmp_path: Path) -> None:
    clock = FakeClock()
    server = MockServer(CLIENT_CONFIG, clock)

    async def run() -> tuple[str, str, str]:
        async with AsyncUniAll(
            server.api_key, base_url=server.base_url, transport=server.transport(), clock=clock
        ) as client:
            task = await client.videos.create(model=UNIALL_VEO, prompt="A cat")
            done = await client.tasks.wait(task)
            await client.tasks.download(done, tmp_path / "cat.mp4")
            return task.status, task.raw_status, done.video_url or ""

    status, raw, url = asyncio.run(run())
    assert (status, raw) == ("pending", "queued") and url.startswith(f"{server.base_url}/files/")
    assert (tmp_path / "cat.mp4").stat().st_size == 3_000_000


def test_a_failed_job_reaches_the_client_with_its_code() -> None:
    clock = FakeClock()
    server = MockServer(CLIENT_CONFIG, clock)
    with UniAll(server.api_key, base_url=server.base_url, transport=server.transport(), clock=clock) as client:
        task = client.videos.create(model=UNIALL_VEO, prompt="A cat [mock:fail=generation_timeout]")
        with pytest.raises(TaskFailedError) as failed:
            client.tasks.wait(task)
    assert failed.value.code == "generation_timeout"


def test_a_lost_uniall_create_answer_is_raised_never_retried_into_a_second_job() -> None:
    # UniAll's spec declares no Idempotency-Key, so a gateway may ignore one: the client must not retry a create
    # whose answer was lost, even against a mock that would honour the key.
    clock = FakeClock()
    server = MockServer(MockConfig(provider="uniall", honour_idempotency_key=False), clock)
    server.faults.drop_next(path=UNIALL_CREATE, when="after")
    client = UniAll(server.api_key, base_url=server.base_url, transport=server.transport(), clock=clock)
    with client, pytest.raises(APIConnectionError):
        client.videos.create(model=UNIALL_VEO, prompt="A cat")
    assert server.stats.tasks_created == 1


# --- on a socket -------------------------------------------------------------------------------------


def test_a_live_uniall_server_creates_polls_and_serves_the_video() -> None:
    with (
        LiveServer(MockConfig(provider="uniall", task_seconds=0.2)) as live,
        httpx.Client(base_url=live.base_url, headers={"Authorization": f"Bearer {live.api_key}"}) as client,
    ):
        job_id = client.post(UNIALL_CREATE, json={"model": UNIALL_VEO, "prompt": "A cat"}).json()["id"]
        assert until(lambda: client.get(f"/v1/videos/{job_id}").json()["status"] == "completed")
        url = client.get(f"/v1/videos/{job_id}").json()["video_url"]
        assert url.startswith(live.base_url) and client.get(url).content == shaped_mp4(DEFAULT_SHAPE)


def test_the_command_serves_uniall_and_says_so(tmp_path: Path) -> None:
    log = tmp_path / "mock.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "evolink.testing", "--provider", "uniall", "--port", "0"], stdout=out, stderr=out
        )
    try:
        deadline = time.monotonic() + 20
        while not log.read_text().strip() and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        line = log.read_text()
        found = re.fullmatch(
            r"evolink mock server for the UniAll API at (http://127\.0\.0\.1:\d+) \(API key: \S+\)\n", line
        )
        assert found, line
        answer = httpx.post(
            f"{found.group(1)}{UNIALL_CREATE}",
            json={"model": UNIALL_VEO},
            headers={"Authorization": "Bearer sk-mock-evolink"},
        )
        assert answer.json()["status"] == "queued"
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0


# --- main(argv, prog=...) ----------------------------------------------------------------------------


def test_main_takes_the_name_of_the_command_that_runs_it(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as shown:
        main(["--help"], prog="evolink mock")
    assert shown.value.code == 0
    assert capsys.readouterr().out.startswith("usage: evolink mock [-h] [--provider {evolink,uniall}]")
    with pytest.raises(SystemExit) as refused:
        main(["--provider", "uniall", "--denied-key", "sk-d"], prog="evolink mock")
    assert refused.value.code == 2
    assert "evolink mock: error: UniAll documents no 402 or 403" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--help"])
    assert capsys.readouterr().out.startswith("usage: python -m evolink.testing ")
