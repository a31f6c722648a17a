"""The whole EvoLink catalogue as test data: the provider's examples, valid bodies, and bodies that break one limit.

Everything is derived from the spec and the committed import, so a model the
provider adds is tested by the same code the day it is imported.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml

from evolink._spec import evolink_spec

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES: dict[str, dict[str, Any]] = yaml.safe_load((ROOT / "spec/imported/evolink.examples.yaml").read_text())
URL = "https://example.com/input.png"


def provider_schema(model: str) -> dict[str, Any]:
    """``model``'s request schema exactly as imported: the provider's facts, before our overlays."""
    doc = yaml.safe_load((ROOT / f"spec/imported/evolink/{model}.yaml").read_text())
    ((_, schema),) = doc["components"]["schemas"].items()
    return dict(schema)


def sample(schema: dict[str, Any]) -> Any:
    """A value ``schema`` accepts, as small as it allows: used where no example gives one."""
    if "const" in schema:
        return schema["const"]
    if "default" in schema:
        return schema["default"]
    if schema.get("enum"):
        return schema["enum"][0]
    for branch in schema.get("oneOf", schema.get("anyOf", [])):
        return sample(branch)
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if kind == "object" or "properties" in schema:
        return {name: sample(schema["properties"][name]) for name in schema.get("required", [])}
    if kind == "array":
        return [sample(schema.get("items", {})) for _ in range(max(1, schema.get("minItems", 1)))]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    if schema.get("format") == "uri":
        return URL
    return "x" * max(1, schema.get("minLength", 1))


def valid_body(model: str) -> dict[str, Any]:
    """A body the spec accepts: the provider's first example our spec accepts, else one built from ``required``."""
    spec = evolink_spec()
    for example in (EXAMPLES.get(model) or {}).values():
        if not spec.check_request(example):
            return copy.deepcopy(example)
    body = sample(spec.model_schema(model))
    assert isinstance(body, dict)
    return body


@dataclass(frozen=True)
class Broken:
    """A body that breaks one limit of one field: ``field`` (dotted) must be named, with ``words`` in the rule."""

    model: str
    field: str
    keyword: str
    body: dict[str, Any]
    words: str

    @property
    def id(self) -> str:
        return f"{self.model}:{self.field}:{self.keyword}"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _violations(schema: dict[str, Any], current: Any) -> Iterator[tuple[str, Any, str]]:
    """(keyword, a value breaking it, words its rule must contain) for each limit ``schema`` states."""
    kind = schema.get("type")
    if schema.get("enum"):
        bad = 987654321 if kind in ("integer", "number") else "not-a-documented-value"
        yield "enum", bad, "one of"
    if isinstance(schema.get("minimum"), int | float) and kind in ("integer", "number"):
        yield "minimum", schema["minimum"] - 1, f"at least {_number(schema['minimum'])}"
    if isinstance(schema.get("maximum"), int | float) and kind in ("integer", "number"):
        yield "maximum", schema["maximum"] + 1, f"at most {_number(schema['maximum'])}"
    if schema.get("minLength", 0) > 0:
        yield "minLength", "", "at least"
    if isinstance(schema.get("maxLength"), int):
        yield "maxLength", "x" * (schema["maxLength"] + 1), f"at most {schema['maxLength']}"
    items = schema.get("items") if isinstance(schema.get("items"), dict) else {}
    if kind == "array" and schema.get("minItems", 0) > 0:
        yield "minItems", [], "at least"
    if kind == "array" and isinstance(schema.get("maxItems"), int):
        item = current[0] if isinstance(current, list) and current else sample(items)
        yield "maxItems", [copy.deepcopy(item) for _ in range(schema["maxItems"] + 1)], f"at most {schema['maxItems']}"


def broken_bodies(model: str) -> Iterator[Broken]:
    """For every field of ``model`` (nested ones too) and every limit on it, a valid body with that limit broken."""
    spec = evolink_spec()
    base = valid_body(model)

    def walk(schema: dict[str, Any], parent: list[str], holder: dict[str, Any]) -> Iterator[Broken]:
        for name, sub in (schema.get("properties") or {}).items():
            if name == "model" or not isinstance(sub, dict):
                continue
            sub = spec.resolve(sub)
            path = [*parent, name]
            for keyword, value, words in _violations(sub, holder.get(name)):
                body = copy.deepcopy(base)
                target = body
                for step in parent:
                    target = target.setdefault(step, {})
                target[name] = value
                yield Broken(model, ".".join(path), keyword, body, words)
            if sub.get("properties"):
                inner = holder.get(name) if isinstance(holder.get(name), dict) else sample(sub)
                yield from walk(sub, path, inner)

    yield from walk(spec.model_schema(model), [], base)


def mock_verdict(client: httpx.Client, body: dict[str, Any]) -> httpx.Response:
    return client.post(evolink_spec().create_path, json=body)
