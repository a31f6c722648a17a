"""What the merged specs say: they validate, accept every documented example and refuse every broken rule."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from evolink._spec import ApiSpec, evolink_spec, uniall_spec

ROOT = Path(__file__).resolve().parents[2]
SPECS = {"evolink": ROOT / "spec/evolink.openapi.yaml", "uniall": ROOT / "spec/uniall.openapi.yaml"}

# Request examples exactly as the documentation pages and API-NOTES.md give them.
PAGE_EXAMPLES: list[tuple[str, dict[str, Any]]] = [
    ("evolink", {"model": "veo-3.1-generate-preview", "prompt": "A cat playing piano"}),
    ("evolink", {"model": "veo-3.1-fast-generate-preview", "prompt": "A cat playing piano"}),
    (
        "evolink",
        {
            "model": "veo3.1-fast-extend",
            "base_video_task_id": "task-unified-1234567890-abcdefgh",
            "prompt": "A cat playing piano, continued",
        },
    ),
    (
        "evolink",
        {
            "model": "kling-v3-image-to-video",
            "prompt": "The person in the scene slowly turns their head and smiles",
            "image_start": "https://example.com/portrait.jpg",
            "duration": 5,
            "quality": "720p",
        },
    ),
    (
        "uniall",
        {
            "model": "veo3.1-video-1080p",
            "prompt": " camera, camera. ",
            "size": "1080p",
            "aspect_ratio": "16:9",
            "duration": 8,
            "extra_body": {"generate_audio": True, "negative_prompt": ", blur", "seed": 7},
        },
    ),
    (
        "uniall",
        {
            "model": "veo3.1-video-720p",
            "prompt": ", and. ",
            "image": "https://example.com/keyframe.png",
            "size": "720p",
            "aspect_ratio": "16:9",
            "duration": 6,
            "extra_body": {"generate_audio": False, "negative_prompt": "artifacts, "},
        },
    ),
    (
        "uniall",
        {
            "model": "veo3.1-fast-video-1080p",
            "prompt": ", subject, cameralanguage. ",
            "image": "https://example.com/start-frame.png",
            "last_image": "https://example.com/end-frame.png",
            "size": "1080p",
            "aspect_ratio": "16:9",
            "duration": 6,
            "extra_body": {"generate_audio": True},
        },
    ),
    (
        "uniall",
        {
            "model": "veo3.1-video-1080p",
            "prompt": ", and. ",
            "images": ["https://example.com/ref-1.png", "https://example.com/ref-2.png"],
            "size": "1080p",
            "aspect_ratio": "9:16",
            "duration": 6,
            "extra_body": {"generate_audio": True, "seed": 11},
        },
    ),
    (
        "uniall",
        {
            "model": "veo3.1-video-720p",
            "prompt": " video action, scenariostyle. ",
            "video": "https://example.com/source.mp4",
            "size": "720p",
            "duration": 6,
            "extra_body": {"negative_prompt": ", ", "seed": 9},
        },
    ),
]

# Bodies the live API documents as usable, beyond the pages' minimal examples.
DOCUMENTED_VALID: list[tuple[str, dict[str, Any]]] = [
    ("evolink", {"model": "veo-3.1-generate-preview", "prompt": "p", "image_urls": ["https://x.io/1.png"] * 3}),
    ("evolink", {"model": "veo-3.1-generate-preview", "prompt": "p", "aspect_ratio": "auto", "quality": "4k"}),
    (
        "evolink",
        {
            "model": "veo-3.1-fast-generate-preview",
            "prompt": "p",
            "generation_type": "REFERENCE",
            "image_urls": ["https://x.io/1.png", "https://x.io/2.png", "https://x.io/3.png"],
            "duration": 8,
            "aspect_ratio": "16:9",
            "generate_audio": False,
        },
    ),
    (
        "evolink",
        {
            "model": "veo-3.1-fast-generate-preview",
            "prompt": "p",
            "generation_type": "FIRST&LAST",
            "image_urls": ["https://x.io/1.png", "https://x.io/2.png"],
            "n": 4,
            "seed": 4294967295,
            "negative_prompt": "blur",
            "person_generation": "dont_allow",
            "resize_mode": "crop",
            "callback_url": "https://hooks.example.com/evolink",
        },
    ),
    (
        "evolink",
        {
            "model": "kling-v3-image-to-video",
            "image_start": "https://x.io/a.png",
            "image_end": "https://x.io/b.png",
            "quality": "4k",
            "sound": "on",
            "duration": 15,
            "model_params": {
                "multi_shot": True,
                "shot_type": "customize",
                "multi_prompt": [{"index": 1, "prompt": "a", "duration": "15"}],
                "element_list": [{"element_id": "e1"}],
                "watermark_info": {"enabled": False},
            },
        },
    ),
    ("evolink", {"model": "kling-v3-text-to-video", "prompt": "p", "aspect_ratio": "1:1", "duration": 3}),
    (
        "evolink",
        {
            "model": "kling-v3-text-to-video",
            "duration": 10,
            "model_params": {
                "multi_shot": True,
                "shot_type": "customize",
                "multi_prompt": [
                    {"index": 1, "prompt": "A lighthouse at dusk", "duration": "4"},
                    {"index": 2, "prompt": "The lamp turns on", "duration": "6"},
                ],
            },
        },
    ),
    (
        "evolink",
        {
            "model": "kling-v3-text-to-video",
            "prompt": "p",
            "model_params": {"multi_shot": True, "shot_type": "intelligence"},
        },
    ),
]

FAST = "veo-3.1-fast-generate-preview"
VEO = "veo-3.1-generate-preview"
I2V = "kling-v3-image-to-video"
T2V = "kling-v3-text-to-video"
IMG = "https://x.io/1.png"

# (api, body, the field the error must name, why it is refused)
INVALID: list[tuple[str, Any, str, str]] = [
    ("evolink", {"model": FAST}, "prompt", "Veo needs a prompt"),
    ("evolink", {"model": FAST, "prompt": "x" * 2001}, "prompt", "Veo prompt at most 2000 characters"),
    ("evolink", {"model": VEO, "prompt": "x" * 2417}, "prompt", "Veo prompt at most 2000 characters"),
    ("evolink", {"model": FAST, "prompt": "p", "image_urls": [IMG] * 4}, "image_urls", "at most 3 images"),
    ("evolink", {"model": FAST, "prompt": "p", "image_urls": ["not a url"]}, "image_urls[0]", "image URLs are URIs"),
    ("evolink", {"model": FAST, "prompt": "p", "generation_type": "VIDEO"}, "generation_type", "mode enum"),
    ("evolink", {"model": FAST, "prompt": "p", "aspect_ratio": "4:3"}, "aspect_ratio", "aspect ratio enum"),
    ("evolink", {"model": FAST, "prompt": "p", "duration": 5}, "duration", "duration 4, 6 or 8"),
    ("evolink", {"model": FAST, "prompt": "p", "n": 0}, "n", "n at least 1"),
    ("evolink", {"model": FAST, "prompt": "p", "n": 5}, "n", "n at most 4"),
    ("evolink", {"model": FAST, "prompt": "p", "quality": "8k"}, "quality", "quality enum"),
    ("evolink", {"model": FAST, "prompt": "p", "seed": 0}, "seed", "seed at least 1"),
    ("evolink", {"model": FAST, "prompt": "p", "seed": 4294967296}, "seed", "seed at most 2^32-1"),
    ("evolink", {"model": FAST, "prompt": "p", "person_generation": "allow_all"}, "person_generation", "enum"),
    ("evolink", {"model": FAST, "prompt": "p", "resize_mode": "stretch"}, "resize_mode", "enum"),
    ("evolink", {"model": FAST, "prompt": "p", "generate_audio": "yes"}, "generate_audio", "boolean"),
    (
        "evolink",
        {"model": FAST, "prompt": "p", "callback_url": "http://hooks.example.com/x"},
        "callback_url",
        "HTTPS only",
    ),
    (
        "evolink",
        {"model": FAST, "prompt": "p", "callback_url": "https://e.com/" + "a" * 2048},
        "callback_url",
        "at most 2048 characters",
    ),
    ("evolink", {"model": FAST, "prompt": "p", "promt": "typo"}, "promt", "unknown fields are refused"),
    (
        "evolink",
        {"model": FAST, "prompt": "p", "generation_type": "FIRST&LAST"},
        "image_urls",
        "FIRST&LAST needs images",
    ),
    (
        "evolink",
        {"model": FAST, "prompt": "p", "generation_type": "FIRST&LAST", "image_urls": [IMG] * 3},
        "image_urls",
        "FIRST&LAST takes 1-2 images",
    ),
    ("evolink", {"model": FAST, "prompt": "p", "generation_type": "REFERENCE"}, "image_urls", "REFERENCE needs images"),
    (
        "evolink",
        {"model": FAST, "prompt": "p", "generation_type": "REFERENCE", "image_urls": [IMG], "duration": 6},
        "duration",
        "REFERENCE is 8 s",
    ),
    (
        "evolink",
        {"model": FAST, "prompt": "p", "generation_type": "REFERENCE", "image_urls": [IMG], "aspect_ratio": "9:16"},
        "aspect_ratio",
        "REFERENCE is 16:9",
    ),
    (
        "evolink",
        {"model": VEO, "prompt": "p", "generation_type": "REFERENCE", "image_urls": [IMG], "seed": 3},
        "seed",
        "REFERENCE takes no advanced params",
    ),
    (
        "evolink",
        {"model": VEO, "prompt": "p", "generation_type": "REFERENCE", "image_urls": [IMG], "negative_prompt": "x"},
        "negative_prompt",
        "REFERENCE takes no advanced params",
    ),
    ("evolink", {"model": "veo3.1-fast-extend", "prompt": "p"}, "base_video_task_id", "extend needs the base task"),
    (
        "evolink",
        {"model": "veo3.1-fast-extend", "prompt": "p", "base_video_task_id": "abc"},
        "base_video_task_id",
        "task id format",
    ),
    ("evolink", {"model": I2V, "prompt": "p"}, "image_start", "live API requires image_start"),
    (
        "evolink",
        {"model": I2V, "image_start": IMG, "aspect_ratio": "16:9"},
        "aspect_ratio",
        "live API dropped aspect_ratio",
    ),
    ("evolink", {"model": I2V, "image_start": IMG, "prompt": "x" * 2501}, "prompt", "Kling prompt at most 2500"),
    ("evolink", {"model": I2V, "image_start": IMG, "duration": 2}, "duration", "Kling duration at least 3"),
    ("evolink", {"model": I2V, "image_start": IMG, "duration": 16}, "duration", "Kling duration at most 15"),
    ("evolink", {"model": I2V, "image_start": IMG, "sound": "loud"}, "sound", "on/off"),
    (
        "evolink",
        {"model": I2V, "image_start": IMG, "model_params": {"multi_shot": True}},
        "model_params.shot_type",
        "multi_shot needs shot_type",
    ),
    (
        "evolink",
        {"model": I2V, "image_start": IMG, "model_params": {"multi_shot": True, "shot_type": "customize"}},
        "model_params.multi_prompt",
        "customize needs multi_prompt",
    ),
    (
        "evolink",
        {
            "model": I2V,
            "image_start": IMG,
            "model_params": {"multi_prompt": [{"index": 1, "prompt": "a", "duration": "5"}] * 7},
        },
        "model_params.multi_prompt",
        "1-6 shots",
    ),
    (
        "evolink",
        {
            "model": I2V,
            "image_start": IMG,
            "model_params": {"multi_prompt": [{"index": 0, "prompt": "a", "duration": "5"}]},
        },
        "model_params.multi_prompt[0].index",
        "shot index from 1",
    ),
    (
        "evolink",
        {
            "model": I2V,
            "image_start": IMG,
            "model_params": {"multi_prompt": [{"index": 1, "prompt": "x" * 513, "duration": "5"}]},
        },
        "model_params.multi_prompt[0].prompt",
        "shot prompt at most 512",
    ),
    (
        "evolink",
        {"model": I2V, "image_start": IMG, "model_params": {"element_list": [{"element_id": "e"}] * 4}},
        "model_params.element_list",
        "at most 3 elements",
    ),
    ("evolink", {"model": T2V, "duration": 5}, "prompt", "t2v needs a prompt unless customised shots"),
    ("evolink", {"model": T2V, "prompt": "p", "aspect_ratio": "4:3"}, "aspect_ratio", "16:9, 9:16, 1:1"),
    (
        "evolink",
        {"model": T2V, "prompt": "p", "model_params": {"element_list": []}},
        "model_params.element_list",
        "t2v has no elements",
    ),
    ("evolink", {"model": "sora-2", "prompt": "p"}, "model", "unknown model"),
    ("evolink", ["not", "an", "object"], "body", "the body is an object"),
    ("uniall", {"prompt": "p"}, "model", "model is required"),
    ("uniall", {"model": "veo3.1-video-8k"}, "model", "model enum"),
    ("uniall", {"model": "veo3.1-video-720p", "images": [IMG]}, "images", "2-3 reference images"),
    ("uniall", {"model": "veo3.1-video-720p", "images": [IMG] * 4}, "images", "2-3 reference images"),
    ("uniall", {"model": "veo3.1-video-720p", "last_image": IMG}, "last_image", "last_image needs image"),
    (
        "uniall",
        {"model": "veo3.1-fast-video-720p", "images": [IMG, IMG]},
        "images",
        "fast models have no multi-image reference",
    ),
    (
        "uniall",
        {"model": "veo3.1-video-720p", "images": [IMG, IMG], "image": IMG},
        "image",
        "reference images go alone",
    ),
    ("uniall", {"model": "veo3.1-video-720p", "video": IMG, "image": IMG}, "image", "extension takes no image"),
    ("uniall", {"model": "veo3.1-video-720p", "size": "1080p"}, "size", "size matches the model"),
    ("uniall", {"model": "veo3.1-video-720p", "duration": 5}, "duration", "4, 6 or 8"),
    ("uniall", {"model": "veo3.1-video-720p", "aspect_ratio": "1:1"}, "aspect_ratio", "16:9 or 9:16"),
    ("uniall", {"model": "veo3.1-video-720p", "extra_body": {"seed": -1}}, "extra_body.seed", "seed at least 0"),
    ("uniall", {"model": "veo3.1-video-720p", "mode": "x"}, "mode", "unknown fields are refused"),
]


def load(api: str) -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load(SPECS[api].read_text())
    return doc


def api_spec(api: str) -> ApiSpec:
    return evolink_spec() if api == "evolink" else uniall_spec()


def merged_request_validator(api: str) -> Draft202012Validator:
    """The create body schema exactly as the merged spec states it (the whole oneOf), not per model."""
    doc = load(api)
    spec = api_spec(api)
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(doc, default_specification=DRAFT202012)
    )
    schema = doc["paths"][spec.create_path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    rebased = json.loads(json.dumps(schema).replace('"#/components', '"urn:spec#/components'))
    return Draft202012Validator(rebased, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("api", sorted(SPECS))
def test_merged_spec_is_valid_openapi(api: str) -> None:
    validate_openapi(load(api))


@pytest.mark.parametrize("api", sorted(SPECS))
def test_shipped_json_equals_the_merged_yaml(api: str) -> None:
    assert api_spec(api).document == load(api)


def spec_examples() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for api in sorted(SPECS):
        doc = load(api)
        for path in doc["paths"].values():
            for op in path.values():
                media = op.get("requestBody", {}).get("content", {}).get("application/json", {})
                out += [(api, ex["value"]) for ex in media.get("examples", {}).values()]
    return out


VALID = PAGE_EXAMPLES + DOCUMENTED_VALID + spec_examples()


@pytest.mark.parametrize(("api", "body"), VALID, ids=[f"{a}-{b.get('model')}-{i}" for i, (a, b) in enumerate(VALID)])
def test_documented_examples_are_accepted(api: str, body: dict[str, Any]) -> None:
    errors = list(merged_request_validator(api).iter_errors(body))
    assert errors == [], [e.message for e in errors]
    assert api_spec(api).check_request(body) == []


def test_every_uniall_page_has_its_example_in_the_spec() -> None:
    """EvoLink's examples are test data beside the spec (tests/spec/test_catalogue.py): some break their schema."""
    in_spec = {json.dumps(b, sort_keys=True) for _, b in spec_examples()}
    assert all(json.dumps(b, sort_keys=True) in in_spec for api, b in PAGE_EXAMPLES if api == "uniall")


def test_the_invalid_table_covers_enough_rules() -> None:
    assert len(INVALID) >= 30
    assert len({reason for *_, reason in INVALID}) >= 30


@pytest.mark.parametrize(("api", "body", "field", "reason"), INVALID, ids=[r for *_, r in INVALID])
def test_invalid_bodies_are_refused_naming_the_field(api: str, body: Any, field: str, reason: str) -> None:
    assert not merged_request_validator(api).is_valid(body), reason
    violations = api_spec(api).check_request(body)
    assert violations, reason
    assert field in [v.field for v in violations], [v.message for v in violations]


def test_request_branches_pin_model_and_are_strict() -> None:
    spec = evolink_spec()
    assert {I2V, T2V, FAST, VEO, "veo3.1-fast-extend"} <= set(spec.models)
    for model in spec.models:
        schema = spec.model_schema(model)
        assert schema["properties"]["model"]["const"] == model == schema["properties"]["model"]["default"]
        assert schema["additionalProperties"] is False
    assert spec.model_schema("veo3.1-fast-extend").get("deprecated") is True


def test_responses_are_tolerant_and_operations_are_secured() -> None:
    doc = load("evolink")
    task = doc["components"]["schemas"]["VideoTask"]
    assert "cancelled" in doc["components"]["schemas"]["TaskStatus"]["enum"]
    assert task.get("additionalProperties", True) is not False
    assert doc["components"]["schemas"]["ErrorDetail"]["properties"]["code"]["type"] == ["string", "integer"]
    for api in SPECS:
        for path in load(api)["paths"].values():
            for op in path.values():
                assert op["security"] == [{"bearerAuth": []}]
    link = doc["components"]["responses"]["TaskCreated"]["links"]["GetTaskDetail"]
    assert link == {
        "operationId": "getTaskDetail",
        "description": "Poll the created task.",
        "parameters": {"task_id": "$response.body#/id"},
    }


def generated_class(api: str, body: dict[str, Any]) -> Any:
    spec = api_spec(api)
    schema = spec.request_schema()
    refs = [b["$ref"] for b in schema.get("oneOf", [schema])]
    models = importlib.import_module(f"{spec.package}.models")
    for ref in refs:
        name = ref.rsplit("/", 1)[-1]
        resolved = spec.resolve({"$ref": ref})
        model = resolved["properties"]["model"]
        if body["model"] == model.get("const") or body["model"] in model.get("enum", []):
            return getattr(models, name)
    raise LookupError(body["model"])


@pytest.mark.parametrize(("api", "body"), VALID, ids=[f"{a}-{b.get('model')}-{i}" for i, (a, b) in enumerate(VALID)])
def test_generated_models_round_trip_every_valid_example(api: str, body: dict[str, Any]) -> None:
    cls = generated_class(api, body)
    assert cls.from_dict(body).to_dict() == body


def test_task_facts_the_client_reads_come_from_the_spec() -> None:
    """Retryable failure codes and the link lifetime are spec data (x-retryable-codes, x-link-lifetime-seconds)."""
    spec = evolink_spec()
    assert spec.retryable_task_codes == {
        "generation_failed_no_content",
        "service_error",
        "generation_timeout",
        "resource_exhausted",
        "quota_exceeded",
    }
    assert spec.result_lifetime_seconds == 24 * 3600
    assert uniall_spec().result_lifetime_seconds is None  # UniAll documents no link lifetime: no expiry guessed
