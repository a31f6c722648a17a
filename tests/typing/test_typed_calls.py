"""User code checked against the per-model signatures by mypy and by pyright (the versions pyproject.toml pins).

Each checker runs once over every snippet in ``snippets/`` (one process each, a few seconds) and the tests read
its diagnostics by line: ``right.py`` must check clean, and every line of ``wrong.py`` marked ``# wrong: <why>``
must be refused as a call no overload accepts - while no other line of it may fail. The checkers run from a
temporary folder, so neither this project's settings nor a cache in the repository take part: this is what a
user's checker sees of the installed package.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

SNIPPETS = Path(__file__).parent / "snippets"
RIGHT = SNIPPETS / "right.py"
WRONG = SNIPPETS / "wrong.py"
MARK = re.compile(r"\)  # wrong: (?P<why>.+)$")
CALL = re.compile(r"\.videos\.(?P<method>\w+)\(")


@dataclass(frozen=True)
class Diagnostic:
    file: str
    line: int
    code: str
    message: str


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=110)
    assert result.returncode in (0, 1), f"{command[2]} failed to run:\n{result.stdout}\n{result.stderr}"
    return result


def mypy(workdir: Path) -> list[Diagnostic]:
    flags = ["--strict", "--no-pretty", "--hide-error-context", "--no-error-summary", "--show-error-codes"]
    cache = ["--cache-dir", str(workdir / "mypy-cache")]
    result = _run([sys.executable, "-m", "mypy", *flags, *cache, str(RIGHT), str(WRONG)], workdir)
    error = re.compile(r"^(?P<file>.+?):(?P<line>\d+): error: (?P<message>.*?)  \[(?P<code>[\w-]+)\]$")
    found = [error.match(line) for line in result.stdout.splitlines() if ": error: " in line]
    assert all(found), f"unparsed mypy output:\n{result.stdout}"
    return [Diagnostic(Path(m["file"]).name, int(m["line"]), m["code"], m["message"]) for m in found if m]


def pyright(workdir: Path) -> list[Diagnostic]:
    command = [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable, str(RIGHT), str(WRONG)]
    report = json.loads(_run(command, workdir).stdout)
    return [
        Diagnostic(Path(d["file"]).name, d["range"]["start"]["line"] + 1, d.get("rule", ""), d["message"])
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]


CHECKERS = {"mypy": mypy, "pyright": pyright}
#: How each checker says "no overload accepts this call" of a method: its error code and message start.
REFUSAL = {
    "mypy": ("call-overload", 'No overload variant of "{method}"'),
    "pyright": ("reportCallIssue", 'No overloads for "{method}"'),
}


@pytest.fixture(scope="module", params=sorted(CHECKERS))
def checked(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[Diagnostic]]:
    """(checker name, its errors over every snippet): one run per checker per session."""
    name = str(request.param)
    return name, CHECKERS[name](tmp_path_factory.mktemp(name))


def wrong_calls() -> list[tuple[int, str, str]]:
    """(line, method, why) of every marked line of wrong.py."""
    calls = []
    for number, text in enumerate(WRONG.read_text().splitlines(), start=1):
        if mark := MARK.search(text):
            call = CALL.search(text)
            assert call, f"wrong.py:{number} is marked but calls no videos method"
            calls.append((number, call["method"], mark["why"]))
    return calls


WRONG_CALLS = [pytest.param(*call, id=f"line{call[0]}-{call[1]}-{call[2]}") for call in wrong_calls()]


def test_right_calls_check_clean(checked: tuple[str, list[Diagnostic]]) -> None:
    name, diagnostics = checked
    assert [d for d in diagnostics if d.file == RIGHT.name] == [], name


@pytest.mark.parametrize(("line", "method", "why"), WRONG_CALLS)
def test_wrong_call_is_refused(checked: tuple[str, list[Diagnostic]], line: int, method: str, why: str) -> None:
    name, diagnostics = checked
    code, message = REFUSAL[name]
    here = [d for d in diagnostics if d.file == WRONG.name and d.line == line]
    assert any(d.code == code and d.message.startswith(message.format(method=method)) for d in here), (
        f"{name} did not refuse wrong.py:{line} ({why}): {here}"
    )


def test_only_the_marked_calls_fail(checked: tuple[str, list[Diagnostic]]) -> None:
    name, diagnostics = checked
    marked = {line for line, _, _ in wrong_calls()}
    assert sorted({d.line for d in diagnostics if d.file == WRONG.name} - marked) == [], name


def test_the_snippets_cover_every_method_both_ways_and_both_gateways() -> None:
    """The checks above prove little if the snippets stop calling something: hold them to the brief."""
    right, wrong = RIGHT.read_text(), WRONG.read_text()
    for text in (right, wrong):
        assert {"create", "create_and_wait", "generate"} <= set(CALL.findall(text))
        assert all(client in text for client in ("EvoLink", "AsyncEvoLink", "UniAll", "AsyncUniAll"))
    families = ("veo-3.1", "kling-", "seedance-", "wan2.", "MiniMax-Hailuo", "veo3.1-video")
    assert all(family in right for family in families)
    assert "brand-new-model" in right and "brand-new-model" in wrong
