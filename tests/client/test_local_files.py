"""Local images wherever a model takes an image: checked before anything is sent, uploaded once per content per
client while the link stays good, sent as links - sync and async, against the mock."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from evolink import EvoLink, RequestValidationError, UniAll
from evolink._local_files import FRESH_FOR, file_refs, from_file_refs
from evolink.spec import evolink_spec, media_fields, uniall_spec, validate_request
from evolink.testing import FakeClock, MockServer

from .support import MockClient

I2V = "kling-v3-image-to-video"
PORTRAIT = Path(__file__).parents[2] / "examples" / "portrait.png"
JPEG = b"\xff\xd8\xff\xe0" + bytes(200)
LIFETIME = evolink_spec().component("FileData")["x-file-lifetime-seconds"]


class Face(MockClient):
    """``client.videos`` of a client of one kind on the mock, each call run to its end."""

    def __getattr__(self, method: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            return self.done(getattr(self.client.videos, method)(*args, **kwargs))

        return call


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(clock: FakeClock) -> Iterator[MockServer]:
    with MockServer(clock=clock) as mock:
        yield mock


@pytest.fixture(params=["sync", "async"])
def face(request: pytest.FixtureRequest, server: MockServer) -> Iterator[Face]:
    client = Face(request.param, server)
    yield client
    client.close()


def served(server: MockServer, url: str) -> bytes:
    with httpx.Client(transport=server.transport()) as http:
        answer = http.get(url)
    assert answer.status_code == 200
    return answer.content


# --- end to end ---------------------------------------------------------------------------------


def test_generate_uploads_a_path_and_sends_its_link(face: Face, tmp_path: Path) -> None:
    saved = face.generate(model=I2V, prompt="She smiles", image_start=PORTRAIT, duration=5, output=tmp_path)
    assert saved.stat().st_size > 0
    assert face.server.stats.file_uploads == 1
    sent = face.server.received(saved.stem)  # saved in a folder as <task id>.mp4
    assert sent is not None and sent["image_start"].startswith(face.server.files_base_url or "-")
    assert served(face.server, sent["image_start"]) == PORTRAIT.read_bytes()


def test_a_list_an_open_file_and_a_url_mix_and_the_same_bytes_go_once(face: Face, tmp_path: Path) -> None:
    copy = tmp_path / "copy.png"
    copy.write_bytes(PORTRAIT.read_bytes())
    with PORTRAIT.open("rb") as handle:
        task = face.create(
            model="happyhorse-1.0-reference-to-video",
            prompt="character1 waves",
            image_urls=[PORTRAIT, handle, copy, "https://example.com/b.png", io.BytesIO(JPEG)],
        )
    sent = face.server.received(task.id)
    assert sent is not None
    links = sent["image_urls"]
    assert links[0] == links[1] == links[2] != links[4] and links[3] == "https://example.com/b.png"
    assert face.server.stats.file_uploads == 2  # the portrait (three times) and the JPEG


# --- refused before anything is sent -------------------------------------------------------------


def test_a_file_that_is_no_image_is_refused_before_any_request(face: Face, tmp_path: Path) -> None:
    fake = tmp_path / "portrait.png"
    fake.write_bytes(b"%PDF-1.7 not an image")
    with pytest.raises(RequestValidationError) as refused:
        face.create(model=I2V, prompt="She smiles", image_start=fake)
    assert refused.value.field == "image_start"
    assert "judged by its bytes" in str(refused.value)
    with pytest.raises(RequestValidationError, match="image_end: cannot be read"):
        face.create(model=I2V, prompt="x", image_start=PORTRAIT, image_end=tmp_path / "missing.png")
    assert face.server.stats.requests == 0


def test_the_rest_of_the_body_is_checked_before_any_upload(face: Face) -> None:
    with pytest.raises(RequestValidationError) as refused:
        face.create(model=I2V, prompt="She smiles", image_start=PORTRAIT, duration=99)
    assert [v.field for v in refused.value.violations] == ["duration"]
    assert face.server.stats.requests == 0


@pytest.mark.parametrize(
    ("model", "field", "says"),
    [
        ("kling-o3-video-edit", "video_url", "takes a video URL"),
        ("omnihuman-1.5", "audio_url", "takes an audio URL"),
        (I2V, "prompt", "does not take a local file; only an image field does (image_end, image_start)"),
    ],
)
def test_a_local_file_anywhere_but_an_image_field_is_refused(face: Face, model: str, field: str, says: str) -> None:
    with pytest.raises(RequestValidationError) as refused:
        face.create(model=model, **{"prompt": "x", "image_start": PORTRAIT, field: PORTRAIT})
    assert any(v.field == field and says in v.rule for v in refused.value.violations), refused.value.violations
    if field != "prompt":
        assert any("stores images only" in v.rule for v in refused.value.violations)
    assert face.server.stats.requests == 0


def test_a_string_stays_a_url_and_extra_body_takes_no_file(face: Face) -> None:
    with pytest.raises(RequestValidationError, match="image_start"):
        face.create(model=I2V, prompt="x", image_start=str(PORTRAIT))  # no guessing: the spec's rule refuses it
    with pytest.raises(RequestValidationError, match="newer_field: does not take a local file"):
        face.create(model=I2V, prompt="x", image_start=PORTRAIT, extra_body={"newer_field": PORTRAIT})
    assert face.server.stats.requests == 0


def test_uniall_has_no_files_api_so_a_local_file_is_refused() -> None:
    with (
        UniAll("k", base_url="https://uniall.example") as client,
        pytest.raises(RequestValidationError, match="has no files API"),
    ):
        client.videos.create(model="veo3.1-video-720p", prompt="x", image=PORTRAIT)


# --- uploaded once per content per client --------------------------------------------------------


def test_an_unchanged_file_is_uploaded_once_and_a_changed_one_again(face: Face, tmp_path: Path) -> None:
    image = tmp_path / "frame.png"
    image.write_bytes(PORTRAIT.read_bytes())
    first = face.create(model=I2V, prompt="x", image_start=image)
    second = face.create(model=I2V, prompt="y", image_start=image)
    assert face.server.stats.file_uploads == 1
    sent = [face.server.received(t.id) or {} for t in (first, second)]
    assert sent[0]["image_start"] == sent[1]["image_start"]
    image.write_bytes(JPEG)  # same name, new bytes
    third = face.create(model=I2V, prompt="z", image_start=image)
    assert face.server.stats.file_uploads == 2
    assert (face.server.received(third.id) or {})["image_start"] != sent[0]["image_start"]


def test_a_link_about_to_expire_is_not_sent_again(face: Face, clock: FakeClock) -> None:
    face.create(model=I2V, prompt="x", image_start=PORTRAIT)
    clock.advance(LIFETIME - FRESH_FOR - 60)  # still good for the margin: reused
    face.create(model=I2V, prompt="x", image_start=PORTRAIT)
    assert face.server.stats.file_uploads == 1
    clock.advance(120)  # less than the margin left: a task fetching it later could miss it
    face.create(model=I2V, prompt="x", image_start=PORTRAIT)
    assert face.server.stats.file_uploads == 2


def test_each_client_keeps_its_own_uploads(server: MockServer) -> None:
    for _ in range(2):
        face = Face("sync", server)
        face.create(model=I2V, prompt="x", image_start=PORTRAIT)
        face.close()
    assert server.stats.file_uploads == 2


# --- the one rule, and the JSON form --------------------------------------------------------------


def test_the_media_rule_reads_the_spec() -> None:
    spec = evolink_spec()
    assert media_fields(spec, I2V) == {"image_start": "image", "image_end": "image"}
    element = media_fields(spec, "kling-custom-element")
    assert element["model_params.element_image_list.refer_images[].image_url"] == "image"
    assert element["model_params.element_video_list.refer_videos[].video_url"] == "video"
    assert media_fields(spec, "gemini-omni-flash-image-to-video") == {"image_urls": "image"}  # no format: uri
    assert media_fields(spec, "omnihuman-1.5") == {"image_urls": "image", "mask_url": "image", "audio_url": "audio"}
    assert media_fields(spec, "veo3.1-fast-extend") == {}  # base_video_task_id is an id (a pattern), not a link
    assert media_fields(uniall_spec(), "veo3.1-video-720p")["video"] == "video"
    assert media_fields(spec, "no-such-model") == {}


def test_a_nested_image_field_takes_a_local_file() -> None:
    body = {
        "model": "kling-custom-element",
        "model_params": {"element_image_list": {"refer_images": [{"image_url": PORTRAIT}]}},
    }
    with pytest.raises(RequestValidationError) as refused:
        validate_request(evolink_spec(), body)
    # Other fields are missing; the file stands where an image may, and its placeholder passes the link's rules.
    assert [v.field for v in refused.value.violations] == [
        "model_params.element_image_list.frontal_image",
        "model_params.element_name",
    ]


def test_the_json_form_names_local_files_as_a_jobs_file_does(tmp_path: Path) -> None:
    body = {"image_urls": [PORTRAIT, "https://example.com/a.png"], "image_start": {"file": "x"}}
    written = file_refs(body)
    assert written["image_urls"] == [{"file": str(PORTRAIT)}, "https://example.com/a.png"]
    read = from_file_refs({"image_start": {"file": "portrait.png"}, "other": {"file": 1}}, tmp_path)
    assert read == {"image_start": tmp_path / "portrait.png", "other": {"file": 1}}


# --- hostile moments: a lost upload answer, a file changed or failing behind our back -------------------------


class _LoseFirstUpload(httpx.BaseTransport):
    """The first upload reaches the server (it stores the file) and its answer is lost."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.uploads = inner, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "/files/upload" in request.url.path:
            self.uploads += 1
            if self.uploads == 1:
                self.inner.handle_request(request).read()
                raise httpx.ReadError("connection reset", request=request)
        return self.inner.handle_request(request)


def test_after_a_lost_upload_answer_the_same_image_is_never_uploaded_again_by_that_client(tmp_path: Path) -> None:
    from evolink import PollPolicy, UploadOutcomeUnknownError
    from evolink.testing import MockConfig

    jobs = [{"model": I2V, "prompt": f"p{i}", "image_start": PORTRAIT, "name": f"n{i}"} for i in range(3)]
    with MockServer(MockConfig(task_seconds=0.05)) as server:
        with EvoLink(
            server.api_key,
            base_url=server.base_url,
            files_base_url=server.files_base_url,
            transport=_LoseFirstUpload(server.transport()),
            poll=PollPolicy(floor=0.01),
        ) as client:
            results = client.videos.generate_many(jobs, output_dir=tmp_path, concurrency=3)
            with pytest.raises(UploadOutcomeUnknownError):
                client.videos.create(model=I2V, prompt="again", image_start=PORTRAIT)
        assert {r.error_type for r in results} == {"UploadOutcomeUnknownError"}
        assert server.stats.file_uploads == 1  # stored once; nobody sent it a second time
        assert server.stats.tasks_created == 0


def test_a_file_changed_during_its_upload_is_not_remembered_under_its_old_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import evolink._local_files as local_files

    image = tmp_path / "a.png"
    first, second = b"\x89PNG\r\n\x1a\n" + b"A" * 100, b"\x89PNG\r\n\x1a\n" + b"B" * 100
    image.write_bytes(first)
    real = local_files.upload

    def racing(core: Any, source: Any, **kwargs: Any) -> Any:  # rewritten after it was hashed, before it is sent
        image.write_bytes(second)
        return (yield from real(core, source, **kwargs))

    with MockServer() as server:
        with EvoLink(
            server.api_key, base_url=server.base_url, files_base_url=server.files_base_url, transport=server.transport()
        ) as client:
            monkeypatch.setattr(local_files, "upload", racing)
            client.videos.create(model=I2V, prompt="x", image_start=image)
            monkeypatch.setattr(local_files, "upload", real)
            image.write_bytes(first)
            client.videos.create(model=I2V, prompt="y", image_start=image)
        assert server.stats.file_uploads == 2  # the first link holds the other bytes: content A was uploaded anew


def test_a_read_that_fails_half_way_is_a_validation_error_naming_the_file() -> None:
    class Failing(io.BytesIO):
        name = "flaky.png"

        def read(self, size: int | None = -1) -> bytes:  # the first bytes read well; the rest fails
            if size is not None and 0 <= size <= 64:
                return super().read(size)
            raise OSError(5, "Input/output error")

    with MockServer() as server:
        with (
            EvoLink(
                server.api_key,
                base_url=server.base_url,
                files_base_url=server.files_base_url,
                transport=server.transport(),
            ) as client,
            pytest.raises(RequestValidationError, match=r"cannot be read \(flaky\.png\)"),
        ):
            client.videos.create(model=I2V, prompt="x", image_start=Failing(b"\x89PNG\r\n\x1a\n"))
        assert server.stats.requests == 0
