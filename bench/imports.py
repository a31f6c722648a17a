"""Import rows: a cold ``import evolink`` against ``import httpx`` and ``import openai``, in two environments.

httpx 0.28 imports click, rich and pygments whenever they are installed
(encode/httpx#3547), and our CLI's dependencies install them: in the project's
environment that cost lands on both sides of every ratio. The same ratios are
therefore also measured in a second environment without click and rich, as a
user embedding evolink in a service without the CLI's packages would have it.
That environment is a venv under the temporary folder whose site-packages
links to the project's, less click and rich: the same versions of everything
else, made in a moment and without a package index.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from rows import Row

#: The distributions the CLI needs and a library user may not have (their own files and metadata).
_CLI_ONLY = ("click", "rich")


def import_time(python: str, module: str, repeat: int = 15) -> float:
    """Median wall time of a fresh ``python`` importing ``module``, minus the same interpreter importing nothing.

    The two runs alternate, so a busy spell on the machine lands on both.
    """
    import time

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([python, "-c", code], check=True)
        return time.perf_counter() - start

    pairs = [(run(f"import {module}"), run("pass")) for _ in range(repeat)]
    return statistics.median(a - b for a, b in pairs)


def slim_python() -> str:
    """A venv's interpreter seeing this environment's packages except click and rich (made once, then reused)."""
    site = Path(sysconfig.get_paths()["purelib"])
    home = Path(tempfile.gettempdir()) / "evolink-bench-without-cli"
    python = home / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(home)], check=True)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    target = home / "lib" / version / "site-packages"
    for entry in site.iterdir():
        link = target / entry.name
        if entry.name.lower().startswith(_CLI_ONLY) or link.exists() or link.is_symlink():
            continue
        link.symlink_to(entry)
    check = (
        "import importlib.util as u, sys; sys.exit(u.find_spec('click') is not None or u.find_spec('rich') is not None)"
    )
    subprocess.run([str(python), "-c", check], check=True)
    return str(python)


def _rows(python: str, where: str) -> list[Row]:
    for module in ("evolink", "httpx", "openai"):  # byte-compiled once, outside the timing
        subprocess.run([python, "-c", f"import {module}"], check=True)
    evolink = import_time(python, "evolink")
    httpx = import_time(python, "httpx")
    openai = import_time(python, "openai")
    return [
        Row(f"cold import evolink vs httpx ({where})", evolink, httpx, "<= 1.3x", evolink <= 1.3 * httpx, "s"),
        Row(f"cold import evolink vs openai ({where})", evolink, openai, "<= 0.25x", evolink <= 0.25 * openai, "s"),
    ]


def bench_imports() -> list[Row]:
    return _rows(sys.executable, "with click, rich") + _rows(slim_python(), "without click, rich")
