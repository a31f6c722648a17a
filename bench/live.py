"""Rows against the mock on a real socket: batch pacing under a rate limit (downloads: downloads.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from rows import Row

VIDEO_BYTES = 256 * 1024 * 1024
KEY = "sk-bench"
BATCH = """
import json, sys, time
from evolink import EvoLink, PollPolicy
n = int(sys.argv[3])
model = "veo-3.1-fast-generate-preview"
requests = [{"model": model, "prompt": f"item {i}", "name": f"item-{i:04d}"} for i in range(n)]
with EvoLink(sys.argv[1], base_url=sys.argv[2], poll=PollPolicy(floor=0.5, first_delay=0.5)) as client:
    start = time.perf_counter()
    results = client.videos.generate_many(requests, output_dir=sys.argv[4], concurrency=64, timeout=600)
    seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "saved": sum(r.ok for r in results)}))
"""


@contextmanager
def mock(*options: str) -> Iterator[str]:
    """``python -m evolink.testing`` in its own process (so its memory is not counted), yielding its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "evolink.testing", "--port", "0", "--api-key", KEY, *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.search(r"https?://[^\s]+", line)
        if not match:
            raise RuntimeError(f"the mock did not start: {line!r} {process.stderr.read() if process.stderr else ''}")
        yield match.group(0).rstrip("/,")
    finally:
        process.terminate()
        process.wait(timeout=10)


def _stats(base_url: str) -> dict[str, int]:
    import httpx

    stats: dict[str, int] = httpx.get(f"{base_url}/_mock/stats").json()
    return stats


def bench_batch(n: int = 1000, rate: float = 40.0) -> list[Row]:
    with mock("--task-seconds", "1", "--rate-limit", str(rate)) as base_url, tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [sys.executable, "-c", BATCH, KEY, base_url, str(n), tmp],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "EVOLINK_LOG": ""},
        )
        figures = json.loads(done.stdout)
        stats = _stats(base_url)
    # Each item needs at least one create, one poll that sees it completed and one download; the mock's limit
    # counts API requests (creates and polls), not downloads.
    api_requests = stats["create_requests"] + stats.get("task_queries", 0)
    minimum = (2 * n) / rate
    duplicates = stats["tasks_created"] - n
    return [
        Row(
            f"batch of {n} at {rate:g} req/s: time vs theoretical minimum",
            figures["seconds"],
            minimum,
            "<= 1.15x, zero duplicate creates",
            figures["seconds"] <= 1.15 * minimum and duplicates == 0 and figures["saved"] == n,
            "s",
            note=f"{api_requests} API requests, {stats['tasks_created']} tasks, {figures['saved']} saved",
        )
    ]


def bench_live() -> list[Row]:
    return bench_batch()  # the download rows are in downloads.py
