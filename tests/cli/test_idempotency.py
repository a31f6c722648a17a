"""``evolink generate --idempotency-key``: a create cut short can be recovered without paying twice.

A create interrupted (Ctrl-C) or left without an answer (a dropped connection,
a 5xx) gives no task id, yet the task may exist. On EvoLink the command always
sends a key it knows - the one given, or one it mints - and prints the same
command with that key: run again, it returns the task the first run created
(``replayed``), or creates it once if there was none. UniAll documents no key,
so there the message says that running again could create a second task.

The lost answers are real: the mock is armed (``POST /_mock/faults``) to create
the task and then drop the connection, or answer 500; the interrupted creates
talk to a socket that reads the request and never answers.
"""

from __future__ import annotations

import inspect
import json
import re
import shlex
import signal
import socket
import subprocess
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from evolink import EvoLink, RequestValidationError
from evolink._spec import evolink_spec, uniall_spec

from .conftest import TASK_SECONDS, Cli, LiveMock, evolink_command, free_port, start_mock, stop
from .test_commands import PROMPT, VEO, error_line, files_in, is_mp4
from .test_providers import UNIALL

CREATE_PATH = evolink_spec().create_path
#: Attempts one create makes when every answer is lost: the first and the client's retries (under one key).
ATTEMPTS = 1 + int(inspect.signature(EvoLink).parameters["max_retries"].default)
RECOVER = re.compile(r"; if the task was created, recover it with: (.+) \(the same idempotency key returns")
OFFLINE = {"EVOLINK_API_KEY": None, "EVOLINK_BASE_URL": f"http://127.0.0.1:{free_port()}"}


def fresh_key() -> str:
    return f"cli-test-{uuid.uuid4().hex}"


def recover_command(stderr: str) -> list[str]:
    found = RECOVER.search(error_line(stderr))
    assert found, stderr
    return shlex.split(found.group(1))


def run_printed(cli: Cli, command: list[str]) -> Any:
    """Run a command the CLI printed, as the user would paste it."""
    assert command[:2] == ["evolink", "generate"], command
    return cli(*command[1:])


def arm(mock: LiveMock, fault: dict[str, Any]) -> None:
    request = urllib.request.Request(
        f"{mock.base_url}/_mock/faults", data=json.dumps(fault).encode(), headers={"content-type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=5) as answer:
        assert json.load(answer)["armed"] >= fault.get("n", 1)


@pytest.fixture(scope="module")
def faulty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveMock]:
    """A mock of its own, so armed faults and its counters concern these tests only."""
    process, live = start_mock(tmp_path_factory.mktemp("faulty") / "mock.log", "--task-seconds", str(TASK_SECONDS))
    yield live
    stop(process)


# --- the same key, one task --------------------------------------------------------------------


def test_the_same_key_twice_gives_one_task_and_the_second_says_replayed(
    cli: Cli, mock: LiveMock, tmp_path: Path
) -> None:
    key = fresh_key()
    before = mock.stats()
    first = cli("generate", PROMPT, "-m", VEO, "--no-wait", "--idempotency-key", key)
    assert first.code == 0, first.stderr
    task_id = first.stdout.strip()
    assert "replayed" not in first.stderr

    again = cli("generate", PROMPT, "-m", VEO, "--idempotency-key", key, "-o", "videos/", "--json")
    assert again.code == 0, again.stderr
    data = again.json()
    assert data["id"] == task_id and data["replayed"] is True  # still true after the wait's polls
    assert data["status"] == "completed" and is_mp4(tmp_path / data["files"][0])

    shown = cli("generate", PROMPT, "-m", VEO, "--no-wait", f"--idempotency-key={key}")
    assert shown.code == 0, shown.stderr
    assert shown.stdout.strip() == task_id
    assert re.search(rf"task {task_id} \(.+\) replayed", shown.stderr), shown.stderr

    after = mock.stats()
    assert after["tasks_created"] - before["tasks_created"] == 1
    assert after["replays"] - before["replays"] == 2


def test_a_new_task_is_not_replayed(cli: Cli) -> None:
    run = cli("generate", PROMPT, "-m", VEO, "--no-wait", "--json")
    assert run.code == 0, run.stderr
    assert run.json()["replayed"] is False


def test_a_key_reused_for_another_request_is_refused_by_the_server_with_a_hint(cli: Cli) -> None:
    key = fresh_key()
    assert cli("generate", PROMPT, "-m", VEO, "--no-wait", "--idempotency-key", key).code == 0
    run = cli("generate", f"{PROMPT}, again", "-m", VEO, "--no-wait", "--idempotency-key", key)
    assert run.code == 7
    assert error_line(run.stderr).endswith(
        "that idempotency key was used for a different request: give another one, or none"
    )


# --- a bad key ----------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["short", "has spaces in it, 1234567", "x" * 97, "naïve-key-0123456789", ""])
def test_a_bad_key_is_refused_before_any_request_with_the_specs_message(cli: Cli, key: str) -> None:
    # No API key and nowhere to send: only a check before any request can answer with exit code 2.
    run = cli("generate", PROMPT, "-m", VEO, "--idempotency-key", key, env=OFFLINE)
    assert run.code == 2, run.stderr
    spec = evolink_spec()
    violations = spec.check_parameter(spec.create_path, "post", spec.create_idempotency_header or "", key)
    assert violations
    assert error_line(run.stderr) == str(RequestValidationError(violations))

    data = cli("generate", PROMPT, "-m", VEO, "--idempotency-key", key, "--json", env=OFFLINE).json()
    assert data["failure"]["kind"] == "usage"
    assert [v["field"] for v in data["failure"]["violations"]] == ["Idempotency-Key"]


def test_uniall_refuses_a_key_it_does_not_document(cli: Cli) -> None:
    assert uniall_spec().create_idempotency_header is None
    run = cli(
        "generate", "--provider", "uniall", PROMPT, "-m", UNIALL, "--size", "720p", "--idempotency-key", fresh_key(),
        env={**OFFLINE, "UNIALL_API_KEY": None, "UNIALL_BASE_URL": OFFLINE["EVOLINK_BASE_URL"]},
    )  # fmt: skip
    assert run.code == 2, run.stderr
    assert error_line(run.stderr).startswith("--idempotency-key: uniall documents no idempotency key")


# --- a lost answer ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        {"kind": "drop", "n": ATTEMPTS, "path": CREATE_PATH, "when": "after"},  # every attempt's answer lost
        {"kind": "fail", "n": 1, "status": 500, "path": CREATE_PATH, "when": "after"},  # a 500 is not retried
    ],
    ids=["dropped", "500"],
)
def test_a_lost_create_prints_the_command_that_recovers_the_same_task(
    faulty: LiveMock, tmp_path: Path, fault: dict[str, Any]
) -> None:
    cli = Cli(faulty, tmp_path)
    before = faulty.stats()["tasks_created"]
    arm(faulty, fault)
    lost = cli("generate", PROMPT, "-m", VEO, "--duration", "8", "--api-key", faulty.api_key, "-o", "out/cat.mp4")
    assert lost.code == 7, lost.stderr
    assert lost.stdout == "" and files_in(tmp_path) == []
    assert faulty.stats()["tasks_created"] == before + 1  # the task exists; the client never heard of it

    command = recover_command(lost.stderr)
    key = command[command.index("--idempotency-key") + 1]
    assert evolink_spec().check_parameter(CREATE_PATH, "post", "Idempotency-Key", key) == []
    assert faulty.api_key not in " ".join(command)  # a key given by flag is never printed
    assert command[2:-2] == ["A cat playing piano", "-m", VEO, "--duration", "8", "-o", "out/cat.mp4"]

    recovered = run_printed(cli, command)
    assert recovered.code == 0, recovered.stderr
    assert re.search(r"task task-unified-\S+ \(.+\) replayed", recovered.stderr), recovered.stderr
    assert recovered.stdout == "out/cat.mp4\n" and is_mp4(tmp_path / "out" / "cat.mp4")
    assert faulty.stats()["tasks_created"] == before + 1  # recovered, not created again


def test_a_lost_create_in_json_names_the_key_in_its_failure(faulty: LiveMock, tmp_path: Path) -> None:
    cli = Cli(faulty, tmp_path)
    before = faulty.stats()["tasks_created"]
    key = fresh_key()
    arm(faulty, {"kind": "drop", "n": ATTEMPTS, "path": CREATE_PATH, "when": "after"})
    lost = cli("generate", PROMPT, "-m", VEO, "--no-wait", "--json", "--idempotency-key", key)
    assert lost.code == 7, lost.stderr
    failure = lost.json()["failure"]
    assert lost.json()["id"] is None
    assert failure["kind"] == "api" and failure["idempotency_key"] == key
    assert shlex.split(failure["recover_command"])[-2:] == ["--idempotency-key", key]

    again = run_printed(cli, shlex.split(failure["recover_command"]))
    assert again.code == 0, again.stderr
    assert again.json()["replayed"] is True and again.json()["failure"] is None
    assert faulty.stats()["tasks_created"] == before + 1


# --- Ctrl-C while creating ------------------------------------------------------------------------


def _interrupted_create(cli: Cli, args: list[str], env: dict[str, str | None]) -> tuple[int, str, str, str]:
    """Run ``args`` against a server that reads the create and never answers; Ctrl-C once it has it.

    Returns the exit code, stdout, stderr, and the request as the server read it.
    """
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(15)
        port = server.getsockname()[1]
        base = f"http://127.0.0.1:{port}"
        process = subprocess.Popen(
            [*evolink_command(), *args],
            cwd=cli.cwd,
            env=cli.env({**env, "EVOLINK_BASE_URL": base, "UNIALL_BASE_URL": base}),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            connection, _ = server.accept()
            with connection:
                connection.settimeout(15)
                request = b""
                while b"\r\n\r\n" not in request:  # the headers are in: the create is on its way
                    request += connection.recv(65536)
                process.send_signal(signal.SIGINT)
                stdout, stderr = process.communicate(timeout=15)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    return process.returncode, stdout, stderr, request.decode("latin-1")


def test_ctrl_c_while_creating_prints_the_key_and_the_command_to_recover(cli: Cli) -> None:
    args = ["generate", PROMPT, "-m", VEO, "-o", "out/cat.mp4"]
    code, _, stderr, request = _interrupted_create(cli, args, {})
    assert code == 130, stderr
    line = error_line(stderr)
    assert line.startswith("interrupted while creating; if the task was created, recover it with: evolink generate ")
    command = recover_command(stderr)
    key = command[-1]
    assert command == ["evolink", *args, "--idempotency-key", key]
    sent = re.search(r"^idempotency-key: (\S+)\r$", request, re.I | re.M)
    assert sent and sent.group(1) == key  # the key printed is the one the create carried

    recovered = run_printed(cli, command)  # the real server never saw it: the same key creates it once
    assert recovered.code == 0, recovered.stderr
    assert recovered.stdout == "out/cat.mp4\n"


def test_ctrl_c_while_creating_on_uniall_warns_of_a_second_task(cli: Cli) -> None:
    args = ["generate", "--provider", "uniall", PROMPT, "-m", UNIALL, "--size", "720p", "--json"]
    code, stdout, stderr, request = _interrupted_create(cli, args, {"UNIALL_API_KEY": "sk-uniall-test"})
    assert code == 130, stderr
    failure = json.loads(stdout)["failure"]
    assert failure["kind"] == "interrupted" and failure["idempotency_key"] is None
    assert "idempotency-key" not in request.lower()  # nothing promised, nothing sent
    line = error_line(stderr)
    assert line == (
        "interrupted while creating; the task may have been created, and uniall documents no idempotency key: "
        "running the command again could create (and bill) a second task"
    )
