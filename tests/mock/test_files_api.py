"""The mock's files API over raw HTTP: what it stores, serves back, expires and refuses, in the files envelope."""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

import httpx
import pytest

from evolink._spec import evolink_spec
from evolink.testing import FakeClock, MockConfig, MockServer

from .support import Api

SPEC = evolink_spec()
STREAM, BASE64, URL, QUOTA = (
    SPEC.operation(name).path
    for name in ("upload_file_stream", "upload_file_base_64", "upload_file_url", "get_files_quota")
)
LIFETIME = SPEC.component("FileData")["x-file-lifetime-seconds"]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)
GIF = b"GIF89a" + bytes(20)
WEBP = b"RIFF\x10\x00\x00\x00WEBPVP8 " + bytes(20)
JPEG = b"\xff\xd8\xff\xe0" + bytes(20)


@pytest.fixture
def config() -> MockConfig:
    return MockConfig(file_quota=3, max_upload_bytes=1000)


def data_of(answer: httpx.Response) -> dict[str, Any]:
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["success"] is True and body["code"] == 200
    data: dict[str, Any] = body["data"]
    return data


def refusal(answer: httpx.Response, status: int) -> str:
    """The files envelope of an error answer, checked; its message."""
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert body["success"] is False and body["code"] == status
    message: str = body["msg"]
    return message


def upload(api: Api, content: bytes, **fields: str) -> httpx.Response:
    return api.request("POST", STREAM, files={"file": ("photo.bin", content, "application/octet-stream")}, data=fields)


@pytest.mark.parametrize(
    ("content", "mime"), [(PNG, "image/png"), (GIF, "image/gif"), (WEBP, "image/webp"), (JPEG, "image/jpeg")]
)
def test_a_multipart_upload_is_judged_by_its_bytes_stored_and_served_back(api: Api, content: bytes, mime: str) -> None:
    data = data_of(upload(api, content, file_name="mine.img", upload_path="shots"))
    assert (data["mime_type"], data["file_size"], data["file_name"], data["upload_path"]) == (
        mime,
        len(content),
        "mine.img",
        "shots",
    )
    assert data["original_name"] == "photo.bin"
    served = api.request("GET", data["file_url"])
    assert (served.status_code, served.content, served.headers["content-type"]) == (200, content, mime)
    assert api.request("GET", data["download_url"]).content == content


def test_files_expire_after_the_documented_lifetime_on_the_mock_clock(api: Api, clock: FakeClock) -> None:
    data = data_of(upload(api, PNG))
    uploaded = datetime.fromisoformat(data["upload_time"])
    assert (datetime.fromisoformat(data["expires_at"]) - uploaded).total_seconds() == LIFETIME == 72 * 3600
    clock.advance(LIFETIME - 1)
    assert api.request("GET", data["file_url"]).status_code == 200
    clock.advance(1)
    assert api.request("GET", data["file_url"]).status_code == 404


def test_base64_uploads_take_a_data_url_or_bare_base64(api: Api) -> None:
    bare = base64.b64encode(GIF).decode()
    assert data_of(api.request("POST", BASE64, json={"base64_data": bare}))["mime_type"] == "image/gif"
    data = data_of(
        api.request("POST", BASE64, json={"base64_data": f"data:image/png;base64,{base64.b64encode(PNG).decode()}"})
    )
    assert api.request("GET", data["file_url"]).content == PNG
    assert "not valid base64" in refusal(api.request("POST", BASE64, json={"base64_data": "@@@"}), 400)
    assert "base64_data" in refusal(api.request("POST", BASE64, json={}), 400)


def test_a_url_upload_copies_the_mocks_own_file_and_stores_a_placeholder_for_any_other(api: Api) -> None:
    own = data_of(upload(api, WEBP))
    copy = data_of(api.request("POST", URL, json={"file_url": own["file_url"]}))
    assert copy["file_id"] != own["file_id"]
    assert api.request("GET", copy["file_url"]).content == WEBP
    elsewhere = data_of(api.request("POST", URL, json={"file_url": "https://example.com/cat.jpg"}))
    assert (elsewhere["mime_type"], elsewhere["original_name"]) == ("image/png", "cat.jpg")
    assert "http(s)" in refusal(api.request("POST", URL, json={"file_url": "ftp://example.com/cat.jpg"}), 400)


def test_a_url_of_something_that_is_not_an_image_is_refused(api: Api) -> None:
    task = api.created()
    api.server.clock.advance(3600)  # type: ignore[attr-defined]
    video = api.task(task["id"])["results"][0]
    assert "unsupported file type" in refusal(api.request("POST", URL, json={"file_url": video}), 400)


def test_not_an_image_too_large_or_over_quota_are_refused_in_the_files_envelope(api: Api, clock: FakeClock) -> None:
    assert "unsupported file type" in refusal(upload(api, b"%PDF-1.7 not an image"), 400)
    assert "larger than 1000 bytes" in refusal(upload(api, PNG + bytes(1000)), 413)
    for _ in range(3):
        data_of(upload(api, PNG))
    assert "quota" in refusal(upload(api, PNG), 403)
    quota = data_of(api.request("GET", QUOTA))
    assert (quota["used_files"], quota["max_files"], quota["remain_files"], quota["is_custom"]) == (3, 3, 0, True)
    clock.advance(LIFETIME)  # expired files free their slots
    assert data_of(api.request("GET", QUOTA))["remain_files"] == 3
    data_of(upload(api, PNG))


def test_a_stranger_gets_401_in_the_files_envelope_and_quotas_are_per_key(server: MockServer) -> None:
    stranger = Api(server, key="sk-nobody")
    try:
        refusal(upload(stranger, PNG), 401)
        refusal(stranger.request("GET", QUOTA), 401)
    finally:
        stranger.close()


def test_the_default_quota_is_the_documented_one() -> None:
    server = MockServer(clock=FakeClock())
    api = Api(server)
    try:
        quota = data_of(api.request("GET", QUOTA))
    finally:
        api.close()
    assert quota["max_files"] == SPEC.component("QuotaData")["x-default-max-files"] == 2000
    assert quota["is_custom"] is False
    assert server.stats.file_uploads == 0  # the quota is no upload


def test_a_form_without_a_file_part_or_not_a_form_is_a_400(api: Api) -> None:
    no_file = {"picture": ("x.png", PNG, "image/png")}
    assert "file" in refusal(api.request("POST", STREAM, files=no_file, data={"file_name": "x.png"}), 400)
    assert "multipart" in refusal(api.request("POST", STREAM, json={"file": "x"}), 400)


def test_uniall_serves_no_files_api() -> None:
    server = MockServer(MockConfig(provider="uniall"), FakeClock())
    assert server.files_base_url is None
    api = Api(server)
    try:
        assert api.request("GET", QUOTA).status_code == 404
    finally:
        api.close()
