"""A real S3-compatible HTTP server for the object-storage tests: moto's S3 in its own process, on loopback.

Run as ``python s3server.py`` (optionally ``--port N``); it binds 127.0.0.1 (port 0 = a free one chosen by the
kernel, so parallel test workers never race for a port) and prints ``listening http://127.0.0.1:PORT`` once it
accepts connections.

It is moto's own WSGI application, the one ``python -m moto.server`` serves, wrapped in one thin layer that counts
the S3 operations it is asked for. The tests need those counts to prove things a client cannot see for itself: that
a part really reached the server before a process was killed, and that an already saved object was not sent again.
``GET /_stats`` returns the counts as JSON; ``POST /_stats`` resets them. No S3 bucket can be named ``_stats``
(bucket names start with a letter or digit), so the two never collide.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qs

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from werkzeug.serving import make_server

StartResponse = Callable[..., Any]


def operation(environ: dict[str, Any]) -> str:
    """Name the S3 operation of a request the way the tests count it (by method and query, as S3 routes them)."""
    method = environ["REQUEST_METHOD"]
    query = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    path = environ.get("PATH_INFO", "/")
    is_object = path.strip("/").count("/") >= 1
    if method == "POST" and "uploads" in query:
        return "CreateMultipartUpload"
    if method == "PUT" and "partNumber" in query:
        return "UploadPart"
    if method == "POST" and "uploadId" in query:
        return "CompleteMultipartUpload"
    if method == "DELETE" and "uploadId" in query:
        return "AbortMultipartUpload"
    if method == "GET" and "uploads" in query:
        return "ListMultipartUploads"
    if method == "PUT":
        return "PutObject" if is_object else "CreateBucket"
    if method == "HEAD":
        return "HeadObject" if is_object else "HeadBucket"
    if method == "GET":
        return "GetObject" if is_object else "ListObjects"
    return f"{method} {'object' if is_object else 'bucket'}"


class Counting:
    """WSGI middleware: counts every S3 operation, serves the counts at /_stats."""

    def __init__(self, app: Callable[[dict[str, Any], StartResponse], Iterable[bytes]]) -> None:
        self.app = app
        self.counts: Counter[str] = Counter()
        self.lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/_stats":
            with self.lock:
                body = json.dumps(dict(self.counts)).encode()
                if environ["REQUEST_METHOD"] == "POST":
                    self.counts.clear()
            start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
            return [body]
        name = operation(environ)
        result = self.app(environ, start_response)
        # Counted once moto has handled it: a part is "uploaded" only when the server has stored it.
        with self.lock:
            self.counts[name] += 1
        return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    app = Counting(DomainDispatcherApplication(create_backend_app))
    server = make_server("127.0.0.1", args.port, app, threaded=True, request_handler=MotoRequestHandler)
    print(f"listening http://127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    sys.exit(0)


if __name__ == "__main__":
    main()
