"""A download killed half-way is resumed by the next process, from where it stopped (*live*).

The downloader is a real process, killed with SIGKILL once it has received part
of the result; the mock counts the bytes it serves, so a second process that
fetched the whole result again would show.
"""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli.conftest import LiveMock, start_mock, stop

import evolink

SIZE = 40 * 2**20
DOWNLOADER = """
import sys, time
import evolink
task_id, dest = sys.argv[1], sys.argv[2]

def slowly(received, total):
    print(received, flush=True)
    time.sleep(0.02)

with evolink.EvoLink() as client:
    client.tasks.download(task_id, dest, on_download=slowly)
"""


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveMock]:
    process, live = start_mock(
        tmp_path_factory.mktemp("mock") / "mock.log", "--task-seconds", "0.2", "--video-bytes", str(SIZE)
    )
    yield live
    stop(process)


def _env(mock: LiveMock) -> dict[str, str]:
    import os

    return {**os.environ, "EVOLINK_API_KEY": mock.api_key, "EVOLINK_BASE_URL": mock.base_url}


def test_a_download_killed_half_way_is_resumed_by_the_next_process(big: LiveMock, tmp_path: Path) -> None:
    with evolink.EvoLink(big.api_key, base_url=big.base_url) as client:
        task = client.videos.create_and_wait(model="veo-3.1-fast-generate-preview", prompt="a cat")
        whole = client.tasks.download(task, tmp_path / "reference.mp4")
        dest = tmp_path / "clip.mp4"
        killed = subprocess.Popen(
            [sys.executable, "-c", DOWNLOADER, task.id, str(dest)], env=_env(big), stdout=subprocess.PIPE, text=True
        )
        assert killed.stdout is not None
        for line in killed.stdout:  # its progress: kill it once a fifth has arrived
            if int(line) >= SIZE // 5:
                killed.send_signal(signal.SIGKILL)
                break
        killed.wait()
        (part,) = tmp_path.glob(".clip.mp4.*.part")
        kept = part.stat().st_size
        assert kept >= SIZE // 5 and json.loads(part.with_name(part.name + ".json").read_text())["validator"]
        served = big.stats()["download_bytes"]
        client.tasks.download(task, dest)
        fetched = big.stats()["download_bytes"] - served
    assert fetched == SIZE - kept  # only the rest was fetched: resumed with Range, not from zero
    assert hashlib.sha256(dest.read_bytes()).digest() == hashlib.sha256(whole.read_bytes()).digest()
    assert not list(tmp_path.glob(".clip.mp4.*"))  # the part file and its note are gone once saved


def test_a_part_file_of_unknown_bytes_is_never_spliced(big: LiveMock, tmp_path: Path) -> None:
    """Bytes without the note of their version (or a note that does not parse) are thrown away, not resumed."""
    with evolink.EvoLink(big.api_key, base_url=big.base_url) as client:
        task = client.videos.create_and_wait(model="veo-3.1-fast-generate-preview", prompt="a dog")
        whole = client.tasks.download(task, tmp_path / "reference.mp4")
        from evolink._download import part_key

        part = tmp_path / f".clip.mp4.{part_key(task, 0)}.part"
        part.write_bytes(b"\0" * 1000)  # garbage of unknown origin
        part.with_name(part.name + ".json").write_text("{not json")
        saved = client.tasks.download(task, tmp_path / "clip.mp4")
    assert saved.read_bytes() == whole.read_bytes()
