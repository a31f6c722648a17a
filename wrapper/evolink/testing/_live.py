"""The mock on a real socket: uvicorn on loopback, for tests that must cross a network stack.

:class:`LiveServer` runs it in a background thread on a free port (the port
is bound before uvicorn starts, so it is known at once and nothing can take it
in between); ``python -m evolink.testing`` runs the same thing in the
foreground. Either way uvicorn logs only warnings, so the one line the command
prints is all a user sees.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from .._timing import Clock
from ._config import MockConfig
from ._core import MockServer

if TYPE_CHECKING:
    import uvicorn
    from starlette.types import ASGIApp

__all__ = ["LiveServer", "base_url", "bind", "uvicorn_server"]

_STARTUP_TIMEOUT = 15.0


class _DeliberateCuts(logging.Filter):
    """Hides uvicorn's complaint about answers the mock cut on purpose (faults); nothing else cuts one."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != "ASGI callable returned without completing response."


_QUIET = _DeliberateCuts()


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host``:``port`` (0: a free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def base_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def uvicorn_server(app: ASGIApp, *, access_log: bool = False) -> uvicorn.Server:
    """A uvicorn server for ``app`` that logs warnings only (plus requests, with ``access_log``)."""
    import uvicorn

    logging.getLogger("uvicorn.error").addFilter(_QUIET)  # a no-op the second time
    config = uvicorn.Config(
        app,
        log_level="info" if access_log else "warning",
        access_log=access_log,
        lifespan="on",
        timeout_graceful_shutdown=2,
    )
    return uvicorn.Server(config)


class LiveServer:
    """A :class:`MockServer` served by uvicorn on ``host`` (loopback) in a background thread.

    Use it as a context manager::

        with LiveServer(MockConfig(task_seconds=1)) as live:
            client = EvoLink(live.api_key, base_url=live.base_url)

    ``MockConfig(provider="uniall")`` serves UniAll's API instead.

    ``server`` is the :class:`MockServer` behind it (its stats, faults and
    clock are the live server's); pass one in to share it.
    """

    def __init__(
        self,
        config: MockConfig | None = None,
        *,
        server: MockServer | None = None,
        clock: Clock | None = None,
        callback_transport: httpx.BaseTransport | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.server = server or MockServer(config, clock, callback_transport=callback_transport)
        self._owns_server = server is None
        self._host = host
        self._port = port
        self._socket: socket.socket | None = None
        self._url: str | None = None
        self._uvicorn: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        if self._url is None:
            raise RuntimeError("the server was never started: use `with LiveServer() as live:` or call start()")
        return self._url

    @property
    def files_base_url(self) -> str | None:
        """The files API's address: the server's own (None when the API it plays has none)."""
        return None if self.server.files_base_url is None else self.base_url

    @property
    def api_key(self) -> str:
        return self.server.api_key

    def start(self) -> Self:
        """Bind, start uvicorn in a thread and return once it accepts connections."""
        if self._thread is not None:
            raise RuntimeError("already started")
        self._socket = bind(self._host, self._port)
        self._url = base_url(self._socket)
        self._uvicorn = uvicorn_server(self.server.app)
        self._thread = threading.Thread(
            target=self._uvicorn.run, kwargs={"sockets": [self._socket]}, name="evolink-mock-uvicorn", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _STARTUP_TIMEOUT
        while not self._uvicorn.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the mock server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Shut uvicorn down and wait for it (idempotent)."""
        if self._uvicorn is not None:
            self._uvicorn.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=_STARTUP_TIMEOUT)
        if self._socket is not None:
            self._socket.close()
        if self._owns_server:
            self.server.close()
        self._thread = self._uvicorn = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
