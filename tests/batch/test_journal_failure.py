"""A journal that stops taking writes (a full disk) stops the batch with a library error, never sqlite3's own."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

import evolink
import evolink._journal
from evolink import PollPolicy
from evolink.testing import FakeClock, MockConfig, MockServer

FAST = "veo-3.1-fast-generate-preview"


class FullDisk:
    """A connection that fails every write after the first ``allowed`` updates, as SQLite does when the disk fills."""

    def __init__(self, db: sqlite3.Connection, allowed: int) -> None:
        self.db, self.allowed = db, allowed

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.lstrip().upper().startswith(("UPDATE", "INSERT")):
            if self.allowed <= 0:
                raise sqlite3.OperationalError("disk I/O error")
            self.allowed -= 1
        return self.db.execute(sql, *args)

    def close(self) -> None:
        self.db.close()


def test_a_journal_that_cannot_be_written_stops_the_batch_with_a_library_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = evolink._journal._open
    monkeypatch.setattr(evolink._journal, "_open", lambda path: FullDisk(real_open(path), allowed=3))
    clock = FakeClock()
    with (
        MockServer(MockConfig(task_seconds=30), clock) as server,
        evolink.EvoLink(
            server.api_key, base_url=server.base_url, transport=server.transport(), clock=clock, poll=PollPolicy()
        ) as client,
        pytest.raises(evolink.JournalWriteError, match="disk I/O error"),
    ):
        client.videos.generate_many([{"model": FAST, "prompt": f"cat {i}"} for i in range(4)], output_dir=tmp_path)
