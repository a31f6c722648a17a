"""Taking over a dead worker's item: the same key where the gateway honours one, ``unknown`` where it does not.

The dead worker is played by the journal itself: it records the item's key and
``sending`` (its create left) under a lease that then runs out, exactly what a
worker killed right after sending leaves behind. A second worker, in process on
the mock, then runs the batch on the same PostgreSQL journal.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import evolink
from evolink import PollPolicy
from evolink._batch import BatchItem, item_key
from evolink._journal import Journal
from evolink.testing import MockConfig, MockServer

FAST = "veo-3.1-fast-generate-preview"
UNIALL_MODEL = "veo3.1-video-720p"
KEY = "dead-worker-key-0001"


def _dead_worker_sent(url: str, request: dict[str, object]) -> None:
    """What a worker killed right after its create left leaves in the journal: the key, ``sending``, a lease."""
    key = item_key(BatchItem(1, None, dict(request)))
    with Journal(url) as journal:
        journal.begin(key, position=1, name=None, request=request, idempotency_key=KEY)
        lease = journal.claim(key, "dead", since=journal.register("dead", "gone", 1), seconds=0.2)
        assert lease is not None
        journal.update(key, lease, status="sending")
    time.sleep(0.3)  # its lease runs out: nobody renews it


def test_evolink_takes_over_with_the_dead_workers_key_and_pays_once(tmp_path: Path, batch_url: str) -> None:
    request = {"model": FAST, "prompt": "a cat"}
    with MockServer(MockConfig(task_seconds=0.05)) as server:
        client = evolink.EvoLink(
            server.api_key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.01)
        )
        with client:
            first = client.videos.create(**request, idempotency_key=KEY)  # the dead worker's create did arrive
            _dead_worker_sent(batch_url, request)
            (result,) = client.videos.generate_many([request], output_dir=tmp_path, journal=batch_url)
        assert server.stats.tasks_created == 1
    assert (result.status, result.task_id) == ("saved", first.id)


def test_uniall_reports_a_dead_workers_sent_create_unknown_and_never_sends_it(tmp_path: Path, batch_url: str) -> None:
    request = {"model": UNIALL_MODEL, "prompt": "a cat"}
    with MockServer(MockConfig(provider="uniall", task_seconds=0.05)) as server:
        _dead_worker_sent(batch_url, request)
        client = evolink.UniAll(
            server.api_key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.01)
        )
        with client:
            (result,) = client.videos.generate_many([request], output_dir=tmp_path, journal=batch_url)
        assert server.stats.create_requests == 0
    assert result.status == "unknown"


def test_a_live_workers_item_is_waited_for_and_its_result_reported(tmp_path: Path, batch_url: str) -> None:
    """An item another worker holds is not touched; once that worker ends it, its result is this call's too."""
    request = {"model": FAST, "prompt": "a cat"}
    key = item_key(BatchItem(1, None, dict(request)))
    with Journal(batch_url) as journal:
        journal.begin(key, position=1, name=None, request=request, idempotency_key=KEY)
        lease = journal.claim(key, "other", since=journal.register("other", "elsewhere", 1), seconds=30)
        assert lease is not None

        def the_other_worker_ends_it() -> None:
            time.sleep(0.5)
            journal.end(key, lease, "failed", status="failed", error="the other worker's task failed")

        ending = threading.Thread(target=the_other_worker_ends_it)
        with MockServer(MockConfig(task_seconds=0.05)) as server:
            client = evolink.EvoLink(server.api_key, base_url=server.base_url, transport=server.transport())
            with client:
                ending.start()
                (result,) = client.videos.generate_many(
                    [request], output_dir=tmp_path, journal=batch_url, lease_seconds=2
                )
            ending.join()
            assert server.stats.create_requests == 0
    assert (result.status, result.worker, result.error) == ("failed", "other", "the other worker's task failed")


@pytest.mark.parametrize("problem", ["max_credits", "lease_seconds"])
def test_what_a_shared_batch_cannot_keep_is_refused_before_anything_is_sent(
    tmp_path: Path, batch_url: str, problem: str
) -> None:
    options = {"max_credits": 10.0} if problem == "max_credits" else {"lease_seconds": 0.0}
    with (
        MockServer(MockConfig(task_seconds=0.05)) as server,
        evolink.EvoLink(server.api_key, base_url=server.base_url, transport=server.transport()) as client,
        pytest.raises(evolink.RequestValidationError, match=problem),
    ):
        client.videos.generate_many([{"model": FAST, "prompt": "x"}], output_dir=tmp_path, journal=batch_url, **options)
    assert server.stats.requests == 0


async def _async_batch(url: str, out: Path, server: MockServer) -> list[evolink.ItemResult]:
    async with evolink.AsyncEvoLink(
        server.api_key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.01)
    ) as client:
        return await client.videos.generate_many(
            [{"model": FAST, "prompt": f"cat {i}"} for i in range(3)], output_dir=out, journal=url
        )


def test_the_async_client_shares_a_batch_too(tmp_path: Path, batch_url: str) -> None:
    import asyncio

    with MockServer(MockConfig(task_seconds=0.05)) as server:
        results = asyncio.run(_async_batch(batch_url, tmp_path, server))
        again = asyncio.run(_async_batch(batch_url, tmp_path, server))  # a later run finds every item saved
        assert server.stats.tasks_created == 3
    assert [r.status for r in results] == ["saved"] * 3 and [r.status for r in again] == ["saved"] * 3
    assert sorted(p.name for p in tmp_path.glob("*.mp4")) == [f"item-0000{i}.mp4" for i in (1, 2, 3)]


def test_a_task_a_dead_worker_recorded_is_polled_never_created_again(tmp_path: Path, batch_url: str) -> None:
    """The item as claimed, not as read before: on UniAll a second create would be a second bill."""
    request = {"model": UNIALL_MODEL, "prompt": "a cat"}
    key = item_key(BatchItem(1, None, dict(request)))
    with MockServer(MockConfig(provider="uniall", task_seconds=0.05)) as server:
        client = evolink.UniAll(
            server.api_key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.01)
        )
        with client, Journal(batch_url) as journal:
            journal.begin(key, position=1, name=None, request=request, idempotency_key=KEY)
            lease = journal.claim(key, "dead", since=journal.register("dead", "gone", 1), seconds=0.2)
            assert lease is not None
            made = client.videos.create(**request)
            journal.update(key, lease, task_id=made.id, status="processing")
            time.sleep(0.3)
            (result,) = client.videos.generate_many([request], output_dir=tmp_path, journal=batch_url)
        assert server.stats.create_requests == 1
    assert (result.status, result.task_id) == ("saved", made.id)


def test_retry_failed_works_on_a_shared_journal(tmp_path: Path, batch_url: str) -> None:
    request = {"model": FAST, "prompt": "a cat"}
    with MockServer(MockConfig(ending="fail=service_error", task_seconds=0.05)) as server:
        client = evolink.EvoLink(
            server.api_key, base_url=server.base_url, transport=server.transport(), poll=PollPolicy(floor=0.01)
        )
        with client:
            (first,) = client.videos.generate_many([request], output_dir=tmp_path, journal=batch_url)
            (again,) = client.videos.generate_many([request], output_dir=tmp_path, journal=batch_url, retry_failed=True)
        assert server.stats.tasks_created == 2
    assert first.status == "failed" and again.retried_task == first.task_id and again.task_id != first.task_id


def test_a_task_created_as_the_lease_ran_out_is_kept(batch_url: str) -> None:
    """Adopted without the lease (it exists and is paid for), never over a task already recorded."""
    with Journal(batch_url) as journal:
        for name in ("lost", "taken"):
            journal.begin(name, position=1, name=None, request={}, idempotency_key=KEY)
        lease = journal.claim("lost", "w", since=journal.register("w", "h", 1), seconds=30)
        assert lease is not None
        journal.end("lost", lease, "unknown", status="sending")  # what the worker that took it over reported
        journal.adopt("lost", "task-paid", "pending")
        journal.update("taken", task_id="task-first")
        journal.adopt("taken", "task-second", "pending")
        lost, taken = journal.entry("lost"), journal.entry("taken")
    assert lost is not None and (lost.task_id, lost.status, lost.outcome) == ("task-paid", "pending", None)
    assert taken is not None and taken.task_id == "task-first"
