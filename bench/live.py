"""Rows against the mock on a real socket: download throughput and memory, and batch pacing under a rate limit."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rows import Row

VIDEO_BYTES = 256 * 1024 * 1024
KEY = "sk-bench"
DOWNLOAD = """
import json, resource, sys, time
from evolink import EvoLink
with EvoLink(sys.argv[1], base_url=sys.argv[2]) as client:
    task = client.tasks.get(sys.argv[3])
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    path = client.tasks.download(task, sys.argv[4])
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "rss_growth_kib": after - before, "size": path.stat().st_size}))
"""
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


def bench_download() -> list[Row]:
    import evolink

    curl = shutil.which("curl")
    with (
        mock("--task-seconds", "0", "--video-bytes", str(VIDEO_BYTES)) as base_url,
        tempfile.TemporaryDirectory() as tmp,
    ):
        with evolink.EvoLink(KEY, base_url=base_url) as client:
            task = client.videos.create_and_wait(model="veo-3.1-fast-generate-preview", prompt="big")
        url = task.results[0]
        ours, theirs = [], []
        growth = []
        for i in range(3):
            out = Path(tmp) / f"ours-{i}.mp4"
            done = subprocess.run(
                [sys.executable, "-c", DOWNLOAD, KEY, base_url, task.id, str(out)],
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(done.stdout)
            assert figures["size"] == VIDEO_BYTES
            ours.append(figures["seconds"])
            growth.append(figures["rss_growth_kib"] / 1024)
            out.unlink()
            if curl:
                start = time.perf_counter()
                subprocess.run([curl, "-sf", "-o", str(Path(tmp) / "curl.mp4"), url], check=True)
                theirs.append(time.perf_counter() - start)
                (Path(tmp) / "curl.mp4").unlink()
    mib = VIDEO_BYTES / 1024 / 1024
    our_speed = mib / min(ours)
    rows = [
        Row(
            "download 256 MB: peak memory growth",
            max(growth),
            50.0,
            "<= 50 MB",
            max(growth) <= 50,
            "MB",
            note="reference is the goal itself",
        )
    ]
    if theirs:
        curl_speed = mib / min(theirs)
        rows.insert(
            0,
            Row(
                "download 256 MB: throughput vs curl -o",
                our_speed,
                curl_speed,
                ">= 0.8x",
                our_speed >= 0.8 * curl_speed,
                "MB/s",
            ),
        )
    return rows


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
    return bench_download() + bench_batch()
