"""A throwaway PostgreSQL server for tests of shared batches: a real server, in a temporary folder, on loopback.

A journal's guarantees across workers rest on PostgreSQL itself (its commits and
row locks), so tests of them need a real server, not a stand-in. This starts
one from the machine's own PostgreSQL programs (``initdb`` and ``postgres``:
Debian's ``postgresql`` package, Homebrew's, ...) in a fresh cluster that is
deleted when the block ends. ``fsync`` is off: the cluster is thrown away, and
the guarantees under test are the client's (a worker killed at any moment),
not the server's across a power cut.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["PostgresUnavailableError", "local_postgres"]

#: Where distributions put the server programs when they are not on PATH (Debian: /usr/lib/postgresql/<v>/bin).
_PROGRAM_FOLDERS = ("/usr/lib/postgresql/*/bin", "/usr/local/opt/postgresql*/bin", "/opt/homebrew/opt/postgresql*/bin")
_USER = "evolink"


class PostgresUnavailableError(RuntimeError):
    """No PostgreSQL server programs on this machine, or the server did not start (the reason says which)."""


def _program(name: str) -> str:
    candidates = [
        f"{folder}/{name}" for pattern in _PROGRAM_FOLDERS for folder in sorted(glob.glob(pattern), reverse=True)
    ]
    found = shutil.which(name) or next((path for path in candidates if os.access(path, os.X_OK)), None)
    if found is None:
        raise PostgresUnavailableError(
            f"{name} not found: install PostgreSQL's server (Debian: apt-get install postgresql)"
        )
    return found


def _as_user() -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as the ``postgres`` account the package creates."""
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser is None:
        raise PostgresUnavailableError("running as root, and runuser is missing to start PostgreSQL as another user")
    return [runuser, "-u", "postgres", "--"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def local_postgres(*, startup_timeout: float = 30.0) -> Iterator[str]:
    """Start a new PostgreSQL cluster on 127.0.0.1; yields its URL (``postgresql://evolink@127.0.0.1:<port>/postgres``).

    Raises :class:`PostgresUnavailableError` when the programs are missing or the server does not come up.
    """
    initdb, postgres = _program("initdb"), _program("postgres")
    prefix = _as_user()
    folder = Path(tempfile.mkdtemp(prefix="evolink-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    if prefix:
        shutil.chown(folder, "postgres")
        shutil.chown(sockets, "postgres")
    process: subprocess.Popen[bytes] | None = None
    try:
        done = subprocess.run(
            [*prefix, initdb, "-D", str(data), "-U", _USER, "-A", "trust", "-E", "UTF8", "--no-sync"],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            raise PostgresUnavailableError(f"initdb failed: {done.stderr.decode(errors='replace')[-500:]}")
        port = _free_port()
        settings = {
            "listen_addresses": "127.0.0.1",
            "port": str(port),
            "unix_socket_directories": str(sockets),
            "fsync": "off",
            "max_connections": "200",
            "shared_buffers": "32MB",
        }
        args = [arg for key, value in settings.items() for arg in ("-c", f"{key}={value}")]
        log = (folder / "server.log").open("wb")
        if prefix:
            shutil.chown(folder / "server.log", "postgres")
        process = subprocess.Popen([*prefix, postgres, "-D", str(data), *args], stdout=log, stderr=subprocess.STDOUT)
        url = f"postgresql://{_USER}@127.0.0.1:{port}/postgres"
        _wait_ready(port, process, folder / "server.log", startup_timeout)
        yield url
    finally:
        if process is not None:
            _stop(process, data)
        shutil.rmtree(folder, ignore_errors=True)


def _stop(process: subprocess.Popen[bytes], data: Path) -> None:
    """A fast shutdown (sessions ended, no checkpoint wait), sent to the server itself: runuser forwards no signal."""
    try:
        os.kill(int((data / "postmaster.pid").read_text().split()[0]), signal.SIGINT)
    except (OSError, ValueError, IndexError):
        process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _wait_ready(port: int, process: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    """Until the server accepts a connection (a TCP accept is not enough: it answers 'starting up' first)."""
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise PostgresUnavailableError(f"postgres exited: {log.read_text(errors='replace')[-500:]}")
        try:
            psycopg.connect(f"postgresql://{_USER}@127.0.0.1:{port}/postgres", connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise PostgresUnavailableError(f"postgres did not start in {timeout} s") from None
            time.sleep(0.05)
