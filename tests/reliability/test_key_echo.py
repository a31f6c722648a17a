"""A server that echoes the Authorization header must not put the user's key in an error, a task, a log or a file."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import httpx
import pytest
import respx
from client.support import API, FAST, TASK_ID, FakeClock, task_body

import evolink
from reliability.scripted import ScriptedServer, http

KEY = "sk-echoed-secret-0123456789abcdef"


def echo(status: int, *, failed: bool = False) -> respx.MockRouter:
    """Answers that carry whatever Authorization the request had: in the body, the error and a header."""

    def answer(request: httpx.Request) -> httpx.Response:
        said = request.headers.get("authorization", "")
        body = task_body("failed", error={"code": said, "message": f"denied for {said}"}) if failed else {}
        if status >= 400:
            body = {"error": {"code": said, "message": f"bad key {said}", "type": said, "param": said}}
        return httpx.Response(status, json={**body, "echo": said}, headers={"x-echo": said})

    router = respx.mock(base_url=API, assert_all_called=False)
    router.post("/v1/videos/generations").mock(side_effect=answer)
    router.get(url__regex=r".*/v1/tasks/.*").mock(side_effect=answer)
    return router


def everything_in(value: object) -> str:
    return f"{value!s} {value!r} {getattr(value, '__dict__', '')}"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 429, 500])
def test_an_error_answer_echoing_the_key_raises_without_it(status: int, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with (
        echo(status),
        evolink.EvoLink(KEY, max_retries=0, clock=FakeClock()) as client,
        pytest.raises(evolink.APIStatusError) as info,
    ):
        client.tasks.get(TASK_ID)
    error = info.value
    seen = everything_in(error) + json.dumps(error.body) + str(error.response.headers) + error.response.text
    assert KEY not in seen
    assert KEY not in "\n".join(f"{r.getMessage()} {r.args}" for r in caplog.records)


def test_a_task_echoing_the_key_carries_it_nowhere() -> None:
    with echo(200, failed=True), evolink.EvoLink(KEY, clock=FakeClock()) as client:
        task = client.tasks.get(TASK_ID)
        with pytest.raises(evolink.TaskFailedError) as info:
            client.tasks.wait(task, timeout=10)
    assert KEY not in json.dumps(task.raw) + everything_in(task) + everything_in(info.value)
    assert task.error is not None and task.error.message == "denied for Bearer [redacted]"


def test_a_batch_whose_answers_echo_the_key_writes_it_to_no_file(tmp_path: Path) -> None:
    with echo(200, failed=True), evolink.EvoLink(KEY, clock=FakeClock()) as client:
        results = client.videos.generate_many([{"model": FAST, "prompt": "cat"}], output_dir=tmp_path, timeout=10)
    assert results[0].status == "failed" and KEY not in everything_in(results[0])
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written and all(KEY.encode() not in p.read_bytes() for p in written)


def test_a_key_echoed_on_a_real_socket_stays_out_of_the_http_libraries_logs(caplog: pytest.LogCaptureFixture) -> None:
    """httpx logs the status line at INFO and httpcore the raw headers at DEBUG: both must not carry the key."""

    def answer(method: str, path: str, headers: dict[str, str]) -> bytes:
        said = headers.get("authorization", "")
        return http(400, json.dumps({"error": {"message": said}}).encode(), {"x-echo": said})

    caplog.set_level(logging.DEBUG)
    with (
        ScriptedServer(answer) as server,
        evolink.EvoLink(KEY, base_url=server.url, max_retries=0) as client,
        pytest.raises(evolink.BadRequestError),
    ):
        client.tasks.get(TASK_ID)
    http_records = [r for r in caplog.records if r.name.startswith(("httpx", "httpcore"))]
    assert any("x-echo" in r.getMessage() for r in http_records)  # the headers were logged...
    assert all(KEY not in r.getMessage() for r in caplog.records)  # ...without the key
