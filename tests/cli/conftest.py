"""A live mock server on loopback, started through ``evolink mock``, and a runner for the real console entry.

The server is one process for the whole session (tasks take ``TASK_SECONDS``);
each test runs ``evolink`` as a subprocess in its own folder with the key and
base URL in the environment, exactly as a user would.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

API_KEY = "sk-cli-test"
TASK_SECONDS = 1.0
STARTUP_TIMEOUT = 20.0


def evolink_command() -> list[str]:
    """The installed console script when there is one, else the module."""
    script = Path(sys.executable).parent / "evolink"
    return [str(script)] if script.exists() else [sys.executable, "-m", "evolink.cli"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


#: A model the session's mock serves beyond the spec.
NEW_MODEL = "seedance-9.0-text-to-video"


@dataclass
class LiveMock:
    base_url: str
    api_key: str
    log: Path
    provider: str = "evolink"  # which API it serves: the environment variables a run gets are that provider's

    def stats(self) -> dict[str, Any]:
        with urllib.request.urlopen(f"{self.base_url}/_mock/stats", timeout=5) as answer:
            data: dict[str, Any] = json.load(answer)
            return data


def start_mock(log: Path, *extra: str, provider: str = "evolink") -> tuple[subprocess.Popen[bytes], LiveMock]:
    """``evolink mock`` on a free loopback port (``--port 0``); waits for its startup line, which names the URL."""
    args = ["--host", "127.0.0.1", "--port", "0", "--api-key", API_KEY, *extra]
    if provider != "evolink":
        args += ["--provider", provider]
    with log.open("wb") as out:  # a file, not a pipe: a full pipe would stall the server
        process = subprocess.Popen([*evolink_command(), "mock", *args], stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        found = re.search(r"https?://[^\s,;]+", log.read_text(errors="replace"))
        if found:
            return process, LiveMock(found.group(0).rstrip("/."), API_KEY, log, provider)
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"the mock did not start:\n{log.read_text(errors='replace')}")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveMock]:
    log = tmp_path_factory.mktemp("mock") / "mock.log"
    # It also serves a model the spec does not know, as a gateway newer than this client would.
    process, live = start_mock(log, "--task-seconds", str(TASK_SECONDS), "--extra-model", NEW_MODEL)
    yield live
    stop(process)


@dataclass
class Run:
    """One finished ``evolink`` process."""

    args: tuple[str, ...]
    code: int
    stdout: str
    stderr: str

    def json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.stdout)
        return data


class Cli:
    """Runs ``evolink`` in ``cwd`` against ``mock`` (environment: key, base URL, a wide plain terminal)."""

    def __init__(self, mock: LiveMock, cwd: Path) -> None:
        self.mock = mock
        self.cwd = cwd

    def env(self, overrides: Mapping[str, str | None] | None = None) -> dict[str, str]:
        """The environment of a run; an override of None removes the variable."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("EVOLINK_", "UNIALL_"))}
        prefix = self.mock.provider.upper()
        env.update({f"{prefix}_API_KEY": self.mock.api_key, f"{prefix}_BASE_URL": self.mock.base_url}, COLUMNS="160")
        for name, value in (overrides or {}).items():
            if value is None:
                env.pop(name, None)
            else:
                env[name] = value
        return env

    def __call__(self, *args: str, env: Mapping[str, str | None] | None = None, timeout: float = 30) -> Run:
        done = subprocess.run(
            [*evolink_command(), *args],
            cwd=self.cwd,
            env=self.env(env),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        return Run(args, done.returncode, done.stdout, done.stderr)

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [*evolink_command(), *args],
            cwd=self.cwd,
            env=self.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


@pytest.fixture
def cli(mock: LiveMock, tmp_path: Path) -> Cli:
    return Cli(mock, tmp_path)
