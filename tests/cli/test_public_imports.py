"""The command line is built on the library's public API only: no module of ``evolink.cli`` imports a private name.

What the CLI needs, a tool of one's own needs too; a private import would hide
that need (and break on a refactor no changelog mentions). Read from the
source with ``ast``, so an import anywhere counts, under ``if`` or in a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import evolink.cli

CLI_PACKAGE = "evolink.cli"
CLI_DIR = Path(evolink.cli.__file__).parent


def _private(dotted: str) -> bool:
    """A library name outside the CLI with a segment after ``evolink`` that starts with ``_`` (dunders aside)."""
    if dotted == CLI_PACKAGE or dotted.startswith(CLI_PACKAGE + "."):
        return False
    root, *rest = dotted.split(".")
    return root == "evolink" and any(p.startswith("_") and not (p.startswith("__") and p.endswith("__")) for p in rest)


def private_imports(source: str, package: str = CLI_PACKAGE) -> list[str]:
    """Every private library name ``source`` (a module of ``package``) imports, relative imports resolved."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if _private(alias.name)]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names = [module, *(f"{module}.{alias.name}" for alias in node.names)]
            found += [name for name in names if _private(name)][:1]
    return found


@pytest.mark.parametrize(
    ("source", "private"),
    [
        ("from evolink._spec import ApiSpec", ["evolink._spec"]),
        ("import evolink._batch as b", ["evolink._batch"]),
        ("from evolink import _violations", ["evolink._violations"]),
        ("from evolink.spec import _hidden", ["evolink.spec._hidden"]),
        ("from .. import _files", ["evolink._files"]),
        ("from .._core import ByteProgress", ["evolink._core"]),
        ("def f():\n    from evolink._text import terminal_safe", ["evolink._text"]),
        ("from evolink import Violation, __version__", []),
        ("from evolink.batch import Batch", []),
        ("from ..spec import describe_limits", []),
        ("from .terminal import terminal_safe", []),
        ("from . import schema", []),
        ("import evolink", []),
    ],
)
def test_the_check_finds_private_imports_and_only_those(source: str, private: list[str]) -> None:
    assert private_imports(source) == private


@pytest.mark.parametrize("path", sorted(CLI_DIR.glob("*.py")), ids=lambda p: p.name)
def test_no_cli_module_imports_a_private_library_name(path: Path) -> None:
    assert private_imports(path.read_text(encoding="utf-8")) == []
