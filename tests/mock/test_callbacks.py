"""Callbacks: the task body POSTed when a task ends, retried 1, 2 and 4 s after failures; and a real one on loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from evolink.testing import FakeClock, LiveServer, MockConfig, MockServer

from .conftest import TASK_SECONDS
from .support import Api, Receiver, until

HOOK = "https://hooks.example.com/evolink"


def test_the_task_body_is_posted_once_the_task_ends(api: Api, server: MockServer, receiver: Receiver) -> None:
    task_id = api.created(callback_url=HOOK)["id"]
    server.tick()
    assert receiver.calls == []  # not before the end
    server.clock.sleep(TASK_SECONDS)
    final = api.task(task_id)  # any request delivers what is due
    assert len(receiver.calls) == 1
    request = receiver.calls[0][1]
    assert (request.method, str(request.url)) == ("POST", HOOK)
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == final
    assert request.extensions["timeout"] == {"connect": 10.0, "read": 10.0, "write": 10.0, "pool": 10.0}
    server.clock.sleep(3600)
    server.tick()
    assert len(receiver.calls) == 1 and server.stats.callbacks_delivered == 1


@pytest.mark.parametrize("marker", ["[mock:fail]", "[mock:cancel]"])
def test_failed_and_cancelled_tasks_call_back_too(
    api: Api, server: MockServer, receiver: Receiver, marker: str
) -> None:
    api.created(f"A cat {marker}", callback_url=HOOK)
    server.clock.sleep(TASK_SECONDS)
    server.tick()
    body = json.loads(receiver.calls[0][1].content)
    assert body["status"] in ("failed", "cancelled")


def test_failed_attempts_are_retried_after_1_2_and_4_seconds(
    api: Api, server: MockServer, receiver: Receiver, clock: FakeClock
) -> None:
    receiver.script = [500, httpx.ConnectError("refused"), 404]
    api.created(callback_url=HOOK)
    clock.advance(TASK_SECONDS)
    end = clock.wall()
    for step in (0, 1, 2, 4):
        clock.advance(step)
        server.tick()
    assert [at - end for at, _ in receiver.calls] == [0, 1, 3, 7]
    deliveries = server.callbacks.deliveries
    assert [(d.attempt, d.status, d.ok) for d in deliveries] == [
        (1, 500, False),
        (2, None, False),
        (3, 404, False),
        (4, 204, True),
    ]
    assert deliveries[1].error is not None and "ConnectError" in deliveries[1].error
    stats = server.stats
    assert (stats.callbacks_delivered, stats.callback_attempts_failed, stats.callbacks_abandoned) == (1, 3, 0)


def test_after_four_failures_the_callback_is_abandoned(
    api: Api, server: MockServer, receiver: Receiver, clock: FakeClock
) -> None:
    receiver.script = [503] * 10
    api.created(callback_url=HOOK)
    clock.advance(TASK_SECONDS)
    for _ in range(20):
        server.tick()
        clock.advance(1)
    assert len(receiver.calls) == 4 and server.callbacks.waiting == 0
    assert server.stats.callbacks_abandoned == 1


def test_a_late_look_delivers_at_once(api: Api, server: MockServer, receiver: Receiver, clock: FakeClock) -> None:
    api.created(callback_url=HOOK)
    clock.advance(10 * TASK_SECONDS)
    server.tick()
    assert [at for at, _ in receiver.calls] == [clock.wall()]


@pytest.mark.parametrize("config", [MockConfig(allow_loopback_callbacks=True)])
def test_loopback_receivers_need_the_allowance_and_are_spoken_to_in_plain_http(
    api: Api, server: MockServer, receiver: Receiver
) -> None:
    assert api.create(callback_url="https://10.0.0.7/hook").status_code == 400  # only loopback is allowed
    api.created(callback_url="https://127.0.0.1:8123/hook", prompt="A cat [mock:seconds=0]")
    server.tick()
    assert str(receiver.calls[0][1].url) == "http://127.0.0.1:8123/hook"


class _Hook(BaseHTTPRequestHandler):
    """Fails the first call of each task with 500, then accepts: a receiver that needs one retry."""

    bodies: list[dict[str, Any]]
    lock = threading.Lock()

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        with self.lock:
            first = not any(seen["id"] == body["id"] for seen in self.bodies)
            self.bodies.append(body)
        self.send_response(500 if first else 200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def hook() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    bodies: list[dict[str, Any]] = []
    handler = type("Hook", (_Hook,), {"bodies": bodies})
    receiver = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=receiver.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{receiver.server_address[1]}/hook", bodies
    receiver.shutdown()
    receiver.server_close()


def test_a_live_server_calls_a_real_receiver_back_and_retries(hook: tuple[str, list[dict[str, Any]]]) -> None:
    url, bodies = hook
    config = MockConfig(task_seconds=0.2, allow_loopback_callbacks=True, callback_retry_delays=(0.1, 0.2, 0.4))
    with LiveServer(config) as live, httpx.Client(base_url=live.base_url) as client:
        headers = {"Authorization": f"Bearer {live.api_key}"}
        body = {"model": "veo-3.1-fast-generate-preview", "prompt": "A cat", "callback_url": url}
        task_id = client.post("/v1/videos/generations", json=body, headers=headers).json()["id"]
        assert until(lambda: len(bodies) == 2)  # nobody polls: the ticker delivers, and retries once
        final = client.get(f"/v1/tasks/{task_id}", headers=headers).json()
        assert bodies == [final, final]
        assert live.server.stats.callbacks_delivered == 1
