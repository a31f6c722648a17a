"""Issue 13's corners of the core: odd headers, huge numbers, hostile links, bombs and drips.

Each class of hostile answer must end as a Task or an EvoLinkError (never a ValueError, OverflowError or a
bare httpx exception), and a wait must end by its deadline whatever the server does.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
from client.support import API, KEY, TASK_ID, FakeClock, task_body
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import evolink
from evolink._retry import parse_retry_after
from reliability.scripted import ScriptedServer, http

huge = st.integers(min_value=10**309, max_value=10**400) | st.integers(max_value=-(10**309), min_value=-(10**400))
retry_after_values = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "soon, later",
            "Mon, 99 Foo 2026 xx",
            "Wed, 21 Oct 10000 07:28:00 GMT",
            "1e400",
            "-1e400",
            "nan",
            "inf",
            "\u0661\u0662",  # Arabic-Indic digits
            "\u00b2",  # superscript two: isdigit() but not int()
            "1_0",
            "9" * 400,
        ]
    ),
)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(value=retry_after_values)
def test_retry_after_in_any_spelling_is_a_bounded_number_or_no_hint(value: str) -> None:
    seconds = parse_retry_after(value)
    assert seconds is None or 0.0 <= seconds < float("inf")


def test_retry_after_is_read_only_in_the_two_spellings_http_allows() -> None:
    assert parse_retry_after("12") == 12.0
    assert parse_retry_after("\u0661\u0662") is None and parse_retry_after("1_0") is None
    assert parse_retry_after("1e400") is None and parse_retry_after("Wed, 21 Oct 10000 07:28:00 GMT") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=lambda: 1445412480.0) == 0.0


task_fields = st.sampled_from(["progress", "created", "completed_at", "estimated_time", "video_duration", "usage"])


@pytest.mark.filterwarnings("ignore::evolink.UnknownStatusWarning")
@settings(max_examples=60, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    field=task_fields,
    number=huge,
    status=st.sampled_from(["pending", "completed", "failed"]),
    retry_after=retry_after_values,
    first=st.sampled_from([429, 503]),
)
def test_huge_numbers_and_odd_retry_after_give_a_task_or_a_library_error(
    field: str, number: int, status: str, retry_after: str, first: int
) -> None:
    body = task_body(status)
    if field == "usage":
        body["usage"] = {"credits_used": number, "credits_reserved": number}
    elif field in ("estimated_time", "video_duration"):
        body["task_info"] = {field: number}
    else:
        body[field] = number
    text = json.dumps(body)
    with respx.mock(base_url=API, assert_all_called=False) as api:
        route = api.get(f"/v1/tasks/{TASK_ID}")
        headers = {"retry-after": retry_after} if retry_after.isprintable() and retry_after.isascii() else {}
        route.side_effect = [httpx.Response(first, headers=headers, json={}), httpx.Response(200, text=text)]
        with evolink.EvoLink(KEY, max_retries=1, clock=FakeClock()) as client:
            try:
                task = client.tasks.get(TASK_ID)
                _ = (task.credits, task.expires_at, task.progress, task.estimated_time)
            except evolink.EvoLinkError:
                pass


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "data:video/mp4;base64,AAAA",
        "file:///etc/passwd",
        "http://[::1",
        "https://xn--a.example/v.mp4",
        "https://exa mple.com/v.mp4",
        "https:///v.mp4",
        "//cdn.example.com/v.mp4",
    ],
)
def test_a_hostile_result_link_is_a_download_error_naming_the_task(tmp_path: Path, link: str) -> None:
    task = evolink.Task.from_json(task_body("completed", results=[link]))
    with respx.mock(assert_all_called=False) as api, evolink.EvoLink(KEY, clock=FakeClock()) as client:
        with pytest.raises(evolink.DownloadError, match=TASK_ID):
            client.tasks.download(task, tmp_path)
        assert not api.calls
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content_range", "saved"),
    [
        ("bytes 3-9/\u0661\u0660", b"abcdefghij"),  # the size is no number: the first answer's length holds
        ("bytes 3-9/\u00b2", b"abcdefghij"),
        ("bytes \u00b3-9/10", b"0123456789"),  # the start is no number: not our range, start over
    ],
)
def test_unicode_digits_in_content_range_are_not_numbers(tmp_path: Path, content_range: str, saved: bytes) -> None:
    task = evolink.Task.from_json(task_body("completed"))
    calls: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(200, headers={"content-length": "10"}, stream=_Cut(b"abc"))
        if len(calls) == 2:
            return httpx.Response(206, headers=[(b"content-range", content_range.encode())], content=b"defghij")
        return httpx.Response(200, content=b"0123456789")

    with respx.mock() as api, evolink.EvoLink(KEY, clock=FakeClock()) as client:
        api.get("https://cdn.example.com/v/abc.mp4").mock(side_effect=answer)
        path = client.tasks.download(task, tmp_path)
    assert path.read_bytes() == saved


class _Cut(httpx.SyncByteStream):
    """A body that stops with a read error after ``data``."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __iter__(self) -> Iterator[bytes]:
        yield self.data
        raise httpx.ReadError("cut")


def test_a_compressed_answer_is_capped_after_decompression() -> None:
    """A small gzip body that inflates far past the cap is refused once the inflated bytes pass it, not buffered."""
    bomb = gzip.compress(b'{"id": "' + b"x" * (32 * 1024 * 1024), compresslevel=1)  # 32 MiB inflated, ~150 KiB sent
    headers = {"content-encoding": "gzip", "content-type": "application/json"}
    with respx.mock(base_url=API) as api, evolink.EvoLink(KEY, max_retries=0, clock=FakeClock()) as client:
        api.get(f"/v1/tasks/{TASK_ID}").mock(return_value=httpx.Response(200, headers=headers, content=bomb))
        with pytest.raises(evolink.ResponseTooLargeError, match="larger than"):
            client.tasks.get(TASK_ID)


def test_a_wait_ends_by_its_deadline_when_polls_are_answered_a_byte_at_a_time() -> None:
    pending = json.dumps(task_body("pending")).encode()

    def answer(method: str, path: str, headers: dict[str, str]) -> Iterator[bytes]:
        yield http(200, pending)[: -len(pending)]
        for byte in pending:
            time.sleep(0.2)
            yield bytes([byte])

    with ScriptedServer(answer) as server, evolink.EvoLink(KEY, base_url=server.url, timeout=30) as client:
        for task, ending in [
            (evolink.Task.from_json(task_body("pending")), evolink.WaitTimeoutError),
            (TASK_ID, evolink.APITimeoutError),  # not one snapshot arrived: nothing to carry but the timeout
        ]:
            started = time.monotonic()
            with pytest.raises(ending):
                client.tasks.wait(task, timeout=1.0)
            elapsed = time.monotonic() - started
            assert elapsed < 3.0, f"a 1 s wait took {elapsed:.1f} s"


def test_a_wait_ends_by_its_deadline_when_answered_429_with_a_long_retry_after() -> None:
    clock = FakeClock()
    with respx.mock(base_url=API) as api, evolink.EvoLink(KEY, clock=clock, max_retries=5) as client:
        api.get(f"/v1/tasks/{TASK_ID}").mock(
            side_effect=[httpx.Response(200, json=task_body("pending"))]
            + [httpx.Response(429, headers={"retry-after": "50"}, json={})] * 20
        )
        with pytest.raises(evolink.WaitTimeoutError):
            client.tasks.wait(TASK_ID, timeout=30.0)
    assert clock.t <= 30.0, f"slept {clock.sleeps}"


@pytest.mark.parametrize(
    ("first_headers", "validator"),
    [
        ({"etag": '"v1"', "last-modified": "Mon, 01 Jun 2026 10:00:00 GMT"}, '"v1"'),
        ({"etag": 'W/"v1"', "last-modified": "Mon, 01 Jun 2026 10:00:00 GMT"}, "Mon, 01 Jun 2026 10:00:00 GMT"),
    ],
)
def test_a_resumed_download_of_a_file_changed_on_the_server_is_fetched_again_not_spliced(
    tmp_path: Path, first_headers: dict[str, str], validator: str
) -> None:
    """The server honours If-Range as HTTP says: a stale validator gets the whole new body with a 200."""
    old, new = b"0123456789", b"ABCDEFGHIJ"
    task = evolink.Task.from_json(task_body("completed"))
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(200, headers={"content-length": "10", **first_headers}, stream=_Cut(old[:3]))
        if "if-range" in request.headers:  # the file changed since: If-Range does not match, send it whole
            return httpx.Response(200, headers={"content-length": "10", "etag": '"v2"'}, content=new)
        return httpx.Response(206, headers={"content-range": "bytes 3-9/10"}, content=new[3:])

    with respx.mock() as api, evolink.EvoLink(KEY, clock=FakeClock()) as client:
        api.get("https://cdn.example.com/v/abc.mp4").mock(side_effect=answer)
        path = client.tasks.download(task, tmp_path)
    assert seen[1].headers["range"] == "bytes=3-" and seen[1].headers["if-range"] == validator
    assert path.read_bytes() == new


def test_a_download_from_a_host_that_drips_ends_by_its_timeout_and_leaves_no_file(tmp_path: Path) -> None:
    def answer(method: str, path: str, headers: dict[str, str]) -> Iterator[bytes]:
        yield http(200, b"", {"content-type": "video/mp4"}, length=1000)
        for _ in range(1000):
            time.sleep(0.1)
            yield b"x"

    with ScriptedServer(answer) as cdn, evolink.EvoLink(KEY, timeout=30) as client:
        task = evolink.Task.from_json(task_body("completed", results=[f"{cdn.url}/v.mp4"]))
        started = time.monotonic()
        with pytest.raises(evolink.DownloadError, match=f"{TASK_ID}.*within 1 s"):
            client.tasks.download(task, tmp_path, timeout=1.0)
        elapsed = time.monotonic() - started
    assert elapsed < 3.0, f"a 1 s download took {elapsed:.1f} s"
    assert list(tmp_path.iterdir()) == []


callback_bodies = st.one_of(
    st.integers(min_value=10, max_value=100_000).map(lambda n: "[" * n + "]" * n),
    st.integers(min_value=10, max_value=100_000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    huge.map(lambda n: json.dumps({"id": "task-1", "status": "completed", "progress": n, "created": n})),
    st.text(max_size=50),
    st.binary(max_size=50),
)


@settings(max_examples=60, derandomize=True, deadline=None)
@given(body=callback_bodies)
def test_a_callback_body_of_any_shape_gives_a_task_or_a_callback_error(body: str | bytes) -> None:
    try:
        task = evolink.parse_callback(body)
    except evolink.CallbackError as exc:
        assert isinstance(exc, ValueError)  # what callers caught before still catches it
    else:
        assert task.id and task.status in {"pending", "processing", "completed", "failed", "cancelled"}


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_wait_ends_by_its_deadline_when_the_headers_drip(kind: str, tmp_path: Path) -> None:
    """Each byte of the status line and headers resets a socket timeout; the deadline must not care."""
    pending = http(200, json.dumps(task_body("pending")).encode())

    def answer(method: str, path: str, headers: dict[str, str]) -> Iterator[bytes]:
        for byte in pending:
            time.sleep(0.3)
            yield bytes([byte])

    task = evolink.Task.from_json(task_body("pending"))
    with ScriptedServer(answer) as server:
        started = time.monotonic()
        with pytest.raises(evolink.WaitTimeoutError):
            if kind == "sync":
                with evolink.EvoLink(KEY, base_url=server.url, timeout=30) as client:
                    client.tasks.wait(task, timeout=1.0)
            else:

                async def wait() -> None:
                    async with evolink.AsyncEvoLink(KEY, base_url=server.url, timeout=30) as client:
                        await client.tasks.wait(task, timeout=1.0)

                asyncio.run(wait())
        elapsed = time.monotonic() - started
    assert elapsed < 3.0, f"a 1 s wait took {elapsed:.1f} s"


def test_a_download_cut_again_and_again_ends_by_its_timeout(tmp_path: Path) -> None:
    """The pauses between resumed attempts fit in the time left too (fake clock: no real waiting)."""
    clock = FakeClock()
    task = evolink.Task.from_json(task_body("completed"))
    with respx.mock() as api, evolink.EvoLink(KEY, clock=clock, max_retries=5) as client:
        api.get("https://cdn.example.com/v/abc.mp4").mock(
            side_effect=lambda request: httpx.Response(200, headers={"content-length": "10"}, stream=_Cut(b"abc"))
        )
        with pytest.raises(evolink.DownloadError, match="within 1 s"):
            client.tasks.download(task, tmp_path, timeout=1.0)
    assert clock.t <= 1.0, clock.sleeps
    assert list(tmp_path.iterdir()) == []
