"""The command line knows the whole catalogue: listed by family with its inputs, and every model usable."""

from __future__ import annotations

from pathlib import Path

import pytest

from evolink._spec import evolink_spec

from .conftest import NEW_MODEL, Cli, LiveMock


def test_models_lists_every_model_grouped_by_family_with_its_inputs(cli: Cli) -> None:
    listed = [m for m in cli("models", "--json").json() if m["provider"] == "evolink"]  # type: ignore[union-attr]
    assert sorted(m["model"] for m in listed) == sorted(evolink_spec().models)
    assert len(listed) == 75
    families = [m["family"] for m in listed]
    assert families == sorted(families)  # grouped: each family's models together
    by_model = {m["model"]: m for m in listed}
    assert by_model["seedance-2.0-text-to-video"]["inputs"] == ["text"]
    assert by_model["kling-v3-image-to-video"]["inputs"] == ["text", "image", "elements"]
    assert set(by_model["seedance-2.0-reference-to-video"]["inputs"]) == {"text", "image", "video", "audio"}
    assert by_model["kling-custom-element"]["output"] == "element"
    assert by_model["veo3.1-fast-extend"]["deprecated"] is True
    assert all(m["description"] for m in listed), [m["model"] for m in listed if not m["description"]]


def test_the_table_shows_families_and_inputs(cli: Cli) -> None:
    run = cli("models", env={"COLUMNS": "250"})
    assert run.code == 0, run.stderr
    assert "(75 models)" in run.stdout
    kling = next(line for line in run.stdout.splitlines() if "kling-custom-element" in line)
    assert "-> element" in kling
    assert all(model in run.stdout for model in evolink_spec().models)


@pytest.mark.parametrize("model", ["seedance-2.0-text-to-video", "wan2.6-reference-video", "kling-custom-element"])
def test_models_model_describes_any_model(cli: Cli, model: str) -> None:
    info = cli("models", model, "--json").json()
    assert info["model"] == model and info["parameters"]
    assert cli("generate", "--model", model, "--help").code == 0


def test_generate_works_for_a_model_beyond_the_first_five(cli: Cli, tmp_path: Path) -> None:
    run = cli("generate", "A frog", "-m", "seedance-2.0-text-to-video", "--duration", "5", "-o", "frog.mp4")
    assert run.code == 0, run.stderr
    assert (tmp_path / "frog.mp4").stat().st_size > 0


def test_an_element_model_prints_its_element_and_saves_nothing(cli: Cli, tmp_path: Path) -> None:
    params = (
        '{"element_name": "Hero", "element_description": "A hero", "reference_type": "image_refer", '
        '"element_image_list": {"frontal_image": "https://example.com/f.png", '
        '"refer_images": [{"image_url": "https://example.com/s.png"}]}}'
    )
    run = cli("generate", "-m", "kling-custom-element", "--model-params", params, "--json")
    assert run.code == 0, run.stderr
    task = run.json()
    assert task["result_data"]["element_id"] and task["files"] == []
    assert not list(tmp_path.glob("*.mp4"))


def test_an_unknown_model_is_sent_with_a_warning_unless_strict(cli: Cli, mock: LiveMock, tmp_path: Path) -> None:
    run = cli("generate", "A frog", "-m", NEW_MODEL, "-o", "new.mp4")
    assert run.code == 0, run.stderr
    assert f"Warning: model '{NEW_MODEL}' is not in this version's spec" in run.stderr
    assert "seedance-2.0-text-to-video" in run.stderr
    assert (tmp_path / "new.mp4").stat().st_size > 0
    before = mock.stats()["create_requests"]
    strict = cli("generate", "A frog", "-m", NEW_MODEL, "--strict-models")
    assert strict.code == 2
    assert "did you mean" in strict.stderr and f'"{NEW_MODEL}"' in strict.stderr
    assert mock.stats()["create_requests"] == before
