"""The fault matrix: each fault against the mock on a real socket (or a scripted hostile server), its expected outcome.

| fault | library outcome | CLI exit |
|---|---|---|
| connection refused | APIConnectionError after retries | 7 |
| reset during create (request processed, answer lost) | completed, one task (replayed) | 0 |
| 503 burst after the create was processed | completed, one task | 0 |
| 502 burst on polls | completed | 0 |
| 500 after the create was processed | ServerError; the caller's retry with the same key replays: one task | - |
| reset during download | completed, file resumed and complete | 0 |
| every answer slower than the timeout | APITimeoutError, at most one task | 7 |
| 429 storm with Retry-After | completed | - |
| 429 without Retry-After | completed (exponential backoff) | - |
| truncated body (Content-Length lies) | retried; APIConnectionError if it persists | - |
| non-JSON body on 200 | APIConnectionError | - |
| large body (1 MiB); one past MAX_ANSWER_BYTES (4 MiB) | parsed Task; ResponseTooLargeError | - |
| expired result link | ResultExpiredError, no file | 8 |
| task that never finishes | WaitTimeoutError; the task keeps running | 6 |

After every row against the mock: its stats show no second task for one logical create, and the output folder
holds only complete videos (no partial file, every file an MP4).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import evolink
from evolink import PollPolicy
from evolink._core import MAX_ANSWER_BYTES
from evolink.testing import LiveServer, MockConfig

from .scripted import ScriptedServer, http

FAST = "veo-3.1-fast-generate-preview"
CREATE = "/v1/videos/generations"
QUICK = PollPolicy(floor=0.05, first_delay=0.1)


@pytest.fixture
def live() -> Iterator[LiveServer]:
    with LiveServer(MockConfig(task_seconds=0.3, seed=1)) as server:
        yield server


def client(live: LiveServer, **options: object) -> evolink.EvoLink:
    options.setdefault("poll", QUICK)
    return evolink.EvoLink(live.api_key, base_url=live.base_url, **options)  # type: ignore[arg-type]


def assert_only_complete_videos(folder: Path) -> None:
    for path in folder.iterdir():
        assert not path.name.endswith(".part"), f"partial file left: {path.name}"
        if path.suffix == ".mp4":
            assert path.read_bytes()[4:8] == b"ftyp"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- rows against the mock -------------------------------------------------------------------


def test_connection_refused(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with evolink.EvoLink("sk-x", base_url=url, max_retries=1) as c, pytest.raises(evolink.APIConnectionError):
        c.videos.generate(model=FAST, prompt="cat", output=tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("fault", "n"), [("drop_next", 1), ("fail_next", 2)], ids=["reset", "503-burst"])
def test_lost_create_answers_become_one_task(live: LiveServer, tmp_path: Path, fault: str, n: int) -> None:
    arm = getattr(live.server.faults, fault)
    arm(n, path=CREATE, when="after", **({"status": 503} if fault == "fail_next" else {}))
    with client(live) as c:
        path = c.videos.generate(model=FAST, prompt="cat", output=tmp_path)
    assert live.server.stats.tasks_created == 1
    assert path.exists()
    assert_only_complete_videos(tmp_path)


def test_502_burst_on_polls(live: LiveServer, tmp_path: Path) -> None:
    live.server.faults.fail_next(3, status=502, path="/v1/tasks/*")
    with client(live) as c:
        c.videos.generate(model=FAST, prompt="cat", output=tmp_path)
    assert live.server.stats.tasks_created == 1
    assert_only_complete_videos(tmp_path)


def test_500_after_create_is_not_retried_but_the_same_key_recovers(live: LiveServer) -> None:
    live.server.faults.fail_next(1, status=500, path=CREATE, when="after")
    with client(live) as c:
        with pytest.raises(evolink.ServerError):
            c.videos.create(model=FAST, prompt="cat", idempotency_key="order-42-video-000001")
        task = c.videos.create(model=FAST, prompt="cat", idempotency_key="order-42-video-000001")
    assert task.replayed is True
    assert live.server.stats.tasks_created == 1


def test_reset_during_download_resumes(live: LiveServer, tmp_path: Path) -> None:
    live.server.faults.truncate_next(2)
    with client(live) as c:
        task = c.videos.create_and_wait(model=FAST, prompt="cat")
        cut = c.tasks.download(task, tmp_path / "cut.mp4")
        clean = c.tasks.download(task, tmp_path / "clean.mp4")
    assert cut.read_bytes() == clean.read_bytes()
    assert_only_complete_videos(tmp_path)


def test_answers_slower_than_the_timeout() -> None:
    with LiveServer(MockConfig(task_seconds=0.3, latency_seconds=0.6)) as live:
        with client(live, timeout=0.2, max_retries=1) as c, pytest.raises(evolink.APITimeoutError):
            c.videos.create(model=FAST, prompt="cat")
        time.sleep(1.5)  # let the server finish what it received
        assert live.server.stats.tasks_created <= 1


def test_429_storm_with_retry_after() -> None:
    with LiveServer(MockConfig(task_seconds=0.2, rate_limit=2)) as live, client(live, max_retries=6) as c:
        tasks = [c.videos.create(model=FAST, prompt=f"cat {i}") for i in range(5)]
        assert len({t.id for t in tasks}) == 5
        assert live.server.stats.tasks_created == 5


def test_expired_link(tmp_path: Path) -> None:
    with LiveServer(MockConfig(task_seconds=0.1, link_ttl_seconds=0.3)) as live, client(live) as c:
        task = c.videos.create_and_wait(model=FAST, prompt="cat")
        time.sleep(0.6)
        with pytest.raises(evolink.ResultExpiredError):
            c.tasks.download(task, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_task_that_never_finishes(live: LiveServer) -> None:
    with client(live) as c:
        task = c.videos.create(model=FAST, prompt="cat [mock:never]")
        with pytest.raises(evolink.WaitTimeoutError) as info:
            c.tasks.wait(task.id, timeout=0.8)
        assert info.value.task_id == task.id
        assert c.tasks.get(task.id).status == "processing"
    assert live.server.stats.tasks_created == 1


# --- rows against a scripted hostile server --------------------------------------------------

TASK = json.dumps({"id": "task-unified-1-abc", "created": 1, "model": FAST, "status": "processing"}).encode()


def scripted(*answers: bytes) -> ScriptedServer:
    queue = list(answers)
    return ScriptedServer(lambda method, path, headers: queue.pop(0) if len(queue) > 1 else queue[0])


def test_429_without_retry_after_backs_off_and_succeeds() -> None:
    answers = (http(429, b'{"error":{"message":"slow down"}}'), http(429, b"{}"), http(200, TASK))
    with scripted(*answers) as server, evolink.EvoLink("sk-x", base_url=server.url, max_retries=3) as c:
        assert c.tasks.get("task-unified-1-abc").status == "processing"
    assert len(server.requests) == 3


def test_truncated_body_is_retried_then_reported() -> None:
    with (
        scripted(http(200, TASK[:20], length=len(TASK)), http(200, TASK)) as server,
        evolink.EvoLink("sk-x", base_url=server.url) as c,
    ):
        assert c.tasks.get("task-unified-1-abc").id == "task-unified-1-abc"
    with scripted(http(200, TASK[:20], length=len(TASK))) as server:
        with (
            evolink.EvoLink("sk-x", base_url=server.url, max_retries=2) as c,
            pytest.raises(evolink.APIConnectionError),
        ):
            c.tasks.get("task-unified-1-abc")
        assert len(server.requests) == 3


def test_non_json_success_body() -> None:
    with (
        scripted(http(200, b"<html>gateway says hi</html>", {"content-type": "text/html"})) as server,
        evolink.EvoLink("sk-x", base_url=server.url) as c,
        pytest.raises(evolink.APIConnectionError, match="not a task"),
    ):
        c.tasks.get("task-unified-1-abc")


def test_a_large_body_is_parsed_and_one_past_the_cap_is_refused() -> None:
    big = json.loads(TASK)
    big["padding"] = "x" * (1024 * 1024)
    with scripted(http(200, json.dumps(big).encode())) as server, evolink.EvoLink("sk-x", base_url=server.url) as c:
        task = c.tasks.get("task-unified-1-abc")
    assert task.status == "processing" and len(task.raw["padding"]) == 1024 * 1024
    big["padding"] = "x" * MAX_ANSWER_BYTES
    with (
        scripted(http(200, json.dumps(big).encode())) as server,
        evolink.EvoLink("sk-x", base_url=server.url) as c,
        pytest.raises(evolink.ResponseTooLargeError),
    ):
        c.tasks.get("task-unified-1-abc")


# --- the same faults through the command line ------------------------------------------------


def evolink_cli(live_url: str, key: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).parent / "evolink"
    env = {**os.environ, "EVOLINK_API_KEY": key, "EVOLINK_BASE_URL": live_url}
    return subprocess.run([str(script), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


def test_cli_rows(live: LiveServer, tmp_path: Path) -> None:
    refused = evolink_cli(
        f"http://127.0.0.1:{free_port()}", "sk-x", "generate", "cat", "-m", FAST, "-o", "a.mp4", cwd=tmp_path
    )
    assert refused.returncode == 7, refused.stderr

    live.server.faults.drop_next(1, path=CREATE, when="after")
    live.server.faults.truncate_next(1)
    ok = evolink_cli(live.base_url, live.api_key, "generate", "cat", "-m", FAST, "-o", "b.mp4", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert live.server.stats.tasks_created == 1

    never = evolink_cli(
        live.base_url,
        live.api_key,
        "generate",
        "cat [mock:never]",
        "-m",
        FAST,
        "--timeout",
        "1",
        "-o",
        "c.mp4",
        cwd=tmp_path,
    )
    assert never.returncode == 6, never.stderr
    assert "Traceback" not in never.stderr
    assert_only_complete_videos(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.mp4"]


def test_cli_expired_link(tmp_path: Path) -> None:
    with LiveServer(MockConfig(task_seconds=0.1, link_ttl_seconds=0.3)) as live, client(live) as c:
        task = c.videos.create_and_wait(model=FAST, prompt="cat")
        time.sleep(0.6)
        expired = evolink_cli(live.base_url, live.api_key, "tasks", "download", task.id, "-o", "x.mp4", cwd=tmp_path)
    assert expired.returncode == 8, expired.stderr
    assert list(tmp_path.iterdir()) == []
