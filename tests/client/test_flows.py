"""The flows of ``ClientCore`` stepped by hand: scripted answers, a fake clock, no HTTP and no transport.

A flow is a generator of commands; here a small scripted driver answers each one the way the real drivers do
(a result sent back in, a failure thrown in at the ``yield``), so retries, resumes and deadlines are decided by
the flow's own code against answers no server has to be coaxed into giving.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from client.support import API, FAST, KEY, TASK_ID, FakeClock, task_body
from evolink import APIConnectionError, ServerError, WaitTimeoutError
from evolink._commands import Blocking, CloseStream, Command, Emit, Flow, Notify, Read, Send, Sleep
from evolink._core import ClientCore
from evolink._polling import PollPolicy
from evolink._provider import EVOLINK, UNIALL, Provider
from evolink._retry import RetryPolicy
from evolink._task import Task

T = TypeVar("T")
CDN = "https://cdn.example.com/v/abc.mp4"


@dataclass
class Reply:
    """A scripted answer: its status line and headers at once, then its body chunks; an exception among them
    is raised by the ``Read`` that reaches it (a connection cut mid-body)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    chunks: list[bytes | Exception] = field(default_factory=list)

    @classmethod
    def json(cls, body: Any, status: int = 200, **headers: str) -> Reply:
        return cls(status, {"content-type": "application/json", **headers}, [json.dumps(body).encode()])


@dataclass
class Handle:
    response: httpx.Response
    chunks: Iterator[bytes | Exception]


class Scripted:
    """Answers a flow's commands from a script, as ``_drivers`` does: results sent in, failures thrown in.

    Each ``Send`` takes the next item of ``replies``: a :class:`Reply`, or an exception raised at the ``yield``
    (no answer at all). Sleeps move the fake clock; what was sent, emitted and closed is recorded.
    """

    def __init__(self, clock: FakeClock, replies: list[Reply | Exception]) -> None:
        self.clock = clock
        self.replies = replies
        self.sent: list[httpx.Request] = []
        self.emitted: list[Task] = []
        self.opened = 0
        self.closed = 0

    def run(self, flow: Flow[T]) -> T:
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                command = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value, error = None, None
            try:
                value = self._answer(command)
            except Exception as exc:
                error = exc

    def _answer(self, command: Command) -> Any:
        match command:
            case Send(request=request):
                self.sent.append(request)
                reply = self.replies.pop(0)
                if isinstance(reply, Exception):
                    raise reply
                self.opened += 1
                return Handle(httpx.Response(reply.status, headers=reply.headers, request=request), iter(reply.chunks))
            case Read(stream=Handle(chunks=chunks)):
                chunk = next(chunks, b"")
                if isinstance(chunk, Exception):
                    raise chunk
                return chunk
            case CloseStream():
                self.closed += 1
            case Sleep(seconds=seconds):
                self.clock.sleep(seconds)
            case Emit(task=task):
                self.emitted.append(task)
            case Blocking(call=call):
                return call()
            case Notify(call=call):
                call()
            case _:
                raise AssertionError(f"unexpected command {command!r}")
        return None


def make_core(provider: Provider, clock: FakeClock, *, base_url: str = API) -> ClientCore:
    """A core with jitter taken out: every retry waits its full ceiling, every poll its full delay."""
    core = ClientCore(
        provider=provider,
        api_key=KEY,
        base_url=base_url,
        timeout=None,
        max_retries=2,
        poll=PollPolicy(random=lambda: 0.0),
        clock=clock,
        allow_insecure_http=False,
        max_download_bytes=None,
    )
    core.retry = RetryPolicy(max_retries=2, jitter=lambda ceiling: ceiling)
    return core


def test_a_lost_create_is_sent_again_under_the_same_honoured_key() -> None:
    clock = FakeClock()
    core = make_core(EVOLINK, clock)
    driver = Scripted(
        clock,
        [
            httpx.ConnectError("the answer never came"),
            Reply.json({"error": {"message": "busy"}}, 503, **{"retry-after": "3"}),
            Reply.json(task_body()),
        ],
    )
    flow = core.create({"model": FAST, "prompt": "a cat"}, extra_body=None, idempotency_key=None)
    task = driver.run(flow)
    assert task.id == TASK_ID
    keys = [request.headers.get("idempotency-key") for request in driver.sent]
    assert len(keys) == 3 and keys[0] and keys.count(keys[0]) == 3  # one logical create: one key
    assert clock.sleeps == [0.5, 3.0]  # the backoff ceiling, then the server's Retry-After
    assert driver.replies == [] and driver.closed == driver.opened == 2


@pytest.mark.parametrize(
    ("lost", "error"),
    [(httpx.ConnectError("the answer never came"), APIConnectionError), (Reply.json({}, 503), ServerError)],
)
def test_a_lost_create_is_not_sent_again_where_no_key_is_honoured(
    lost: Reply | Exception, error: type[Exception]
) -> None:
    clock = FakeClock()
    core = make_core(UNIALL, clock, base_url="https://uniall.example")
    driver = Scripted(clock, [lost, Reply.json(task_body())])
    flow = core.create({"model": "veo3.1-video-720p", "prompt": "a cat"}, extra_body=None, idempotency_key=None)
    with pytest.raises(error):
        driver.run(flow)
    assert len(driver.sent) == 1 and "idempotency-key" not in driver.sent[0].headers
    assert clock.sleeps == []
    assert driver.closed == driver.opened


def test_a_download_cut_mid_body_resumes_from_the_bytes_it_has(tmp_path: Path) -> None:
    clock = FakeClock()
    core = make_core(EVOLINK, clock)
    progress: list[tuple[int, int | None]] = []
    driver = Scripted(
        clock,
        [
            Reply.json(task_body("completed", results=[CDN])),
            Reply(200, {"content-length": "10", "etag": '"v1"'}, [b"01234", httpx.ReadError("cut")]),
            Reply(206, {"content-range": "bytes 5-9/10", "etag": '"v1"'}, [b"56789"]),
        ],
    )
    flow = core.download(TASK_ID, tmp_path / "clip.mp4", on_download=lambda got, total: progress.append((got, total)))
    path = driver.run(flow)
    assert path.read_bytes() == b"0123456789"
    lookup, first, resumed = driver.sent
    assert lookup.url.path.endswith(TASK_ID)
    assert "range" not in first.headers
    assert resumed.url == first.url == CDN
    assert (resumed.headers["range"], resumed.headers["if-range"]) == ("bytes=5-", '"v1"')
    assert "authorization" not in resumed.headers  # the key stays on the API's origin
    assert progress == [(5, 10), (10, 10)]
    assert clock.sleeps == [0.5]
    assert driver.closed == driver.opened == 3
    assert list(tmp_path.iterdir()) == [path]  # no part file left behind


def test_wait_ends_at_its_deadline_after_the_sleeps_the_policy_asked_for() -> None:
    clock = FakeClock()
    core = make_core(EVOLINK, clock)
    driver = Scripted(
        clock,
        [Reply.json(task_body("pending")), Reply.json(task_body("processing", progress=50))],
    )
    with pytest.raises(WaitTimeoutError) as caught:
        driver.run(core.wait(TASK_ID, timeout=45))
    # Estimated 60 s: a first poll half-way (30 s); at 50% after 30 s the end is 30 s away, but only 15 s are left.
    assert clock.sleeps == [30.0, 15.0]
    assert clock.t == 45.0 and caught.value.timeout == 45
    assert caught.value.task_id == TASK_ID
    assert [task.status for task in driver.emitted] == ["pending", "processing"]  # no stale snapshot at the end
    assert caught.value.__cause__ is None  # out of time, not out of reach
    assert len(driver.sent) == 2 and driver.replies == []
