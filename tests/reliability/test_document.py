"""RELIABILITY.md names a test for every guarantee, and every test it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_guarantee_names_existing_tests() -> None:
    text = (ROOT / "RELIABILITY.md").read_text()
    rows = [
        line for line in text.splitlines() if line.startswith("| ") and not line.startswith(("| guarantee", "|---"))
    ]
    assert len(rows) >= 25
    current_file = None
    for row in rows:
        refs = re.findall(r"`((?:tests/[\w/]+\.py)?(?:::)?(?:\w+)?)`", row.split("|")[2])
        named = [r for r in refs if "::" in r or r.startswith("tests/") or r.startswith("bench")]
        assert named or "bench/" in row, f"a guarantee without a test: {row}"
        for ref in refs:
            path, _, name = ref.partition("::")
            if path:
                current_file = path
            if not name:
                continue
            assert current_file, ref
            source = (ROOT / current_file).read_text()
            assert re.search(rf"def {re.escape(name)}\(", source), f"{current_file}::{name} does not exist"
