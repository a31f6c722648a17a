"""The journal's contract, on both stores: what a batch relies on holds on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from evolink._journal import Journal, LeaseLostError

KEY = "key-0000000000000001"


def test_the_first_key_recorded_wins_and_survives_reopening(journal_location: str) -> None:
    with Journal(journal_location) as journal:
        first = journal.begin("1:abc", position=1, name="a", request={"model": "m"}, idempotency_key=KEY)
        assert (first.status, first.task_id, first.idempotency_key) == ("new", None, KEY)
        journal.update("1:abc", task_id="task-1", status="pending")
    with Journal(journal_location) as journal:
        again = journal.begin("1:abc", position=1, name="a", request={"model": "m"}, idempotency_key="key-other-2")
        assert (again.idempotency_key, again.task_id, again.status) == (KEY, "task-1", "pending")
        journal.update("1:abc", status="completed", results=["https://cdn/x.mp4"], expires_at=1.8e9, size=5 * 2**30)
        (entry,) = journal.entries()
    assert entry.results == ["https://cdn/x.mp4"] and entry.expires_at == 1.8e9
    assert entry.size == 5 * 2**30  # a file over 4 GiB: no 32-bit column


def test_unknown_fields_are_refused(journal_location: str) -> None:
    with Journal(journal_location) as journal, pytest.raises(ValueError, match="unknown journal fields"):
        journal.update("x", request="{}")


def test_text_a_server_may_send_is_stored(journal_location: str) -> None:
    with Journal(journal_location) as journal:
        journal.begin("k", position=1, name=None, request={}, idempotency_key=KEY)
        journal.update("k", error="bad \x00 byte and a lone \udc80 surrogate")
        entry = journal.entry("k")
    assert entry is not None and entry.error == "bad \ufffd byte and a lone ? surrogate"


def test_a_lease_keeps_other_workers_out_until_it_runs_out(journal_location: str) -> None:
    with Journal(journal_location) as journal:
        journal.begin("k", position=1, name=None, request={}, idempotency_key=KEY)
        since = journal.register("w1", "host", 1)
        lease = journal.claim("k", "w1", since=since, seconds=0.5)
        assert lease is not None
        assert journal.claim("k", "w2", since=since, seconds=0.5) is None
        journal.update("k", lease, status="sending")  # the holder records under its lease
        time.sleep(0.6)
        taken = journal.claim("k", "w2", since=since, seconds=30)
        assert taken is not None and taken.token > lease.token
        with pytest.raises(LeaseLostError):
            journal.update("k", lease, task_id="task-late")  # the first worker, back from a pause: fenced
        if journal.shared:  # a SQLite journal is one process's: it spends no commit on checking its own lease
            with pytest.raises(LeaseLostError):
                journal.holds("k", lease)
        journal.update("k", taken, task_id="task-1")
        entry = journal.entry("k")
    assert entry is not None and entry.task_id == "task-1"


def test_a_renewed_lease_outlives_its_first_term_and_a_run_out_one_is_not_revived(journal_location: str) -> None:
    with Journal(journal_location) as journal:
        for key in ("a", "b"):
            journal.begin(key, position=1, name=None, request={}, idempotency_key=KEY)
        since = journal.register("w1", "host", 1)
        a = journal.claim("a", "w1", since=since, seconds=0.4)
        b = journal.claim("b", "w1", since=since, seconds=0.1)
        assert a is not None and b is not None
        time.sleep(0.2)
        journal.renew("w1", 0.6)
        time.sleep(0.4)
        journal.update("a", a, status="renewed")  # still current
        with pytest.raises(LeaseLostError):
            journal.update("b", b, status="late")  # had run out before the renewal


def test_ending_records_the_outcome_and_frees_the_item(journal_location: str) -> None:
    with Journal(journal_location) as journal:
        journal.begin("k", position=1, name=None, request={}, idempotency_key=KEY)
        since = journal.register("w1", "host", 1)
        lease = journal.claim("k", "w1", since=since, seconds=30)
        assert lease is not None
        journal.end("k", lease, "error", status="new", error="boom")
        entry = journal.entry("k")
        assert entry is not None and (entry.outcome, entry.ended_by, entry.status) == ("error", "w1", "new")
        with pytest.raises(LeaseLostError):
            journal.update("k", lease, status="again")  # given back


def test_a_shared_journal_settles_an_item_for_the_workers_of_its_run(batch_url: str) -> None:
    with Journal(batch_url) as journal:
        for key in ("final", "transient"):
            journal.begin(key, position=1, name=None, request={}, idempotency_key=KEY)
        early = journal.register("early", "host", 1)
        for key, outcome in (("final", "saved"), ("transient", "error")):
            lease = journal.claim(key, "w1", since=early, seconds=30)
            assert lease is not None
            journal.end(key, lease, outcome)
        # A worker of the same run does not take up an item that ended while it ran...
        assert journal.claim("transient", "early", since=early, seconds=30) is None
        late = journal.register("late", "host", 2)
        # ... one started later (a re-run) does, unless the outcome was final.
        assert journal.claim("final", "late", since=late, seconds=30) is None
        assert journal.claim("transient", "late", since=late, seconds=30) is not None


def test_a_sqlite_journal_clears_the_leases_of_a_killed_run(tmp_path: object) -> None:
    path = f"{tmp_path}/journal.sqlite3"
    with Journal(path) as journal:
        journal.begin("k", position=1, name=None, request={}, idempotency_key=KEY)
        assert journal.claim("k", "dead", since=0.0, seconds=3600) is not None
    with Journal(path) as journal:  # only one process can hold the file: no lease can still be live
        assert journal.claim("k", "next", since=0.0, seconds=30) is not None


KILLED = """
import os, signal, sys
from evolink._journal import Journal
journal = Journal(sys.argv[1])
journal.begin("k", position=1, name="cat", request={"model": "m"}, idempotency_key="key-0000000000000001")
lease = journal.claim("k", "w", since=journal.register("w", "h", os.getpid()), seconds=30)
journal.update("k", lease, task_id="task-unified-1", status="pending")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_every_committed_record_survives_kill_9(journal_location: str) -> None:
    killed = subprocess.run([sys.executable, "-c", KILLED, journal_location], check=False)
    assert killed.returncode == -9
    with Journal(journal_location) as journal:
        (entry,) = journal.entries()
    assert (entry.task_id, entry.idempotency_key, entry.status) == ("task-unified-1", KEY, "pending")


def test_uploads_are_remembered(journal_location: str) -> None:
    with Journal(journal_location) as journal:
        assert journal.upload("abc") is None
        journal.record_upload("abc", "https://files/one", 100.0)
        journal.record_upload("abc", "https://files/two", 200.0)
        assert journal.upload("abc") == ("https://files/two", 200.0)


def test_status_counts_items_credits_and_live_leases(journal_location: str) -> None:
    with Journal(journal_location) as journal:
        for key in ("a", "b", "c"):
            journal.begin(key, position=1, name=None, request={}, idempotency_key=KEY)
        since = journal.register("w1", "host-1", 11)
        a = journal.claim("a", "w1", since=since, seconds=30)
        b = journal.claim("b", "w1", since=since, seconds=30)
        assert a is not None and b is not None
        journal.update("a", a, credits_reserved=10.0)
        journal.end("a", a, "saved", credits_charged=9.5)
        journal.update("b", b, credits_reserved=4.0)
        status = journal.status()
    assert status.states == {"saved": 1, "running": 1, "new": 1} and status.total == 3
    assert (status.credits_reserved, status.credits_charged) == (14.0, 9.5)
    (worker,) = status.workers
    assert (worker.worker, worker.host, worker.pid, worker.leases) == ("w1", "host-1", 11, 1)


def test_the_pacing_state_is_one_atomic_read_modify_write(journal_location: str) -> None:
    with Journal(journal_location) as journal:

        def bump(state: str | None, now: float) -> tuple[str, None]:
            return str(int(state or "0") + 1), None

        def worker() -> None:
            for _ in range(50):
                journal.pacing(bump)

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert journal.pacing(lambda state, now: (state or "", state)) == "200"


PACING_WORKER = """
import sys
from evolink._journal import Journal
with Journal(sys.argv[1]) as journal:
    for _ in range(100):
        journal.pacing(lambda state, now: (str(int(state or "0") + 1), None))
"""


def test_the_pacing_state_is_atomic_across_processes(batch_url: str) -> None:
    workers = [subprocess.Popen([sys.executable, "-c", PACING_WORKER, batch_url]) for _ in range(3)]
    assert [worker.wait(timeout=60) for worker in workers] == [0, 0, 0]
    with Journal(batch_url) as journal:
        assert journal.pacing(lambda state, now: (state or "", state)) == "300"


def test_a_restart_forgets_the_failed_task_under_a_new_key(journal_location: str) -> None:
    with Journal(journal_location) as journal:
        journal.begin("k", position=1, name=None, request={}, idempotency_key=KEY)
        lease = journal.claim("k", "w1", since=journal.register("w1", "host", 1), seconds=30)
        assert lease is not None
        journal.update("k", lease, task_id="task-1", status="failed", retryable=True, credits_reserved=3.0)
        assert journal.entry("k").retryable  # type: ignore[union-attr]
        journal.restart("k", lease, "key-fresh-000000002")
        entry = journal.entry("k")
    assert entry is not None
    assert (entry.idempotency_key, entry.task_id, entry.status, entry.retryable) == (
        "key-fresh-000000002",
        None,
        "new",
        False,
    )
    assert entry.credits_reserved is None
