"""JSON Schema keywords in words: the one table that validation messages and model descriptions share.

A limit is written once, in the spec; how it reads is written once, here. A
refused request ("duration: must be one of 4, 6, 8, got 5") and the description
of the same parameter in ``evolink models`` or ``--help`` ("must be one of 4, 6,
8") use the same words, so a user who read one recognises the other. The
functions below only arrange these words (ranges, ``if``/``then`` rules); any
layout (tables, brackets) is the caller's.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = [
    "IS_REQUIRED",
    "RULES",
    "describe_condition",
    "describe_limits",
    "describe_rules",
    "forbidden_fields",
    "needs",
    "not_allowed",
    "option_words",
    "pattern_rule",
    "sum_rule",
]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _choices(values: Sequence[Any]) -> str:
    """Values as a user types them: strings bare, everything else as JSON."""
    return ", ".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in values)


def _type(kind: str | list[str]) -> str:
    return " or ".join(kind) if isinstance(kind, list) else kind


#: Each value keyword, and the rule it states given its value in the schema.
RULES: Mapping[str, Callable[[Any], str]] = {
    "minimum": lambda n: f"at least {n}",
    "maximum": lambda n: f"at most {n}",
    "exclusiveMinimum": lambda n: f"more than {n}",
    "exclusiveMaximum": lambda n: f"less than {n}",
    "minLength": lambda n: f"at least {_plural(n, 'character')}",
    "maxLength": lambda n: f"at most {_plural(n, 'character')}",
    "minItems": lambda n: f"at least {_plural(n, 'item')}",
    "maxItems": lambda n: f"at most {_plural(n, 'item')}",
    "enum": lambda values: f"must be one of {_choices(values)}",
    "const": lambda value: f"must be {_choices([value])}",
    "type": lambda kind: f"must be of type {_type(kind)}",
    "pattern": lambda pattern: f"must match the pattern {pattern}",
    "format": lambda name: f"must be a valid {name}",
}
#: A ``required`` field that is missing.
IS_REQUIRED = "is required"
#: Lower and upper bound keywords that read as one range ("from 1 to 4 items"), with the unit they count.
_RANGES = (("minimum", "maximum", ""), ("minLength", "maxLength", "character"), ("minItems", "maxItems", "item"))
#: Keywords that say what a value is rather than limit it: a description shows them as its type, not among its limits.
_SHOWN_ELSEWHERE = frozenset({"type", "format"})


def pattern_rule(schema: Mapping[str, Any]) -> str:
    """What a ``pattern`` asks, in the spec's own words (``x-pattern-rule``) when it gives them.

    A regular expression such as ``\\S`` or ``^https?://`` means little to most
    users; the overlay that adds it can say what it means ("must not be empty
    or blank"), next to the pattern, so the words live in the spec too.
    """
    words = schema.get("x-pattern-rule")
    return str(words) if words else RULES["pattern"](schema.get("pattern"))


def sum_rule(rule: Mapping[str, Any], total: Any) -> str:
    """What an ``x-sum-equals`` rule asks: ``each item's duration must add up to duration (10)``."""
    of, equals = rule.get("sum") or ["?"], rule.get("equals") or ["?"]
    return f"each item's {of[-1]} must add up to {'.'.join(map(str, equals))} ({total})"


def not_allowed(count: int = 1) -> str:
    """What a ``not: {required: [...]}`` says of the fields it forbids (``count`` of them, named before it)."""
    return f"{'is' if count == 1 else 'are'} not allowed"


def needs(names: Sequence[str]) -> str:
    """What ``dependentRequired`` asks of a field that is given: ``needs fps, loop``."""
    return f"needs {', '.join(names)}"


def _range(low: Any, high: Any, unit: str) -> str:
    return f"from {low} to {_plural(high, unit) if unit else high}"


def describe_limits(schema: Mapping[str, Any]) -> list[str]:
    """Each limit the schema puts on a value, a lower and upper bound as one range; an array's item limits too."""
    words: list[str] = []
    paired: set[str] = set()
    for low, high, unit in _RANGES:
        if low in schema and high in schema:
            words.append(_range(schema[low], schema[high], unit))
            paired |= {low, high}
    skipped = paired | _SHOWN_ELSEWHERE
    words += [
        pattern_rule(schema) if key == "pattern" else rule(schema[key])
        for key, rule in RULES.items()
        if key in schema and key not in skipped
    ]
    items = schema.get("items")
    if isinstance(items, Mapping) and items.get("type") != "object" and "properties" not in items:
        # an array of objects: the objects' fields are described one by one, not here
        words += [f"each {w}" for w in describe_limits(items)]
    return words


def option_words(schema: Mapping[str, Any]) -> str:
    """One branch of an ``anyOf`` on a value, in words ("-1", "from 2 to 30"); empty when it has no short form."""
    if "const" in schema:
        return _choices([schema["const"]])
    if "enum" in schema:
        return f"one of {_choices(schema['enum'])}"
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        return _range(low, high, "")
    if low is not None or high is not None:
        return RULES["minimum"](low) if low is not None else RULES["maximum"](high)
    return ""


def describe_condition(schema: Mapping[str, Any], prefix: str = "") -> str:
    """Words for an ``if`` schema: "generation_type is REFERENCE and duration is given"."""
    parts: list[str] = []
    properties = schema.get("properties") or {}
    for name, sub in properties.items():
        field = f"{prefix}{name}"
        if not isinstance(sub, Mapping):
            continue
        if "const" in sub:
            parts.append(f"{field} is {_choices([sub['const']])}")
        elif "enum" in sub:
            parts.append(f"{field} is one of {_choices(sub['enum'])}")
        elif "properties" in sub:
            parts.append(describe_condition(sub, prefix=f"{field}."))
    for name in schema.get("required") or []:
        if name not in properties:
            parts.append(f"{prefix}{name} is given")
    return " and ".join(p for p in parts if p)


def forbidden_fields(schema: Any) -> list[str]:
    """The fields a ``not`` schema forbids: ``not: {anyOf: [{required: [a]}, {required: [b]}]}`` -> a, b."""
    if not isinstance(schema, Mapping):
        return []
    return [name for option in schema.get("anyOf", [schema]) for name in option.get("required", [])]


def _consequences(schema: Mapping[str, Any], prefix: str) -> list[str]:
    """What a ``then``/``else`` branch demands, one phrase per demand."""
    out = [f"{prefix}{name} {IS_REQUIRED}" for name in schema.get("required") or []]
    for name, sub in (schema.get("properties") or {}).items():
        out += [f"{prefix}{name}: {w}" for w in describe_limits(sub)]
    forbidden = [prefix + name for name in forbidden_fields(schema.get("not"))]
    if forbidden:
        out.append(f"{', '.join(forbidden)} {not_allowed(len(forbidden))}")
    handled = {"required", "properties", "not"}
    out += [f"{key}: {json.dumps(value)}" for key, value in schema.items() if key not in handled]
    return out


def describe_rules(schema: Mapping[str, Any], prefix: str = "") -> list[str]:
    """The cross-field rules of an object schema: ``when generation_type is REFERENCE: duration: must be 8; ...``.

    ``prefix`` is put before every field name (``model_params.``) for the rules of a nested object.
    """
    out = [
        f"{prefix}{name} {needs([prefix + n for n in required])}"
        for name, required in (schema.get("dependentRequired") or {}).items()
    ]
    summed = schema.get("x-sum-equals")
    if isinstance(summed, Mapping):
        steps = [str(step) for step in summed.get("sum") or []]
        where = ".".join(steps).replace(".*", "[]")
        out.append(f"{prefix}{where} must add up to {prefix}{'.'.join(map(str, summed.get('equals') or []))}")
    for part in [schema, *schema.get("allOf", [])]:
        if not isinstance(part.get("if"), Mapping):
            continue
        condition = describe_condition(part["if"], prefix) or "always"
        for branch, word in (("then", "when"), ("else", "unless")):
            if isinstance(part.get(branch), Mapping):
                out.append(f"{word} {condition}: {'; '.join(_consequences(part[branch], prefix))}")
    return out
