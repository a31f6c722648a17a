"""The ``evolink`` command end to end: the real console entry as a subprocess against a live mock on loopback.

Each test is what a user types, checked by what a user (or a script) relies on:
the exit code, the one-line message on stderr, stdout, and the files left behind.
The mock ends tasks on cue from markers in the prompt (``[mock:fail]``,
``[mock:cancel]``, ``[mock:never]``).
"""

from __future__ import annotations

import json
import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

import pytest

from evolink import EvoLink, RequestValidationError
from evolink._spec import evolink_spec

from .conftest import Cli, LiveMock, free_port, start_mock, stop

VEO = "veo-3.1-fast-generate-preview"
KLING = "kling-v3-text-to-video"
PROMPT = "A cat playing piano"
TASK_LINE = re.compile(r"task (task-unified-\S+)")


def is_mp4(path: Path) -> bool:
    return path.read_bytes()[4:8] == b"ftyp"


def error_line(stderr: str) -> str:
    """The single ``Error: ...`` line; no traceback, nothing after it."""
    assert "Traceback" not in stderr, stderr
    last = stderr.rstrip("\n").split("\n")[-1]
    assert last.startswith("Error: "), stderr
    return last.removeprefix("Error: ")


def task_id_in(stderr: str) -> str:
    found = TASK_LINE.search(stderr)
    assert found, stderr
    return found.group(1)


def files_in(folder: Path) -> list[str]:
    """Every file under ``folder``, hidden part-files included."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


# --- generate ------------------------------------------------------------------------------


def test_generate_shows_progress_and_saves_a_playable_mp4(cli: Cli, tmp_path: Path) -> None:
    run = cli("generate", PROMPT, "--model", VEO, "--duration", "8", "-o", "out/cat.mp4")
    assert run.code == 0, run.stderr
    assert run.stdout == "out/cat.mp4\n"  # stdout is the result alone
    assert is_mp4(tmp_path / "out" / "cat.mp4")
    assert files_in(tmp_path) == ["out/cat.mp4"]
    task_id_in(run.stderr)
    assert "completed" in run.stderr and "100%" in run.stderr  # the display's final frame
    assert "saved out/cat.mp4" in run.stderr


def test_generate_json_prints_one_object_and_no_display(cli: Cli, tmp_path: Path) -> None:
    run = cli("generate", PROMPT, "-m", VEO, "--audio", "-o", "videos/", "--json")
    assert run.code == 0, run.stderr
    assert run.stderr == ""
    data = run.json()
    assert data["id"].startswith("task-unified-") and data["model"] == VEO
    assert data["status"] == "completed" and data["progress"] == 100 and data["failure"] is None
    assert data["files"] == [f"videos/{data['id']}.mp4"]  # a folder: named after the task
    assert data["results"] and data["expires_at"]
    assert is_mp4(tmp_path / data["files"][0])


@pytest.mark.parametrize(
    ("marker", "code", "message"),
    [
        ("[mock:fail]", 4, r"^task task-unified-\S+ failed \(content_policy_violation: .+\)$"),
        ("[mock:fail=service_error]", 4, r"^task task-unified-\S+ failed \(service_error: .+\); .*try again later$"),
        ("[mock:cancel]", 5, r"^task task-unified-\S+ was cancelled$"),
    ],
)
def test_task_endings_have_their_exit_codes(cli: Cli, tmp_path: Path, marker: str, code: int, message: str) -> None:
    run = cli("generate", f"{marker} {PROMPT}", "-m", VEO, "-o", "cat.mp4")
    assert run.code == code, run.stderr
    assert re.search(message, error_line(run.stderr))
    assert run.stdout == ""
    assert files_in(tmp_path) == []


def test_a_failed_task_in_json(cli: Cli) -> None:
    run = cli("generate", f"[mock:fail=invalid_parameters] {PROMPT}", "-m", VEO, "--json")
    assert run.code == 4
    data = run.json()
    assert data["status"] == "failed" and data["error"]["code"] == "invalid_parameters"
    assert data["failure"]["kind"] == "task_failed" and data["failure"]["exit_code"] == 4
    assert data["failure"]["retryable"] is False


def test_a_wrong_key_is_an_auth_error(cli: Cli) -> None:
    run = cli("generate", PROMPT, "-m", VEO, env={"EVOLINK_API_KEY": "sk-wrong"})
    assert run.code == 3
    assert error_line(run.stderr).startswith("401")


def test_a_missing_key_is_an_auth_error(cli: Cli) -> None:
    run = cli("tasks", "get", "task-unified-1-abc", env={"EVOLINK_API_KEY": None})
    assert run.code == 3
    assert error_line(run.stderr) == "no API key: pass --api-key or set EVOLINK_API_KEY"


def test_flags_win_over_the_environment(cli: Cli, mock: LiveMock) -> None:
    wrong = {"EVOLINK_API_KEY": "sk-wrong", "EVOLINK_BASE_URL": f"http://127.0.0.1:{free_port()}"}
    run = cli(
        "generate", PROMPT, "-m", VEO, "--no-wait", "--api-key", mock.api_key, "--base-url", mock.base_url, env=wrong
    )
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("task-unified-")


def test_the_wait_deadline_exits_6_and_says_how_to_resume(cli: Cli, tmp_path: Path) -> None:
    run = cli("generate", f"[mock:never] {PROMPT}", "-m", VEO, "-o", "out/cat.mp4", "--timeout", "0.5")
    assert run.code == 6
    task_id = task_id_in(run.stderr)
    line = error_line(run.stderr)
    assert line.startswith(f"task {task_id} still ")
    assert line.endswith(f"resume with: evolink tasks wait {task_id} -o out/cat.mp4")
    assert files_in(tmp_path) == []


@pytest.mark.parametrize(
    ("model", "args", "fields"),
    [
        (VEO, ["--duration", "5"], {"duration": 5}),
        (VEO, ["--duration", "eight"], {"duration": "eight"}),
        (VEO, ["--n", "9", "--seed", "0"], {"n": 9, "seed": 0}),
        (VEO, ["--quality", "8k"], {"quality": "8k"}),
        (VEO, ["--image", "not a url"], {"image_urls": ["not a url"]}),
        (
            VEO,
            ["--generation-type", "REFERENCE", "--image", "https://x.test/a.png", "--seed", "5"],
            {"generation_type": "REFERENCE", "image_urls": ["https://x.test/a.png"], "seed": 5},
        ),
        (KLING, ["--image-urls", "https://x.test/a.png"], {"image_urls": ["https://x.test/a.png"]}),
        (KLING, ["--model-params", '{"multi_shot": true}'], {"model_params": {"multi_shot": True}}),
        ("no-such-model", ["--strict-models"], {"strict": True}),
    ],
)
def test_bad_values_fail_before_any_request_with_the_librarys_message(
    cli: Cli, mock: LiveMock, model: str, args: list[str], fields: dict[str, Any]
) -> None:
    # No key and nowhere to send: only a check before any request can give exit code 2.
    offline = {"EVOLINK_API_KEY": None, "EVOLINK_BASE_URL": f"http://127.0.0.1:{free_port()}"}
    run = cli("generate", PROMPT, "-m", model, *args, env=offline)
    assert run.code == 2, run.stderr
    strict = fields.pop("strict", False)
    with (
        EvoLink(mock.api_key, base_url=mock.base_url, strict_models=strict) as client,
        pytest.raises(RequestValidationError) as refused,
    ):
        client.videos.create(model=model, prompt=PROMPT, **fields)
    assert error_line(run.stderr) == str(refused.value)


def test_an_unknown_option_is_a_usage_error(cli: Cli) -> None:
    run = cli("generate", PROMPT, "-m", VEO, "--no-such-option", "1")
    assert run.code == 2
    assert "No such option '--no-such-option'" in run.stderr


def test_an_unreachable_api_exits_7(cli: Cli) -> None:
    run = cli("tasks", "get", "task-unified-1-abc", env={"EVOLINK_BASE_URL": f"http://127.0.0.1:{free_port()}"})
    assert run.code == 7
    assert "connection failed" in error_line(run.stderr)


def test_an_unknown_task_exits_7(cli: Cli) -> None:
    run = cli("tasks", "get", "task-unified-1-nosuchtask")
    assert run.code == 7
    assert error_line(run.stderr).startswith("404")


# --- resuming -------------------------------------------------------------------------------


def test_no_wait_then_tasks_get_wait_and_download(cli: Cli, tmp_path: Path) -> None:
    created = cli("generate", PROMPT, "-m", VEO, "--no-wait")
    assert created.code == 0, created.stderr
    task_id = created.stdout.strip()
    assert re.fullmatch(r"task-unified-\S+", task_id) and files_in(tmp_path) == []

    got = cli("tasks", "get", task_id)
    assert got.code == 0, got.stderr
    assert re.search(rf"^id:\s+{task_id}$", got.stdout, re.M) and re.search(r"^status:\s+\w+", got.stdout, re.M)

    early = cli("tasks", "download", task_id, "--json")
    if early.code:  # still running: refused with the library's reason, nothing saved
        assert early.code == 6 and early.json()["failure"]["kind"] == "timeout"
        assert files_in(tmp_path) == []

    waited = cli("tasks", "wait", task_id)
    assert waited.code == 0, waited.stderr
    assert waited.stdout.startswith("http")  # without -o: the result links
    assert "completed" in waited.stderr

    saved = cli("tasks", "download", task_id, "-o", "videos/", "--json")
    assert saved.code == 0, saved.stderr
    assert saved.json()["files"] == [f"videos/{task_id}.mp4"]
    assert is_mp4(tmp_path / "videos" / f"{task_id}.mp4")

    done = cli("tasks", "get", task_id, "--json")
    assert done.json()["status"] == "completed" and done.json()["id"] == task_id


def _lines(stream: IO[str], into: queue.Queue[str]) -> None:
    for line in stream:
        into.put(line)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_ctrl_c_while_waiting_prints_the_task_and_leaves_no_file(cli: Cli, tmp_path: Path, stop: int) -> None:
    """Ctrl-C, and a terminal closed or a `kill` (SIGHUP, SIGTERM) alike: the task is named, nothing half-written."""
    process = cli.start("generate", f"[mock:never] {PROMPT}", "-m", VEO, "-o", "out/cat.mp4")
    assert process.stderr is not None
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=_lines, args=(process.stderr, lines), daemon=True)
    reader.start()
    seen = ""
    while not TASK_LINE.search(seen):  # the id is printed as soon as the task exists
        seen += lines.get(timeout=15)
    task_id = task_id_in(seen)

    process.send_signal(stop)
    assert process.wait(timeout=15) == 130
    reader.join(timeout=5)
    while not lines.empty():
        seen += lines.get_nowait()
    line = error_line(seen)
    assert (
        line == f"interrupted; task {task_id} keeps running; resume with: evolink tasks wait {task_id} -o out/cat.mp4"
    )
    assert files_in(tmp_path) == []


# --- models (the listing of both gateways is in test_providers.py) --------------------------


@pytest.mark.parametrize("model", evolink_spec().models)
def test_models_shows_each_parameter_with_type_limits_and_default(cli: Cli, model: str) -> None:
    run = cli("models", model)
    assert run.code == 0, run.stderr
    schema = evolink_spec().model_schema(model)
    text = " ".join(run.stdout.split())  # wrapped lines rejoined
    for name, prop in schema["properties"].items():
        if name == "model":
            continue
        assert name in text
        prop = evolink_spec().resolve(prop)
        for key in ("maximum", "minimum", "maxLength", "maxItems"):
            if key in prop:
                assert str(prop[key]) in text, (name, key)
        for value in prop.get("enum", []):
            assert str(value) in text, (name, value)
        if "default" in prop:
            assert f"default {json.dumps(prop['default']).strip(chr(34))}" in text, name
    listed = cli("models", model, "--json").json()
    top = [p["field"] for p in listed["parameters"] if "." not in p["field"]]
    assert top == [n for n in schema["properties"] if n != "model"]


def test_models_with_an_unknown_model_is_a_usage_error(cli: Cli) -> None:
    run = cli("models", "no-such-model")
    assert run.code == 2
    assert error_line(run.stderr).startswith("model: is not a model this version of the spec knows")
    assert error_line(run.stderr).endswith('got "no-such-model"')
    typo = cli("models", "kling-v3-text-to-vidoe")
    assert typo.code == 2 and "did you mean kling-v3-text-to-video" in typo.stderr


# --- the mock, and import weight --------------------------------------------------------------


def test_evolink_mock_is_the_testing_modules_own_command(cli: Cli) -> None:
    run = cli("mock", "--help")
    assert run.code == 0
    module = subprocess.run([sys.executable, "-m", "evolink.testing", "--help"], capture_output=True, text=True)
    options = set(re.findall(r"--[a-z][a-z-]+", module.stdout))
    assert options and options == set(re.findall(r"--[a-z][a-z-]+", run.stdout))


def test_an_expired_result_link_exits_8(tmp_path: Path) -> None:
    process, mock = start_mock(tmp_path / "mock.log", "--task-seconds", "0", "--link-ttl", "0")
    try:
        run = Cli(mock, tmp_path)("generate", PROMPT, "-m", VEO, "-o", "cat.mp4")
    finally:
        stop(process)
    assert run.code == 8, run.stderr
    assert "expired" in error_line(run.stderr)
    assert files_in(tmp_path) == ["mock.log"]


def _modules(statement: str) -> set[str]:
    code = f"import json, sys; {statement}; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout))


def test_import_evolink_loads_no_command_line_or_terminal_library() -> None:
    # httpx 0.28 itself imports click/rich when installed (encode/httpx#3547): only what evolink adds counts.
    added = _modules("import evolink") - _modules("import httpx")
    terminal = {m for m in added if m.split(".")[0] in {"click", "rich", "typer", "pygments"}}
    assert terminal == set()
    assert not {m for m in _modules("import evolink") if m.startswith(("evolink.cli", "typer"))}


def test_an_output_that_cannot_be_written_is_refused_before_the_create(cli: Cli, tmp_path: Path) -> None:
    """A file where the output's folder should be (root ignores permissions, not this): exit 2, nothing sent."""
    (tmp_path / "taken").write_text("a file, not a folder")
    offline = {"EVOLINK_API_KEY": None, "EVOLINK_BASE_URL": f"http://127.0.0.1:{free_port()}"}
    run = cli("generate", PROMPT, "-m", VEO, "-o", "taken/cat.mp4", env=offline)
    assert run.code == 2, run.stderr
    assert error_line(run.stderr).startswith("--output: cannot be written (") and "taken" in run.stderr


def test_a_download_that_fails_after_paying_says_how_to_retry_it(cli: Cli, mock: LiveMock, tmp_path: Path) -> None:
    with EvoLink(mock.api_key, base_url=mock.base_url) as client:
        task = client.videos.create_and_wait(model=VEO, prompt=PROMPT)
    (tmp_path / "taken").write_text("a file where the folder should be")
    run = cli("tasks", "download", task.id, "-o", "taken/cat.mp4")
    assert run.code != 0 and "Traceback" not in run.stderr
    line = error_line(run.stderr)
    assert task.id in line and line.endswith(f"resume with: evolink tasks download {task.id} -o taken/cat.mp4")


def test_the_timeout_bounds_a_download_that_drips(tmp_path: Path) -> None:
    """`--timeout` covers the downloads: a host sending a byte a second cannot hold the command."""
    import os
    import time

    from reliability.scripted import ScriptedServer, http

    def answer(method: str, path: str, headers: dict[str, str]) -> Any:
        if path.startswith("/v1/tasks/"):
            body = {"id": path.rsplit("/", 1)[1], "status": "completed", "results": [f"{server.url}/v.mp4"]}
            return http(200, json.dumps(body).encode())
        return _drip()

    def _drip() -> Any:
        yield http(200, b"", {"content-type": "video/mp4"}, length=100)
        for _ in range(100):
            time.sleep(1)
            yield b"x"

    with ScriptedServer(answer) as server:
        cli = Cli(LiveMock(server.url, "sk-drip", Path(os.devnull)), tmp_path)
        started = time.monotonic()
        run = cli("tasks", "download", "task-unified-1-drip", "-o", "v.mp4", "--timeout", "1")
        elapsed = time.monotonic() - started
    assert run.code != 0 and elapsed < 6, (elapsed, run.stderr)
    line = error_line(run.stderr)
    assert "did not finish within" in line and line.endswith(
        "resume with: evolink tasks download task-unified-1-drip -o v.mp4"
    )
    assert files_in(tmp_path) == []


def test_the_timeout_bounds_a_create_that_is_throttled(tmp_path: Path) -> None:
    """`--timeout` covers the create too: 429s with a long Retry-After cannot hold `generate` past it."""
    import os
    import time

    from reliability.scripted import ScriptedServer, http

    throttled = http(429, b'{"error": {"code": "rate_limited", "message": "slow down"}}', {"retry-after": "20"})
    with ScriptedServer(lambda method, path, headers: throttled) as server:
        cli = Cli(LiveMock(server.url, "sk-throttled", Path(os.devnull)), tmp_path)
        started = time.monotonic()
        run = cli("generate", PROMPT, "-m", VEO, "-o", "v.mp4", "--timeout", "2")
        elapsed = time.monotonic() - started
    assert run.code != 0 and "Traceback" not in run.stderr, run.stderr
    assert elapsed < 6, (elapsed, run.stderr)
