"""Small provider documents, shaped like the real ones, for the importer and drift tests."""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path
from typing import Any

SERIES = "en/api-manual/video-series"


def document(
    model: str | None, *, properties: dict[str, Any], required: list[str], pin: str = "enum"
) -> dict[str, Any]:
    """A per-model document as the provider writes it (prose included, component names shared by every page)."""
    model_schema: dict[str, Any] = {"type": "string", "description": "Video generation model name"}
    if pin in ("enum", "both"):
        model_schema["enum"] = [model]
    if pin in ("default", "both"):
        model_schema["default"] = model
    request = {
        "type": "object",
        "required": ["model", *required],
        "properties": {"model": model_schema, **copy.deepcopy(properties)},
    }
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": f"{model} page", "version": "1.0.0"},
        "paths": {
            "/v1/videos/generations": {
                "post": {
                    "summary": "Create",
                    "description": "Prose that must not be carried over.",
                    "operationId": "create",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/VideoGenerationRequest"},
                                "examples": {"basic": {"summary": "Basic", "value": {"model": model, "prompt": "p"}}},
                            }
                        },
                    },
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Resp"}}}},
                        "400": error,
                        "401": error,
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "VideoGenerationRequest": request,
                "Resp": {"type": "object", "properties": {"id": {"type": "string"}}},
                "ErrorResponse": {"type": "object", "properties": {"error": {"type": "object"}}},
            }
        },
    }


PROMPT = {"type": "string", "description": "What to show.", "maxLength": 2000, "example": "a cat"}
DURATION = {"type": "integer", "enum": [4, 6, 8], "default": 4, "description": "Seconds."}


def base_docs() -> dict[str, dict[str, Any]]:
    """Three models: one pinned by enum, one by default only, one in a folder of its own; plus an overview."""
    return {
        f"{SERIES}/alpha/alpha-text-to-video.json": document(
            "alpha-text-to-video", properties={"prompt": PROMPT, "duration": DURATION}, required=["prompt"]
        ),
        f"{SERIES}/alpha/alpha-fast.json": document(
            "alpha-fast", properties={"prompt": PROMPT}, required=["prompt"], pin="default"
        ),
        f"{SERIES}/beta/beta-image-to-video.json": document(
            "beta-image-to-video",
            properties={
                "prompt": PROMPT,
                "image_urls": {"type": "array", "maxItems": 3, "items": {"type": "string", "format": "uri"}},
                "model_params": {
                    "type": "object",
                    "description": "Extras.",
                    "properties": {"seed": {"type": "integer", "minimum": 1, "maximum": 99}},
                },
            },
            required=["image_urls"],
        ),
        f"{SERIES}/alpha/alpha-overview.json": document(
            "alpha-text-to-video", properties={"prompt": PROMPT}, required=["prompt"]
        ),
        "en/api-manual/task-management/get-task-detail.json": {"openapi": "3.1.0", "paths": {}},
        "en/api-manual/image-series/other/image.json": {"not": "a video model"},
    }


def write_docs(root: Path, docs: dict[str, Any]) -> Path:
    """``docs`` as files under ``root`` (a plain folder)."""
    for path, doc in docs.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return root


def commit_docs(work: Path, docs: dict[str, Any], message: str) -> str:
    """Write ``docs`` into the git work tree ``work`` (replacing what was there) and commit; the commit id."""
    for old in work.rglob("*.json"):
        old.unlink()
    write_docs(work, docs)
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "add", "-A"], check=True, capture_output=True)
    subprocess.run([*git, "commit", "-qm", message], check=True, capture_output=True)
    return subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
