"""A model's parameters as the command line needs them, read from the spec's JSON Schema.

The spec is the only place a parameter, its type or a limit is written down.
This module turns a model's request schema into :class:`Field` values
(``$ref`` links followed, the JSON type settled) that the option builder and the
``models`` listing both read, so a model added to the spec needs no code here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from evolink.spec import ApiSpec

__all__ = ["DISCRIMINATOR", "PROMPT", "Field", "json_type", "model_fields", "nested_fields"]

#: The body field that picks the model's schema; the command line's ``--model``.
DISCRIMINATOR = "model"
#: The body field the command line takes as its positional argument.
PROMPT = "prompt"

_JSON_TYPES: tuple[tuple[type, str], ...] = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"))


def json_type(schema: Mapping[str, Any]) -> str:
    """The JSON type a value must have: declared, else inferred from ``const``/``enum``/keywords."""
    declared = schema.get("type")
    if isinstance(declared, list):
        declared = next((t for t in declared if t != "null"), None)
    if isinstance(declared, str):
        return declared
    values = [schema["const"]] if "const" in schema else list(schema.get("enum") or [])
    if values:
        return next((name for cls, name in _JSON_TYPES if isinstance(values[0], cls)), "string")
    if "properties" in schema:
        return "object"
    return "array" if "items" in schema else "string"


@dataclass(frozen=True)
class Field:
    """One parameter: ``name`` (dotted for nested ones: ``model_params.multi_shot``) and its resolved schema."""

    name: str
    schema: Mapping[str, Any]
    required: bool

    @property
    def kind(self) -> str:
        return json_type(self.schema)

    @property
    def items(self) -> Mapping[str, Any]:
        """The schema of an array's items (empty for anything else)."""
        items = self.schema.get("items")
        return items if isinstance(items, Mapping) else {}


def _resolved(spec: ApiSpec, node: Mapping[str, Any]) -> dict[str, Any]:
    """``node`` with its ``$ref`` (and its items' ``$ref``) followed; keys beside a ``$ref`` win over the target's."""
    schema = {**spec.resolve(node), **{k: v for k, v in node.items() if k != "$ref"}}
    if isinstance(schema.get("items"), Mapping):
        schema["items"] = _resolved(spec, schema["items"])
    return schema


def _fields_of(spec: ApiSpec, schema: Mapping[str, Any], prefix: str) -> list[Field]:
    required = set(schema.get("required") or [])
    return [
        Field(prefix + name, _resolved(spec, node), name in required)
        for name, node in (schema.get("properties") or {}).items()
        if isinstance(node, Mapping)
    ]


def model_fields(spec: ApiSpec, model: str) -> list[Field]:
    """The top-level parameters of ``model`` in spec order, without the discriminator."""
    return [f for f in _fields_of(spec, spec.model_schema(model), "") if f.name != DISCRIMINATOR]


def nested_fields(spec: ApiSpec, field: Field) -> Iterator[Field]:
    """The parameters inside an object field (``model_params.shot_type``) or its array items (``x[].index``), deep."""
    if field.kind == "object":
        inner, prefix = field.schema, f"{field.name}."
    elif field.items and json_type(field.items) == "object":
        inner, prefix = field.items, f"{field.name}[]."
    else:
        return
    for child in _fields_of(spec, inner, prefix):
        yield child
        yield from nested_fields(spec, child)
