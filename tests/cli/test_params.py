"""Options from the spec, in-process: a model added to the spec gets typed options with no CLI code.

The fake model below has one parameter of every JSON type, a name that clashes
with a command option and one with an alias, so these tests pin the generic
rules (types, repeatable arrays, JSON objects, ``--flag/--no-flag``, aliases,
clashes, hidden foreign options, the two-step ``--model`` read) without
touching the network. The end-to-end behaviour is in ``test_commands.py``.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import json
from collections.abc import Iterator
from typing import Any

import click
import pytest

from evolink import EvoLink
from evolink._provider import EVOLINK
from evolink._spec import ApiSpec, evolink_spec
from evolink.cli.backends import Backend
from evolink.cli.params import PROVIDER_FLAGS, FieldOption, ModelCommand, parse_value, peek, peek_model
from evolink.spec import describe_limits, describe_rules

NEW_MODEL = "acme-video-1"
NEW_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "A model the CLI has never heard of.",
    "additionalProperties": False,
    "required": ["model", "prompt"],
    "properties": {
        "model": {"type": "string", "const": NEW_MODEL},
        "prompt": {"type": "string", "maxLength": 10},
        "fps": {"type": "number", "minimum": 1, "maximum": 60, "description": "Frames per second."},
        "steps": {"type": "integer", "default": 20},
        "loop": {"type": "boolean", "default": False},
        "generate_audio": {"type": "boolean"},
        "tags": {"type": "array", "items": {"type": "string", "maxLength": 8}, "maxItems": 2},
        "image_urls": {"type": "array", "items": {"type": "string", "format": "uri"}},
        "style": {"type": "object", "properties": {"name": {"type": "string"}}},
        "timeout": {"type": "integer"},
    },
    "dependentRequired": {"loop": ["fps"]},
}


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    """EvoLink's spec plus NEW_MODEL, as if the spec had grown a model: a package holding the edited openapi.json."""
    real = evolink_spec()
    document = real.document
    document["components"]["schemas"]["AcmeRequest"] = NEW_SCHEMA
    request = document["paths"][real.create_path]["post"]["requestBody"]
    assert "$ref" not in request, "the test expects the request body inline"
    request["content"]["application/json"]["schema"]["oneOf"].append({"$ref": "#/components/schemas/AcmeRequest"})
    package = tmp_path_factory.mktemp("spec") / "acme_cli_test_spec"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "openapi.json").write_text(json.dumps(document))
    (package / "api").mkdir()  # the operations: the real package's generated request builders
    (package / "api/__init__.py").write_text(inspect.getsource(importlib.import_module(f"{real.package}.api")))
    spec = ApiSpec(package.name)
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(package.parent))
        assert NEW_MODEL in spec.models
        yield Backend(dataclasses.replace(EVOLINK, spec=lambda: spec), EvoLink)


def _command() -> ModelCommand:
    """A ModelCommand whose callback returns what it was given, with options like generate's."""
    return ModelCommand(
        "generate",
        callback=lambda **kwargs: kwargs,
        params=[
            click.Argument(["prompt"], required=False),
            click.Option(["-m", "--model"]),
            click.Option(["--timeout"], type=float),
        ],
    )


def parse(backend: Backend, *args: str) -> dict[str, Any]:
    result: dict[str, Any] = _command().main(list(args), obj=backend, standalone_mode=False)
    return result


def test_a_new_model_gets_typed_options(backend: Backend) -> None:
    got = parse(
        backend,
        "hi",
        "--model",
        NEW_MODEL,
        "--fps",
        "2.5",
        "--steps",
        "30",
        "--loop",
        "--no-audio",
        "--tags",
        "a",
        "--tags",
        "b",
        "--image",
        "https://x.test/1.png",
        "--style",
        '{"name": "noir"}',
        "--field-timeout",
        "9",
        "--timeout",
        "5",
    )
    assert got["fields"] == {
        "fps": 2.5,
        "steps": 30,
        "loop": True,
        "generate_audio": False,
        "tags": ["a", "b"],
        "image_urls": ["https://x.test/1.png"],
        "style": {"name": "noir"},
        "timeout": 9,
    }
    assert got["timeout"] == 5.0  # the command's own --timeout is untouched by the field of that name
    assert got["prompt"] == "hi"


def test_options_not_given_are_not_sent(backend: Backend) -> None:
    assert parse(backend, "-m", NEW_MODEL)["fields"] == {}


def test_other_models_options_are_accepted_hidden_for_the_spec_to_refuse(backend: Backend) -> None:
    fields = parse(backend, f"--model={NEW_MODEL}", "--duration", "8", "--sound", "on")["fields"]
    assert fields == {"duration": 8, "sound": "on"}
    body = {"model": NEW_MODEL, "prompt": "x", **fields}
    messages = [v.message for v in backend.spec().check_request(body)]
    assert messages and messages[0].startswith("duration: is not a known field")
    options = {o.field.name: o for o in _command().model_options(backend.spec(), NEW_MODEL)}
    assert not options["fps"].hidden and options["duration"].hidden


def test_unknown_option_is_a_usage_error(backend: Backend) -> None:
    with pytest.raises(click.NoSuchOption):
        parse(backend, "-m", NEW_MODEL, "--no-such-thing", "1")


def test_text_that_does_not_convert_is_left_for_the_spec(backend: Backend) -> None:
    fields = parse(backend, "-m", NEW_MODEL, "--steps", "many", "--style", "{not json")["fields"]
    assert fields == {"steps": "many", "style": "{not json"}
    messages = [v.message for v in backend.spec().check_request({"model": NEW_MODEL, "prompt": "x", **fields})]
    assert 'steps: must be of type integer, got "many"' in messages
    assert any(m.startswith("style: must be of type object") for m in messages)


@pytest.mark.parametrize(
    ("text", "schema", "value"),
    [
        ("8", {"type": "integer"}, 8),
        ("8.5", {"type": "integer"}, "8.5"),
        ("8", {"enum": [4, 6, 8]}, 8),
        ("2.5", {"type": "number"}, 2.5),
        ("nan", {"type": "number"}, "nan"),
        ("true", {"type": "boolean"}, True),
        ('{"a": 1}', {"type": "object"}, {"a": 1}),
        ("[1]", {"type": "array"}, [1]),
        ("16:9", {"enum": ["16:9"]}, "16:9"),
        ("07", {"type": "string"}, "07"),
    ],
)
def test_parse_value(text: str, schema: dict[str, Any], value: Any) -> None:
    assert parse_value(text, schema) == value


@pytest.mark.parametrize(
    ("args", "model"),
    [
        (["x", "--model", "m1"], "m1"),
        (["--model=m2", "x"], "m2"),
        (["-m", "m3"], "m3"),
        (["-mm4"], "m4"),
        (["--", "--model", "m5"], None),
        (["--model"], None),
        (["x"], None),
        (["-m", "first", "--model", "last"], "last"),  # as click reads it
    ],
)
def test_peek_model(args: list[str], model: str | None) -> None:
    assert peek_model(args) == model


@pytest.mark.parametrize(
    ("args", "provider"),
    [
        (["x", "--provider", "uniall"], "uniall"),
        (["--provider=uniall", "-m", "m"], "uniall"),
        (["--provider", "a", "--provider", "b"], "b"),
        (["--", "--provider", "uniall"], None),
        (["--providers", "x"], None),
    ],
)
def test_peek_a_long_option(args: list[str], provider: str | None) -> None:
    assert peek(args, PROVIDER_FLAGS) == provider


def test_help_shows_the_models_options_with_limits_and_rules(backend: Backend) -> None:
    ctx = _command().make_context("generate", ["-m", NEW_MODEL], obj=backend)
    text = ctx.command.get_help(ctx)
    assert f"Options of {NEW_MODEL}" in text
    assert "--fps NUMBER" in text and "Frames per second. [from 1 to 60]" in text
    assert "--loop / --no-loop" in text and "default false" in text
    assert "--generate-audio, --audio / --no-generate-audio, --no-audio" in text
    assert "loop needs fps" in text
    assert "--duration" not in text  # another model's option stays hidden


def test_every_real_model_field_has_an_option() -> None:
    spec = evolink_spec()
    for model in spec.models:
        options = [o for o in _command().model_options(spec, model) if isinstance(o, FieldOption) and not o.hidden]
        schema = spec.model_schema(model)
        assert {o.field.name for o in options} == set(schema["properties"]) - {"model", "prompt"}


def test_limit_and_rule_words_come_from_the_schema() -> None:
    assert describe_limits({"minimum": 3, "maximum": 15}) == ["from 3 to 15"]
    assert describe_limits({"maxItems": 1}) == ["at most 1 item"]
    assert describe_limits({"enum": [4, 6, 8]}) == ["must be one of 4, 6, 8"]
    assert describe_limits({"items": {"maxLength": 8}}) == ["each at most 8 characters"]
    veo = evolink_spec().model_schema("veo-3.1-fast-generate-preview")
    reference = next(r for r in describe_rules(veo) if "REFERENCE" in r)
    assert "duration: must be 8" in reference and "seed, negative_prompt" in reference
