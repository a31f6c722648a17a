"""A journal that stops taking writes (a full disk) stops the batch with a library error, never sqlite3's own."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

import evolink
from evolink import PollPolicy
from evolink._journal_sqlite import SqliteStore
from evolink.testing import FakeClock, MockConfig, MockServer

FAST = "veo-3.1-fast-generate-preview"


def full_disk(allowed: int) -> Any:
    """``SqliteStore.change`` failing every write after the first ``allowed``, as SQLite does when the disk fills."""
    real = SqliteStore.change
    left = [allowed]

    def change(self: SqliteStore, sql: str, params: Any = ()) -> int:
        if sql.lstrip().upper().startswith(("UPDATE", "INSERT")):
            if left[0] <= 0:
                raise sqlite3.OperationalError("disk I/O error")
            left[0] -= 1
        return real(self, sql, params)

    return change


def test_a_journal_that_cannot_be_written_stops_the_batch_with_a_library_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SqliteStore, "change", full_disk(allowed=3))
    clock = FakeClock()
    with (
        MockServer(MockConfig(task_seconds=30), clock) as server,
        evolink.EvoLink(
            server.api_key, base_url=server.base_url, transport=server.transport(), clock=clock, poll=PollPolicy()
        ) as client,
        pytest.raises(evolink.JournalWriteError, match="disk I/O error"),
    ):
        client.videos.generate_many([{"model": FAST, "prompt": f"cat {i}"} for i in range(4)], output_dir=tmp_path)
