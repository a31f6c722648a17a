"""What installing evolink puts on a user's machine: one top-level package, with its generated clients inside."""

from __future__ import annotations

import zipfile
from pathlib import Path

from hatchling.builders.wheel import WheelBuilder

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_installs_one_top_level_package_with_the_generated_clients_inside(tmp_path: Path) -> None:
    (wheel,) = WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"])
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top_level == {"evolink"}
    for api in ("evolink_api", "uniall_api"):
        assert f"evolink/_generated/{api}/openapi.json" in names
        assert f"evolink/_generated/{api}/py.typed" in names
    assert "evolink/py.typed" in names
