"""The README's model table is the spec's catalogue: every model, by family, with what it takes."""

from __future__ import annotations

import re
from pathlib import Path

from evolink._spec import evolink_spec, uniall_spec
from evolink.cli.catalog import input_kinds

ROOT = Path(__file__).resolve().parents[2]
KINDS = ("text", "image", "video", "audio", "elements")


def expected_table() -> str:
    """The table as the spec has it: one row per EvoLink docs family, then UniAll's models."""
    spec = evolink_spec()
    families: dict[str, list[str]] = {}
    for model in spec.models:
        families.setdefault(spec.model_family(model) or "", []).append(model)
    rows = ["| family | models | inputs |", "|---|---|---|"]
    for family, models in sorted(families.items()):
        takes = {kind for model in models for kind in input_kinds(spec, model)}
        notes = []
        for model in sorted(models):
            note = " (makes an element)" if spec.model_output(model) != "video" else ""
            note += " (retired)" if spec.model_schema(model).get("deprecated") else ""
            notes.append(f"`{model}`{note}")
        rows.append(f"| {family} | {', '.join(notes)} | {', '.join(k for k in KINDS if k in takes)} |")
    uniall = uniall_spec()
    takes = {kind for model in uniall.models for kind in input_kinds(uniall, model)}
    models = ", ".join(f"`{m}`" for m in uniall.models)
    rows.append(f"| UniAll: veo3.1 | {models} | {', '.join(k for k in KINDS if k in takes)} |")
    return "\n".join(rows)


def test_the_readme_model_table_matches_the_spec() -> None:
    text = (ROOT / "README.md").read_text()
    section = text.split("\n## Models\n", 1)[1].split("\n## ", 1)[0]
    table = "\n".join(line for line in section.splitlines() if line.startswith("|"))
    assert table == expected_table(), "replace the table in README.md's Models section with:\n" + expected_table()


def test_the_table_names_every_model_once() -> None:
    named = re.findall(r"`([^`]+)`", expected_table())
    assert sorted(named) == sorted(evolink_spec().models + uniall_spec().models)
