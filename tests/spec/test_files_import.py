"""The files API's documents go through the importer: facts and the documented server kept, prose left, hashes
locked, and `make drift` reports a changed document."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from docs_fixture import base_docs, write_docs

from docsimport import main as import_main
from specdrift import main as drift_main

STREAM = "en/api-manual/file-series/upload-stream.json"


def stream_document() -> dict[str, Any]:
    """A files-API page shaped like the provider's: its own server, a multipart body, prose everywhere."""
    data = {"type": "object", "description": "Stored.", "properties": {"file_url": {"type": "string", "format": "uri"}}}
    answer = {
        "type": "object",
        "properties": {"success": {"type": "boolean"}, "data": {"$ref": "#/components/schemas/FileData"}},
    }
    request = {
        "type": "object",
        "required": ["file"],
        "properties": {"file": {"type": "string", "format": "binary", "description": "Prose."}},
    }
    return {
        "openapi": "3.1.0",
        "servers": [{"url": "https://files-api.example.com", "description": "Prose"}],
        "security": [{"bearerAuth": []}],
        "paths": {
            "/api/v1/files/upload/stream": {
                "post": {
                    "summary": "Prose",
                    "operationId": "uploadFileStream",
                    "requestBody": {
                        "required": True,
                        "content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/Up"}}},
                    },
                    "responses": {
                        "200": {
                            "description": "Prose",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Up": request, "Answer": answer, "FileData": data}},
    }


def docs_with_files() -> dict[str, Any]:
    return {**base_docs(), STREAM: stream_document()}


def test_a_files_document_is_imported_with_its_server_and_named_components(tmp_path: Path) -> None:
    out = tmp_path / "imported"
    assert import_main([str(write_docs(tmp_path / "docs", docs_with_files())), "-o", str(out)]) == 0
    source = yaml.safe_load((out / "evolink/files-upload-stream.yaml").read_text())
    operation = source["paths"]["/api/v1/files/upload/stream"]["post"]
    assert operation["servers"] == [{"url": "https://files-api.example.com"}]
    assert operation["security"] == [{"bearerAuth": []}]
    assert operation["requestBody"]["content"]["multipart/form-data"]["schema"] == {"$ref": "#/components/schemas/Up"}
    schemas = source["components"]["schemas"]
    assert schemas["Answer"]["properties"]["data"] == {"$ref": "#/components/schemas/FileData"}
    assert schemas["Up"]["properties"]["file"] == {"type": "string", "format": "binary"}
    assert "Prose" not in json.dumps(source) and "Stored." not in json.dumps(source)
    lock = yaml.safe_load((out / "evolink.lock.yaml").read_text())
    assert lock["files"]["files-upload-stream"]["path"] == STREAM
    assert len(lock["files"]["files-upload-stream"]["sha256"]) == 64


def test_a_changed_files_document_is_drift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    committed = tmp_path / "imported"
    assert import_main([str(write_docs(tmp_path / "before", docs_with_files())), "-o", str(committed)]) == 0
    changed = copy.deepcopy(docs_with_files())
    changed[STREAM]["servers"] = [{"url": "https://files2.example.com"}]
    capsys.readouterr()
    assert drift_main([str(write_docs(tmp_path / "after", changed)), "--against", str(committed)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"files API: {STREAM}: changed; `make import` and review spec/overlays/evolink/files.yaml"
    ]
    gone = {k: v for k, v in docs_with_files().items() if k != STREAM}
    assert drift_main([str(write_docs(tmp_path / "gone", gone)), "--against", str(committed)]) == 1
    assert f"files API: {STREAM}: document removed" in capsys.readouterr().out
