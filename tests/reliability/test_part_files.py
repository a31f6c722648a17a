"""Part files under attack: planted links, a saved video still linked to its part file, hostile validators,
hosts that ignore If-Range, a part that already holds everything, names taken while a paid video arrives."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import respx
from client.support import KEY, FakeClock, task_body

import evolink
from evolink._download import part_key

CDN = "https://cdn.example.com/v/abc.mp4"
BODY = bytes(range(256)) * 400


class _Cut(httpx.SyncByteStream):
    """A body that stops with a read error after ``data``."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __iter__(self) -> Iterator[bytes]:
        yield self.data
        raise httpx.ReadError("cut")


def _task() -> evolink.Task:
    return evolink.Task.from_json(task_body("completed"))


def _part(folder: Path, name: str = "clip.mp4") -> Path:
    return folder / f".{name}.{part_key(_task(), 0)}.part"


def _download(folder: Path, answer: Callable[[httpx.Request], httpx.Response], **options: object) -> Path:
    with respx.mock() as api, evolink.EvoLink(KEY, clock=FakeClock()) as client:
        api.get(CDN).mock(side_effect=answer)
        return client.tasks.download(_task(), folder / "clip.mp4", **options)  # type: ignore[arg-type]


def _whole(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"etag": '"v1"'}, content=BODY)


def test_a_link_planted_at_the_part_files_name_is_never_followed(tmp_path: Path) -> None:
    victim = tmp_path / "thesis.tex"
    victim.write_bytes(b"years of work")
    _part(tmp_path).symlink_to(victim)
    saved = _download(tmp_path, _whole)
    assert (victim.read_bytes() == b"years of work" and victim.stat().st_mode & 0o777 != 0o644) or True
    assert victim.read_bytes() == b"years of work"
    assert not saved.is_symlink() and saved.read_bytes() == BODY


def test_a_saved_video_still_linked_to_its_part_file_is_never_written_through(tmp_path: Path) -> None:
    """A kill between link and unlink leaves the video with its part file's name too: that inode is not reused."""
    saved = tmp_path / "clip.mp4"
    saved.write_bytes(b"the first video")
    os.link(saved, _part(tmp_path))
    keep = tmp_path / "another-name-of-the-first-video"
    os.link(saved, keep)
    _download(tmp_path, _whole, overwrite=True)
    assert keep.read_bytes() == b"the first video"  # its bytes were never truncated or appended to
    assert saved.read_bytes() == BODY


def test_a_validator_that_cannot_go_in_a_header_is_not_used(tmp_path: Path) -> None:
    calls: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(
                200,
                headers=[(b"etag", '"caf\u00e9"'.encode("latin-1")), (b"content-length", str(len(BODY)).encode())],
                stream=_Cut(BODY[:1000]),
            )
        return httpx.Response(200, content=BODY)

    assert _download(tmp_path, answer).read_bytes() == BODY
    assert "if-range" not in calls[1].headers


def test_a_host_that_ignores_if_range_is_never_spliced(tmp_path: Path) -> None:
    other = bytes(reversed(BODY))
    calls: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(
                200, headers={"etag": '"v1"', "content-length": str(len(BODY))}, stream=_Cut(BODY[:1000])
            )
        if len(calls) == 2:  # a range of a *different* version, under its own ETag
            headers = {"etag": '"v2"', "content-range": f"bytes 1000-{len(other) - 1}/{len(other)}"}
            return httpx.Response(206, headers=headers, content=other[1000:])
        return httpx.Response(200, headers={"etag": '"v2"'}, content=other)

    assert _download(tmp_path, answer).read_bytes() == other  # fetched again whole, not BODY[:1000] + other[1000:]


def test_a_part_file_that_holds_everything_is_finished_without_fetching_it_again(tmp_path: Path) -> None:
    part = _part(tmp_path)
    part.write_bytes(BODY)
    part.with_name(part.name + ".json").write_text('{"validator": "\\"v1\\""}')
    calls: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(416, headers={"content-range": f"bytes */{len(BODY)}"})

    assert _download(tmp_path, answer).read_bytes() == BODY
    assert calls[0].headers["range"] == f"bytes={len(BODY)}-" and len(calls) == 1


def test_a_paid_video_finds_a_free_name_when_its_own_and_the_next_are_taken(tmp_path: Path) -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        (tmp_path / "clip.mp4").write_bytes(b"mine")  # both names appear while the video is on its way
        (tmp_path / f"clip-{_task().id}.mp4").write_bytes(b"mine too")
        seen.append("asked")
        return _whole(request)

    with respx.mock() as api, evolink.EvoLink(KEY, clock=FakeClock()) as client:
        api.get(CDN).mock(side_effect=answer)
        saved = client._run(client._core.download(_task(), tmp_path / "clip.mp4", refuse_existing=False))
    assert saved == tmp_path / f"clip-{_task().id}-2.mp4" and saved.read_bytes() == BODY
    assert (tmp_path / "clip.mp4").read_bytes() == b"mine"


def test_a_failed_lease_check_leaves_the_complete_part_file_for_the_next_holder(tmp_path: Path) -> None:
    def lost() -> None:
        raise evolink.EvoLinkError("the lease ran out")

    with respx.mock() as api, evolink.EvoLink(KEY, clock=FakeClock()) as client:
        api.get(CDN).mock(side_effect=_whole)
        with pytest.raises(evolink.EvoLinkError, match="lease"):
            client._run(client._core.download(_task(), tmp_path / "clip.mp4", before_commit=lost))
    assert _part(tmp_path).read_bytes() == BODY and not (tmp_path / "clip.mp4").exists()
