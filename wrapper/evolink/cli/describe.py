"""Words for a parameter's type, limits, default and cross-field rules, read from its schema.

``--help`` and ``evolink models MODEL`` show these, so a user can see that
``duration`` takes 4, 6 or 8 before the request is refused for a 5. The words
come from the schema keywords (never a number written here), in the same
vocabulary as the library's validation messages, whose helpers are reused.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from evolink._violations import _choices, _plural, describe_condition

from .schema import Field, json_type

__all__ = ["default_words", "limit_words", "rule_words", "type_words"]


def _scalar_type(schema: Mapping[str, Any]) -> str:
    kind = json_type(schema)
    if kind == "string" and schema.get("format") == "uri":
        return "URL"
    return "JSON object" if kind == "object" else kind


def type_words(field: Field) -> str:
    """``integer``, ``URL``, ``JSON object``, ``list of URL``, ..."""
    return f"list of {_scalar_type(field.items)}" if field.kind == "array" else _scalar_type(field.schema)


def _range(schema: Mapping[str, Any], low: str, high: str, unit: str = "") -> str | None:
    """``1 to 4``, ``at least 1``, ``at most 3 items``: a range in words (None when unbounded)."""
    lo, hi = schema.get(low), schema.get(high)

    def words(n: int) -> str:
        return _plural(n, unit) if unit else str(n)

    if lo is not None and hi is not None:
        return f"{lo} to {words(hi)}"
    if hi is not None:
        return f"at most {words(hi)}"
    return f"at least {words(lo)}" if lo is not None else None


def limit_words(schema: Mapping[str, Any]) -> list[str]:
    """Each limit the schema puts on a value: ``one of 4, 6, 8``, ``1 to 4``, ``at most 3 items``, ..."""
    words = [
        f"one of {_choices(schema['enum'])}" if "enum" in schema else None,
        f"must be {_choices([schema['const']])}" if "const" in schema else None,
        _range(schema, "minimum", "maximum"),
        f"more than {schema['exclusiveMinimum']}" if "exclusiveMinimum" in schema else None,
        f"less than {schema['exclusiveMaximum']}" if "exclusiveMaximum" in schema else None,
        _range(schema, "minLength", "maxLength", "character"),
        _range(schema, "minItems", "maxItems", "item"),
        f"matches {schema['pattern']}" if "pattern" in schema else None,
    ]
    items = schema.get("items")
    if isinstance(items, Mapping) and json_type(items) != "object":
        words += [f"each {w}" for w in limit_words(items)]
    return [w for w in words if w]


def default_words(schema: Mapping[str, Any]) -> str:
    """The default as it would be typed (``true``, ``720p``); empty when the schema has none."""
    if "default" not in schema:
        return ""
    value = schema["default"]
    return value if isinstance(value, str) else json.dumps(value)


def _consequences(schema: Mapping[str, Any], prefix: str) -> list[str]:
    """What a ``then``/``else`` branch demands, one phrase per demand."""
    out = [f"{prefix}{name} is required" for name in schema.get("required") or []]
    for name, sub in (schema.get("properties") or {}).items():
        out += [f"{prefix}{name}: {w}" for w in limit_words(sub)]
    forbidden = schema.get("not")
    if isinstance(forbidden, Mapping):
        names = [prefix + n for option in forbidden.get("anyOf", [forbidden]) for n in option.get("required", [])]
        if names:
            out.append(f"{', '.join(names)} {'is' if len(names) == 1 else 'are'} not allowed")
    handled = {"required", "properties", "not"}
    out += [f"{key}: {json.dumps(value)}" for key, value in schema.items() if key not in handled]
    return out


def rule_words(schema: Mapping[str, Any], prefix: str = "") -> list[str]:
    """The cross-field rules of an object schema: ``when generation_type is REFERENCE: duration: must be 8; ...``."""
    out = [
        f"{prefix}{name} needs {', '.join(prefix + n for n in needs)}"
        for name, needs in (schema.get("dependentRequired") or {}).items()
    ]
    for part in [schema, *schema.get("allOf", [])]:
        if not isinstance(part.get("if"), Mapping):
            continue
        condition = describe_condition(part["if"], prefix) or "always"
        for branch, word in (("then", "when"), ("else", "unless")):
            if isinstance(part.get(branch), Mapping):
                out.append(f"{word} {condition}: {'; '.join(_consequences(part[branch], prefix))}")
    return out
