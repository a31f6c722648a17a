"""The second pass over a request's defaults is skipped only where it could not find anything: for every model,
every example with each defaulted field left out gives the same violations with the shortcut as without it."""

from __future__ import annotations

from typing import Any

import pytest
from catalogue import EXAMPLES, valid_body

from evolink._spec import evolink_spec

SPEC = evolink_spec()


def _bodies(model: str) -> list[dict[str, Any]]:
    """The model's example (or a valid body), and the same with each field that has a default left out."""
    base = dict(EXAMPLES.get(model) or valid_body(model))
    defaulted = [
        name
        for name, node in SPEC.model_schema(model).get("properties", {}).items()
        if isinstance(node, dict) and "default" in SPEC.resolve(node) and name != "model"
    ]
    return [base, *({k: v for k, v in base.items() if k != name} for name in defaulted)]


@pytest.mark.parametrize("model", sorted(SPEC.models))
def test_the_shortcut_never_changes_a_verdict(model: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for body in _bodies(model):
        shortcut = SPEC.check_request(body)
        monkeypatch.setattr(SPEC, "_fields_in_rules", lambda model: frozenset({"*"}))  # every pass runs
        full = SPEC.check_request(body)
        monkeypatch.undo()
        assert shortcut == full, body


@pytest.mark.parametrize("model", sorted(SPEC.models))
def test_every_documented_default_is_valid_for_its_own_field(model: str) -> None:
    """What the shortcut assumes: a default breaks no rule of its own field, only rules between fields can."""
    base = dict(EXAMPLES.get(model) or valid_body(model))
    for name, node in SPEC.model_schema(model).get("properties", {}).items():
        field = SPEC.resolve(node) if isinstance(node, dict) else {}
        if "default" in field and name != "model":
            found = SPEC.check_request({**base, name: field["default"]})
            assert not [v for v in found if v.field == name], (name, field["default"], found)
