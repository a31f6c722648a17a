"""The journal's write-ahead record and lock, and the adaptive pacer, on their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from evolink import AdaptivePacer, JournalBusyError
from evolink._journal import Journal


def test_journal_records_the_key_before_anything_else_and_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as journal:
        first = journal.begin(
            "1:abc", position=1, name="a", request={"model": "m"}, idempotency_key="key-one-000000001"
        )
        assert (first.status, first.task_id, first.idempotency_key) == ("new", None, "key-one-000000001")
        journal.update("1:abc", task_id="task-unified-1-x", status="pending")
    with Journal(path) as journal:
        # a re-run proposes a fresh key, but the recorded one wins: the same create is recovered, not repeated
        again = journal.begin(
            "1:abc", position=1, name="a", request={"model": "m"}, idempotency_key="key-two-000000002"
        )
        assert (again.idempotency_key, again.task_id, again.status) == (
            "key-one-000000001",
            "task-unified-1-x",
            "pending",
        )
        journal.update("1:abc", status="completed", results=["https://cdn/x.mp4"], expires_at=123.0, credits=2.5)
        (entry,) = journal.entries()
        assert entry.results == ["https://cdn/x.mp4"] and entry.expires_at == 123.0 and entry.credits == 2.5


def test_a_second_process_on_the_same_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path), pytest.raises(JournalBusyError, match="another process"):
        Journal(path)
    Journal(path).close()  # free again once the first one closed


def test_journal_refuses_unknown_fields(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal, pytest.raises(ValueError, match="unknown journal fields"):
        journal.update("x", request="{}")


def test_pacer_spaces_requests_at_its_rate() -> None:
    pacer = AdaptivePacer(rate=4.0)
    waits = [pacer.reserve(now=10.0) for _ in range(4)]
    assert waits == pytest.approx([0.0, 0.25, 0.5, 0.75])


def test_pacer_slow_starts_then_cuts_on_429_holds_until_retry_after_and_creeps_back() -> None:
    pacer = AdaptivePacer(rate=8.0)
    for _ in range(8):
        pacer.on_success()
    assert pacer.rate == 16.0  # slow start: one more request per second per success, doubling each second
    pacer.on_throttle(now=100.0, retry_after=5.0)
    assert pacer.rate == pytest.approx(16.0 * pacer.decrease) and pacer.throttled == 1
    assert pacer.reserve(now=100.0) == pytest.approx(5.0)  # nobody sends before Retry-After has passed
    cut = pacer.rate
    pacer.on_throttle(now=100.2, retry_after=None)
    assert pacer.rate == cut  # refused together: one signal, one cut
    for _ in range(100):
        pacer.on_success()
    assert pacer.rate == pytest.approx(cut + 100 * pacer.increase)  # additive increase after the first 429
    for second in range(200):
        pacer.on_throttle(now=200.0 + second, retry_after=None)
    assert pacer.rate == pacer.min_rate


def test_slow_start_grows_no_faster_than_twice_what_got_through() -> None:
    """Requests queued at a slower rate must not let the rate run ahead of the throughput and overshoot."""
    pacer = AdaptivePacer(rate=10.0)
    pacer.reserve(now=0.0)
    for _ in range(5):  # the first second: 5 requests got through, each success adds one request per second
        pacer.on_success()
    assert pacer.rate == 15.0
    pacer.reserve(now=1.0)  # that second is over: 5 a second were delivered
    for _ in range(20):
        pacer.on_success()
    assert pacer.rate == 15.0  # past twice 5/s: it does not grow, however many successes queue up
    pacer.reserve(now=2.0)  # 20 got through in the next second
    pacer.on_success()
    assert pacer.rate == 16.0  # under twice 20/s: it grows again
