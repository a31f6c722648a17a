"""The result MP4: real, any size without being held in memory, any byte range; and the Range parser."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from evolink.testing._media import CHUNK_SIZE, VideoFile, sample_mp4
from evolink.testing._ranges import Unsatisfiable, parse_range

from .support import boxes

SAMPLE = len(sample_mp4())


def test_the_sample_is_a_faststart_mp4() -> None:
    assert [kind for kind, _ in boxes(sample_mp4())] == ["ftyp", "moov", "free", "mdat"]


@pytest.mark.parametrize("size", [None, 0, SAMPLE - 1, SAMPLE])
def test_no_size_or_a_small_one_gives_the_bare_sample(size: int | None) -> None:
    video = VideoFile(size)
    assert video.size == SAMPLE and b"".join(video.chunks()) == sample_mp4()


def test_padding_is_a_trailing_free_box() -> None:
    video = VideoFile(3 * CHUNK_SIZE + 17)
    data = b"".join(video.chunks())
    assert len(data) == video.size == 3 * CHUNK_SIZE + 17
    assert boxes(data)[-1] == ("free", video.size - SAMPLE)
    assert data.startswith(sample_mp4()) and data[SAMPLE + 8 :] == bytes(video.size - SAMPLE - 8)


def test_a_gap_too_small_for_a_box_is_rounded_up() -> None:
    video = VideoFile(SAMPLE + 3)
    assert video.size == SAMPLE + 8
    assert boxes(b"".join(video.chunks()))[-1] == ("free", 8)


def test_four_gigabytes_and_more_use_a_64_bit_box() -> None:
    video = VideoFile(5 * 2**30)
    header = b"".join(video.chunks(SAMPLE, SAMPLE + 16))
    assert header[:8] == b"\x00\x00\x00\x01free"
    assert int.from_bytes(header[8:], "big") == video.size - SAMPLE


def test_ranges_are_served_without_building_the_file() -> None:
    video = VideoFile(256 * 2**20)
    around_the_seam = b"".join(video.chunks(SAMPLE - 10, SAMPLE + 20))
    box = struct.pack(">I4s", video.size - SAMPLE, b"free")
    assert around_the_seam == sample_mp4()[-10:] + box + bytes(12)
    tail = list(video.chunks(video.size - 5))
    assert tail == [bytes(5)]
    assert max(len(chunk) for chunk in video.chunks(0, 3 * CHUNK_SIZE)) <= CHUNK_SIZE


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("", None),
        ("bytes=0-99", (0, 100)),
        ("bytes=100-", (100, 1000)),
        ("bytes=-100", (900, 1000)),
        ("bytes=-5000", (0, 1000)),
        ("bytes=900-5000", (900, 1000)),
        ("bytes = 1-2", (1, 3)),
        ("bytes=5-1", None),  # invalid: ignored
        ("bytes=0-1,4-5", None),  # several: the whole body
        ("items=0-1", None),
        ("bytes=-", None),
    ],
)
def test_range_headers(header: str | None, expected: tuple[int, int] | None) -> None:
    assert parse_range(header, 1000) == expected


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=5000-6000", "bytes=-0"])
def test_unsatisfiable_ranges(header: str) -> None:
    with pytest.raises(Unsatisfiable):
        parse_range(header, 1000)


@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="ffprobe is not installed (Debian: apt-get install ffmpeg)")
@pytest.mark.parametrize("size", [None, 5_000_000])
def test_ffprobe_reads_the_video(tmp_path: Path, size: int | None) -> None:
    video = VideoFile(size)
    path = tmp_path / "result.mp4"
    path.write_bytes(b"".join(video.chunks()))
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration,size:stream=codec_name", "-of", "csv=p=0", path],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = probe.stdout.split()
    assert lines[:2] == ["h264", "aac"]
    assert lines[2] == f"2.000000,{video.size}"
    decoded = subprocess.run(["ffmpeg", "-v", "error", "-i", path, "-f", "null", "-"], capture_output=True, text=True)
    assert decoded.returncode == 0 and decoded.stderr == ""
