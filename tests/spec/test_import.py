"""The importer turns the provider's per-model documents into normalized, facts-only sources."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml
from docs_fixture import SERIES, base_docs, commit_docs, document, write_docs

from docsimport import Docs, DocsImportError, import_docs, main, write

ROOT = Path(__file__).resolve().parents[2]


def imported(tmp_path: Path, docs: dict[str, object]) -> Path:
    out = tmp_path / "out"
    assert main([str(write_docs(tmp_path / "docs", docs)), "-o", str(out)]) == 0
    return out


def request_of(out: Path, model: str) -> dict[str, object]:
    doc = yaml.safe_load((out / "evolink" / f"{model}.yaml").read_text())
    ((_, schema),) = doc["components"]["schemas"].items()
    return schema


def test_model_is_pinned_by_const_from_its_enum_or_else_its_default(tmp_path: Path) -> None:
    out = imported(tmp_path, base_docs())
    assert sorted(p.stem for p in (out / "evolink").glob("*.yaml")) == [
        "alpha-fast",
        "alpha-text-to-video",
        "beta-image-to-video",
    ]
    by_enum = request_of(out, "alpha-text-to-video")["properties"]["model"]  # type: ignore[index]
    by_default = request_of(out, "alpha-fast")["properties"]["model"]  # type: ignore[index]
    assert by_enum == {"type": "string", "const": "alpha-text-to-video", "default": "alpha-text-to-video"}
    assert by_default == {"type": "string", "const": "alpha-fast", "default": "alpha-fast"}


def test_facts_are_kept_and_prose_is_left_behind(tmp_path: Path) -> None:
    out = imported(tmp_path, base_docs())
    schema = request_of(out, "beta-image-to-video")
    assert schema["required"] == ["model", "image_urls"]
    assert schema["x-family"] == "beta"
    props = schema["properties"]
    assert props["image_urls"] == {"type": "array", "maxItems": 3, "items": {"type": "string", "format": "uri"}}  # type: ignore[index]
    assert props["model_params"]["properties"]["seed"] == {"type": "integer", "minimum": 1, "maximum": 99}  # type: ignore[index]
    text = (out / "evolink" / "beta-image-to-video.yaml").read_text()
    for prose in ("description", "Extras.", "What to show.", "example", "summary", "Prose that"):
        assert prose not in text.split("\n", 1)[1], prose


def test_colliding_component_names_become_one_name_per_model(tmp_path: Path) -> None:
    """Every page calls its request VideoGenerationRequest; each import names it after its model."""
    out = imported(tmp_path, base_docs())
    names = set()
    for path in (out / "evolink").glob("*.yaml"):
        doc = yaml.safe_load(path.read_text())
        assert len(doc["components"]["schemas"]) == 1
        names |= set(doc["components"]["schemas"])
        operation = doc["paths"]["/v1/videos/generations"]["post"]
        assert operation["responses"]["200"] == {"$ref": "task-query.yaml#/components/responses/TaskCreated"}
        assert operation["responses"]["400"] == {"$ref": "task-query.yaml#/components/responses/InvalidRequest"}
    assert names == {"AlphaTextToVideoRequest", "AlphaFastRequest", "BetaImageToVideoRequest"}


def test_overview_documents_are_skipped_and_examples_kept_as_test_data(tmp_path: Path) -> None:
    out = imported(tmp_path, base_docs())
    examples = yaml.safe_load((out / "evolink.examples.yaml").read_text())
    assert examples["alpha-fast"] == {"basic": {"model": "alpha-fast", "prompt": "p"}}
    assert sorted(examples) == ["alpha-fast", "alpha-text-to-video", "beta-image-to-video"]


def test_a_model_two_documents_pin_is_refused_naming_both(tmp_path: Path) -> None:
    docs = base_docs()
    docs[f"{SERIES}/gamma/copy.json"] = document("alpha-fast", properties={}, required=[])
    with pytest.raises(DocsImportError) as caught:
        import_docs(Docs(write_docs(tmp_path, docs)))
    message = str(caught.value)
    assert "alpha-fast" in message and f"{SERIES}/alpha/alpha-fast.json" in message and "gamma/copy.json" in message


def test_a_document_without_a_pinned_model_is_refused_naming_it(tmp_path: Path) -> None:
    docs = base_docs()
    docs[f"{SERIES}/gamma/loose.json"] = document("x", properties={}, required=[], pin="none")
    with pytest.raises(DocsImportError, match=r"gamma/loose\.json: model is pinned neither"):
        import_docs(Docs(write_docs(tmp_path, docs)))


def test_the_lock_file_records_the_commit_and_each_document(tmp_path: Path) -> None:
    work = tmp_path / "repo"
    work.mkdir()
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    commit = commit_docs(work, base_docs(), "docs")
    out = tmp_path / "out"
    write(import_docs(Docs(work)), out)
    lock = yaml.safe_load((out / "evolink.lock.yaml").read_text())
    assert lock["docs_commit"] == commit
    assert lock["models"]["alpha-fast"]["path"] == f"{SERIES}/alpha/alpha-fast.json"
    assert len(lock["models"]["alpha-fast"]["sha256"]) == 64
    assert lock["task_query"]["path"] == "en/api-manual/task-management/get-task-detail.json"


def test_a_bare_git_dir_is_read_at_head_or_at_a_revision(tmp_path: Path) -> None:
    work = tmp_path / "repo"
    work.mkdir()
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    first = commit_docs(work, base_docs(), "three models")
    fewer = {k: v for k, v in base_docs().items() if "beta" not in k}
    commit_docs(work, fewer, "beta retired")
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(bare)], check=True)
    assert [m.model for m in import_docs(Docs(bare)).models] == ["alpha-fast", "alpha-text-to-video"]
    at_first = import_docs(Docs(bare, first))
    assert at_first.commit == first
    assert [m.model for m in at_first.models] == ["alpha-fast", "alpha-text-to-video", "beta-image-to-video"]


def test_a_second_import_is_byte_identical(tmp_path: Path) -> None:
    docs = write_docs(tmp_path / "docs", base_docs())
    first, second = tmp_path / "a", tmp_path / "b"
    assert main([str(docs), "-o", str(first)]) == 0
    assert main([str(docs), "-o", str(second)]) == 0
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)


def test_a_model_gone_upstream_is_removed_from_the_import(tmp_path: Path) -> None:
    out = imported(tmp_path, base_docs())
    fewer = {k: v for k, v in base_docs().items() if "beta" not in k}
    assert main([str(write_docs(tmp_path / "fewer", fewer)), "-o", str(out)]) == 0
    assert not (out / "evolink" / "beta-image-to-video.yaml").exists()


def test_the_committed_import_names_its_docs_commit_and_every_model() -> None:
    lock = yaml.safe_load((ROOT / "spec/imported/evolink.lock.yaml").read_text())
    assert len(lock["docs_commit"]) == 40
    files = {p.stem for p in (ROOT / "spec/imported/evolink").glob("*.yaml")}
    assert files == set(lock["models"]) | set(lock["files"])
    # the files API: its four documents, each on the files origin
    assert sorted(v["path"].rsplit("/", 1)[1] for v in lock["files"].values()) == [
        "quota.json",
        "upload-base64.json",
        "upload-stream.json",
        "upload-url.json",
    ]
    # 74 per-model documents of the video series, plus the retired extend model kept in the archive
    assert sum(not m["path"].startswith("_archived/") for m in lock["models"].values()) == 74
    assert [m for m, v in lock["models"].items() if v["path"].startswith("_archived/")] == ["veo3.1-fast-extend"]
