"""Many workers, one batch: real `evolink batch` processes share a PostgreSQL journal against a faulty mock.

Workers are killed with SIGKILL at random moments and started again, or paused
past their leases; the mock counts what was created and the output folder shows
what was saved. Nothing may be created twice, lost, or left half-written.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import obstore
import obstore.store
import pytest
from cli.conftest import Cli, LiveMock, start_mock, stop
from objectstore.conftest import S3Server

from evolink._journal import Journal
from evolink._objectstore import ObjectOutput

FAST = "veo-3.1-fast-generate-preview"
ITEMS = 60
LEASE = "2"


@pytest.fixture(scope="module")
def faulty_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveMock]:
    """Rate-limited, with random 503s and answers lost after the request was processed."""
    log = tmp_path_factory.mktemp("mock") / "mock.log"
    faults = ["--rate-limit", "40", "--error-rate", "0.05", "--drop-rate", "0.05", "--seed", "7"]
    process, live = start_mock(log, "--task-seconds", "1", *faults)
    yield live
    stop(process)


def _jobs(folder: Path, count: int, *, seconds: float | None = None) -> Path:
    """``count`` requests; with ``seconds``, each task takes that long."""
    marker = f" [mock:seconds={seconds}]" if seconds is not None else ""
    jobs = folder / "jobs.jsonl"
    jobs.write_text("".join(json.dumps({"model": FAST, "prompt": f"clip {i}{marker}"}) + "\n" for i in range(count)))
    return jobs


def _worker(cli: Cli, jobs: Path, out: Path, journal: str, *extra: str) -> subprocess.Popen[str]:
    return cli.start("batch", str(jobs), "--out", str(out), "--journal", journal, "--lease", LEASE, "--json", *extra)


def _finish(process: subprocess.Popen[str], timeout: float = 120) -> dict[str, Any]:
    stdout, stderr = process.communicate(timeout=timeout)
    assert process.returncode == 0, stderr[-2000:]
    report: dict[str, Any] = json.loads(stdout)
    return report


def test_four_workers_two_killed_and_restarted_make_every_video_once(
    faulty_mock: LiveMock, tmp_path: Path, batch_url: str, s3: S3Server
) -> None:
    cli = Cli(faulty_mock, tmp_path)
    jobs, out = _jobs(tmp_path, ITEMS), s3.url(tmp_path.name)
    before = faulty_mock.stats()["tasks_created"]
    workers = [_worker(cli, jobs, out, batch_url) for _ in range(4)]
    chance = random.Random(2026)
    for victim in workers[:2]:
        time.sleep(chance.uniform(0.5, 2.5))
        victim.send_signal(signal.SIGKILL)
        victim.wait()
    restarted = [_worker(cli, jobs, out, batch_url) for _ in range(2)]
    reports = [_finish(worker) for worker in [*workers[2:], *restarted]]

    assert faulty_mock.stats()["tasks_created"] - before == ITEMS  # exactly one task per item, none twice
    for report in reports:  # every worker reports the whole batch, those the others ended included
        assert report["summary"]["total"] == report["summary"]["saved"] == ITEMS, report["summary"]
    with Journal(batch_url) as journal:
        entries = journal.entries()
    assert len(entries) == ITEMS and {entry.outcome for entry in entries} == {"saved"}
    assert len({entry.task_id for entry in entries}) == ITEMS
    store = ObjectOutput.from_url(out)
    objects = {
        meta["path"].rsplit("/", 1)[-1]: meta
        for batch in obstore.list(obstore.store.from_url(s3.url()), prefix=tmp_path.name)
        for meta in batch
    }
    assert sorted(objects) == sorted(f"item-{line:05d}.mp4" for line in range(1, ITEMS + 1))
    for entry in entries:  # each object whole: the size and bytes the journal recorded when it was saved
        assert entry.file is not None
        saved = store.saved(entry.file.rsplit("/", 1)[-1])
        assert saved is not None and (saved.size, saved.sha256) == (entry.size, entry.sha256)
        assert hashlib.sha256(s3.get(f"{tmp_path.name}/{entry.file.rsplit('/', 1)[-1]}")).hexdigest() == entry.sha256


@pytest.fixture(scope="module")
def big_videos_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveMock]:
    """Results of 200 MB: a download lasts long enough to be paused in the middle."""
    log = tmp_path_factory.mktemp("mock") / "mock.log"
    process, live = start_mock(log, "--task-seconds", "1", "--video-bytes", str(200 * 2**20))
    yield live
    stop(process)


#: When the first worker is paused: once its task exists (it is polling), or once the task's completion is
#: journaled (it is downloading the result, the step right before a file is made visible).
PAUSES = {"while polling": ("task_id", "faulty_mock"), "while downloading": ("results", "big_videos_mock")}


@pytest.mark.parametrize(("recorded", "server"), list(PAUSES.values()), ids=list(PAUSES))
def test_a_worker_paused_past_its_lease_creates_and_saves_nothing_another_took_over(
    request: pytest.FixtureRequest, recorded: str, server: str, tmp_path: Path, batch_url: str
) -> None:
    mock: LiveMock = request.getfixturevalue(server)
    cli = Cli(mock, tmp_path)
    jobs, out = _jobs(tmp_path, 1, seconds=3), tmp_path / "out"
    before = mock.stats()["tasks_created"]
    paused = _worker(cli, jobs, out, batch_url)
    with Journal(batch_url) as journal:
        deadline = time.monotonic() + 30
        while not ((entries := journal.entries()) and getattr(entries[0], recorded)):
            assert time.monotonic() < deadline, f"the first worker never recorded {recorded}"
            time.sleep(0.01)
        os.kill(paused.pid, signal.SIGSTOP)
        try:
            time.sleep(float(LEASE) + 1)  # its lease runs out while it is stopped
            taker = _finish(_worker(cli, jobs, out, batch_url))
            (saved,) = sorted(out.glob("*.mp4"))
            inode = saved.stat().st_ino
            assert taker["summary"]["saved"] == 1
        finally:
            os.kill(paused.pid, signal.SIGCONT)
        report = _finish(paused)
        (entry,) = journal.entries()
    assert mock.stats()["tasks_created"] - before == 1  # the same key: the taker found the same task
    assert saved.stat().st_ino == inode  # the paused worker, resumed, did not replace the file
    (item,) = report["items"]
    assert item["status"] == "saved" and item["worker"] == entry.ended_by  # it reports the taker's result


def test_batch_status_shows_the_whole_batch_from_another_process_while_it_runs(
    faulty_mock: LiveMock, tmp_path: Path, batch_url: str
) -> None:
    cli = Cli(faulty_mock, tmp_path)
    jobs, out = _jobs(tmp_path, 6, seconds=3), tmp_path / "out"
    running = _worker(cli, jobs, out, batch_url, "--concurrency", "3", "--max-running", "3")
    deadline = time.monotonic() + 30
    while True:
        seen = cli("batch", "status", "--journal", batch_url, "--json")
        assert seen.code == 0, seen.stderr
        status = seen.json()
        if status["workers"] and status["workers"][0]["leases"] == 3:
            break
        assert time.monotonic() < deadline, status
        time.sleep(0.1)
    assert status["total"] == 6 and status["states"].get("running") == 3
    (worker,) = status["workers"]
    assert worker["pid"] == running.pid and worker["stopped"] is None
    text = cli("batch", "status", "--journal", batch_url)
    assert "items:    6" in text.stdout and f"pid {running.pid}: holds 3 item(s)" in text.stdout
    _finish(running)
    done = cli("batch", "status", "--journal", batch_url, "--json").json()
    assert done["states"] == {"saved": 6} and done["workers"][0]["stopped"] is not None
    assert done["workers"][0]["leases"] == 0


def test_a_journal_urls_password_is_never_printed(faulty_mock: LiveMock, tmp_path: Path, batch_url: str) -> None:
    cli = Cli(faulty_mock, tmp_path)
    with_password = batch_url.replace("evolink@", "evolink:hunter2-secret@")
    jobs = _jobs(tmp_path, 1)
    run = cli("batch", str(jobs), "--out", str(tmp_path / "out"), "--journal", with_password, "--json")
    status = cli("batch", "status", "--journal", with_password)
    report = (tmp_path / "out" / "evolink-report.json").read_text()
    assert run.code == 0, run.stderr  # the throwaway server trusts loopback: the password is not checked
    for shown in (run.stdout, run.stderr, status.stdout, status.stderr, report):
        assert "hunter2-secret" not in shown
    assert json.loads(report)["journal"].startswith("postgresql://evolink:***@127.0.0.1")
