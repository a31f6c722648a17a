"""Turn JSON Schema errors into messages a person can act on.

jsonschema says "'aaaa…' is too long"; a user needs "prompt: at most 2000
characters, got 2417". A :class:`Violation` names the field (a dotted path), the
rule (worded from the schema keyword and its value, so no limit is restated
here) and the offending value. The words are those of :mod:`evolink._schema_words`,
which ``evolink models`` uses too. Rules that come from an ``if``/``then`` say
when they apply ("when generation_type is REFERENCE").
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._schema_words import (
    IS_REQUIRED,
    RULES,
    describe_condition,
    forbidden_fields,
    needs,
    not_allowed,
    option_words,
    pattern_rule,
    sum_rule,
)

if TYPE_CHECKING:
    from jsonschema import ValidationError

__all__ = ["SUM_EQUALS", "Violation", "violations_from"]

_MISSING = object()
#: The evolink keyword for "these items' numbers add up to that field" (interpreted in ``_spec``).
SUM_EQUALS = "x-sum-equals"


@dataclasses.dataclass(frozen=True)
class Violation:
    """One broken rule: ``field`` (dotted path, ``body`` for the whole body), ``rule`` and ``value``.

    ``note`` says where the value came from when the user did not write it: a
    field left out is checked with its documented default (what the gateway
    will use), and a refusal of a value nobody typed would be puzzling without
    "(its default ...)".
    """

    field: str
    rule: str
    value: Any = dataclasses.field(default=_MISSING, repr=False)
    note: str = ""

    @property
    def message(self) -> str:
        note = f" ({self.note})" if self.note else ""
        if self.value is _MISSING:
            return f"{self.field}: {self.rule}{note}"
        return f"{self.field}: {self.rule}, got {_show(self.value)}{note}"

    def __str__(self) -> str:
        return self.message

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "rule": self.rule, "message": self.message}


def _show(value: Any, limit: int = 60) -> str:
    # Long values (a 2,000-character prompt) are counted, not printed; names a user typed are shown as typed.
    if (isinstance(value, str) and len(value) > limit) or (isinstance(value, list | dict) and len(value) > 20):
        kind = "characters" if isinstance(value, str) else "items"
        return f"{len(value)} {kind}"
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _join(path: Iterable[Any]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


def _child(path: Sequence[Any], name: str) -> str:
    return _join([*path, name])


def _condition(error: ValidationError, root: Mapping[str, Any], resolve_ref: Callable[[str], Any]) -> str:
    """When the failing rule sits under an ``if``'s then/else, the words for that condition."""
    node: Any = root
    condition = ""
    for part in error.absolute_schema_path:
        if isinstance(node, Mapping) and "$ref" in node and part not in node:
            node = resolve_ref(node["$ref"])
        if part in ("then", "else") and isinstance(node, Mapping) and "if" in node:
            words = describe_condition(node["if"])
            if words:
                condition = f" when {words}" if part == "then" else f" unless {words}"
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    return condition


#: Keywords whose limit is a count (characters, items): the violation shows the count, not the value itself.
_COUNTED = frozenset({"minLength", "maxLength", "minItems", "maxItems"})


def _one(error: ValidationError) -> Violation:
    kind = error.validator
    # jsonschema types these as "maybe unset"; an error from iter_errors always has them.
    limit: Any = error.validator_value
    value: Any = error.instance
    path = list(error.absolute_path)
    field = _join(path)
    if kind == "required":
        missing = [name for name in limit if isinstance(value, Mapping) and name not in value]
        return Violation(_child(path, missing[0] if missing else "?"), IS_REQUIRED)
    if kind == "additionalProperties":
        known = set((error.schema.get("properties") or {}) if isinstance(error.schema, Mapping) else ())
        extra = sorted(k for k in value if k not in known) if isinstance(value, Mapping) else []
        name = extra[0] if extra else "?"
        return Violation(_child(path, name), "is not a known field (check the spelling, or pass it in extra_body)")
    if kind == "dependentRequired":
        for name, required in limit.items():
            lacking = [n for n in required if isinstance(value, Mapping) and name in value and n not in value]
            if lacking:
                return Violation(_child(path, name), needs(lacking))
    if kind == "pattern" and isinstance(error.schema, Mapping):
        return Violation(field, pattern_rule(error.schema), value)
    if kind == SUM_EQUALS and isinstance(limit, Mapping) and isinstance(value, Mapping):
        # The keyword's own error carries both numbers: the sum found and the total it should reach.
        return Violation(field, sum_rule(limit, value.get("equals")), value.get("sum"))
    rule = RULES.get(str(kind))
    if rule is not None:
        return Violation(field, rule(limit), len(value) if kind in _COUNTED else value)
    if kind in ("anyOf", "oneOf") and isinstance(limit, list):
        options = [o for o in limit if isinstance(o, Mapping)]
        if options and all(set(o) == {"required"} for o in options):  # "at least one of these fields"
            return Violation(field, f"needs at least one of {', '.join(n for o in options for n in o['required'])}")
        words = [option_words(o) for o in options]
        if all(words):
            return Violation(field, f"must be {' or '.join(words)}", value)
    if kind == "not":
        clashes = [name for name in forbidden_fields(limit) if isinstance(value, Mapping) and name in value]
        if clashes:
            return Violation(_child(path, clashes[0]), not_allowed())
        return Violation(field, not_allowed(), value)
    return Violation(field, error.message)


def violations_from(
    errors: Iterable[ValidationError], root: Mapping[str, Any], resolve_ref: Callable[[str], Any]
) -> list[Violation]:
    """Worded violations, one per distinct message, in field order.

    ``root`` is the schema the errors came from and ``resolve_ref`` follows a
    ``$ref`` string, so a rule can be traced back to the ``if`` it hangs on.
    """
    out: dict[str, Violation] = {}
    for error in errors:
        found = _one(error)
        condition = _condition(error, root, resolve_ref)
        if condition:
            found = dataclasses.replace(found, rule=found.rule + condition)
        out.setdefault(found.message, found)
    return sorted(out.values(), key=lambda v: v.field)
