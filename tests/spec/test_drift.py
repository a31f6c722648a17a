"""`make drift`: each kind of upstream change is reported, and nothing else."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from docs_fixture import SERIES, base_docs, document, write_docs

from docsimport import main as import_main
from specdrift import main as drift_main

T2V = f"{SERIES}/alpha/alpha-text-to-video.json"


def request(docs: dict[str, Any], path: str) -> dict[str, Any]:
    schema: dict[str, Any] = docs[path]["components"]["schemas"]["VideoGenerationRequest"]
    return schema


def drift(tmp_path: Path, changed: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    committed = tmp_path / "imported"
    assert import_main([str(write_docs(tmp_path / "before", base_docs())), "-o", str(committed)]) == 0
    capsys.readouterr()
    code = drift_main([str(write_docs(tmp_path / "after", changed)), "--against", str(committed)])
    return code, capsys.readouterr().out.splitlines()


def test_no_change_no_drift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = drift(tmp_path, base_docs(), capsys)
    assert code == 0
    assert len(lines) == 1 and lines[0].startswith("no drift: 3 models")


def test_a_new_enum_value_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = base_docs()
    request(docs, T2V)["properties"]["duration"]["enum"].append(12)
    assert drift(tmp_path, docs, capsys) == (1, ["alpha-text-to-video: duration: enum adds 12"])


def test_a_removed_field_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = base_docs()
    del request(docs, T2V)["properties"]["duration"]
    assert drift(tmp_path, docs, capsys) == (1, ["alpha-text-to-video: duration: field removed"])


def test_a_changed_maximum_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = base_docs()
    path = f"{SERIES}/beta/beta-image-to-video.json"
    request(docs, path)["properties"]["model_params"]["properties"]["seed"]["maximum"] = 999
    assert drift(tmp_path, docs, capsys) == (1, ["beta-image-to-video: model_params.seed: maximum 99 -> 999"])


def test_added_and_removed_models_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = base_docs()
    del docs[f"{SERIES}/alpha/alpha-fast.json"]
    docs[f"{SERIES}/gamma/gamma-1.json"] = document("gamma-1", properties={}, required=[])
    assert drift(tmp_path, docs, capsys) == (1, ["alpha-fast: model removed", "gamma-1: model added"])


def test_required_default_and_type_changes_are_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = base_docs()
    schema = request(docs, T2V)
    schema["required"].remove("prompt")
    schema["properties"]["duration"]["default"] = 6
    schema["properties"]["prompt"] = copy.deepcopy(schema["properties"]["prompt"]) | {"type": ["string", "null"]}
    code, lines = drift(tmp_path, docs, capsys)
    assert code == 1
    assert lines == [
        "alpha-text-to-video: duration: default 4 -> 6",
        'alpha-text-to-video: prompt: type "string" -> ["string", "null"]',
        "alpha-text-to-video: prompt: no longer required",
    ]


def test_prose_changes_are_not_drift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = base_docs()
    request(docs, T2V)["properties"]["prompt"]["description"] = "Reworded by the provider."
    docs[T2V]["paths"]["/v1/videos/generations"]["post"]["summary"] = "New title"
    assert drift(tmp_path, docs, capsys)[0] == 0
