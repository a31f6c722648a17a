"""A request for several videos (``n`` > 1) pays for each: the library saves every one, with documented names."""

from __future__ import annotations

from pathlib import Path

import pytest

import evolink

from .conftest import World

FAST = "veo-3.1-fast-generate-preview"


def test_generate_saves_every_result_beside_the_file_named(evolink_world: World, tmp_path: Path) -> None:
    path = evolink_world.call("videos.generate", model=FAST, prompt="cat", n=3, output=tmp_path / "clip.mp4")
    assert path == tmp_path / "clip.mp4"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clip-1.mp4", "clip-2.mp4", "clip.mp4"]
    assert evolink_world.server.stats.downloads == 3  # each of the three links fetched once


def test_download_all_names_results_in_a_folder_after_the_task(evolink_world: World, tmp_path: Path) -> None:
    task = evolink_world.call("videos.create_and_wait", model=FAST, prompt="cat", n=2)
    saved = evolink_world.call("tasks.download_all", task.id, tmp_path)
    assert [p.name for p in saved] == [f"{task.id}.mp4", f"{task.id}-1.mp4"]
    assert all(p.stat().st_size > 0 for p in saved)
    one = evolink_world.call("tasks.download", task, tmp_path / "one", index=1)
    assert one.read_bytes() == saved[1].read_bytes()


def test_an_output_that_cannot_be_written_is_refused_before_anything_is_paid(
    evolink_world: World, tmp_path: Path
) -> None:
    (tmp_path / "taken").write_text("a file where the folder should be")
    with pytest.raises(evolink.RequestValidationError, match="output: cannot be written") as refused:
        evolink_world.call("videos.generate", model=FAST, prompt="cat", output=tmp_path / "taken" / "clip.mp4")
    assert refused.value.field == "output"
    assert evolink_world.server.stats.tasks_created == 0


def test_a_result_that_cannot_be_saved_is_a_download_error_naming_the_task(
    evolink_world: World, tmp_path: Path
) -> None:
    task = evolink_world.call("videos.create_and_wait", model=FAST, prompt="cat")
    (tmp_path / "taken").write_text("a file where the folder should be")
    with pytest.raises(evolink.DownloadError, match=f"result 0 of task {task.id} could not be saved"):
        evolink_world.call("tasks.download", task, tmp_path / "taken" / "clip.mp4")


def test_a_file_name_too_long_for_its_part_file_is_refused_before_anything_is_paid(
    evolink_world: World, tmp_path: Path
) -> None:
    """A 251-character name is valid, but the part file beside it (".<name>.<random>.part") would not be."""
    with pytest.raises(evolink.RequestValidationError, match="output: cannot be written"):
        evolink_world.call("videos.generate", model=FAST, prompt="cat", output=tmp_path / ("a" * 247 + ".mp4"))
    assert evolink_world.server.stats.tasks_created == 0


def test_a_batch_whose_folder_cannot_be_written_is_refused_before_anything_is_paid(
    evolink_world: World, tmp_path: Path
) -> None:
    (tmp_path / "taken").write_text("a file where the folder should be")
    items = [{"model": FAST, "prompt": "cat"}, {"model": FAST, "prompt": "dog"}]
    with pytest.raises(evolink.RequestValidationError, match="output_dir: cannot be written"):
        evolink_world.call(
            "videos.generate_many", items, output_dir=tmp_path / "taken" / "out", journal=tmp_path / "journal"
        )
    assert evolink_world.server.stats.tasks_created == 0
