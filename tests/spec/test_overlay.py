"""Overlays: applied in order, with a JSONPath library; a target that matches nothing stops the build."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from overlay import OverlayError, apply_overlays, load_overlays

ROOT = Path(__file__).resolve().parents[2]


def doc() -> dict[str, Any]:
    return {
        "components": {
            "schemas": {
                "ARequest": {"x-family": "a", "required": ["model", "prompt"], "properties": {"prompt": {}}},
                "BRequest": {"x-family": "b", "required": ["model"], "properties": {"image": {"type": "string"}}},
                "Other": {"type": "object"},
            }
        }
    }


def overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_update_merges_deeply_and_filters_select_nodes() -> None:
    out = apply_overlays(
        doc(),
        [("o.yaml", overlay({"target": "$.components.schemas[?@['x-family']]", "update": {"properties": {"n": {}}}}))],
    )
    assert set(out["components"]["schemas"]["ARequest"]["properties"]) == {"prompt", "n"}
    assert set(out["components"]["schemas"]["BRequest"]["properties"]) == {"image", "n"}
    assert "properties" not in out["components"]["schemas"]["Other"]


def test_actions_and_overlays_apply_in_order() -> None:
    first = overlay(
        {"target": "$.components.schemas.ARequest", "update": {"description": "one"}},
        {"target": "$.components.schemas.ARequest", "update": {"description": "two"}},
    )
    second = overlay({"target": "$.components.schemas[?@.description == 'two']", "update": {"title": "seen"}})
    out = apply_overlays(doc(), [("1.yaml", first), ("2.yaml", second)])
    assert out["components"]["schemas"]["ARequest"]["description"] == "two"
    assert out["components"]["schemas"]["ARequest"]["title"] == "seen"
    with pytest.raises(OverlayError):  # the other way round, the second overlay's filter finds nothing yet
        apply_overlays(doc(), [("2.yaml", second), ("1.yaml", first)])


def test_remove_deletes_the_selected_nodes_and_update_appends_to_arrays() -> None:
    out = apply_overlays(
        doc(),
        [
            (
                "o.yaml",
                overlay(
                    {"target": "$.components.schemas.ARequest.required[?@ == 'prompt']", "remove": True},
                    {"target": "$.components.schemas.BRequest.required", "update": "image"},
                ),
            )
        ],
    )
    assert out["components"]["schemas"]["ARequest"]["required"] == ["model"]
    assert out["components"]["schemas"]["BRequest"]["required"] == ["model", "image"]


def test_a_dangling_target_fails_naming_the_overlay_and_the_action() -> None:
    broken = overlay(
        {"target": "$.components.schemas.ARequest", "update": {"description": "fine"}},
        {"target": "$.components.schemas.ARequest.properties.duration", "description": "Veo's duration rule",
         "update": {"maximum": 8}},
    )  # fmt: skip
    with pytest.raises(OverlayError) as caught:
        apply_overlays(doc(), [("spec/overlays/evolink/veo.yaml", broken)])
    message = str(caught.value)
    assert "spec/overlays/evolink/veo.yaml" in message
    assert "action 2" in message and "Veo's duration rule" in message and "matches nothing" in message


def test_the_source_document_is_not_changed() -> None:
    original = doc()
    apply_overlays(original, [("o.yaml", overlay({"target": "$.components.schemas.Other", "update": {"x": 1}}))])
    assert original == doc()


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ({"overlay": "2.0.0", "actions": [{"target": "$", "remove": True}]}, "not an Overlay 1.0.0"),
        ({"overlay": "1.0.0", "actions": []}, "non-empty list of actions"),
        (overlay({"update": {}}), "needs a target"),
        (overlay({"target": "$.a", "update": {}, "remove": True}), "either updates or removes"),
        (overlay({"target": "$[?", "update": {}}), "action 1"),
        (overlay({"target": "$.components.schemas.Other.type", "update": {"a": 1}}), "neither an object nor"),
    ],
)
def test_malformed_overlays_are_refused(bad: dict[str, Any], words: str) -> None:
    with pytest.raises(OverlayError, match=words):
        apply_overlays(doc(), [("o.yaml", bad)])


def rules_in(update: Any) -> list[str]:
    """The keywords an update sets other than descriptions (nested objects are looked into)."""
    if not isinstance(update, dict):
        return ["(appended value)"]
    found: list[str] = []
    for key, value in update.items():
        if isinstance(value, dict):
            found += rules_in(value)
        elif key != "description":
            found.append(key)
    return found


def test_every_committed_overlay_action_that_changes_a_rule_says_why() -> None:
    overlays = load_overlays(ROOT / "spec/overlays/evolink")
    assert overlays, "no overlays"
    for name, content in overlays:
        assert content["overlay"] == "1.0.0", name
        for action in content["actions"]:
            if action.get("remove") or rules_in(action.get("update", {})):
                assert action.get("description"), f"{name}: say why the action on {action['target']} changes a rule"


def test_every_family_overlay_that_changes_a_rule_has_cross_field_cases() -> None:
    """A rule written in an overlay is only as good as a body that shows it refusing and accepting."""
    cases = {path.stem for path in (ROOT / "tests/spec/cross_field").glob("*.yaml")}
    for name, content in load_overlays(ROOT / "spec/overlays/evolink"):
        family = Path(name).stem
        if family in ("00-common", "files"):  # files: the files API, not a model family (tests/mock/test_files_api.py)
            continue
        changes = [a for a in content["actions"] if a.get("remove") or rules_in(a.get("update", {}))]
        assert not changes or family in cases, f"{name} changes rules: add tests/spec/cross_field/{family}.yaml"


def test_the_common_overlay_makes_every_request_strict() -> None:
    spec = yaml.safe_load((ROOT / "spec/evolink.openapi.yaml").read_text())
    requests = [s for s in spec["components"]["schemas"].values() if "x-family" in s]
    assert len(requests) >= 75
    assert all(s["additionalProperties"] is False for s in requests)
