"""The mock on real sockets: LiveServer in a thread, and ``python -m evolink.testing`` driven by plain curl."""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from evolink.testing import DEFAULT_API_KEY, LiveServer, MockConfig
from evolink.testing._media import Shape, shaped_mp4

from .support import CREATE, VEO, boxes, until

SECONDS = 0.3


@pytest.fixture(scope="module")
def live() -> Iterator[LiveServer]:
    with LiveServer(MockConfig(task_seconds=SECONDS, video_bytes=3_000_000)) as server:
        yield server


@pytest.fixture
def client(live: LiveServer) -> Iterator[httpx.Client]:
    live.server.faults.clear()
    headers = {"Authorization": f"Bearer {live.api_key}"}
    with httpx.Client(base_url=live.base_url, headers=headers) as http:
        yield http


def completed(client: httpx.Client) -> dict[str, Any]:
    task_id = client.post(CREATE, json={"model": VEO, "prompt": "A cat"}).json()["id"]
    assert until(lambda: client.get(f"/v1/tasks/{task_id}").json()["status"] == "completed")
    task: dict[str, Any] = client.get(f"/v1/tasks/{task_id}").json()
    return task


def test_create_poll_and_download_over_a_socket(live: LiveServer, client: httpx.Client) -> None:
    assert live.base_url.startswith("http://127.0.0.1:")
    results = completed(client)["results"]
    assert isinstance(results, list) and results[0].startswith(live.base_url)
    video = client.get(results[0])
    assert video.status_code == 200 and len(video.content) == 3_000_000
    # Veo's defaults: 4 s at 720p, 16:9
    assert video.content.startswith(shaped_mp4(Shape(1280, 720, 4.0))) and boxes(video.content)[-1][0] == "free"
    ranged = client.get(results[0], headers={"Range": "bytes=10-19"})
    assert ranged.status_code == 206 and ranged.content == video.content[10:20]


def test_errors_over_a_socket_are_json_with_allow_and_request_ids(client: httpx.Client) -> None:
    answer = client.request("PATCH", CREATE)
    assert answer.status_code == 405 and answer.headers["allow"] == "POST, OPTIONS"
    assert answer.json()["error"]["code"] == "method_not_allowed" and answer.headers["x-request-id"]
    assert client.get("/v1/tasks/task-unified-1%2F2").json()["error"]["code"] == "invalid_task_id"


def test_a_dropped_answer_breaks_the_connection(live: LiveServer, client: httpx.Client) -> None:
    before = live.server.stats.tasks_created
    live.server.faults.drop_next(when="after", path=CREATE)
    with pytest.raises(httpx.RemoteProtocolError):
        client.post(CREATE, json={"model": VEO, "prompt": "A cat"})
    assert live.server.stats.tasks_created == before + 1
    assert client.get("/_mock/stats").status_code == 200  # the server is fine


def test_a_truncated_download_breaks_mid_body(live: LiveServer, client: httpx.Client) -> None:
    url = completed(client)["results"][0]
    live.server.faults.truncate_next(at=1_000_000)
    received = bytearray()
    with pytest.raises(httpx.RemoteProtocolError), client.stream("GET", url) as stream:
        for chunk in stream.iter_bytes():
            received += chunk
    assert len(received) == 1_000_000


def test_the_server_stops_and_refuses_to_start_twice() -> None:
    server = LiveServer().start()
    url = server.base_url
    with pytest.raises(RuntimeError):
        server.start()
    server.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/_mock/stats")
    with pytest.raises(RuntimeError):
        _ = LiveServer().base_url


# --- python -m evolink.testing ---------------------------------------------------------------------


@pytest.fixture
def command(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str, Path]]:
    log = tmp_path / "mock.log"
    args = ["--port", "0", "--task-seconds", "0.5", "--video-bytes", "2000000", "--seed", "1"]
    with log.open("wb") as out:  # a file, not a pipe, so the server can never block on output
        process = subprocess.Popen([sys.executable, "-m", "evolink.testing", *args], stdout=out, stderr=out)
    deadline = time.monotonic() + 20
    while not log.read_text().strip() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    yield process, log.read_text(), tmp_path
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)


def test_the_command_prints_one_line_with_the_url_and_key(command: tuple[subprocess.Popen[bytes], str, Path]) -> None:
    process, startup, _ = command
    expected = rf"evolink mock server for the EvoLink API at http://127\.0\.0\.1:\d+ \(API key: {DEFAULT_API_KEY}\)\n"
    assert re.fullmatch(expected, startup), startup
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=10) == 0


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_creates_polls_and_downloads_a_playable_mp4(command: tuple[subprocess.Popen[bytes], str, Path]) -> None:
    _, startup, folder = command
    found = re.search(r"http://\S+", startup)
    assert found, startup
    base = found.group(0)
    auth = ["-H", f"Authorization: Bearer {DEFAULT_API_KEY}"]

    def curl(*args: str) -> str:
        return subprocess.run(
            ["curl", "-sS", "--fail-with-body", *args], capture_output=True, text=True, check=True
        ).stdout

    body = json.dumps({"model": VEO, "prompt": "A cat playing piano"})
    task = json.loads(curl("-X", "POST", f"{base}{CREATE}", *auth, "-H", "Content-Type: application/json", "-d", body))
    assert task["status"] == "pending"
    assert until(lambda: json.loads(curl(f"{base}/v1/tasks/{task['id']}", *auth))["status"] == "completed")
    url = json.loads(curl(f"{base}/v1/tasks/{task['id']}", *auth))["results"][0]
    video = folder / "cat.mp4"
    curl("-o", str(video), url)
    assert video.stat().st_size == 2_000_000 and boxes(video.read_bytes())[0][0] == "ftyp"
    if shutil.which("ffprobe"):
        probe = ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(video)]
        # Veo's default duration, 4 s: the video is as long as the task says
        assert subprocess.run(probe, capture_output=True, text=True, check=True).stdout.strip() == "4.000000"
    assert json.loads(curl(f"{base}/_mock/stats"))["downloads"] == 1


def test_the_command_refuses_a_bad_option() -> None:
    bad = subprocess.run(
        [sys.executable, "-m", "evolink.testing", "--ending", "explode"], capture_output=True, text=True, timeout=30
    )
    assert bad.returncode == 2 and "an ending is complete, fail" in bad.stderr


def test_a_bug_in_the_mock_is_a_json_500(monkeypatch: pytest.MonkeyPatch) -> None:
    with LiveServer() as live:

        def broken(request: object) -> None:
            raise RuntimeError("a bug")

        monkeypatch.setattr(live.server, "handle", broken)
        answer = httpx.get(f"{live.base_url}/v1/tasks/x")
    assert answer.status_code == 500 and answer.headers["x-request-id"]
    assert answer.json()["error"] == {"code": "internal_error", "message": "Internal server error", "type": "api_error"}
