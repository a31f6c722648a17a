"""generate_many against the mock on loopback: pacing under 429, failures, and SIGKILL at random points."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from evolink.testing import LiveServer, MockConfig

FAST = "veo-3.1-fast-generate-preview"
RUNNER = """
import json, sys
from evolink import EvoLink, PollPolicy
requests = json.loads(sys.argv[1])
with EvoLink(poll=PollPolicy(floor=0.1, first_delay=0.2)) as client:
    results = client.videos.generate_many(requests, output_dir=sys.argv[2], concurrency=8, timeout=120)
print(json.dumps([r.as_dict() for r in results]))
"""


def requests(n: int, *, failing: set[int] = frozenset()) -> list[dict[str, str]]:
    return [
        {
            "model": FAST,
            "prompt": f"shot {i}" + (" [mock:fail=service_error]" if i in failing else ""),
            "name": f"shot-{i:03d}",
        }
        for i in range(n)
    ]


def start(live: LiveServer, items: list[dict[str, str]], out: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "EVOLINK_API_KEY": live.api_key, "EVOLINK_BASE_URL": live.base_url}
    return subprocess.Popen(
        [sys.executable, "-c", RUNNER, json.dumps(items), str(out)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> list[dict[str, object]]:
    out, err = process.communicate(timeout=180)
    assert process.returncode == 0, err
    results: list[dict[str, object]] = json.loads(out)
    return results


def mp4s(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.mp4"))


@pytest.fixture
def live() -> Iterator[LiveServer]:
    config = MockConfig(task_seconds=0.5, rate_limit=40, truncate_rate=0.1, drop_rate=0.03, seed=7)
    with LiveServer(config) as server:
        yield server


def test_fifty_items_under_a_rate_limit_and_faults(live: LiveServer, tmp_path: Path) -> None:
    results = finish(start(live, requests(50), tmp_path))
    assert [r["status"] for r in results] == ["saved"] * 50
    stats = live.server.stats
    assert stats.tasks_created == 50, stats
    assert len(mp4s(tmp_path)) == 50
    assert all(p.read_bytes()[4:8] == b"ftyp" for p in mp4s(tmp_path))
    assert not list(tmp_path.glob(".*.part"))


def test_failing_items_are_reported_and_the_rest_finish(live: LiveServer, tmp_path: Path) -> None:
    results = finish(start(live, requests(12, failing={3, 7}), tmp_path))
    statuses = {r["name"]: r["status"] for r in results}
    assert statuses.pop("shot-003") == statuses.pop("shot-007") == "failed"
    assert set(statuses.values()) == {"saved"}
    assert len(mp4s(tmp_path)) == 10


def test_sigkill_at_random_points_never_pays_twice(live: LiveServer, tmp_path: Path) -> None:
    items = requests(30)
    rng = random.Random(1234)
    for _ in range(4):
        process = start(live, items, tmp_path)
        time.sleep(rng.uniform(0.3, 2.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
    results = finish(start(live, items, tmp_path))
    assert [r["status"] for r in results] == ["saved"] * 30
    stats = live.server.stats
    assert stats.tasks_created == 30, stats  # one task per item, however often the batch died
    files = mp4s(tmp_path)
    assert len(files) == 30 and all(p.read_bytes()[4:8] == b"ftyp" for p in files)
    assert not list(tmp_path.glob(".*.part"))  # what killed runs left behind is cleaned up
