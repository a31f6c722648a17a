"""``evolink batch`` with local images: ``{"file": PATH}`` relative to the jobs file, checked with every other line
before anything is sent, uploaded once, and not again on a re-run (the real command against the live mock)."""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import Cli, LiveMock
from .test_batch import report_of, write_jobs

PORTRAIT = Path(__file__).resolve().parents[2] / "examples" / "portrait.png"
I2V = "kling-v3-image-to-video"


def counts(mock: LiveMock) -> tuple[int, int]:
    stats = mock.stats()
    return stats["create_requests"], stats["file_uploads"]


def files_env(mock: LiveMock) -> dict[str, str | None]:
    return {"EVOLINK_FILES_BASE_URL": mock.base_url}  # the live mock serves the files API on its own address


def test_a_jobs_file_with_local_images_uploads_each_once_even_across_reruns(
    cli: Cli, mock: LiveMock, tmp_path: Path
) -> None:
    jobs_dir = tmp_path / "jobs"
    (jobs_dir / "images").mkdir(parents=True)
    shutil.copy(PORTRAIT, jobs_dir / "images" / "portrait.png")
    line = {"model": I2V, "prompt": "She smiles", "duration": 5, "image_start": {"file": "images/portrait.png"}}
    jobs = write_jobs(jobs_dir, {**line, "name": "ann"}, {**line, "name": "bob"})
    before = counts(mock)
    # Run from elsewhere (tmp_path), with a budget: local images and --max-credits together.
    run = cli("batch", str(jobs), "--out", "out", "--json", "--max-credits", "100000", env=files_env(mock))
    assert run.code == 0, run.stderr
    assert sorted(p.name for p in (tmp_path / "out").glob("*.mp4")) == ["ann.mp4", "bob.mp4"]
    after = counts(mock)
    assert (after[0] - before[0], after[1] - before[1]) == (2, 1)
    # A re-run with a line added creates only that line, with the link the journal kept.
    write_jobs(jobs_dir, {**line, "name": "ann"}, {**line, "name": "bob"}, {**line, "name": "cy"})
    rerun = cli("batch", str(jobs), "--out", "out", "--json", env=files_env(mock))
    assert rerun.code == 0, rerun.stderr
    again = counts(mock)
    assert (again[0] - after[0], again[1] - after[1]) == (1, 0)
    assert [item["status"] for item in report_of(tmp_path / "out")["items"]] == ["saved"] * 3


def test_bad_local_images_are_line_errors_before_anything_is_sent(cli: Cli, mock: LiveMock, tmp_path: Path) -> None:
    (tmp_path / "notes.png").write_text("not an image")
    shutil.copy(PORTRAIT, tmp_path / "portrait.png")
    jobs = write_jobs(
        tmp_path,
        {"model": I2V, "prompt": "fine", "image_start": {"file": "portrait.png"}},
        {"model": I2V, "prompt": "gone", "image_start": {"file": "missing.png"}},
        {"model": I2V, "prompt": "text", "image_start": {"file": "notes.png"}},
        {"model": "kling-o3-video-edit", "prompt": "clip", "video_url": {"file": "portrait.png"}},
    )
    before = counts(mock)
    run = cli("batch", str(jobs), "--out", "out", env=files_env(mock))
    assert run.code == 2, run.stderr
    assert "line 2: image_start: cannot be read" in run.stderr
    assert "line 3: image_start: must be an image the files API takes" in run.stderr
    assert "line 4: video_url: takes a video URL" in run.stderr
    assert "line 1" not in run.stderr
    assert counts(mock) == before
