"""Words for a parameter's type and default, read from its schema; its limits and rules are the library's.

``--help`` and ``evolink models MODEL`` show these, so a user can see that
``duration`` takes 4, 6 or 8 before the request is refused for a 5. Limits and
cross-field rules are worded by :func:`evolink.spec.describe_limits` and
:func:`evolink.spec.describe_rules`, in the words of the library's validation
messages; the type and the default are the command line's own way to write
them (``URL``, ``list of integer``, ``true``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .schema import Field, json_type

__all__ = ["default_words", "type_words"]


def _scalar_type(schema: Mapping[str, Any]) -> str:
    kind = json_type(schema)
    if kind == "string" and schema.get("format") == "uri":
        return "URL"
    return "JSON object" if kind == "object" else kind


def type_words(field: Field) -> str:
    """``integer``, ``URL``, ``JSON object``, ``list of URL``, ..."""
    return f"list of {_scalar_type(field.items)}" if field.kind == "array" else _scalar_type(field.schema)


def default_words(schema: Mapping[str, Any]) -> str:
    """The default as it would be typed (``true``, ``720p``); empty when the schema has none."""
    if "default" not in schema:
        return ""
    value = schema["default"]
    return value if isinstance(value, str) else json.dumps(value)
