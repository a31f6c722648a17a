"""``evolink batch`` end to end: the real console entry against the live mock on loopback.

Every check is what a user or a script relies on: the exit code, the lines on
stderr, the JSON report, the files in the output folder, and - from the mock's
own counters - how many tasks were really created (a batch must never pay
twice). The mock is shared by the session, so creates are counted as the
difference before and after a run.
"""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from .conftest import Cli, LiveMock
from .test_commands import KLING, VEO, error_line, is_mp4

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "batch.jsonl"


def write_jobs(folder: Path, *lines: str | dict[str, Any]) -> Path:
    """A jobs file: dicts become JSON lines, strings are written as they are."""
    path = folder / "jobs.jsonl"
    path.write_text("".join((json.dumps(x) if isinstance(x, dict) else x) + "\n" for x in lines))
    return path


def report_of(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "evolink-report.json").read_text())
    return data


def saved_files(folder: Path) -> dict[str, tuple[int, int]]:
    """Each video's inode and modification time: a file written again gets new ones."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.glob("*.mp4")}


@contextmanager
def creates(mock: LiveMock) -> Iterator[list[int]]:
    """How many create requests reached the mock during the block (in the list, once the block ends)."""
    before = mock.stats()["create_requests"]
    counted: list[int] = []
    yield counted
    counted.append(mock.stats()["create_requests"] - before)


def test_a_batch_saves_every_item_and_reports_each(cli: Cli, mock: LiveMock, tmp_path: Path) -> None:
    write_jobs(
        tmp_path,
        "# a comment, then a blank line",
        "",
        {"name": "cat", "model": VEO, "prompt": "A cat playing piano", "duration": 8},
        {"model": KLING, "prompt": "A dog surfing", "duration": 5},
    )
    with creates(mock) as created:
        run = cli("batch", "jobs.jsonl", "--out", "out")
    assert run.code == 0, run.stderr
    assert created == [2]
    report = report_of(tmp_path / "out")
    items = report["items"]
    assert [(i["line"], i["name"], i["model"], i["status"]) for i in items] == [
        (3, "cat", VEO, "saved"),
        (4, None, KLING, "saved"),
    ]
    assert [i["path"] for i in items] == ["out/cat.mp4", "out/item-00004.mp4"]  # unnamed: after its line
    assert all(is_mp4(tmp_path / i["path"]) and i["task_id"] and not i["resumed"] for i in items)
    assert report["summary"]["total"] == report["summary"]["saved"] == 2 and report["failure"] is None
    assert "cat" in run.stdout and "2 items: 2 saved; report: out/evolink-report.json" in run.stdout
    assert "done 2" in run.stderr  # the display's last frame


def test_json_prints_the_report_that_is_written(cli: Cli, tmp_path: Path) -> None:
    write_jobs(tmp_path, {"name": "one", "model": VEO, "prompt": "A cat"})
    run = cli("batch", "jobs.jsonl", "--out", "out", "--report", "report.json", "--json")
    assert run.code == 0, run.stderr
    assert run.stderr == ""  # no display with --json
    assert run.json() == json.loads((tmp_path / "report.json").read_text())
    assert run.json()["items"][0]["path"] == "out/one.mp4"


def test_invalid_lines_are_all_refused_up_front_with_their_line_numbers(
    cli: Cli, mock: LiveMock, tmp_path: Path
) -> None:
    cut = json.dumps({"model": VEO, "prompt": "A cat"})[:-1]
    write_jobs(
        tmp_path,
        {"name": "good", "model": VEO, "prompt": "A cat"},
        cut,
        "[1, 2]",
        {"model": VEO, "prompt": "A cat", "duration": 5},
        "# {not checked}",
        {"name": "good", "model": KLING, "prompt": "A dog"},
        {"model": "no-such-model", "prompt": "A cat"},
        {"model": VEO, "prompt": "A cat", "seed": float("nan")},
        '{"model": ' + "[" * 100_000 + "]" * 100_000 + "}",
    )
    with creates(mock) as created:
        run = cli("batch", "jobs.jsonl", "--out", "out", "--strict-models")
    assert run.code == 2, run.stderr
    assert created == [0]
    lines = run.stderr.splitlines()
    assert lines[:4] + lines[5:] == [
        f"line 2: body: is not JSON (Expecting ',' delimiter at column {len(cut) + 1})",
        "line 3: body: must be a JSON object, got [1, 2]",
        "line 4: duration: must be one of 4, 6, 8, got 5",
        'line 6: name: is the same file name as item 1, got "good"',
        "line 8: body: is not JSON (NaN is not JSON)",
        "line 9: body: is not JSON this reader takes (nested too deeply)",
        "Error: jobs.jsonl: 7 invalid lines; nothing was sent",
    ]
    assert lines[4].startswith("line 7: model: is not a model this version") and lines[4].endswith('"no-such-model"')
    assert not (tmp_path / "out").exists()  # not even the journal

    refused = cli("batch", "jobs.jsonl", "--out", "out", "--json", "--strict-models")
    assert refused.code == 2
    failure = refused.json()["failure"]
    assert failure["kind"] == "usage" and [p["line"] for p in failure["problems"]] == [2, 3, 4, 6, 7, 8, 9]
    assert refused.json()["items"] == []


def test_a_missing_key_is_an_auth_error(cli: Cli, tmp_path: Path) -> None:
    write_jobs(tmp_path, {"model": VEO, "prompt": "A cat"})
    run = cli("batch", "jobs.jsonl", "--out", "out", env={"EVOLINK_API_KEY": None})
    assert run.code == 3
    assert error_line(run.stderr) == "no API key: pass --api-key or set EVOLINK_API_KEY"


def test_rerunning_the_same_command_skips_saved_files_and_creates_nothing(
    cli: Cli, mock: LiveMock, tmp_path: Path
) -> None:
    write_jobs(tmp_path, {"name": "a", "model": VEO, "prompt": "A cat"}, {"name": "b", "model": KLING, "prompt": "A"})
    first = cli("batch", "jobs.jsonl", "--out", "out")
    assert first.code == 0, first.stderr
    files = saved_files(tmp_path / "out")
    with creates(mock) as created:
        again = cli("batch", "jobs.jsonl", "--out", "out")
    assert again.code == 0, again.stderr
    assert created == [0]
    assert saved_files(tmp_path / "out") == files  # untouched, not downloaded again
    report = report_of(tmp_path / "out")
    assert [(i["status"], i["resumed"]) for i in report["items"]] == [("saved", True), ("saved", True)]
    assert report["summary"]["resumed"] == 2


def test_failing_items_are_reported_while_the_rest_finish(cli: Cli, tmp_path: Path) -> None:
    write_jobs(
        tmp_path,
        {"name": "ok-1", "model": VEO, "prompt": "A cat"},
        {"name": "broken", "model": VEO, "prompt": "A cat [mock:fail=service_error]"},
        {"name": "ok-2", "model": KLING, "prompt": "A dog"},
    )
    run = cli("batch", "jobs.jsonl", "--out", "out")
    assert run.code == 9, run.stderr
    assert error_line(run.stderr) == (
        "1 of 3 items not saved (1 failed), see out/evolink-report.json; re-running the same command resumes "
        "items that timed out or hit errors: evolink batch jobs.jsonl --out out; items that failed for a transient "
        "reason are created again with --retry-failed"  # service_error: the docs call it transient
    )
    report = report_of(tmp_path / "out")
    assert [(i["name"], i["status"]) for i in report["items"]] == [
        ("ok-1", "saved"),
        ("broken", "failed"),
        ("ok-2", "saved"),
    ]
    broken = report["items"][1]
    assert "service_error" in broken["error"] and broken["path"] is None and broken["task_id"]
    assert report["failure"]["exit_code"] == 9
    assert sorted(p.name for p in (tmp_path / "out").glob("*.mp4")) == ["ok-1.mp4", "ok-2.mp4"]
    assert "failed" in run.stdout and "service_error" in run.stdout  # the summary table


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=lambda s: s.name)
def test_a_second_run_on_the_same_journal_is_refused_and_ctrl_c_says_how_to_resume(
    cli: Cli, mock: LiveMock, tmp_path: Path, stop: int
) -> None:
    write_jobs(tmp_path, *({"name": f"n{i}", "model": VEO, "prompt": f"[mock:never] {i}"} for i in range(2)))
    before = mock.stats()["create_requests"]
    first = cli.start("batch", "jobs.jsonl", "--out", "out")
    deadline = time.monotonic() + 15
    while mock.stats()["create_requests"] < before + 2:  # the journal is held once creates go out
        assert first.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)

    second = cli("batch", "jobs.jsonl", "--out", "out")
    assert second.code == 10
    assert error_line(second.stderr) == "another process is running a batch on out/evolink-journal.sqlite3"
    assert second.stderr.count("\n") == 1  # no empty progress bar before the refusal

    first.send_signal(stop)  # Ctrl-C, or a `kill`
    _, stderr = first.communicate(timeout=10)  # at once, although both tasks never end
    assert first.returncode == 130
    assert error_line(stderr) == (
        "interrupted; the tasks already created keep running; re-run the same command to resume without "
        "paying twice: evolink batch jobs.jsonl --out out"
    )
    assert mock.stats()["create_requests"] == before + 2


def test_the_sample_file_in_the_repository_runs(cli: Cli, mock: LiveMock, tmp_path: Path) -> None:
    requests = [json.loads(line) for line in SAMPLE.read_text().splitlines() if line.startswith("{")]
    assert len(requests) >= 5 and any(r["model"].startswith("kling") for r in requests)
    with creates(mock) as created:
        run = cli("batch", str(SAMPLE), "--out", "out", "--concurrency", str(len(requests)), "--json")
    assert run.code == 0, run.stderr
    assert created == [len(requests)]
    items = run.json()["items"]
    assert [i["name"] for i in items] == [r["name"] for r in requests]
    assert all(i["status"] == "saved" and is_mp4(tmp_path / i["path"]) for i in items)
