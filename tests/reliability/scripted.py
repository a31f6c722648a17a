"""A scripted HTTP server on a real socket: answers each request with raw bytes chosen by the test.

The mock server speaks correct HTTP on purpose; hostile answers (a body cut short, garbage instead of JSON, a 429
with no Retry-After, a gigantic body) need a server that can say anything. This one reads a request, hands it to
the test's ``answer`` function and writes back whatever bytes it returns, then closes the connection.
"""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Callable, Iterable
from types import TracebackType

#: The bytes to write back, or an iterable of chunks written one by one (a body that drips, with sleeps between).
Answer = Callable[[str, str, dict[str, str]], bytes | Iterable[bytes]]


def http(status: int, body: bytes = b"", headers: dict[str, str] | None = None, *, length: int | None = None) -> bytes:
    """Raw HTTP/1.1 response bytes; ``length`` can lie about the body's size."""
    head = {"content-type": "application/json", "connection": "close", **(headers or {})}
    head["content-length"] = str(len(body) if length is None else length)
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in head.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


class ScriptedServer:
    """``with ScriptedServer(answer) as server:``; ``server.requests`` records (method, path, headers)."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                request_line = self.rfile.readline().decode("latin-1").strip()
                if not request_line:
                    return
                method, path, _ = request_line.split(" ", 2)
                headers: dict[str, str] = {}
                while (line := self.rfile.readline().decode("latin-1").strip()) != "":
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                if int(headers.get("content-length", "0")):
                    self.rfile.read(int(headers["content-length"]))
                outer.requests.append((method, path, headers))
                answer = outer.answer(method, path, headers)
                try:
                    for chunk in [answer] if isinstance(answer, bytes) else answer:
                        self.wfile.write(chunk)
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object | TracebackType) -> None:
        self._server.shutdown()
        self._server.server_close()
