"""Issue 18, item 10: the mock's videos are what the request asked for (duration, resolution, aspect ratio).

The MP4's own boxes are read structurally (``mvhd`` duration, ``tkhd`` width
and height), so these tests need no tool; with ffprobe/ffmpeg installed the
file is also probed and decoded as a player would.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest

from evolink.testing import FakeClock, MockServer

from .conftest import TASK_SECONDS
from .support import KLING_T2V, VEO, Api, boxes


def child(data: bytes, *path: str) -> bytes:
    """The payload of the box at ``path`` (``moov``, ``trak``, ``tkhd``); the first of each name."""
    for name in path:
        position = 0
        while position < len(data):
            size, kind = struct.unpack(">I4s", data[position : position + 8])
            if kind.decode() == name:
                data = data[position + 8 : position + size]
                break
            position += size
        else:
            raise AssertionError(f"no {name} box")
    return data


def facts(mp4: bytes) -> tuple[float, int, int]:
    """(seconds, width, height) as the movie header and the video track header state them."""
    mvhd = child(mp4, "moov", "mvhd")
    timescale, duration = struct.unpack(">II", mvhd[12:20])
    tkhd = child(mp4, "moov", "trak", "tkhd")
    width, height = struct.unpack(">II", tkhd[76:84])
    return duration / timescale, width >> 16, height >> 16


def result(api: Api, clock: FakeClock, **body: Any) -> bytes:
    task = api.request("POST", "/v1/videos/generations", json={"prompt": "A boat", **body})
    assert task.status_code == 200, task.text
    clock.advance(TASK_SECONDS)
    link = api.task(task.json()["id"])["results"][0]
    video = api.request("GET", link)
    assert video.status_code == 200
    assert [kind for kind, _ in boxes(video.content)][:2] == ["ftyp", "moov"]
    return video.content


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"model": VEO, "duration": 8}, (8.0, 1280, 720)),  # Veo: 720p by default, 16:9 when auto
        ({"model": VEO, "duration": 6, "quality": "1080p", "aspect_ratio": "9:16"}, (6.0, 1080, 1920)),
        ({"model": VEO}, (4.0, 1280, 720)),  # the spec's default duration
        ({"model": KLING_T2V, "aspect_ratio": "1:1"}, (5.0, 720, 720)),  # Kling: 5 s by default
        ({"model": KLING_T2V, "duration": 12, "quality": "1080p"}, (12.0, 1920, 1080)),
    ],
)
def test_the_video_has_the_shape_asked_for(
    api: Api, clock: FakeClock, body: dict[str, Any], expected: tuple[float, int, int]
) -> None:
    assert facts(result(api, clock, **body)) == expected


def test_each_shape_is_made_once(api: Api, clock: FakeClock, server: MockServer) -> None:
    from evolink.testing._media import shaped_mp4

    shaped_mp4.cache_clear()
    first = result(api, clock, model=VEO, duration=8)
    second = result(api, clock, model=VEO, duration=8)
    assert first == second
    assert shaped_mp4.cache_info().misses == 1


@pytest.mark.skipif(not (shutil.which("ffprobe") and shutil.which("ffmpeg")), reason="needs ffprobe and ffmpeg")
@pytest.mark.parametrize("shape", [(1280, 720, 8.0), (1080, 1920, 5.0), (3840, 2160, 2.0)])
def test_players_read_the_shape(tmp_path: Path, shape: tuple[int, int, float]) -> None:
    from evolink.testing._media import Shape, shaped_mp4

    width, height, seconds = shape
    path = tmp_path / "video.mp4"
    path.write_bytes(shaped_mp4(Shape(width, height, seconds)))
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    info = json.loads(probe.stdout)
    stream = info["streams"][0]
    assert (stream["codec_name"], stream["width"], stream["height"]) == ("h264", width, height)
    assert float(info["format"]["duration"]) == pytest.approx(seconds, abs=0.05)
    decoded = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "null", "-"], capture_output=True)
    assert decoded.returncode == 0 and not decoded.stderr, decoded.stderr
