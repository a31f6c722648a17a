"""Batch rows: 4 workers sharing one PostgreSQL journal, validation with the whole catalogue, 10,000 items at scale.

Every batch runs in its own process (the CLI, or a small script) against the mock in another, so each figure is
the batch's own: its wall time, its peak memory, its journal. Times are held to the theoretical minimum the
mock's rate limit allows: every item costs at least two rate-limited API requests, its create and one poll that
sees it completed (the mock answers a task's poll with ``estimated_time`` = ``--task-seconds``, so a single poll
is enough); downloads come from the mock's result host, which the limit does not count.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from rows import Row

KEY = "sk-bench"
MODEL = "veo-3.1-fast-generate-preview"
#: Rate-limited API requests an item needs at the least: its create and the poll that finds it completed.
REQUESTS_PER_ITEM = 2
#: Where a journal and videos can be written without paying a disk's fsync (the scale row measures the library).
RAM_DISK = Path("/dev/shm")


@contextmanager
def mock(*options: str) -> Iterator[str]:
    """``python -m evolink.testing`` in its own process, its log in a file (a full pipe would stall it)."""
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "mock.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "evolink.testing", "--port", "0", "--api-key", KEY, *options],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        try:
            deadline = time.monotonic() + 30
            while True:
                found = re.search(r"https?://[^\s,;]+", log.read_text(errors="replace"))
                if found:
                    break
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the mock did not start: {log.read_text(errors='replace')}")
                time.sleep(0.05)
            yield found.group(0).rstrip("/.")
        finally:
            process.terminate()
            process.wait(timeout=10)


def stats(base_url: str) -> dict[str, int]:
    import httpx

    found: dict[str, int] = httpx.get(f"{base_url}/_mock/stats").json()
    return found


def reset(base_url: str) -> None:
    """Forget the mock's tasks, counters and rate-limit buckets, so the next run starts from a full bucket."""
    import httpx

    httpx.post(f"{base_url}/_mock/reset").raise_for_status()


def write_jobs(path: Path, n: int) -> None:
    lines = (json.dumps({"name": f"item-{i:05d}", "model": MODEL, "prompt": f"item {i}"}) for i in range(n))
    path.write_text("\n".join(lines) + "\n")


def unsaved(report: Path) -> str:
    """What the items a worker did not save ended with, from its JSON report."""
    try:
        items = json.loads(report.read_text())["items"]
    except (OSError, ValueError, KeyError, TypeError):
        return f"no readable report at {report}"
    failed = [item for item in items if item.get("status") != "saved"]
    return "; ".join(f"{item.get('name')}: {item.get('status')} {item.get('error')}" for item in failed)


def run_workers(
    workers: int, jobs: Path, out: Path, journal: str, base_url: str, options: Sequence[str]
) -> tuple[float, list[int]]:
    """``workers`` ``evolink batch`` processes on one jobs file and one journal; wall time and their exit codes."""
    env = {**os.environ, "EVOLINK_API_KEY": KEY, "EVOLINK_BASE_URL": base_url, "EVOLINK_LOG": ""}
    cli = [sys.executable, "-m", "evolink.cli"]
    start = time.perf_counter()
    reports = [out.parent / f"report-{workers}-{i}.json" for i in range(workers)]
    processes = [
        subprocess.Popen(
            [
                *cli,
                "batch",
                "run",
                str(jobs),
                "--out",
                str(out),
                "--journal",
                journal,
                *options,
                "--report",
                str(reports[i]),
                "--json",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        for i in range(workers)
    ]
    codes = []
    for process in processes:
        process.wait()
        if process.returncode:
            why = unsaved(reports[len(codes)])
            print(f"(batch worker {len(codes)} of {workers} exited {process.returncode}: {why})")
        codes.append(process.returncode)
    return time.perf_counter() - start, codes


def bench_shared(n: int = 500, rate: float = 40.0, workers: int = 4, creates: int = 4, running: int = 32) -> list[Row]:
    """Issue 16: ``workers`` CLI processes on one PostgreSQL journal against one worker alone, same items.

    Each worker runs with the CLI's defaults (4 creates in flight, 32 tasks running); the worker alone gets
    the same totals, on the same kind of journal (a PostgreSQL one, so its pacer is the same shared pacer):
    only the number of processes sharing the limit differs.
    """
    from evolink.testing import PostgresUnavailableError, local_postgres

    each = ["--concurrency", str(creates), "--max-running", str(running)]
    alone_options = ["--concurrency", str(creates * workers), "--max-running", str(running * workers)]
    try:
        with (
            local_postgres() as url,
            mock("--task-seconds", "1", "--rate-limit", f"{rate:g}") as base_url,
            tempfile.TemporaryDirectory() as tmp,
        ):
            jobs = Path(tmp) / "jobs.jsonl"
            write_jobs(jobs, n)
            shared_seconds, shared_codes = run_workers(
                workers, jobs, Path(tmp) / "shared", f"{url}?batch=shared", base_url, each
            )
            shared = stats(base_url)
            reset(base_url)
            alone_seconds, alone_codes = run_workers(
                1, jobs, Path(tmp) / "alone", f"{url}?batch=alone", base_url, alone_options
            )
            alone = stats(base_url)
    except PostgresUnavailableError as exc:
        print(f"(shared batch rows skipped: {exc})")
        return []
    minimum = n * REQUESTS_PER_ITEM / rate
    duplicates = shared["tasks_created"] - n
    ok = all(code == 0 for code in shared_codes + alone_codes)
    api = shared["create_requests"] + shared["task_queries"]
    return [
        Row(
            f"{workers} workers x {n} items, {rate:g} req/s: time vs minimum",
            shared_seconds,
            minimum,
            "<= 1.15x, zero duplicate creates",
            shared_seconds <= 1.15 * minimum and duplicates == 0 and ok,
            "s",
            note=f"{shared['tasks_created']} tasks for {n} items, {api} API requests; one worker alone: "
            f"{alone_seconds:.1f}s",
        ),
        Row(
            f"{workers} workers x {n} items: 429s vs one worker alone",
            shared["rate_limited"],
            alone["rate_limited"],
            "no more",
            shared["rate_limited"] <= alone["rate_limited"],
            note=f"{' '.join(each)} each vs {' '.join(alone_options)} alone",
        ),
    ]


FIRST_CREATE = """
import json, sys, time
import httpx
import evolink

sys.path.insert(0, sys.argv[1])
from calls import TASK, transport

models = json.loads(sys.argv[2])
raw = httpx.Client(transport=transport(TASK), base_url="https://api.evolink.ai")
client = evolink.EvoLink("sk-bench", transport=transport(TASK))
bodies = json.loads(sys.argv[3])

def post(body):
    return raw.post("/v1/videos/generations", json=body, headers={"Authorization": "Bearer sk-bench"}).json()

post(bodies[0])  # httpx's own first-use costs are not ours
firsts, raws = [], []
for model in models:
    body = bodies[models.index(model)]
    start = time.perf_counter()
    post(body)
    middle = time.perf_counter()
    client.videos.create(**body)
    firsts.append(time.perf_counter() - middle)
    raws.append(middle - start)
print(json.dumps({"firsts": firsts, "raws": raws}))
"""


def sample_bodies() -> tuple[int, list[dict[str, object]]]:
    """How many models the catalogue has, and a prompt-only create body for each model that takes one as it is."""
    from evolink.spec import ApiSpec

    spec = ApiSpec("evolink._generated.evolink_api")
    bodies: list[dict[str, object]] = []
    for model in spec.models:
        body: dict[str, object] = {"model": model, "prompt": "a cat"}
        if not spec.check_request(body):
            bodies.append(body)
    return len(spec.models), bodies


def bench_validation(spread: int = 8) -> list[Row]:
    """Issue 17 row 6: the first create of a model (its validator built then) and later ones, against a raw post."""
    import httpx
    from calls import TASK, transport
    from run import median_seconds

    import evolink

    models, bodies = sample_bodies()
    picked = bodies[:: max(1, len(bodies) // spread)][:spread]
    here = str(Path(__file__).resolve().parent)
    # A fresh interpreter: the first create there pays for loading the spec as well as for the model's validator.
    done = subprocess.run(
        [sys.executable, "-c", FIRST_CREATE, here, json.dumps([b["model"] for b in picked]), json.dumps(picked)],
        capture_output=True,
        text=True,
        check=True,
    )
    first = json.loads(done.stdout)
    over = [f - r for f, r in zip(first["firsts"], first["raws"], strict=True)]
    # Later calls: every model of the spread, round robin, each validator already built.
    client = evolink.EvoLink("sk-bench", transport=transport(TASK))
    raw = httpx.Client(transport=transport(TASK), base_url="https://api.evolink.ai")
    turn = iter(range(10**9))

    def create() -> object:
        return client.videos.create(**picked[next(turn) % len(picked)])

    def raw_create() -> object:
        body = picked[next(turn) % len(picked)]
        return raw.post("/v1/videos/generations", json=body, headers={"Authorization": "Bearer sk-bench"}).json()

    for _ in picked:
        create()
        raw_create()
    ours = median_seconds(create, repeat=15, number=200)
    reference = median_seconds(raw_create, repeat=15, number=200)
    ms, us = 1e3, 1e6
    further = over[1:]
    return [
        Row(
            f"first videos.create in a process ({models} models): over raw post",
            over[0] * ms,
            20.0,
            "<= 20 ms",
            over[0] * ms <= 20.0,
            "ms",
            note="fresh interpreter: imports jsonschema, loads the spec, builds one validator; reference is the goal",
        ),
        Row(
            "first videos.create of each further model: over raw post",
            max(further) * ms,
            20.0,
            "<= 20 ms",
            max(further) * ms <= 20.0,
            "ms",
            note=f"worst of {len(further)} models (its validator built then), median "
            f"{statistics.median(further) * ms:.2f} ms; reference is the goal",
        ),
        Row(
            "later videos.create, full catalogue, vs raw httpx post",
            ours * us,
            reference * us,
            "<= 1.5x",
            ours <= 1.5 * reference,
            "us",
            note=f"{len(picked)} models round robin",
        ),
    ]


SCALE = """
import json, os, resource, sys, time
from pathlib import Path
from evolink import EvoLink, PollPolicy
from evolink.batch import AdaptivePacer

key, base_url, n, out, running, max_rate = sys.argv[1:7]
n, running = int(n), int(running)
requests = [{"model": sys.argv[7], "prompt": f"item {i}", "name": f"item-{i:05d}"} for i in range(n)]

def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024

with EvoLink(key, base_url=base_url, poll=PollPolicy(floor=0.5, first_delay=0.5)) as client:
    before = rss_kib()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    results = client.videos.generate_many(
        requests,
        output_dir=out,
        concurrency=32,
        max_running=running,
        pacer=AdaptivePacer(max_rate=float(max_rate)),
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
journal = Path(out) / "evolink-journal.sqlite3"
print(json.dumps({
    "seconds": seconds,
    "saved": sum(r.ok for r in results),
    "growth_kib": after.ru_maxrss - before,
    "cpu": after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime,
    "journal_bytes": journal.stat().st_size,
}))
"""


def bench_scale(n: int = 10_000, rate: float = 400.0, running: int = 256) -> list[Row]:
    """Issue 17 row 7: 10,000 items through ``generate_many`` at the mock's rate limit, in a process of its own."""
    folder = RAM_DISK if RAM_DISK.is_dir() else None
    with (
        mock("--task-seconds", "0.5", "--rate-limit", f"{rate:g}") as base_url,
        tempfile.TemporaryDirectory(dir=folder) as tmp,
    ):
        done = subprocess.run(
            [sys.executable, "-c", SCALE, KEY, base_url, str(n), tmp, str(running), str(2 * rate), MODEL],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "EVOLINK_LOG": ""},
        )
        figures = json.loads(done.stdout)
        found = stats(base_url)
    minimum = n * REQUESTS_PER_ITEM / rate
    duplicates = found["tasks_created"] - n
    growth = figures["growth_kib"] / 1024
    where = "tmpfs" if folder else "disk"
    return [
        Row(
            f"batch of {n:,} at {rate:g} req/s: time vs minimum",
            figures["seconds"],
            minimum,
            "<= 1.1x",
            figures["seconds"] <= 1.1 * minimum and duplicates == 0 and figures["saved"] == n,
            "s",
            note=f"journal and videos on {where}; {figures['saved']} saved, {found['rate_limited']} 429s, "
            f"{figures['cpu'] / n * 1e3:.1f} ms CPU per item",
        ),
        Row(
            f"batch of {n:,}: peak memory growth",
            growth,
            100.0,
            "<= 100 MB",
            growth <= 100,
            "MB",
            note="reference is the goal itself",
        ),
        Row(
            f"batch of {n:,}: journal size per item",
            figures["journal_bytes"] / n,
            figures["journal_bytes"] / n,
            "reported",
            True,
            "B",
            note=f"{figures['journal_bytes'] / 1e6:.1f} MB SQLite journal",
        ),
    ]


def bench_batches() -> list[Row]:
    return bench_validation() + bench_shared() + bench_scale()
