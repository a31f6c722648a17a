"""The openapi-python-client call that turns a merged spec into a generated package: stated once.

`make generate` runs it per API and tests/spec/test_regenerate.py imports
:func:`command`, so the check that a docs change regenerates exactly one file
runs the very generator invocation the build does (our templates included).

    python spec/generator.py SPEC.yaml OUTPUT_DIR API
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SPEC_DIR = Path(__file__).resolve().parent
#: Our templates: they add the pure request builders to each package's ``api/__init__.py``.
TEMPLATES = SPEC_DIR / "templates"
BIN = Path(sys.executable).parent


def command(spec: Path, output: Path, api: str) -> list[str]:
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
        str(TEMPLATES),
    ]


def run(spec: Path, output: Path, api: str) -> None:
    """Generate, with the venv's tools first on PATH (the post hooks run its ruff); raise when the generator fails."""
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(command(spec, output, api), check=True, capture_output=True, env=env)


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
