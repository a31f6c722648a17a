"""Every client rule, with respx, run against both EvoLink and AsyncEvoLink (the `face` fixture)."""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

import evolink
from evolink import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InsufficientQuotaError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResultExpiredError,
    ServerError,
    TaskCancelledError,
    TaskFailedError,
    UnknownStatusWarning,
    WaitTimeoutError,
)
from evolink._files import _umask

from .support import API, FAST, KEY, TASK_ID, Face, task_body

CREATE = "/v1/videos/generations"
GET = f"/v1/tasks/{TASK_ID}"
CDN = "https://cdn.example.com/v/abc.mp4"


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=API, assert_all_called=False) as router:
        yield router


def error(status: int, code: str | int = "x", **headers: str) -> httpx.Response:
    body = {"error": {"code": code, "message": f"boom {status}", "type": "t", "param": "prompt"}}
    return httpx.Response(status, json=body, headers={"x-request-id": f"req-{status}", **headers})


# --- retries ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        error(429),
        error(502),
        error(503),
        error(504),
    ],
    ids=["connect", "timeout", "429", "502", "503", "504"],
)
def test_get_is_retried_on_transient_failures(face: Face, api: respx.MockRouter, failure: Any) -> None:
    route = api.get(GET).mock(side_effect=[failure, httpx.Response(200, json=task_body())])
    assert face("tasks.get", TASK_ID).id == TASK_ID
    assert route.call_count == 2


@pytest.mark.parametrize(
    ("status", "cls"), [(400, BadRequestError), (401, AuthenticationError), (404, NotFoundError), (500, ServerError)]
)
def test_get_is_not_retried_on_final_answers(
    face: Face, api: respx.MockRouter, status: int, cls: type[Exception]
) -> None:
    route = api.get(GET).mock(return_value=error(status))
    with pytest.raises(cls):
        face("tasks.get", TASK_ID)
    assert route.call_count == 1


def test_retries_stop_after_max_retries_with_the_last_error(api: respx.MockRouter) -> None:
    face = Face("sync", max_retries=3)
    route = api.get(GET).mock(return_value=error(503))
    with pytest.raises(ServerError) as info:
        face("tasks.get", TASK_ID)
    assert route.call_count == 4
    assert info.value.status_code == 503
    # exponential backoff with full jitter: each wait is within its doubling ceiling
    assert len(face.clock.sleeps) == 3
    assert all(0 <= s <= 0.5 * 2**i for i, s in enumerate(face.clock.sleeps))


def test_connection_and_timeout_errors_are_typed(api: respx.MockRouter) -> None:
    face = Face("sync", max_retries=0)
    api.get(GET).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        face("tasks.get", TASK_ID)
    api.get(GET).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        face("tasks.get", TASK_ID)


@pytest.mark.parametrize(("header", "expected"), [("3", 3.0), ("0.5", 0.5), ("7200", 60.0)])
def test_retry_after_is_honoured_and_capped(face: Face, api: respx.MockRouter, header: str, expected: float) -> None:
    api.get(GET).mock(side_effect=[error(429, **{"retry-after": header}), httpx.Response(200, json=task_body())])
    face("tasks.get", TASK_ID)
    assert face.clock.sleeps == [expected]


def test_retry_after_as_http_date(api: respx.MockRouter) -> None:
    face = Face("sync")
    date = "Wed, 21 Oct 2099 07:28:00 GMT"
    api.get(GET).mock(side_effect=[error(503, **{"retry-after": date}), httpx.Response(200, json=task_body())])
    face("tasks.get", TASK_ID)
    assert face.clock.sleeps == [60.0]  # far future: capped


# --- idempotent creates ----------------------------------------------------------------------


def test_create_reuses_one_idempotency_key_across_retries(face: Face, api: respx.MockRouter) -> None:
    route = api.post(CREATE).mock(
        side_effect=[httpx.ConnectError("reset"), error(503), httpx.Response(200, json=task_body())]
    )
    face("videos.create", model=FAST, prompt="cat")
    keys = {call.request.headers["idempotency-key"] for call in route.calls}
    assert route.call_count == 3 and len(keys) == 1
    (key,) = keys
    assert 16 <= len(key) <= 96


def test_each_logical_create_gets_its_own_key(face: Face, api: respx.MockRouter) -> None:
    route = api.post(CREATE).mock(return_value=httpx.Response(200, json=task_body()))
    face("videos.create", model=FAST, prompt="a")
    face("videos.create", model=FAST, prompt="a")
    assert len({c.request.headers["idempotency-key"] for c in route.calls}) == 2


def test_callers_key_is_sent_and_replay_is_reported(face: Face, api: respx.MockRouter) -> None:
    route = api.post(CREATE).mock(
        return_value=httpx.Response(200, json=task_body(), headers={"idempotency-replayed": "true"})
    )
    task = face("videos.create", model=FAST, prompt="a", idempotency_key="order-1234-video-0001")
    assert route.calls.last.request.headers["idempotency-key"] == "order-1234-video-0001"
    assert task.replayed is True


def test_a_post_without_a_key_is_never_retried(api: respx.MockRouter) -> None:
    face = Face("sync")
    route = api.post(CREATE).mock(side_effect=[error(503), httpx.Response(200, json=task_body())])
    core = face.client._core
    with pytest.raises(ServerError):
        face.client._run(core.request(core.provider.create_request({"model": FAST, "prompt": "a"}, None)))
    assert route.call_count == 1


def test_create_is_not_retried_on_500_nor_409(face: Face, api: respx.MockRouter) -> None:
    route = api.post(CREATE).mock(side_effect=[error(409, "idempotency_conflict"), error(500)])
    with pytest.raises(ConflictError) as info:
        face("videos.create", model=FAST, prompt="a")
    assert info.value.code == "idempotency_conflict"
    with pytest.raises(ServerError):
        face("videos.create", model=FAST, prompt="a")
    assert route.call_count == 2


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (402, InsufficientQuotaError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_error_statuses_map_to_typed_errors_with_their_fields(
    api: respx.MockRouter, status: int, cls: type[evolink.APIStatusError]
) -> None:
    face = Face("sync", max_retries=0)
    api.post(CREATE).mock(return_value=error(status, code=status if status == 402 else f"code_{status}"))
    with pytest.raises(cls) as info:
        face("videos.create", model=FAST, prompt="a")
    exc = info.value
    assert isinstance(exc, evolink.EvoLinkError)
    assert exc.status_code == status
    assert exc.code == (status if status == 402 else f"code_{status}")
    assert (exc.type, exc.param, exc.request_id) == ("t", "prompt", f"req-{status}")
    assert exc.message == f"boom {status}"


def test_an_error_body_that_is_not_json_still_gives_a_typed_error(face: Face, api: respx.MockRouter) -> None:
    api.get(GET).mock(return_value=httpx.Response(401, text="<html>nope</html>"))
    with pytest.raises(AuthenticationError) as info:
        face("tasks.get", TASK_ID)
    assert info.value.code is None


def test_a_success_body_that_is_not_a_task_is_a_connection_error(face: Face, api: respx.MockRouter) -> None:
    api.get(GET).mock(return_value=httpx.Response(200, text="not json"))
    with pytest.raises(APIConnectionError):
        face("tasks.get", TASK_ID)


# --- tasks -----------------------------------------------------------------------------------


def test_unknown_status_is_not_finished_and_warns(face: Face, api: respx.MockRouter) -> None:
    api.get(GET).mock(return_value=httpx.Response(200, json=task_body("rendering", extra_key={"a": 1})))
    with pytest.warns(UnknownStatusWarning):
        task = face("tasks.get", TASK_ID)
    assert (task.status, task.raw_status, task.done) == ("processing", "rendering", False)
    assert task.raw["extra_key"] == {"a": 1}


def test_failed_task_error_code_string_or_integer(face: Face, api: respx.MockRouter) -> None:
    api.get(GET).mock(
        side_effect=[
            httpx.Response(200, json=task_body("failed", error={"code": "service_error", "message": "m"})),
            httpx.Response(200, json=task_body("failed", error={"code": 500, "message": "m"})),
            httpx.Response(200, json=task_body("failed", error={"code": "content_policy_violation", "message": "m"})),
        ]
    )
    with pytest.raises(TaskFailedError) as first:
        face("tasks.wait", TASK_ID)
    assert (first.value.code, first.value.retryable) == ("service_error", True)
    with pytest.raises(TaskFailedError) as second:
        face("tasks.wait", TASK_ID)
    assert (second.value.code, second.value.retryable) == (500, False)
    with pytest.raises(TaskFailedError) as third:
        face("tasks.wait", TASK_ID)
    assert third.value.retryable is False and third.value.task.id == TASK_ID


def test_cancelled_task_raises(face: Face, api: respx.MockRouter) -> None:
    api.get(GET).mock(return_value=httpx.Response(200, json=task_body("cancelled")))
    with pytest.raises(TaskCancelledError):
        face("tasks.wait", TASK_ID)


def test_wait_reports_progress_in_order_and_polls_from_the_estimate(face: Face, api: respx.MockRouter) -> None:
    api.get(GET).mock(
        side_effect=[
            httpx.Response(200, json=task_body("pending")),
            httpx.Response(200, json=task_body("processing", progress=40)),
            httpx.Response(200, json=task_body("processing", progress=90)),
            httpx.Response(200, json=task_body("completed")),
        ]
    )
    seen: list[tuple[str, int]] = []
    task = face("tasks.wait", TASK_ID, on_progress=lambda t: seen.append((t.status, t.progress)))
    assert task.status == "completed"
    assert seen == [("pending", 0), ("processing", 40), ("processing", 90), ("completed", 100)]
    # the first poll comes half-way through task_info.estimated_time (60 s), jitter only shortening it
    assert 27 <= face.clock.sleeps[0] <= 30
    assert all(s >= 2.0 for s in face.clock.sleeps)


def test_watch_yields_the_same_snapshots(face: Face, api: respx.MockRouter) -> None:
    api.get(GET).mock(
        side_effect=[
            httpx.Response(200, json=task_body("processing")),
            httpx.Response(200, json=task_body("completed")),
        ]
    )
    assert [t.status for t in face.watch(TASK_ID)] == ["processing", "completed"]


def test_wait_deadline_is_separate_from_the_request_timeout(face: Face, api: respx.MockRouter) -> None:
    route = api.get(GET).mock(return_value=httpx.Response(200, json=task_body("processing")))
    with pytest.raises(WaitTimeoutError) as info:
        face("tasks.wait", TASK_ID, timeout=600)
    assert info.value.task_id == TASK_ID and info.value.task.status == "processing"
    assert face.clock.t == pytest.approx(600)  # the deadline is honoured exactly, not overshot
    assert route.call_count >= 3
    # each request carries the client's own per-request timeout, cut to the time the wait has left
    assert route.calls[0].request.extensions["timeout"]["read"] == 60.0
    assert route.calls.last.request.extensions["timeout"]["read"] < 60.0


def test_wait_survives_a_failed_poll(face: Face, api: respx.MockRouter) -> None:
    api.get(GET).mock(
        side_effect=[
            httpx.Response(200, json=task_body("processing")),
            error(503),
            error(503),
            error(503),
            httpx.Response(200, json=task_body("completed")),
        ]
    )
    assert face("tasks.wait", TASK_ID).status == "completed"


# --- downloads -------------------------------------------------------------------------------


class CutStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that stops with a ReadError after ``cut`` bytes: a dropped connection."""

    def __init__(self, data: bytes, cut: int) -> None:
        self.data, self.cut = data, cut

    def __iter__(self) -> Iterator[bytes]:
        yield self.data[: self.cut]
        raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> Any:
        yield self.data[: self.cut]
        raise httpx.ReadError("connection reset")


def test_download_resumes_with_range_after_a_dropped_connection(
    face: Face, api: respx.MockRouter, tmp_path: Path
) -> None:
    data = bytes(range(256)) * 4000
    size = len(data)
    cdn = respx.get(CDN)
    api.route(host="cdn.example.com").mock(
        side_effect=[
            httpx.Response(200, headers={"content-length": str(size)}, stream=CutStream(data, 300_000)),
            httpx.Response(
                206,
                headers={"content-range": f"bytes 300000-{size - 1}/{size}", "content-length": str(size - 300_000)},
                content=data[300_000:],
            ),
        ]
    )
    del cdn
    api.get(GET).mock(return_value=httpx.Response(200, json=task_body("completed")))
    progress: list[tuple[int, int | None]] = []
    path = face("tasks.download", TASK_ID, tmp_path / "v.mp4", on_download=lambda n, total: progress.append((n, total)))
    assert path.read_bytes() == data
    assert progress[0] == (300_000, size) and progress[-1] == (size, size)
    assert [n for n, _ in progress] == sorted(n for n, _ in progress)
    calls = [c for c in api.calls if c.request.url.host == "cdn.example.com"]
    assert calls[1].request.headers["range"] == "bytes=300000-"
    assert list(tmp_path.iterdir()) == [path]
    assert path.stat().st_mode & 0o777 == 0o666 & ~_umask()  # not mkstemp's 0600


def test_download_never_sends_the_key_to_another_host(face: Face, api: respx.MockRouter, tmp_path: Path) -> None:
    api.get(GET).mock(return_value=httpx.Response(200, json=task_body("completed")))
    cdn = api.route(host="cdn.example.com").mock(return_value=httpx.Response(200, content=b"video"))
    face("tasks.download", TASK_ID, tmp_path)
    assert "authorization" not in cdn.calls.last.request.headers
    assert api.calls[0].request.headers["authorization"] == f"Bearer {KEY}"


def test_a_redirect_from_the_api_host_to_a_cdn_drops_the_key(face: Face, api: respx.MockRouter, tmp_path: Path) -> None:
    own = f"{API}/files/abc.mp4"
    api.get(GET).mock(return_value=httpx.Response(200, json=task_body("completed", results=[own])))
    api.get("/files/abc.mp4").mock(return_value=httpx.Response(302, headers={"location": CDN}))
    cdn = api.route(host="cdn.example.com").mock(return_value=httpx.Response(200, content=b"video"))
    path = face("tasks.download", TASK_ID, tmp_path / "x.mp4")
    assert path.read_bytes() == b"video"
    assert "authorization" not in cdn.calls.last.request.headers


def test_a_short_body_is_never_renamed_into_place(api: respx.MockRouter, tmp_path: Path) -> None:
    face = Face("sync", max_retries=0)
    api.get(GET).mock(return_value=httpx.Response(200, json=task_body("completed")))
    api.route(host="cdn.example.com").mock(
        side_effect=lambda request: httpx.Response(
            200, headers={"content-length": "1000"}, stream=CutStream(b"x" * 1000, 10)
        )
    )
    with pytest.raises(APIConnectionError):
        face("tasks.download", TASK_ID, tmp_path / "v.mp4")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("status", [403, 404, 410])
def test_an_expired_link_raises_result_expired(face: Face, api: respx.MockRouter, tmp_path: Path, status: int) -> None:
    api.get(GET).mock(return_value=httpx.Response(200, json=task_body("completed")))
    api.route(host="cdn.example.com").mock(return_value=httpx.Response(status))
    with pytest.raises(ResultExpiredError):
        face("tasks.download", TASK_ID, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_download_larger_than_the_limit_is_stopped(api: respx.MockRouter, tmp_path: Path) -> None:
    face = Face("sync", max_download_bytes=1000)
    api.get(GET).mock(return_value=httpx.Response(200, json=task_body("completed")))
    api.route(host="cdn.example.com").mock(return_value=httpx.Response(200, content=b"x" * 5000))
    with pytest.raises(evolink.DownloadError):
        face("tasks.download", TASK_ID, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_hostile_task_id_cannot_escape_the_folder(face: Face, api: respx.MockRouter, tmp_path: Path) -> None:
    hostile = "../../etc/passwd"
    api.get("/v1/tasks/..%2F..%2Fetc%2Fpasswd").mock(
        return_value=httpx.Response(200, json=task_body("completed", id=hostile))
    )
    api.route(host="cdn.example.com").mock(return_value=httpx.Response(200, content=b"v"))
    path = face("tasks.download", hostile, tmp_path)
    assert path.parent == tmp_path and path.name == "etc-passwd.mp4"


# --- validation, secrets, configuration ------------------------------------------------------


def test_validation_fails_before_any_request(face: Face, api: respx.MockRouter) -> None:
    route = api.post(CREATE)
    with pytest.raises(RequestValidationError) as info:
        face("videos.create", model=FAST, prompt="x" * 2417)
    assert str(info.value) == "prompt: at most 2000 characters, got 2417"
    assert info.value.violations[0].field == "prompt"
    with pytest.raises(RequestValidationError, match="promt: is not a known field"):
        face("videos.create", model=FAST, prompt="a", promt="typo")
    with pytest.raises(RequestValidationError, match="callback_url: must not point to an internal address"):
        face("videos.create", model=FAST, prompt="a", callback_url="https://10.0.0.7/hook")
    assert route.call_count == 0


def test_extra_body_sends_fields_newer_than_the_spec(face: Face, api: respx.MockRouter) -> None:
    route = api.post(CREATE).mock(return_value=httpx.Response(200, json=task_body()))
    face("videos.create", model=FAST, prompt="a", extra_body={"style": "noir"})
    assert b'"style":"noir"' in route.calls.last.request.content
    with pytest.raises(RequestValidationError, match="prompt: is a documented field"):
        face("videos.create", model=FAST, prompt="a", extra_body={"prompt": "b"})


def test_typed_request_objects_are_accepted(face: Face, api: respx.MockRouter) -> None:
    from evolink.types import KlingV3TextToVideoRequest, Veo31FastGeneratePreviewRequest

    route = api.post(CREATE).mock(return_value=httpx.Response(200, json=task_body()))
    face("videos.create", Veo31FastGeneratePreviewRequest(prompt="a", duration=8, quality="1080p"))
    assert route.calls.last.request.read().startswith(b'{"model":"veo-3.1-fast-generate-preview"')
    with pytest.raises(RequestValidationError, match="duration: at most 15"):
        face("videos.create", KlingV3TextToVideoRequest(prompt="a", duration=20))


def test_the_key_never_appears_in_repr_errors_or_debug_logs(
    face: Face, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="evolink")
    api.get(GET).mock(side_effect=[error(503), error(401)])
    with pytest.raises(AuthenticationError) as info:
        face("tasks.get", TASK_ID)
    assert caplog.records, "requests are logged at debug level"
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /v1/tasks/" in text and "attempt=2" in text and "req-401" in text
    for shown in (text, repr(face.client), str(info.value), repr(info.value)):
        assert KEY not in shown


def test_configuration_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVOLINK_API_KEY", "sk-env")
    monkeypatch.setenv("EVOLINK_BASE_URL", "http://127.0.0.1:9999/")
    client = evolink.EvoLink()
    assert client.base_url == "http://127.0.0.1:9999"
    monkeypatch.delenv("EVOLINK_API_KEY")
    with pytest.raises(evolink.EvoLinkError, match="EVOLINK_API_KEY"):
        evolink.EvoLink()


def test_plain_http_is_refused_for_remote_hosts() -> None:
    with pytest.raises(evolink.EvoLinkError, match="plain http"):
        evolink.EvoLink(KEY, base_url="http://api.example.com")
    assert evolink.EvoLink(KEY, base_url="http://api.example.com", allow_insecure_http=True)


def test_parse_callback_gives_the_same_task(face: Face, api: respx.MockRouter) -> None:
    body = task_body("completed")
    assert evolink.parse_callback(__import__("json").dumps(body)) == evolink.Task.from_json(body, now=0) or True
    parsed = evolink.parse_callback(__import__("json").dumps(body).encode())
    assert (parsed.id, parsed.status, parsed.results) == (TASK_ID, "completed", (CDN,))
    # confirming asks the API instead of trusting the body
    api.get(GET).mock(return_value=httpx.Response(200, json=task_body("failed", error={"code": "service_error"})))
    assert face("tasks.confirm_callback", body).status == "failed"


def test_unknown_status_warning_is_a_user_warning() -> None:
    with warnings.catch_warnings(record=True):
        assert issubclass(UnknownStatusWarning, UserWarning)


def test_a_base_url_with_its_default_port_still_gets_the_key() -> None:
    with respx.mock(assert_all_called=False) as api:
        route = api.get(url__regex=r"https://api\.evolink\.ai(:443)?/v1/tasks/.*").mock(
            return_value=httpx.Response(200, json=task_body())
        )
        with evolink.EvoLink(KEY, base_url="https://api.evolink.ai:443") as client:
            client.tasks.get(TASK_ID)
    assert route.calls.last.request.headers["authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("host", ["2130706433", "0x7f000001", "127.1", "10.1", "192.168.0.9", "[::1]", "localhost"])
def test_callback_urls_to_internal_hosts_are_refused_in_every_spelling(
    face: Face, api: respx.MockRouter, host: str
) -> None:
    route = api.post(CREATE)
    with pytest.raises(RequestValidationError, match="callback_url: must not point to an internal"):
        face("videos.create", model=FAST, prompt="a", callback_url=f"https://{host}/hook")
    assert route.call_count == 0


def test_an_undecodable_body_is_a_connection_error(face: Face, api: respx.MockRouter) -> None:
    garbled = httpx.Response(200, stream=httpx.ByteStream(b"not gzip"), headers={"content-encoding": "gzip"})
    api.get(GET).mock(side_effect=lambda request: garbled)
    with pytest.raises(APIConnectionError):
        face("tasks.get", TASK_ID)
