"""A batch under hostile answers and careless hands: never paid twice, never another item's file, on time.

The mock is wrapped in a meddling transport that can replace a create's answer
after the create has taken effect (the task exists, the client learns nothing
usable) or before it (nothing happened), with any answer or any exception at
all. Time is a :class:`FakeClock` shared by client and mock, so a day-long
``Retry-After`` or a ten-minute task costs nothing to test.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from reliability.scripted import ScriptedServer, http

import evolink
from evolink import PollPolicy
from evolink._batch import EarlierRunError
from evolink._retry import RetryPolicy
from evolink.testing import FakeClock, MockConfig, MockServer

FAST = "veo-3.1-fast-generate-preview"
UNIALL_MODEL = "veo3.1-video-720p"
#: What replaces a create's answer: given the request and the mock's own transport.
Meddle = Callable[[httpx.Request, httpx.BaseTransport], httpx.Response]


class Meddling(httpx.BaseTransport):
    """The mock's transport, except that the next ``times`` creates are answered by ``meddle``."""

    def __init__(self, server: MockServer, meddle: Meddle, times: int = 1_000) -> None:
        self.inner = server.transport()
        self.meddle = meddle
        self.times = times

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and self.times > 0:
            self.times -= 1
            return self.meddle(request, self.inner)
        return self.inner.handle_request(request)


def uniall(server: MockServer, transport: httpx.BaseTransport, clock: FakeClock | None = None) -> evolink.UniAll:
    return evolink.UniAll(
        server.api_key, base_url=server.base_url, transport=transport, poll=PollPolicy(floor=0.01), clock=clock
    )


def evolink_client(
    server: MockServer, transport: httpx.BaseTransport, clock: FakeClock | None = None
) -> evolink.EvoLink:
    return evolink.EvoLink(
        server.api_key, base_url=server.base_url, transport=transport, poll=PollPolicy(floor=0.01), clock=clock
    )


def created_then(failure: Callable[[httpx.Request], BaseException]) -> Meddle:
    """The create takes full effect on the mock, then the client sees ``failure`` instead of the answer."""

    def meddle(request: httpx.Request, inner: httpx.BaseTransport) -> httpx.Response:
        inner.handle_request(request).read()
        raise failure(request)

    return meddle


# --- 1. a create that left the machine is "may have been created" whatever happens next -------------------

ANY_FAILURE: dict[str, Callable[[httpx.Request], BaseException]] = {
    "RuntimeError": lambda _: RuntimeError("a surprise in the answer"),
    "ValueError": lambda _: ValueError("Retry-After: soon, later"),
    "OverflowError": lambda _: OverflowError("int too large to convert to float"),
    "KeyError": lambda _: KeyError("id"),
    "RecursionError": lambda _: RecursionError("maximum recursion depth exceeded"),
    "ResponseTooLargeError": lambda r: evolink.ResponseTooLargeError("answer too large", request=r),
    "APIConnectionError": lambda r: evolink.APIConnectionError("reset", request=r),
}


@pytest.mark.parametrize("failure", list(ANY_FAILURE.values()), ids=list(ANY_FAILURE))
def test_any_failure_after_an_unkeyed_create_was_sent_is_unknown_and_never_sent_again(
    tmp_path: Path, failure: Callable[[httpx.Request], BaseException]
) -> None:
    request = [{"model": UNIALL_MODEL, "prompt": "a cat", "name": "cat"}]
    with MockServer(MockConfig(provider="uniall", task_seconds=0.05)) as server:
        with uniall(server, Meddling(server, created_then(failure))) as c:
            (first,) = c.videos.generate_many(request, output_dir=tmp_path)
            (again,) = c.videos.generate_many(request, output_dir=tmp_path)
        assert (first.status, again.status) == ("unknown", "unknown")
        assert "could pay twice" in (again.error or "")
        assert server.stats.tasks_created == 1


HOSTILE_CREATE_ANSWERS = {
    "503 with an odd Retry-After": http(503, b'{"error": {"message": "busy"}}', {"retry-after": "soon, later"}),
    "an answer past the size cap": http(200, b'{"id": "task-1", "pad": "' + b"x" * (5 * 2**20) + b'"}'),
    "no answer at all": b"",
}


@pytest.mark.parametrize("answer", list(HOSTILE_CREATE_ANSWERS.values()), ids=list(HOSTILE_CREATE_ANSWERS))
def test_a_hostile_answer_to_an_unkeyed_create_is_unknown_and_never_sent_again(tmp_path: Path, answer: bytes) -> None:
    request = [{"model": UNIALL_MODEL, "prompt": "a cat", "name": "cat"}]
    with ScriptedServer(lambda method, path, headers: answer) as server:
        with evolink.UniAll("sk-test", base_url=server.url, max_retries=0) as c:
            (first,) = c.videos.generate_many(request, output_dir=tmp_path)
            (again,) = c.videos.generate_many(request, output_dir=tmp_path)
        posts = [r for r in server.requests if r[0] == "POST"]
    assert (first.status, again.status) == ("unknown", "unknown")
    assert len(posts) == 1


def test_a_create_the_server_refused_is_an_error_and_sent_again(tmp_path: Path) -> None:
    request = [{"model": UNIALL_MODEL, "prompt": "a cat", "name": "cat"}]
    config = MockConfig(provider="uniall", task_seconds=0.05, api_keys=("sk-good",))
    with MockServer(config) as server:
        with evolink.UniAll("sk-bad", base_url=server.base_url, transport=server.transport()) as c:
            (first,) = c.videos.generate_many(request, output_dir=tmp_path)
            (again,) = c.videos.generate_many(request, output_dir=tmp_path)
        assert (first.status, first.error_type, again.status) == ("error", "AuthenticationError", "error")
        assert server.stats.create_requests == 2  # a 401 created nothing: sending it again is safe


# --- 3. evidence of an earlier run without its journal stops the run ------------------------------------------


def _named(*names: str) -> list[dict[str, str]]:
    return [{"model": FAST, "prompt": f"a {n}", "name": n} for n in names]


def _lose_journal(out: Path) -> None:
    for path in out.glob("evolink-journal.sqlite3*"):
        path.unlink()


def _empty_journal(out: Path) -> None:
    (out / "evolink-journal.sqlite3").write_bytes(b"")


def _leave_only_a_part_file(out: Path) -> None:
    _lose_journal(out)
    (out / "cat.mp4").rename(out / ".cat.mp4.k3j2h1g0.part")


LOSSES = {"deleted": _lose_journal, "emptied": _empty_journal, "only a part file left": _leave_only_a_part_file}


@pytest.mark.parametrize("lose", list(LOSSES.values()), ids=list(LOSSES))
def test_an_earlier_runs_files_without_their_journal_stop_the_run_unless_forced(
    tmp_path: Path, lose: Callable[[Path], None]
) -> None:
    with MockServer(MockConfig(task_seconds=0.05)) as server, evolink_client(server, server.transport()) as c:
        c.videos.generate_many(_named("cat", "dog"), output_dir=tmp_path)
        lose(tmp_path)
        with pytest.raises(EarlierRunError, match="force_new") as stopped:
            c.videos.generate_many(_named("cat", "dog"), output_dir=tmp_path)
        assert isinstance(stopped.value, evolink.EvoLinkError)
        assert 1 in stopped.value.evidence and "cat" in str(stopped.value)
        assert server.stats.tasks_created == 2  # nothing was paid for again
        forced = c.videos.generate_many(_named("cat", "dog"), output_dir=tmp_path, force_new=True)
        assert [r.status for r in forced] == ["saved", "saved"]
        assert server.stats.tasks_created == 4


# --- 4. a file is an item's result only if the journal says so ------------------------------------------------


@pytest.mark.parametrize("foreign", [b"not this item's video", None], ids=["other size", "same size"])
def test_a_file_at_an_items_path_counts_as_saved_only_if_the_journal_recorded_it(
    tmp_path: Path, foreign: bytes | None
) -> None:
    with MockServer(MockConfig(task_seconds=0.05)) as server, evolink_client(server, server.transport()) as c:
        c.videos.generate_many(_named("cat"), output_dir=tmp_path)
        video = (tmp_path / "cat.mp4").read_bytes()
        (tmp_path / "cat.mp4").write_bytes(foreign or bytes(reversed(video)))
        (again,) = c.videos.generate_many(_named("cat"), output_dir=tmp_path)
        assert (again.status, again.resumed) == ("saved", True)
        assert (tmp_path / "cat.mp4").read_bytes() == video  # fetched again from the paid task, not trusted
        assert server.stats.tasks_created == 1


def test_reordered_unnamed_lines_never_report_another_prompts_video_nor_pay_again(tmp_path: Path) -> None:
    a, b = ({"model": FAST, "prompt": p} for p in ("a cat", "a dog"))
    with MockServer(MockConfig(task_seconds=0.05)) as server, evolink_client(server, server.transport()) as c:
        assert [r.status for r in c.videos.generate_many([a, b], output_dir=tmp_path)] == ["saved", "saved"]
        with pytest.raises(EarlierRunError, match=r"item-00001\.mp4"):
            c.videos.generate_many([b, a], output_dir=tmp_path)
        again = c.videos.generate_many([a, b], output_dir=tmp_path)
        assert [(r.status, r.resumed) for r in again] == [("saved", True), ("saved", True)]
        assert server.stats.tasks_created == 2


def test_cleaning_stale_part_files_touches_only_the_items_own(tmp_path: Path) -> None:
    others = [tmp_path / ".clip.mp4.mp4.a1b2c3d4.part", tmp_path / ".clip.mp4.x.mp4.a1b2c3d4.part"]
    for path in others:
        path.write_bytes(b"another item's download in progress")
    with MockServer(MockConfig(task_seconds=0.05)) as server, evolink_client(server, server.transport()) as c:
        (result,) = c.videos.generate_many(_named("clip"), output_dir=tmp_path)
    assert result.status == "saved"
    assert all(path.exists() for path in others)


# --- 8. the pacer caps Retry-After as single calls do; the timeout bounds the whole batch -----------------------


@pytest.mark.parametrize("hint", [86400.0, 1e308, float("inf"), float("nan"), -5.0])
def test_the_pacer_caps_retry_after_as_single_calls_do(hint: float) -> None:
    pacer = evolink.AdaptivePacer()
    pacer.on_throttle(now=100.0, retry_after=hint)
    wait = pacer.reserve(now=100.0)
    assert 0.0 <= wait <= RetryPolicy().max_retry_after


def throttled_once(retry_after: str) -> Meddle:
    def meddle(request: httpx.Request, inner: httpx.BaseTransport) -> httpx.Response:
        body = json.dumps({"error": {"message": "slow down", "type": "rate_limit_error"}}).encode()
        return httpx.Response(429, headers={"retry-after": retry_after}, content=body, request=request)

    return meddle


@pytest.mark.parametrize("retry_after", ["86400", "1e400"])
def test_one_429_with_a_huge_retry_after_holds_a_batch_at_most_the_cap(tmp_path: Path, retry_after: str) -> None:
    clock = FakeClock()
    with MockServer(MockConfig(task_seconds=5), clock=clock) as server:
        transport = Meddling(server, throttled_once(retry_after), times=1)
        with evolink_client(server, transport, clock) as c:
            results = c.videos.generate_many(_named("cat", "dog"), output_dir=tmp_path, concurrency=1)
    assert [r.status for r in results] == ["saved", "saved"]
    assert clock.now() < 2 * RetryPolicy().max_retry_after


def test_the_timeout_bounds_the_whole_batch_and_an_item_never_sent_is_sent_on_a_rerun(tmp_path: Path) -> None:
    clock = FakeClock()
    requests: list[dict[str, Any]] = [
        {"model": UNIALL_MODEL, "prompt": f"a {n}", "name": n} for n in ("cat", "dog", "owl")
    ]
    with MockServer(MockConfig(provider="uniall", task_seconds=1000), clock=clock) as server:
        with uniall(server, server.transport(), clock) as c:
            first = c.videos.generate_many(requests, output_dir=tmp_path, concurrency=1, max_running=1, timeout=100)
            assert clock.now() <= 100 + 1
            assert [r.status for r in first] == ["timeout"] * 3
            assert server.stats.create_requests == 1  # the others were never sent: the batch was out of time
            again = c.videos.generate_many(requests, output_dir=tmp_path, concurrency=3, timeout=5000)
        assert [r.status for r in again] == ["saved"] * 3
        assert server.stats.tasks_created == 3
