"""client.files: uploads from a path, bytes, a file object or a URL, sync and async, against the mock; the checks
made before sending; where the key goes; and that an upload is never sent twice."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from evolink import (
    APIConnectionError,
    AsyncEvoLink,
    EvoLink,
    EvoLinkError,
    RequestValidationError,
    ServerError,
    UniAll,
    UploadedFile,
    UploadOutcomeUnknownError,
)
from evolink._spec import evolink_spec
from evolink.testing import FakeClock, MockConfig, MockServer

from .support import API, KEY, MockClient

SPEC = evolink_spec()
FILES = SPEC.operation("upload_file_stream").server  # the files origin the spec gives
STREAM = f"{FILES}/api/v1/files/upload/stream"
LIFETIME = timedelta(seconds=SPEC.component("FileData")["x-file-lifetime-seconds"])
PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)
JPEG = b"\xff\xd8\xff\xe0" + bytes(200)
STORED = {
    "success": True,
    "code": 200,
    "msg": "ok",
    "data": {
        "file_id": "file_1",
        "file_url": "https://files.evolink.ai/images/a.png",
        "expires_at": "2030-01-01T08:00:00+08:00",
    },
}


class Mocked(MockClient):
    """The files face of a client of one kind on the mock."""

    def upload(self, source: Any, **options: Any) -> UploadedFile:
        return self.done(self.client.files.upload(source, **options))

    def quota(self) -> Any:
        return self.done(self.client.files.quota())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(clock: FakeClock) -> Iterator[MockServer]:
    with MockServer(MockConfig(file_quota=10), clock) as mock:
        yield mock


@pytest.fixture(params=["sync", "async"])
def files(request: pytest.FixtureRequest, server: MockServer) -> Iterator[Mocked]:
    face = Mocked(request.param, server)
    yield face
    face.close()


def served(server: MockServer, url: str) -> bytes:
    with httpx.Client(transport=server.transport()) as http:
        answer = http.get(url)
    assert answer.status_code == 200
    return answer.content


# --- against the mock ---------------------------------------------------------------------------


def test_upload_from_a_path_streams_it_and_says_when_it_expires(
    files: Mocked, tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "portrait.jpg"
    path.write_bytes(JPEG)
    uploaded = files.upload(path)
    assert (uploaded.mime_type, uploaded.size) == ("image/jpeg", len(JPEG))
    assert served(files.server, uploaded.url) == JPEG
    assert uploaded.expires_at.tzinfo is not None
    assert uploaded.expires_at == datetime.fromtimestamp(clock.wall(), UTC) + LIFETIME
    assert not uploaded.expired(uploaded.expires_at - timedelta(seconds=1))
    assert uploaded.expired(uploaded.expires_at)


def test_upload_from_bytes_a_file_object_and_a_url(files: Mocked) -> None:
    from_bytes = files.upload(PNG, file_name="logo.png")
    assert from_bytes.name == "logo.png"
    handle = io.BytesIO(JPEG)
    handle.seek(10)  # uploaded whole, from its start, wherever it stands
    from_object = files.upload(handle)
    assert served(files.server, from_object.url) == JPEG
    from_url = files.upload(from_bytes.url)
    assert from_url.file_id != from_bytes.file_id and served(files.server, from_url.url) == PNG
    assert files.server.stats.files_stored == 3


def test_quota_counts_the_uploads(files: Mocked) -> None:
    assert (files.quota().used, files.quota().limit) == (0, 10)
    files.upload(PNG)
    quota = files.quota()
    assert (quota.used, quota.remaining) == (1, 9)


@pytest.mark.parametrize(
    ("source", "words"),
    [
        (b"%PDF-1.7 a document", "GIF, JPEG, PNG, WEBP), judged by its bytes"),
        (io.BytesIO(b"RIFF\x00\x00\x00\x00WAVEfmt "), "judged by its bytes"),
        (b"NOT!\x00\x00\x00\x00WEBPVP8 " + bytes(20), "judged by its bytes"),  # WEBP outside a RIFF container
        ("portrait.jpg", "a string is a URL"),
        ("file:///etc/passwd", "a string is a URL"),
    ],
)
def test_what_is_not_an_image_or_a_url_is_refused_before_any_request(files: Mocked, source: Any, words: str) -> None:
    with pytest.raises(RequestValidationError, match="source") as caught:
        files.upload(source)
    assert words in str(caught.value)
    assert files.server.stats.requests == 0


def test_a_path_named_like_an_image_is_still_judged_by_its_bytes(files: Mocked, tmp_path: Path) -> None:
    fake = tmp_path / "photo.png"
    fake.write_text("not a picture")
    with pytest.raises(RequestValidationError, match=r"not its name, got \"photo\.png\""):
        files.upload(fake)
    with pytest.raises(RequestValidationError, match="cannot be read"):
        files.upload(tmp_path / "missing.png")
    with pytest.raises(TypeError, match="source must be"):
        files.upload(42)
    assert files.server.stats.requests == 0


def test_the_mocks_refusals_are_typed_errors_with_its_message(clock: FakeClock) -> None:
    with MockServer(MockConfig(file_quota=1), clock) as server:
        face = Mocked("sync", server)
        face.upload(PNG)
        with pytest.raises(EvoLinkError, match="quota exhausted") as caught:
            face.upload(PNG)
        assert getattr(caught.value, "status_code", None) == 403
        face.close()


def test_a_gateway_without_a_files_api_says_so() -> None:
    with (
        UniAll("sk-u", base_url="https://uniall.example.com") as client,
        pytest.raises(EvoLinkError, match="uniall documents no files API"),
    ):
        client.files.upload(PNG)


# --- where the files API is, and where the key goes ---------------------------------------------


def test_the_files_origin_comes_from_the_spec_unless_overridden(monkeypatch: pytest.MonkeyPatch) -> None:
    assert FILES == "https://files-api.evolink.ai"
    monkeypatch.delenv("EVOLINK_FILES_BASE_URL", raising=False)
    assert EvoLink(KEY)._core.files_base_url == FILES
    monkeypatch.setenv("EVOLINK_FILES_BASE_URL", "https://files.example.com/")
    assert EvoLink(KEY)._core.files_base_url == "https://files.example.com"
    assert EvoLink(KEY, files_base_url="https://other.example.com")._core.files_base_url == "https://other.example.com"
    with pytest.raises(EvoLinkError, match="plain http"):
        EvoLink(KEY, files_base_url="http://files.example.com")


def test_another_api_host_gets_no_default_files_host_so_a_local_image_never_goes_to_production(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("EVOLINK_FILES_BASE_URL", raising=False)
    monkeypatch.delenv("EVOLINK_BASE_URL", raising=False)
    assert EvoLink(KEY, base_url="https://api.evolink.ai/")._core.files_base_url == FILES
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    with EvoLink(KEY, base_url="https://staging.example.com", transport=transport) as client:
        assert client._core.files_base_url is None
        image = tmp_path / "a.png"
        image.write_bytes(PNG)
        with pytest.raises(EvoLinkError, match="files_base_url"):
            client.files.upload(image)
        with pytest.raises(EvoLinkError, match="files_base_url"):
            client.videos.create(model="kling-v3-image-to-video", prompt="p", image_start=image)
    assert sent == []


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ("9999-12-31T23:59:59+00:00", "documented"),  # a far-future expiry: the file is gone after the lifetime
        ("2026-01-01T00:00:00", "2026-01-01T00:00:00+00:00"),  # earlier than documented: believed, zone UTC
    ],
)
def test_an_uploads_expiry_is_never_later_than_the_documented_lifetime(stated: str, expected: str) -> None:
    clock = FakeClock()
    answer = {**STORED, "data": {**STORED["data"], "expires_at": stated}}
    with respx.mock() as router, EvoLink(KEY, clock=clock) as client:
        router.post(STREAM).mock(return_value=httpx.Response(200, json=answer))
        uploaded = client.files.upload(PNG)
    documented = datetime.fromtimestamp(clock.wall(), UTC) + LIFETIME
    assert uploaded.expires_at == (documented if expected == "documented" else datetime.fromisoformat(expected))


def test_the_key_reaches_the_api_and_the_files_origin_and_nowhere_else() -> None:
    with respx.mock(assert_all_called=False) as router:
        upload = router.post(STREAM).mock(return_value=httpx.Response(200, json=STORED))
        query = router.get(f"{API}/v1/tasks/task-unified-1-abc").mock(return_value=httpx.Response(404))
        cdn = router.get(host="cdn.example.com").mock(return_value=httpx.Response(200))
        with EvoLink(KEY, max_retries=0) as client:
            client.files.upload(PNG)
            with pytest.raises(EvoLinkError):
                client.tasks.get("task-unified-1-abc")
            request = client._core.build("GET", "https://cdn.example.com/v.mp4")
        assert upload.calls.last.request.headers["authorization"] == f"Bearer {KEY}"
        assert query.calls.last.request.headers["authorization"] == f"Bearer {KEY}"
        assert "authorization" not in request.headers
        assert not cdn.called


def test_a_redirect_from_the_files_origin_elsewhere_is_not_followed_so_the_key_stays(face_kind: str) -> None:
    with respx.mock(assert_all_called=False) as router:
        router.post(STREAM).mock(return_value=httpx.Response(307, headers={"location": "https://evil.example.com/up"}))
        elsewhere = router.route(host="evil.example.com").mock(return_value=httpx.Response(200, json=STORED))
        with pytest.raises(EvoLinkError) as caught:
            _run(face_kind, lambda client: client.files.upload(PNG))
        assert getattr(caught.value, "status_code", None) == 307
        assert not elsewhere.called


# --- never sent twice ---------------------------------------------------------------------------


def test_an_upload_is_retried_only_when_the_connection_could_not_be_made(face_kind: str) -> None:
    with respx.mock() as router:
        route = router.post(STREAM).mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=STORED)])
        uploaded = _run(face_kind, lambda client: client.files.upload(PNG))
        assert uploaded.file_id == "file_1" and route.call_count == 2


@pytest.mark.parametrize("lost", [httpx.ReadError("reset"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("x")])
def test_an_upload_whose_answer_was_lost_is_never_sent_again_and_says_a_slot_may_be_used(
    face_kind: str, lost: Exception
) -> None:
    with respx.mock() as router:
        route = router.post(STREAM).mock(side_effect=[lost, httpx.Response(200, json=STORED)])
        with pytest.raises(UploadOutcomeUnknownError, match="may be stored and may hold a") as caught:
            _run(face_kind, lambda client: client.files.upload(PNG))
        assert isinstance(caught.value, APIConnectionError)
        assert route.call_count == 1


def test_an_unreadable_answer_to_an_upload_is_an_unknown_outcome_too(face_kind: str) -> None:
    with respx.mock() as router:
        route = router.post(STREAM).mock(return_value=httpx.Response(200, json={"success": True, "data": {}}))
        with pytest.raises(UploadOutcomeUnknownError, match="no usable answer"):
            _run(face_kind, lambda client: client.files.upload(PNG))
        assert route.call_count == 1


def test_an_error_answer_to_an_upload_is_raised_not_retried(face_kind: str) -> None:
    with respx.mock() as router:
        body = {"success": False, "code": 503, "msg": "busy"}
        route = router.post(STREAM).mock(return_value=httpx.Response(503, json=body))
        with pytest.raises(ServerError, match="busy"):
            _run(face_kind, lambda client: client.files.upload(PNG))
        assert route.call_count == 1


def test_a_dropped_answer_on_the_mock_stores_the_file_once_and_raises_unknown(files: Mocked) -> None:
    files.server.faults.drop_next(path="/api/v1/files/upload/stream", when="after")
    with pytest.raises(UploadOutcomeUnknownError):
        files.upload(PNG)
    assert (files.server.stats.file_uploads, files.server.stats.files_stored) == (1, 1)
    assert files.quota().used == 1  # what the error tells the user to look at


@pytest.fixture(params=["sync", "async"])
def face_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


def _run(kind: str, call: Any) -> Any:
    """``call(client)`` on a fresh EvoLink or AsyncEvoLink (no sleeping between retries)."""
    if kind == "sync":
        with EvoLink(KEY, clock=FakeClock()) as client:
            return call(client)

    async def main() -> Any:
        async with AsyncEvoLink(KEY, clock=FakeClock()) as client:
            return await call(client)

    return asyncio.run(main())
