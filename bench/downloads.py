"""Download rows: throughput, CPU per gigabyte, a throttled link and many concurrent downloads, each against curl.

The reference for a saved file is ``curl -o FILE URL`` followed by ``sync FILE``
(an fsync of that file): evolink fsyncs a video before renaming it into place,
so that a power cut never leaves a renamed but empty file, and a reference that
does not pay for durability would measure the disk's write-back, not us. Each
side runs in its own process against the same mock, interleaved round by
round, and every round starts with ``os.sync()`` so that the dirty pages of
the previous round are not written back on the next one's time. Wall times on
a shared two-core machine wander by tens of percent between rounds; the rows
compare medians of interleaved rounds, which is what keeps the ratio stable.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final
from urllib.parse import urlsplit

from live import KEY, mock
from rows import Row

MIB = 1024 * 1024
BIG = 256 * MIB
SMALL = 32 * MIB
MANY = 32
THROTTLE_BYTES_PER_SECOND = 50 * 1000 * 1000
#: How far the throttle may catch up after a late wake-up: a link's buffers hold about this much.
_BURST = 1 * MIB
MODEL: Final = "veo-3.1-fast-generate-preview"

#: One download in a fresh interpreter, timed around ``download`` alone (the import and the lookup are not the
#: download): wall seconds, user+system CPU seconds of this process, and the growth of its peak memory.
ONE = """
import json, os, resource, sys, time
from evolink import EvoLink
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
with EvoLink(sys.argv[1], base_url=sys.argv[2]) as client:
    task = client.tasks.get(sys.argv[3])
    peak, used, start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, cpu(), time.perf_counter()
    path = client.tasks.download(task, sys.argv[4])
    seconds, used = time.perf_counter() - start, cpu() - used
growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak
print(json.dumps({"seconds": seconds, "cpu": used, "growth_kib": growth, "size": path.stat().st_size}))
"""

#: ``n`` concurrent downloads of one task's result with the async client, into ``n`` files.
MANY_AT_ONCE = """
import asyncio, json, resource, sys, time
from evolink import AsyncEvoLink
async def main():
    async with AsyncEvoLink(sys.argv[1], base_url=sys.argv[2]) as client:
        task = await client.tasks.get(sys.argv[3])
        peak, start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.perf_counter()
        paths = await asyncio.gather(
            *(client.tasks.download(task, f"{sys.argv[4]}/ours-{i}.mp4") for i in range(int(sys.argv[5])))
        )
        seconds = time.perf_counter() - start
    growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak
    print(json.dumps({"seconds": seconds, "growth_kib": growth, "size": sum(p.stat().st_size for p in paths)}))
asyncio.run(main())
"""


def _children_cpu() -> float:
    """CPU seconds of every finished child so far: the difference around a reference run is that run's."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _settle(*paths: Path) -> None:
    """Remove the last round's files and write back everything dirty, so a round pays for its own bytes only."""
    for path in paths:
        path.unlink(missing_ok=True)
    os.sync()


def _curl(url: str, out: Path) -> tuple[float, float]:
    """``curl -o out url`` then ``sync out``: wall seconds and the two processes' CPU seconds."""
    curl = shutil.which("curl")
    assert curl, "curl is the reference"
    cpu, start = _children_cpu(), time.perf_counter()
    subprocess.run([curl, "-sf", "-o", str(out), url], check=True)
    subprocess.run(["sync", str(out)], check=True)
    return time.perf_counter() - start, _children_cpu() - cpu


def _ours(base_url: str, task_id: str, out: Path) -> dict[str, float]:
    """One download by :data:`ONE` in its own interpreter, so our memory and CPU are counted apart from the bench's."""
    done = subprocess.run(
        [sys.executable, "-c", ONE, KEY, base_url, task_id, str(out)], capture_output=True, text=True, check=True
    )
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def _task(base_url: str) -> tuple[str, str]:
    """A completed task on the mock at ``base_url``: its id and its result link (on the same origin)."""
    import evolink

    with evolink.EvoLink(KEY, base_url=base_url) as client:
        task = client.videos.create_and_wait(model=MODEL, prompt="bench")
    return task.id, task.results[0]


def _ceiling(url: str) -> float:
    """What the mock itself can serve: seconds for ``curl -o /dev/null``, best of three."""
    curl = shutil.which("curl")
    assert curl
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([curl, "-sf", "-o", os.devnull, url], check=True)
        times.append(time.perf_counter() - start)
    return min(times)


def _rounds(
    base_url: str, task_id: str, url: str, folder: Path, rounds: int
) -> tuple[list[dict[str, float]], list[tuple[float, float]]]:
    """Interleaved rounds of ours and curl's, the order alternating so neither always goes first."""
    ours, theirs = [], []
    mine, curls = folder / "ours.mp4", folder / "curl.mp4"
    for i in range(rounds):
        for side in ("ours", "curl") if i % 2 == 0 else ("curl", "ours"):
            _settle(mine, curls)
            if side == "ours":
                figures = _ours(base_url, task_id, mine)
                assert figures["size"] == BIG
                ours.append(figures)
            else:
                theirs.append(_curl(url, curls))
    _settle(mine, curls)
    return ours, theirs


def bench_download_speed() -> list[Row]:
    """Rows 1 and 2: 256 MB from the mock's result host, time and CPU, against curl -o + sync."""
    with mock("--task-seconds", "0", "--video-bytes", str(BIG)) as base_url, tempfile.TemporaryDirectory() as tmp:
        task_id, url = _task(base_url)
        ceiling = BIG / MIB / _ceiling(url)
        ours, theirs = _rounds(base_url, task_id, url, Path(tmp), rounds=7)
    gib = BIG / 1024**3
    our_speed = BIG / MIB / statistics.median(o["seconds"] for o in ours)
    curl_speed = BIG / MIB / statistics.median(t[0] for t in theirs)
    our_cpu = statistics.median(o["cpu"] for o in ours) / gib
    curl_cpu = statistics.median(t[1] for t in theirs) / gib
    growth = max(o["growth_kib"] for o in ours) / 1024
    return [
        Row(
            "download 256 MB: throughput vs curl -o + sync",
            our_speed,
            curl_speed,
            ">= 0.9x",
            our_speed >= 0.9 * curl_speed,
            "MB/s",
            note=f"mock's ceiling (curl -o /dev/null) {ceiling:.0f} MB/s",
        ),
        Row(
            "download 256 MB: user+sys CPU per GB vs curl + sync",
            our_cpu,
            curl_cpu,
            "<= 1.5x",
            our_cpu <= 1.5 * curl_cpu,
            "s",
        ),
        Row(
            "download 256 MB: peak memory growth",
            growth,
            50.0,
            "<= 50 MB",
            growth <= 50,
            "MB",
            note="reference is the goal itself",
        ),
    ]


class Throttle:
    """A TCP proxy on loopback whose answers (server to client) leave at most ``rate`` bytes a second.

    One pace for all connections, as a link of that speed has: each piece waits until the link would have
    finished sending the pieces before it.
    """

    def __init__(self, target: str, rate: float) -> None:
        parts = urlsplit(target)
        self._target = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._rate = rate
        self._free_at = 0.0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self.port = 0
        self._thread = threading.Thread(target=self._run, daemon=True, name="bench-throttle")

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._connection, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        server.close()

    async def _connection(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        server_reader, server_writer = await asyncio.open_connection(*self._target)
        await asyncio.gather(
            self._pump(client_reader, server_writer, paced=False),
            self._pump(server_reader, client_writer, paced=True),
            return_exceptions=True,
        )

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, paced: bool) -> None:
        try:
            while piece := await reader.read(64 * 1024):
                if paced:  # a sleep that overshoots is made up by the next pieces, up to a burst's worth
                    now = self._loop.time()
                    self._free_at = max(self._free_at, now - _BURST / self._rate) + len(piece) / self._rate
                    if self._free_at > now:
                        await asyncio.sleep(self._free_at - now)
                writer.write(piece)
                await writer.drain()
        finally:
            writer.close()

    @contextmanager
    def running(self) -> Iterator[str]:
        self._thread.start()
        self._ready.wait()
        try:
            yield f"http://127.0.0.1:{self.port}"
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)


def bench_download_throttled() -> list[Row]:
    """Row 3: the same 256 MB through a 50 MB/s link; the link is the limit, so the times should match."""
    with (
        mock("--task-seconds", "0", "--video-bytes", str(BIG)) as direct,
        Throttle(direct, THROTTLE_BYTES_PER_SECOND).running() as base_url,
        tempfile.TemporaryDirectory() as tmp,
    ):
        task_id, url = _task(base_url)  # its link is on the origin it was made through: the throttled one
        ours, theirs = _rounds(base_url, task_id, url, Path(tmp), rounds=2)
    our_speed = BIG / MIB / statistics.median(o["seconds"] for o in ours)
    curl_speed = BIG / MIB / statistics.median(t[0] for t in theirs)
    return [
        Row(
            "download 256 MB at 50 MB/s: speed vs curl + sync",
            our_speed,
            curl_speed,
            ">= 0.97x",
            our_speed >= 0.97 * curl_speed,
            "MB/s",
            note=f"the link alone allows {THROTTLE_BYTES_PER_SECOND / MIB:.1f} MB/s",
        )
    ]


def bench_download_many() -> list[Row]:
    """Row 4: 32 concurrent async downloads of 32 MB against 32 concurrent curl processes (then one sync)."""
    curl = shutil.which("curl")
    assert curl
    with mock("--task-seconds", "0", "--video-bytes", str(SMALL)) as base_url, tempfile.TemporaryDirectory() as tmp:
        task_id, url = _task(base_url)
        folder = Path(tmp)
        ours, theirs, growth = [], [], []
        for i in range(3):  # the median of three: one busy spell on a shared machine moves a single round
            for side in ("ours", "curl") if i % 2 == 0 else ("curl", "ours"):
                _settle(*folder.iterdir())
                if side == "ours":
                    done = subprocess.run(
                        [sys.executable, "-c", MANY_AT_ONCE, KEY, base_url, task_id, tmp, str(MANY)],
                        capture_output=True,
                        text=True,
                        check=True,
                    )
                    figures = json.loads(done.stdout)
                    assert figures["size"] == MANY * SMALL
                    ours.append(figures["seconds"])
                    growth.append(figures["growth_kib"] / 1024)
                else:
                    outs = [str(folder / f"curl-{n}.mp4") for n in range(MANY)]
                    start = time.perf_counter()
                    running = [subprocess.Popen([curl, "-sf", "-o", out, url]) for out in outs]
                    assert all(p.wait() == 0 for p in running)
                    subprocess.run(["sync", *outs], check=True)
                    theirs.append(time.perf_counter() - start)
        _settle(*folder.iterdir())
    our_time, curl_time = statistics.median(ours), statistics.median(theirs)
    return [
        Row(
            f"{MANY} concurrent async downloads of 32 MB: total time",
            our_time,
            curl_time,
            "<= 1.2x",
            our_time <= 1.2 * curl_time,
            "s",
            note=f"reference: {MANY} curl processes at once, then sync",
        ),
        Row(
            f"{MANY} concurrent async downloads: peak memory growth",
            max(growth),
            64.0,
            "<= 64 MB",
            max(growth) <= 64,
            "MB",
            note="reference is the goal itself",
        ),
    ]


def bench_downloads() -> list[Row]:
    if not shutil.which("curl") or not shutil.which("sync"):
        print("(download rows skipped: they need curl and sync as their reference)")
        return []
    return bench_download_speed() + bench_download_throttled() + bench_download_many()
