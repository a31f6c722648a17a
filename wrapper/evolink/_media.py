"""Which of a model's fields take an image, a video or an audio clip: the one rule, read from the spec.

The client (which uploads a local image given to an image field and refuses one
given to any other field), the typed per-model signatures and ``evolink models``
all ask this module, so they can never disagree.

A field is a medium's when it holds a link - a string, or a list of strings,
that the spec does not narrow to something else (a ``pattern``, an ``enum``, a
``const``: an id or a choice, not a link; a ``format: uri`` string stays a link
whatever its pattern, which then only narrows the scheme to ``http(s)://``) -
and its own name says which medium:
``image_start``, ``image_urls``, ``mask_url`` (a mask is an image), ``video_url``,
``audio_urls``, ``refer_images[].image_url``. The spec gives most such fields
``format: uri``, but not all (some models also take base64 there), so the
format is not required.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, Literal

from ._spec import ApiSpec

__all__ = ["MEDIA_KINDS", "Medium", "media_fields"]

Medium = Literal["image", "video", "audio"]
#: Every medium, in the order listings show them.
MEDIA_KINDS: tuple[Medium, ...] = ("image", "video", "audio")
#: The words in a field's own name that say its medium, tried in this order.
_WORDS: tuple[tuple[str, Medium], ...] = (("image", "image"), ("mask", "image"), ("video", "video"), ("audio", "audio"))


def media_fields(spec: ApiSpec, model: str) -> dict[str, Medium]:
    """``model``'s media fields by name - ``image_start``, ``model_params.refer_images[].image_url`` - and medium.

    A name is dotted through objects and takes ``[]`` after a list of objects (``evolink models`` spells
    nested parameters the same way); a list of links is named by the list. Empty for a model the spec does
    not know. See the module docstring for the rule.
    """
    return dict(_media_fields(spec, model)) if spec.knows(model) else {}


@cache
def _media_fields(spec: ApiSpec, model: str) -> tuple[tuple[str, Medium], ...]:
    return tuple(_walk(spec, spec.model_schema(model), ""))


def _walk(spec: ApiSpec, schema: Mapping[str, Any], prefix: str) -> Iterator[tuple[str, Medium]]:
    for name, node in (schema.get("properties") or {}).items():
        if not isinstance(node, Mapping):
            continue
        field = _settled(spec, node)
        items = _settled(spec, field["items"]) if isinstance(field.get("items"), Mapping) else {}
        medium = _medium(name)
        if medium is not None and (_is_link(field) or (field.get("type") == "array" and _is_link(items))):
            yield prefix + name, medium
        elif "properties" in field:
            yield from _walk(spec, field, f"{prefix}{name}.")
        elif "properties" in items:
            yield from _walk(spec, items, f"{prefix}{name}[].")


def _settled(spec: ApiSpec, node: Mapping[str, Any]) -> dict[str, Any]:
    """``node`` with its ``$ref`` followed and a nullable ``oneOf``/``anyOf`` reduced to its one non-null branch."""
    schema = spec.resolve(node)
    branches = [spec.resolve(b) for b in schema.get("oneOf", schema.get("anyOf", [])) if isinstance(b, Mapping)]
    real = [b for b in branches if b.get("type") != "null"]
    return real[0] if len(real) == 1 else schema


def _is_link(schema: Mapping[str, Any]) -> bool:
    if schema.get("type") != "string" or "enum" in schema or "const" in schema:
        return False
    # A URI's pattern says which schemes it takes (the spec's ``^https?://``); on anything else, it is an id's.
    return schema.get("format") == "uri" or "pattern" not in schema


def _medium(name: str) -> Medium | None:
    lowered = name.lower()
    return next((medium for word, medium in _WORDS if word in lowered), None)
