"""The version is stated in pyproject.toml and in evolink._version: the two must agree."""

from __future__ import annotations

import tomllib
from pathlib import Path

import evolink


def test_the_package_version_is_the_projects() -> None:
    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    assert evolink.__version__ == project["project"]["version"]
