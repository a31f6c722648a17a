"""The openapi-python-client call that turns a merged spec into a generated package: stated once.

`make generate` runs it per API and tests/spec/test_regenerate.py imports
:func:`run`, so the check that a docs change regenerates exactly one file
runs the very generator invocation the build does (our templates included).

The generator's endpoint model drops ``servers``, so the operations that live
on another origin (the files API) reach our ``api/__init__.py`` template
through one more template written per run, ``servers.jinja``, that maps
``"METHOD /path"`` to the server the spec gives that path or operation.

    python spec/generator.py SPEC.yaml OUTPUT_DIR API
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

SPEC_DIR = Path(__file__).resolve().parent
#: Our templates: they add the pure request builders to each package's ``api/__init__.py``.
TEMPLATES = SPEC_DIR / "templates"
BIN = Path(sys.executable).parent
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operation_servers(doc: dict[str, Any]) -> dict[str, str]:
    """``"POST /path"`` -> its server URL, for every operation whose path item or operation names ``servers``."""
    found: dict[str, str] = {}
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                servers = item[method].get("servers") or item.get("servers")
                if servers:
                    found[f"{method.upper()} {path}"] = str(servers[0]["url"])
    return found


def templates_for(spec: Path, folder: Path) -> Path:
    """Our templates plus ``servers.jinja`` for ``spec``, copied into ``folder``: the ``--custom-template-path``."""
    templates = folder / "templates"
    shutil.copytree(TEMPLATES, templates)
    servers = operation_servers(yaml.safe_load(spec.read_text(encoding="utf-8")))
    (templates / "servers.jinja").write_text(f"{{% set servers = {json.dumps(servers, sort_keys=True)} %}}\n")
    return templates


def command(spec: Path, output: Path, api: str, templates: Path = TEMPLATES) -> list[str]:
    """The generator's argument list for ``api`` (``evolink`` or ``uniall``): ``spec`` into the package ``output``."""
    return [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--meta",
        "none",
        "--output-path",
        str(output),
        "--overwrite",
        "--fail-on-warning",
        "--config",
        str(SPEC_DIR / f"openapi-python-client.{api}.yaml"),
        "--custom-template-path",
        str(templates),
    ]


def run(spec: Path, output: Path, api: str) -> None:
    """Generate, with the venv's tools first on PATH (the post hooks run its ruff); raise when the generator fails."""
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory() as folder:
        templates = templates_for(spec, Path(folder))
        subprocess.run(command(spec, output, api, templates), check=True, capture_output=True, env=env)


def main(argv: list[str]) -> int:
    spec, output, api = argv
    try:
        run(Path(spec), Path(output), api)
    except subprocess.CalledProcessError as exc:
        sys.stderr.write(exc.stdout.decode() + exc.stderr.decode())
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
