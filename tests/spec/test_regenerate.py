"""A provider-docs change is a one-file change: re-import (here: edit the imported source), regenerate, and the
client follows."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

import generator
from specmerge import main as merge_main

ROOT = Path(__file__).resolve().parents[2]


def test_adding_a_duration_to_a_source_changes_the_generated_client(tmp_path: Path) -> None:
    imported = tmp_path / "imported"
    shutil.copytree(ROOT / "spec/imported/evolink", imported)
    page = imported / "veo-3.1-fast-generate-preview.yaml"
    doc = yaml.safe_load(page.read_text())
    duration = doc["components"]["schemas"]["Veo31FastGeneratePreviewRequest"]["properties"]["duration"]
    assert duration["enum"] == [4, 6, 8]
    duration["enum"].append(12)
    page.write_text(yaml.safe_dump(doc, sort_keys=True))

    merged = tmp_path / "evolink.openapi.yaml"
    folders = [str(ROOT / "spec/sources/evolink"), str(imported), "--overlays", str(ROOT / "spec/overlays/evolink")]
    assert merge_main([str(ROOT / "spec/evolink.merge.yaml"), *folders, "-o", str(merged)]) == 0
    out = tmp_path / "evolink_api"
    generator.run(merged, out, "evolink")
    name = "models/veo_31_fast_generate_preview_request_duration.py"
    before = (ROOT / "wrapper/evolink/_generated/evolink_api" / name).read_text()
    after = (out / name).read_text()
    assert "Literal[4, 6, 8]" in before
    assert "Literal[4, 6, 8, 12]" in after
    # nothing else in the client changed
    changed = {
        str(p.relative_to(out))
        for p in out.rglob("*.py")
        if p.read_text() != (ROOT / "wrapper/evolink/_generated/evolink_api" / p.relative_to(out)).read_text()
    }
    assert changed == {name}
