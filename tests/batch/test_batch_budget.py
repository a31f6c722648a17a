"""A batch's credit budget: never more than max_credits plus one reservation, across kill -9 and re-runs.

The mock reserves one credit per second of video per output (an 8 s Veo video reserves 8), charges it on
completion and refunds it on failure; ``server.task`` shows what each task reserved.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import evolink
from evolink import PollPolicy
from evolink._budget import Budget
from evolink.batch import SKIPPED_BUDGET, Batch
from evolink.testing import LiveServer, MockConfig, MockServer

FAST = "veo-3.1-fast-generate-preview"
PRICE = 8  # what the mock reserves for one 8 s video


def jobs(n: int, *, durations: tuple[int, ...] = (8,), failing: frozenset[int] = frozenset()) -> list[dict[str, Any]]:
    return [
        {
            "model": FAST,
            "prompt": f"shot {i}" + (" [mock:fail=service_error]" if i in failing else ""),
            "duration": durations[i % len(durations)],
            "name": f"shot-{i:03d}",
        }
        for i in range(n)
    ]


def client(server: MockServer) -> evolink.EvoLink:
    return evolink.EvoLink(
        server.api_key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.01)
    )


def reserved(server: MockServer, results: list[evolink.ItemResult]) -> list[float]:
    """What the server says each created task reserved (not what the client believes)."""
    tasks = [server.task(r.task_id) for r in results if r.task_id]
    return [float(t["usage"]["credits_reserved"]) for t in tasks if t is not None]


def test_forty_items_with_a_budget_for_twenty_five(tmp_path: Path) -> None:
    with MockServer(MockConfig(task_seconds=0.05)) as server, client(server) as c:
        results = c.videos.generate_many(jobs(40), output_dir=tmp_path, concurrency=8, max_credits=25 * PRICE)
        statuses = [r.status for r in results]
        assert statuses.count("saved") == 25 and statuses.count("skipped") == 15
        assert {r.reason for r in results if r.status == "skipped"} == {SKIPPED_BUDGET}
        assert server.stats.tasks_created == 25
        assert sum(reserved(server, results)) <= 25 * PRICE
        saved = [r for r in results if r.ok]
        assert all(r.credits_reserved == r.credits_charged == PRICE for r in saved)


def test_prices_that_differ_by_duration_overshoot_by_at_most_one_reservation(tmp_path: Path) -> None:
    # 4 s and 8 s items alternate: the first of each price runs alone, estimated from what was seen before it.
    with MockServer(MockConfig(task_seconds=0.05)) as server, client(server) as c:
        results = c.videos.generate_many(jobs(20, durations=(4, 8)), output_dir=tmp_path, concurrency=8, max_credits=51)
        spent = reserved(server, results)
        assert sum(spent) <= 51 + max(spent)
        assert [r.status for r in results].count("skipped") > 0
        assert server.stats.tasks_created == len(spent)


def test_refunds_give_budget_back(tmp_path: Path) -> None:
    # Budget for 7, and 7 of the 10 items can succeed: every failure is refunded, so all 7 are saved whatever
    # order the items are admitted in (items run side by side; a failing one admitted after the budget is spent
    # on the others is skipped instead of run, which costs nothing either).
    with MockServer(MockConfig(task_seconds=0.05)) as server, client(server) as c:
        batch = Batch(c, output_dir=tmp_path, max_credits=7 * PRICE)
        results = batch.run(batch.check(jobs(10, failing=frozenset({0, 4, 8}))), concurrency=4)
        assert [r.status for r in results].count("saved") == 7
        failed = [r for r in results if r.status == "failed"]
        skipped = [r for r in results if r.status == "skipped"]
        assert len(failed) + len(skipped) == 3 and {r.position for r in failed + skipped} == {1, 5, 9}
        assert all(r.credits_reserved == PRICE and r.credits_charged == 0 for r in failed)
        assert batch.credits_spent == 7 * PRICE
        assert c.account.credits().user.used == 7 * PRICE


def test_a_rerun_keeps_the_budget_and_a_larger_one_continues(tmp_path: Path) -> None:
    async def run(server: MockServer, max_credits: float) -> list[evolink.ItemResult]:
        async with evolink.AsyncEvoLink(
            server.api_key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.01)
        ) as c:
            return await c.videos.generate_many(jobs(12), output_dir=tmp_path, concurrency=4, max_credits=max_credits)

    with MockServer(MockConfig(task_seconds=0.05)) as server:
        first = asyncio.run(run(server, 5 * PRICE))
        assert [r.status for r in first].count("saved") == 5
        again = asyncio.run(run(server, 5 * PRICE))  # the same budget: the first run spent it
        assert [r.status for r in again].count("skipped") == 7 and server.stats.tasks_created == 5
        more = asyncio.run(run(server, 12 * PRICE))
        assert [r.status for r in more] == ["saved"] * 12
        assert server.stats.tasks_created == 12


def test_a_gateway_that_states_no_credits_cannot_keep_a_budget(tmp_path: Path) -> None:
    with MockServer(MockConfig(provider="uniall")) as server:
        with (
            evolink.UniAll(server.api_key, base_url=server.base_url, transport=server.transport()) as c,
            pytest.raises(evolink.RequestValidationError, match="max_credits"),
        ):
            c.videos.generate_many([{"model": "veo3.1-video-720p", "prompt": "a"}], output_dir=tmp_path, max_credits=10)
        assert server.stats.create_requests == 0


def test_the_budgets_decisions() -> None:
    budget = Budget(20)
    veo = {"model": FAST, "duration": 8, "prompt": "a"}
    assert budget.admit("a", veo) == "start"  # price unknown: runs alone...
    assert budget.admit("b", veo) == "wait"  # ...so the next waits for its reservation
    budget.reserved("a", veo, 8)
    assert budget.admit("b", {**veo, "prompt": "other words, same price"}) == "start"
    assert budget.admit("c", veo) == "wait"  # 4 left, 8 estimated: a running task may still be refunded
    budget.ended("a", 0)  # a failed: refunded
    assert budget.admit("c", veo) == "start"
    assert budget.admit("d", {**veo, "duration": 4}) == "wait"  # an unseen price while c's is unknown
    budget.reserved("c", veo, 8)
    budget.ended("b", 8)
    budget.ended("c", 8)
    assert budget.admit("d", {**veo, "duration": 4}) == "skip"  # 4 left, and the model's largest is 8
    assert Budget(12, []).admit("x", veo) == "start"  # nothing known: the first item runs while budget is left
    lost = Budget(20)
    assert lost.admit("x", veo) == "start"
    lost.ended("x", None)  # sent, answer lost: taken to use up what is left
    assert lost.spent == 20 and lost.admit("y", veo) == "skip"


@pytest.mark.parametrize("hostile", [-1000.0, 0.0, float("nan"), float("inf")])
def test_a_reservation_that_is_not_positive_and_finite_cannot_make_room(hostile: float) -> None:
    budget = Budget(16)
    veo = {"model": FAST, "duration": 8, "prompt": "a"}
    assert budget.admit("a", veo) == "start"
    budget.reserved("a", veo, hostile)  # taken as unstated: it uses up what is left, and teaches no price
    assert budget.spent >= 16
    assert budget.admit("b", veo) == "wait"  # "a" may still end with a refund
    budget.ended("a", -50.0)  # a negative charge is no charge we can trust either
    assert budget.spent >= 16 and budget.admit("b", veo) == "skip"


def test_an_image_upload_that_fails_leaves_its_item_unsent_and_the_budget_untouched(tmp_path: Path) -> None:
    """The create is what counts as sent, not the uploads before it: a re-run may send such items, within budget."""
    image = tmp_path / "frame.png"
    image.write_bytes((Path(__file__).parents[2] / "examples/portrait.png").read_bytes())
    requests = [
        {"model": "kling-v3-image-to-video", "prompt": f"p{i}", "image_start": image, "name": f"n{i}"} for i in range(3)
    ]
    with MockServer(MockConfig(task_seconds=0.01)) as server:
        server.faults.fail_next(100, status=503, path="/api/v1/files/upload/stream", when="after")
        with evolink.EvoLink(
            server.api_key,
            base_url=server.base_url,
            files_base_url=server.files_base_url,
            transport=server.transport(),
            poll=PollPolicy(floor=0.01),
        ) as c:
            results = c.videos.generate_many(requests, output_dir=tmp_path / "out", max_credits=100)
        assert [r.status for r in results] == ["error"] * 3
        assert server.stats.tasks_created == 0
    journal = sqlite3.connect(tmp_path / "out" / "evolink-journal.sqlite3")
    try:
        assert {row[0] for row in journal.execute("select status from items")} == {"new"}
    finally:
        journal.close()


RUNNER = """
import json, sys
from evolink import EvoLink, PollPolicy
with EvoLink(poll=PollPolicy(floor=0.05, first_delay=0.1)) as client:
    results = client.videos.generate_many(
        json.loads(sys.argv[1]), output_dir=sys.argv[2], concurrency=8, max_credits=float(sys.argv[3]), timeout=120
    )
print(json.dumps([r.as_dict() for r in results]))
"""


@pytest.fixture
def live() -> Iterator[LiveServer]:
    with LiveServer(MockConfig(task_seconds=0.1, seed=3)) as server:
        yield server


def start(live: LiveServer, out: Path, max_credits: float) -> subprocess.Popen[str]:
    env = {**os.environ, "EVOLINK_API_KEY": live.api_key, "EVOLINK_BASE_URL": live.base_url}
    return subprocess.Popen(
        [sys.executable, "-c", RUNNER, json.dumps(jobs(40)), str(out), str(max_credits)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def spent(live: LiveServer) -> float:
    return evolink.EvoLink(live.api_key, base_url=live.base_url).account.credits().user.used


def test_kill_9_and_rerun_never_exceed_the_budget(live: LiveServer, tmp_path: Path) -> None:
    process = start(live, tmp_path, 25 * PRICE)
    deadline = time.monotonic() + 60
    while live.server.stats.tasks_created == 0:  # mid-batch: some tasks are created, none of them downloaded yet
        assert time.monotonic() < deadline and process.poll() is None, "the batch never created a task"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 0 < live.server.stats.tasks_created <= 25
    out, err = start(live, tmp_path, 25 * PRICE).communicate(timeout=120)
    statuses = [r["status"] for r in json.loads(out)]
    assert statuses.count("saved") == 25 and statuses.count("skipped") == 15, err
    assert live.server.stats.tasks_created == 25
    out, err = start(live, tmp_path, 40 * PRICE).communicate(timeout=120)
    assert [r["status"] for r in json.loads(out)] == ["saved"] * 40, err
    assert live.server.stats.tasks_created == 40  # one task per item, however often the batch died
    assert spent(live) == 40 * PRICE
