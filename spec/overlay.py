"""Apply OpenAPI Overlay 1.0 documents: our corrections, kept apart from the provider's facts.

An overlay is a list of actions; each names its ``target`` with a JSONPath
(RFC 9535) query, evaluated by ``jsonpath-rfc9535`` rather than by a parser of
our own, and either ``update``s every node it selects or ``remove``s it:

* ``update`` on an object merges recursively: nested objects are merged key by
  key, any other value (strings, numbers, arrays) replaces what was there;
* ``update`` on an array appends the value;
* ``remove: true`` deletes the selected nodes from their parents.

Overlays are applied in file-name order and their actions in document order,
so a later action sees what an earlier one did. An action whose target selects
nothing is an error naming the overlay file and the action: when the provider
renames or drops a field we correct, the build stops instead of the correction
quietly vanishing.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
import yaml

__all__ = ["OverlayError", "apply_overlay", "apply_overlays", "load_overlays"]

VERSION = "1.0.0"


class OverlayError(Exception):
    """An overlay is malformed or an action cannot be applied; the message names the file and the action."""


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def _describe(index: int, action: dict[str, Any]) -> str:
    text = f"action {index + 1} (target {action.get('target')!r}"
    if action.get("description"):
        text += f": {action['description']}"
    return text + ")"


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any], name: str) -> None:
    """Apply one overlay to ``document`` in place; ``name`` is how errors refer to the overlay."""
    if str(overlay.get("overlay", "")).split(".")[0] != VERSION.split(".")[0]:
        raise OverlayError(f"{name}: not an Overlay {VERSION} document (overlay: {overlay.get('overlay')!r})")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError(f"{name}: an overlay needs a non-empty list of actions")
    for index, action in enumerate(actions):
        where = f"{name}: {_describe(index, action)}"
        if not isinstance(action.get("target"), str):
            raise OverlayError(f"{where}: every action needs a target")
        removing = action.get("remove") is True
        if removing == ("update" in action):
            raise OverlayError(f"{where}: an action either updates or removes")
        try:
            nodes = list(jsonpath.find(action["target"], document))
        except jsonpath.JSONPathError as exc:
            raise OverlayError(f"{where}: {exc}") from exc
        if not nodes:
            raise OverlayError(f"{where}: the target matches nothing in the document")
        if removing:
            _remove(nodes, where)
            continue
        for node in nodes:
            value = node.value
            if isinstance(value, dict) and isinstance(action["update"], dict):
                _merge(value, action["update"])
            elif isinstance(value, list):
                value.append(copy.deepcopy(action["update"]))
            else:
                raise OverlayError(f"{where}: cannot update {node.path()}, which is neither an object nor an array")


def _remove(nodes: list[Any], where: str) -> None:
    # Remove array items from the highest index down, so earlier removals do not shift later ones.
    for node in sorted(
        nodes, key=lambda n: n.location[-1] if n.location and isinstance(n.location[-1], int) else -1, reverse=True
    ):
        if node.parent is None:
            raise OverlayError(f"{where}: cannot remove the document itself")
        container, key = node.parent.value, node.location[-1]
        del container[key]


def load_overlays(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    """Every ``*.yaml`` overlay in ``folder``, in file-name order, with the name errors will use."""
    return [(str(p), yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.yaml"))]


def apply_overlays(document: dict[str, Any], overlays: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """A copy of ``document`` with ``overlays`` applied in the order given."""
    result = copy.deepcopy(document)
    for name, overlay in overlays:
        apply_overlay(result, overlay, name)
    return result
