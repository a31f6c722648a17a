"""Strings a server sends never drive the user's terminal: no escape sequences, controls or bidi overrides.

Each test runs the real ``evolink`` command against a scripted server that puts
terminal commands in every string it returns (task id, model, status, failure
code and message, result link, error bodies). The human output must carry none
of them; ``--json`` output stays exact JSON (``json.dumps`` escapes them).
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reliability.scripted import ScriptedServer, http

from evolink.cli.report import REPORT_NAME
from evolink.cli.terminal import terminal_safe

from .conftest import API_KEY, Cli, LiveMock, Run

TASK_ID = "task-unified-1757169743-7cvnl5zw"
FAST = "veo-3.1-fast-generate-preview"

#: What a hostile server writes to take over a terminal, one of each kind.
HOSTILE = (
    "\x1b]0;owned\x07"  # OSC: window title
    "\x1b]52;c;cm0gLXJmIH4=\x07"  # OSC 52: the clipboard
    "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"  # OSC 8: a hidden link
    "\x1b[2J\x1b[H"  # CSI: clear the screen
    "\x9b31m"  # 8-bit CSI
    "\x1bc"  # reset the terminal
    "\r\x08\x07\x00\x7f\x85"  # overwrite, bell, NUL, DEL, NEL
    "\u2028\u202egnp.exe\u2066\u200b"  # line separator, bidi override and isolate, zero width space
    "\ud800"  # a lone surrogate (valid in JSON, unprintable in UTF-8)
)


def unsafe(text: str) -> list[str]:
    """The characters in ``text`` that a terminal would act on instead of showing (line breaks aside)."""
    return [c for c in text if c != "\n" and unicodedata.category(c) in {"Cc", "Cf", "Cs", "Zl", "Zp"}]


def task(**fields: object) -> bytes:
    body = {"id": TASK_ID, "created": 1757169743, "model": FAST, "object": "video.generation.task", **fields}
    return json.dumps(body).encode()


def hostile_task(status: str) -> bytes:
    return task(
        model=f"{FAST}{HOSTILE}",
        status=status,
        progress=100,
        error={"code": f"content_policy{HOSTILE}", "message": f"refused{HOSTILE}"},
    )


def run(tmp_path: Path, answer: Callable[[str, str], bytes], *args: str) -> Run:
    """``evolink *args`` against a scripted server whose answer depends on (method, path)."""
    with ScriptedServer(lambda method, path, headers: answer(method, path)) as server:
        return Cli(LiveMock(server.url, API_KEY, Path(os.devnull)), tmp_path)(*args)


def assert_clean(result: Run) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert not unsafe(result.stdout), result.stdout
    assert not unsafe(result.stderr), result.stderr


def test_task_details_are_shown_without_terminal_commands(tmp_path: Path) -> None:
    result = run(tmp_path, lambda method, path: http(200, hostile_task("failed")), "tasks", "get", TASK_ID)
    assert result.code == 0, result.stderr
    assert_clean(result)
    assert "refused" in result.stdout and "gnp.exe" in result.stdout  # cleaned, not dropped


def test_json_output_keeps_the_servers_text_exactly(tmp_path: Path) -> None:
    result = run(tmp_path, lambda method, path: http(200, hostile_task("failed")), "tasks", "get", TASK_ID, "--json")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["error"]["message"] == f"refused{HOSTILE}"
    assert_clean(result)  # json.dumps escaped it all


def test_a_failed_generation_prints_its_progress_and_error_line_clean(tmp_path: Path) -> None:
    """The display's task line and the error line; the create answers with the ended task, so nothing waits."""
    result = run(tmp_path, lambda method, path: http(200, hostile_task("failed")), "generate", "a cat", "-m", FAST)
    assert result.code == 4, result.stderr
    assert f"task {TASK_ID} ({FAST}" in result.stderr and "refused" in result.stderr
    assert_clean(result)


@pytest.mark.parametrize("status", [400, 401, 403, 404])
def test_error_answers_are_printed_clean(tmp_path: Path, status: int) -> None:
    body = json.dumps({"error": {"code": f"x{HOSTILE}", "message": f"no{HOSTILE}", "type": HOSTILE}}).encode()
    result = run(tmp_path, lambda method, path: http(status, body), "tasks", "get", TASK_ID)
    assert result.code in {2, 3, 7}, result.stderr
    assert_clean(result)


#: Any character at all (controls, format characters, surrogates, unassigned), with the ones sequences are made of.
any_character = st.characters(exclude_categories=()) | st.sampled_from(
    "\x1b\x9b\x9d\x90\x07\x9c[]\\;\u2028\u2029\u202e"
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(text=st.text(any_character, max_size=40) | st.just(HOSTILE))
def test_terminal_safe_leaves_nothing_a_terminal_acts_on(text: str) -> None:
    cleaned = terminal_safe(text)
    assert not unsafe(cleaned) and "\n" not in cleaned
    assert terminal_safe(cleaned) == cleaned
    if text.isprintable():
        assert cleaned == text


def test_a_warning_about_a_servers_task_is_printed_clean(tmp_path: Path) -> None:
    """An unknown status warns, quoting the task id the server sent."""
    body = json.dumps({"id": TASK_ID + HOSTILE, "status": "weird", "model": FAST}).encode()
    result = run(tmp_path, lambda method, path: http(200, body), "tasks", "get", TASK_ID)
    assert "Warning:" in result.stderr and "weird" in result.stderr, result.stderr
    assert_clean(result)


def test_the_batch_summary_shows_failure_reasons_clean(tmp_path: Path) -> None:
    (tmp_path / "jobs.jsonl").write_text(json.dumps({"model": FAST, "prompt": "a cat"}) + "\n")
    result = run(tmp_path, lambda method, path: http(200, hostile_task("failed")), "batch", "jobs.jsonl", "--out", "o")
    assert result.code == 9, result.stderr
    assert "refused" in result.stdout + result.stderr  # the reason is shown, cleaned
    assert_clean(result)
    (item,) = json.loads((tmp_path / "o" / REPORT_NAME).read_text())["items"]  # the journal and report took it too
    assert item["status"] == "failed" and f"refused{HOSTILE}" in item["error"]
