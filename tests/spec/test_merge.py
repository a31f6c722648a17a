"""The merge tool on small fixture documents: merge, de-duplication, renaming, conflict reports."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from specmerge import Config, MergeError, Source, dump, main, merge, validate

CONFIG = Config(info={"title": "Fixture API", "version": "1"})
ERROR = {"type": "object", "properties": {"message": {"type": "string"}}}


def page(model: str, schema_name: str, extra_props: dict[str, Any] | None = None) -> dict[str, Any]:
    """A documentation page for one model of POST /gen, as a provider writes it."""
    return {
        "openapi": "3.1.0",
        "info": {"title": model, "version": "1"},
        "paths": {
            "/gen": {
                "post": {
                    "operationId": "create",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{schema_name}"},
                                "examples": {"basic": {"value": {"model": model}}},
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "common.yaml#/components/schemas/Task"}}
                            },
                        },
                        "400": {
                            "description": "bad",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                        },
                    },
                }
            }
        },
        "components": {
            "schemas": {
                schema_name: {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "model": {"type": "string", "const": model, "default": model},
                        **(extra_props or {}),
                    },
                },
                "Error": ERROR,
            }
        },
    }


COMMON = {
    "openapi": "3.1.0",
    "info": {"title": "common", "version": "1"},
    "paths": {
        "/tasks/{id}": {
            "get": {
                "operationId": "getTask",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}}},
                    }
                },
            }
        }
    },
    "components": {"schemas": {"Task": {"type": "object", "properties": {"id": {"type": "string"}}}}},
}


def sources(*pages: tuple[str, dict[str, Any]]) -> list[Source]:
    return [Source(name, copy.deepcopy(doc)) for name, doc in pages]


def test_same_operation_in_several_pages_becomes_one_oneof_pinned_by_model() -> None:
    doc = merge(
        sources(
            ("a.yaml", page("model-a", "ARequest")), ("b.yaml", page("model-b", "BRequest")), ("common.yaml", COMMON)
        ),
        CONFIG,
    )
    validate(doc)
    body = doc["paths"]["/gen"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"]["oneOf"] == [
        {"$ref": "#/components/schemas/ARequest"},
        {"$ref": "#/components/schemas/BRequest"},
    ]
    assert body["schema"]["discriminator"]["mapping"] == {
        "model-a": "#/components/schemas/ARequest",
        "model-b": "#/components/schemas/BRequest",
    }
    # examples of both pages survive; the colliding name gets the page's prefix
    assert set(body["examples"]) == {"basic", "B_basic"}
    # a reference to another source file became a local one
    assert doc["paths"]["/gen"]["post"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Task"
    }
    assert list(doc["paths"]) == ["/gen", "/tasks/{id}"]


def test_identical_components_are_kept_once() -> None:
    doc = merge(
        sources(
            ("a.yaml", page("model-a", "ARequest")), ("b.yaml", page("model-b", "BRequest")), ("common.yaml", COMMON)
        ),
        CONFIG,
    )
    assert sorted(doc["components"]["schemas"]) == ["ARequest", "BRequest", "Error", "Task"]


def test_same_name_different_content_is_renamed_with_the_file_prefix() -> None:
    b = page("model-b", "BRequest")
    b["components"]["schemas"]["Error"] = {"type": "object", "properties": {"detail": {"type": "string"}}}
    doc = merge(sources(("a.yaml", page("model-a", "ARequest")), ("b-page.yaml", b), ("common.yaml", COMMON)), CONFIG)
    validate(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["Error"] == ERROR
    assert schemas["BPageError"]["properties"] == {"detail": {"type": "string"}}
    # the 400 answers of the two pages now differ, so the merged 400 accepts either shape
    merged_400 = doc["paths"]["/gen"]["post"]["responses"]["400"]["content"]["application/json"]["schema"]
    assert merged_400 == {
        "anyOf": [{"$ref": "#/components/schemas/Error"}, {"$ref": "#/components/schemas/BPageError"}]
    }


def test_conflict_mode_names_both_files_and_the_differing_key() -> None:
    b = page("model-b", "BRequest")
    b["components"]["schemas"]["Error"] = {"type": "object", "properties": {"message": {"type": "integer"}}}
    with pytest.raises(MergeError) as info:
        merge(
            sources(("a.yaml", page("model-a", "ARequest")), ("b.yaml", b), ("common.yaml", COMMON)),
            Config(info=CONFIG.info, on_conflict="error"),
        )
    message = str(info.value)
    assert "schemas/Error" in message and "a.yaml" in message and "b.yaml" in message
    assert "/properties/message/type" in message


def test_branches_that_do_not_pin_model_are_refused() -> None:
    a, b = page("model-a", "ARequest"), page("model-b", "BRequest")
    del b["components"]["schemas"]["BRequest"]["properties"]["model"]["const"]
    with pytest.raises(MergeError, match="not mutually exclusive"):
        merge(sources(("a.yaml", a), ("b.yaml", b), ("common.yaml", COMMON)), CONFIG)


def test_reference_to_a_file_outside_the_set_is_reported() -> None:
    with pytest.raises(MergeError, match=r"common\.yaml"):
        merge(sources(("a.yaml", page("model-a", "ARequest"))), CONFIG)


def test_disagreeing_operation_metadata_needs_an_override() -> None:
    a, b = page("model-a", "ARequest"), page("model-b", "BRequest")
    a["paths"]["/gen"]["post"]["summary"] = "Make A"
    b["paths"]["/gen"]["post"]["summary"] = "Make B"
    with pytest.raises(MergeError, match="summary"):
        merge(sources(("a.yaml", a), ("b.yaml", b), ("common.yaml", COMMON)), CONFIG)
    override = Config(info=CONFIG.info, operations={"POST /gen": {"summary": "Make a video"}})
    doc = merge(sources(("a.yaml", a), ("b.yaml", b), ("common.yaml", COMMON)), override)
    assert doc["paths"]["/gen"]["post"]["summary"] == "Make a video"


def test_output_is_deterministic(tmp_path: Path) -> None:
    config = tmp_path / "api.merge.yaml"
    config.write_text(yaml.safe_dump({"info": CONFIG.info}))
    folder = tmp_path / "sources"
    folder.mkdir()
    for name, doc in (
        ("b.yaml", page("model-b", "BRequest")),
        ("a.yaml", page("model-a", "ARequest")),
        ("common.yaml", COMMON),
    ):
        (folder / name).write_text(yaml.safe_dump(doc))
    first, second = tmp_path / "one.yaml", tmp_path / "two.yaml"
    assert main([str(config), str(folder), "-o", str(first)]) == 0
    assert main([str(config), str(folder), "-o", str(second)]) == 0
    assert first.read_text() == second.read_text()
    assert dump(yaml.safe_load(first.read_text()), []).count("\n") > 10


def test_cli_reports_a_conflict_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "api.merge.yaml"
    config.write_text(yaml.safe_dump({"info": CONFIG.info, "on_conflict": "error"}))
    folder = tmp_path / "sources"
    folder.mkdir()
    b = page("model-b", "BRequest")
    b["components"]["schemas"]["Error"] = {"type": "string"}
    for name, doc in (("a.yaml", page("model-a", "ARequest")), ("b.yaml", b), ("common.yaml", COMMON)):
        (folder / name).write_text(yaml.safe_dump(doc))
    out = tmp_path / "merged.yaml"
    assert main([str(config), str(folder), "-o", str(out)]) == 1
    assert "a.yaml" in capsys.readouterr().err
    assert not out.exists()
