"""The journal survives what users do to files after ``kill -9``, and the CLI refuses to pay again without it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from evolink import EvoLinkError, ItemResult
from evolink._journal import Journal, JournalCorruptError
from evolink.cli.app import main
from evolink.cli.report import BatchReport
from evolink.testing import LiveServer, MockConfig

KILLED_MID_BATCH = """
import os, signal, sys
from evolink import ItemResult
from evolink import EvoLinkError
from evolink._journal import Journal, JournalCorruptError
journal = Journal(sys.argv[1])
journal.begin("1:abc", position=1, name="cat", request={"model": "m"}, idempotency_key="key-0000000000000001")
journal.update("1:abc", task_id="task-unified-1", status="pending")
os.kill(os.getpid(), signal.SIGKILL)
"""


def _copy_the_main_file_alone(path: Path, elsewhere: Path) -> Path:
    shutil.copyfile(path, elsewhere / path.name)
    return elsewhere / path.name


def _delete_the_sidecars(path: Path, elsewhere: Path) -> Path:
    for sidecar in path.parent.glob(f"{path.name}-*"):
        sidecar.unlink()
    return path


HANDLINGS = {"main file copied alone": _copy_the_main_file_alone, "sidecars deleted": _delete_the_sidecars}


@pytest.mark.parametrize("handle", list(HANDLINGS.values()), ids=list(HANDLINGS))
def test_every_committed_record_is_in_the_main_file_after_kill_9(
    tmp_path: Path, handle: Callable[[Path, Path], Path]
) -> None:
    path = tmp_path / "run" / "j.sqlite3"
    killed = subprocess.run([sys.executable, "-c", KILLED_MID_BATCH, str(path)], check=False)
    assert killed.returncode == -9
    (tmp_path / "elsewhere").mkdir()
    with Journal(handle(path, tmp_path / "elsewhere")) as journal:
        (entry,) = journal.entries()
    assert (entry.task_id, entry.idempotency_key) == ("task-unified-1", "key-0000000000000001")


@pytest.fixture
def live() -> Iterator[LiveServer]:
    with LiveServer(MockConfig(task_seconds=0.05)) as server:
        yield server


def _batch(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``evolink batch jobs.jsonl --out out ARGS`` in this process, as the console script runs it."""
    with pytest.raises(SystemExit) as ended:
        main(["batch", str(folder / "jobs.jsonl"), "--out", str(folder / "out"), *args])
    out, err = capsys.readouterr()
    return int(ended.value.code or 0), out, err


def test_the_cli_stops_when_an_earlier_runs_files_and_report_have_no_journal(
    live: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVOLINK_API_KEY", live.api_key)
    monkeypatch.setenv("EVOLINK_BASE_URL", live.base_url)
    line = {"model": "veo-3.1-fast-generate-preview", "prompt": "a cat", "name": "cat"}
    (tmp_path / "jobs.jsonl").write_text(json.dumps(line) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "cat.mp4").write_bytes(b"a video an earlier run paid for")  # and its journal is gone
    (out / "evolink-report.json").write_text("{}")
    code, _, stderr = _batch(tmp_path, capsys)
    assert code == 2 and "--force-new" in stderr and "out/cat.mp4" in stderr
    (tmp_path / "out" / "cat.mp4").unlink()  # the report alone is evidence too
    code, stdout, _ = _batch(tmp_path, capsys, "--json")
    assert code == 2 and "evolink-report.json" in json.loads(stdout)["failure"]["message"]
    assert live.server.stats.create_requests == 0


def test_the_report_counts_items_whose_create_may_have_been_accepted(tmp_path: Path) -> None:
    report = BatchReport(tmp_path / "jobs.jsonl", tmp_path, tmp_path / "j.sqlite3", "uniall")
    report.results = [ItemResult(1, "cat", "unknown", error="may have been created"), ItemResult(2, "dog", "saved")]
    assert report.as_dict()["summary"]["unknown"] == 1


@pytest.mark.parametrize("content", [b"not a database at all\n" * 10, b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_corrupt_journal_is_a_library_error_and_frees_its_lock(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "j.sqlite3"
    path.write_bytes(content)
    for _ in range(2):  # the second attempt is not refused as busy: the lock was released
        with pytest.raises(JournalCorruptError, match="not a readable batch journal"):
            Journal(path)
    assert issubclass(JournalCorruptError, EvoLinkError)
