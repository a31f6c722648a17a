"""One real S3-compatible server per test session (per xdist worker): moto's S3 in its own process on loopback.

The ``s3`` fixture yields an :class:`S3Server`: its ``endpoint`` (``http://127.0.0.1:PORT``), a ``bucket`` created
at start, the environment variables a client needs (``env``: fake credentials, the endpoint, a region and
``AWS_ALLOW_HTTP``), which the fixture also sets for the whole session, and helpers that ask the server directly,
over plain HTTP, what a client cannot see: the operations it received (``stats``) and the multipart uploads still
open (``open_uploads``). moto accepts any credentials, and bucket-level requests unsigned, so plain requests
work for those.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

SERVER = Path(__file__).with_name("s3server.py")


@dataclass
class S3Server:
    endpoint: str
    bucket: str
    process: subprocess.Popen[str]
    env: dict[str, str] = field(default_factory=dict)

    def url(self, prefix: str = "") -> str:
        """``s3://bucket/prefix`` for an ObjectOutput; a fresh prefix per test keeps the tests apart."""
        return f"s3://{self.bucket}/{prefix}" if prefix else f"s3://{self.bucket}"

    def stats(self, *, reset: bool = False) -> dict[str, int]:
        """The S3 operations the server handled since the last reset (``reset=True`` reads and clears)."""
        response = httpx.request("POST" if reset else "GET", f"{self.endpoint}/_stats")
        response.raise_for_status()
        counts: dict[str, int] = response.json()
        return counts

    def open_uploads(self) -> list[str]:
        """Keys of the multipart uploads started and neither completed nor aborted (ListMultipartUploads)."""
        response = httpx.get(f"{self.endpoint}/{self.bucket}", params={"uploads": ""})
        response.raise_for_status()
        return re.findall(r"<Key>([^<]*)</Key>", response.text)

    def get(self, key: str) -> bytes:
        """The object's bytes, read back with obstore: moto refuses an unsigned GET of an object put signed."""
        import obstore
        import obstore.store

        store = obstore.store.from_url(self.url())
        return bytes(obstore.get(store, key).bytes())


def start_server() -> tuple[subprocess.Popen[str], str]:
    """Start s3server.py on a kernel-chosen port; return the process and its endpoint once it listens."""
    process = subprocess.Popen(
        [sys.executable, str(SERVER), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.match(r"listening (http://127\.0\.0\.1:\d+)", line)
    if not found:
        process.kill()
        raise RuntimeError(f"the S3 server did not start: {line!r}")
    return process, found.group(1)


@pytest.fixture(scope="session")
def s3() -> Iterator[S3Server]:
    pytest.importorskip("obstore")  # the s3 extra; the dev group installs it, so this skips only outside the repo
    process, endpoint = start_server()
    env = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_REGION": "us-east-1",
        "AWS_ALLOW_HTTP": "true",
    }
    saved = {name: os.environ.get(name) for name in [*env, "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_S3"]}
    os.environ.update(env)
    for name in ("AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_S3"):
        os.environ.pop(name, None)
    server = S3Server(endpoint=endpoint, bucket=f"evolink-{uuid.uuid4().hex[:12]}", process=process, env=env)
    try:
        httpx.put(f"{endpoint}/{server.bucket}").raise_for_status()
        yield server
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
