"""Every model of the catalogue: its official examples and every limit of every field, held to spec, mock and client.

The cases are generated from the spec and the committed import, so they grow
with the catalogue. Each body goes to the merged spec (JSON Schema), to the
mock server (in process) and to the client's own check, which must agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

import attrs
import httpx
import pytest
import yaml
from catalogue import EXAMPLES, Broken, broken_bodies, provider_schema, valid_body
from jsonschema import Draft202012Validator

from evolink import RequestValidationError, types
from evolink._core import validate_request
from evolink._generated.evolink_api.api.video_generation import create_video_generation
from evolink._spec import evolink_spec
from evolink.testing import MockServer

ROOT = Path(__file__).resolve().parents[2]
MODELS = evolink_spec().models

#: The provider's examples that the provider's own schema rejects: (model, example) -> why, and whether our
#: overlays correct the schema so that the example is accepted (True) or the example stays refused (False).
_NO_IMAGE = "an image-to-video example without its image: image_urls is required, and the page says so too"
_NO_PROMPT = "omits prompt, which the schema requires; the page says a multi-shot request with its own shot prompts may"
PROVIDER_REJECTS: dict[tuple[str, str], tuple[str, bool]] = {
    ("MiniMax-Hailuo-2.3-Fast", "image_to_video"): (_NO_IMAGE, False),
    ("wan2.5-image-to-video", "image_to_video"): (_NO_IMAGE, False),
    ("wan2.6-image-to-video", "image_to_video"): (_NO_IMAGE, False),
    ("wan2.6-image-to-video-flash", "image_to_video"): (_NO_IMAGE, False),
    ("kling-v3-text-to-video", "multi_shot"): (_NO_PROMPT, True),
    ("kling-o3-text-to-video", "multi_shot"): (_NO_PROMPT, True),
    ("kling-o3-image-to-video", "multi_shot"): (_NO_PROMPT, True),
}


@pytest.fixture(scope="module")
def mock() -> Iterator[httpx.Client]:
    server = MockServer()
    with httpx.Client(
        base_url=server.base_url,
        transport=server.transport(),
        headers={"Authorization": f"Bearer {server.api_key}"},
    ) as client:
        yield client
    server.close()


def refused_by_mock(mock: httpx.Client, body: dict[str, Any]) -> str | None:
    """The mock's 400 message, or None when it created a task."""
    answer = mock.post(evolink_spec().create_path, json=body)
    if answer.status_code == 200:
        return None
    assert answer.status_code == 400, answer.text
    return str(answer.json()["error"]["message"])


def client_violations(body: dict[str, Any]) -> list[str]:
    try:
        validate_request(evolink_spec(), body, strict_models=True)
    except RequestValidationError as exc:
        return [v.field for v in exc.violations]
    return []


OFFICIAL = [(model, name, body) for model, named in sorted(EXAMPLES.items()) for name, body in named.items()]


def test_the_catalogue_is_the_imported_one() -> None:
    imported = {p.stem for p in (ROOT / "spec/imported/evolink").glob("*.yaml") if not p.stem.startswith("files-")}
    assert set(MODELS) == imported
    assert len(MODELS) == 75
    assert sum(bool(EXAMPLES.get(m)) for m in MODELS) >= 70  # nearly every page has examples


@pytest.mark.parametrize(("model", "name", "body"), OFFICIAL, ids=[f"{m}/{n}" for m, n, _ in OFFICIAL])
def test_official_examples_are_accepted_by_spec_mock_and_client(
    mock: httpx.Client, model: str, name: str, body: dict[str, Any]
) -> None:
    provider = Draft202012Validator(provider_schema(model), format_checker=Draft202012Validator.FORMAT_CHECKER)
    why, corrected = PROVIDER_REJECTS.get((model, name), (None, True))
    assert provider.is_valid(body) == (why is None), f"update PROVIDER_REJECTS for {model}/{name}"
    ours = evolink_spec().check_request(body)
    if not corrected:
        assert ours, f"{model}/{name} is listed as refused ({why}) but our spec accepts it"
        return
    assert ours == [], [v.message for v in ours]
    assert refused_by_mock(mock, body) is None
    assert client_violations(body) == []
    assert request_class(model).from_dict(body).to_dict() == body


def request_class(model: str) -> Any:
    """The typed class of ``model`` among those the generated create operation takes (one per model)."""
    body = get_args(create_video_generation.sync_detailed.__annotations__["body"])
    (found,) = [c for c in body if attrs.has(c) and attrs.fields_dict(c)["model"].default == model]
    return found


@pytest.mark.parametrize("model", MODELS)
def test_every_model_has_a_typed_request_class_in_evolink_types(model: str) -> None:
    """A rule the generator cannot type (an anyOf at a request's top level) would silently turn the class into Any."""
    cls = request_class(model)
    assert getattr(types, cls.__name__) is cls


def test_the_exception_table_lists_only_real_examples() -> None:
    for model, name in PROVIDER_REJECTS:
        assert name in EXAMPLES.get(model, {}), (model, name)


@pytest.mark.parametrize("model", MODELS)
def test_every_model_has_a_valid_body(model: str) -> None:
    body = valid_body(model)
    assert evolink_spec().check_request(body) == [], [v.message for v in evolink_spec().check_request(body)]


BROKEN = [case for model in MODELS for case in broken_bodies(model)]


def test_the_generated_limits_cover_the_catalogue() -> None:
    assert len(BROKEN) > 400
    assert {case.keyword for case in BROKEN} >= {"enum", "minimum", "maximum", "maxLength", "maxItems"}
    assert len({case.model for case in BROKEN}) >= 70


@pytest.mark.parametrize("case", BROKEN, ids=[case.id for case in BROKEN])
def test_a_broken_limit_is_refused_by_spec_mock_and_client_naming_field_and_rule(
    mock: httpx.Client, case: Broken
) -> None:
    found = evolink_spec().check_request(case.body)
    named = [v for v in found if v.field == case.field]
    assert named, (case.field, [v.message for v in found])
    assert any(case.words in v.rule for v in named), (case.words, [v.rule for v in named])
    message = refused_by_mock(mock, case.body)
    assert message is not None and named[0].message in message
    assert case.field in client_violations(case.body)


CROSS_FIELD = [
    (path.stem, case)
    for path in sorted((ROOT / "tests/spec/cross_field").glob("*.yaml"))
    for case in yaml.safe_load(path.read_text()) or []
]


@pytest.mark.parametrize(("family", "case"), CROSS_FIELD, ids=[f"{f}:{c['model']}:{c['rule']}" for f, c in CROSS_FIELD])
def test_cross_field_rules_hold_in_spec_mock_and_client(mock: httpx.Client, family: str, case: dict[str, Any]) -> None:
    body = case["body"]
    assert body["model"] == case["model"]
    found = evolink_spec().check_request(body)
    message = refused_by_mock(mock, body)
    if case.get("accepted"):
        assert found == [], [v.message for v in found]
        assert message is None
        assert client_violations(body) == []
    else:
        assert case["refused"] in [v.field for v in found], [v.message for v in found]
        assert message is not None and case["refused"] in message
        assert case["refused"] in client_violations(body)
