"""The batch journal: a write-ahead record that makes a batch safe to kill and re-run.

Each item's request and Idempotency-Key are committed *before* its create is
sent, then its task id, status, result links (with their expiry) and saved
file as they become known. Re-running the batch reads this back: an item with a
task id is polled, not created again; an item whose create answer was lost is
sent again under the same key where the gateway honours it (EvoLink answers with
the original task), and reported ``unknown`` - never sent again - where it does
not (UniAll documents no key); an item whose file is saved is skipped.

A saved file is recorded with its size and SHA-256, so a file found at an
item's path later counts as that item's result only if it is still the same
bytes (a replaced file, or another item's video after lines were reordered, is
not).

Two processes on one journal would race, so the journal holds SQLite's own
exclusive lock for as long as it is open (portable, and released by the
operating system even on ``kill -9``): a second process refuses to start with
:class:`JournalBusyError`.

Every commit is durable *in the main file*: SQLite's rollback journal
(``journal_mode=DELETE``) with ``synchronous=FULL`` writes each committed record
into the database file itself before the commit returns. In WAL mode a killed
process leaves its records in the ``-wal`` sidecar, and a user who then copies
the main file alone or deletes the sidecar silently loses them, which would
make the next run pay again. A commit costs about 0.7 ms instead of 0.15 ms,
a few per item: nothing next to an API request.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from ._exceptions import EvoLinkError, JournalBusyError

__all__ = [
    "Journal",
    "JournalBusyError",
    "JournalCorruptError",
    "JournalEntry",
    "JournalWriteError",
]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    item_key TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT,
    request TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    task_id TEXT,
    status TEXT NOT NULL,
    results TEXT,
    expires_at REAL,
    file TEXT,
    error TEXT,
    credits REAL,
    updated REAL
)
"""
#: The batch's uploads of local images by content (``_local_files``), so a re-run uploads nothing again.
_UPLOADS_SCHEMA = """
CREATE TABLE IF NOT EXISTS uploads (sha256 TEXT PRIMARY KEY, url TEXT NOT NULL, expires_at REAL NOT NULL)
"""
#: Columns added since the first journals: every journal, new or older, gets them when opened.
_ADDED_COLUMNS = {
    "size": "INTEGER",
    "sha256": "TEXT",
    "extra_files": "TEXT",
    # What the create answer reserved and what the task was finally charged: a batch budget is kept from these.
    "credits_reserved": "REAL",
    "credits_charged": "REAL",
}


@dataclass(frozen=True)
class JournalEntry:
    item_key: str
    position: int
    name: str | None
    request: dict[str, Any]
    idempotency_key: str
    task_id: str | None
    status: str
    results: list[str]
    expires_at: float | None
    file: str | None
    error: str | None
    credits: float | None
    size: int | None = None
    sha256: str | None = None
    #: The second and later results of a request with ``n`` > 1: ``[{"file", "size", "sha256"}, ...]``.
    extra_files: list[dict[str, Any]] = field(default_factory=list)
    credits_reserved: float | None = None
    credits_charged: float | None = None


P = ParamSpec("P")
R = TypeVar("R")


class JournalCorruptError(EvoLinkError):
    """The journal file is not a SQLite database (or is damaged); nothing was sent."""


class JournalWriteError(EvoLinkError):
    """The journal could not be read or written (a full disk, a removed folder): the batch stops.

    Going on without a journal could pay twice on the next run, so no item is sent past this point.
    """


def _journal_io(method: Callable[P, R]) -> Callable[P, R]:
    """``method`` with SQLite's own errors turned into :class:`JournalWriteError`."""

    @functools.wraps(method)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            journal = args[0]
            raise JournalWriteError(f"the batch journal {getattr(journal, 'path', '')} failed: {exc}") from exc

    return guarded


def _open(path: Path) -> sqlite3.Connection:
    """The journal's database: every commit in the main file, older journals brought up to date, held exclusively.

    SQLite's own locking keeps other processes out, on every operating system: in exclusive locking mode the
    lock taken by the first write transaction is kept until the connection closes (or the process dies, when
    the operating system releases it). Another process is refused at once (no busy wait).
    """
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=0)
    try:
        db.execute("PRAGMA locking_mode=EXCLUSIVE")
        db.execute("PRAGMA journal_mode=DELETE")  # leaves a WAL journal of an older version, too
        db.execute("PRAGMA synchronous=FULL")
        db.execute("BEGIN EXCLUSIVE")  # take the lock now, before anything is read
        db.execute(_SCHEMA)
        db.execute(_UPLOADS_SCHEMA)
        have = {row[1] for row in db.execute("PRAGMA table_info(items)")}
        for column, kind in _ADDED_COLUMNS.items():
            if column not in have:
                db.execute(f"ALTER TABLE items ADD COLUMN {column} {kind}")
        db.execute("COMMIT")
    except BaseException:
        db.close()
        raise
    return db


class Journal:
    """One SQLite file; safe for the threads of one process, exclusive across processes."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = _open(self.path)
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorcode", None) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise JournalWriteError(f"the batch journal {self.path} cannot be opened: {exc}") from None
            raise JournalBusyError(f"another process is running a batch on {self.path}") from None
        except sqlite3.DatabaseError as exc:  # not a database, or damaged: say so rather than guess
            raise JournalCorruptError(f"{self.path} is not a readable batch journal ({exc})") from None
        self._mutex = threading.Lock()

    def close(self) -> None:
        self._db.close()  # releases the lock

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @_journal_io
    def entry(self, item_key: str) -> JournalEntry | None:
        with self._mutex:
            row = self._db.execute(
                "SELECT item_key, position, name, request, idempotency_key, task_id, status, results, "
                "expires_at, file, error, credits, size, sha256, extra_files, credits_reserved, credits_charged "
                "FROM items WHERE item_key = ?",
                (item_key,),
            ).fetchone()
        if row is None:
            return None
        return JournalEntry(
            item_key=row[0],
            position=row[1],
            name=row[2],
            request=json.loads(row[3]),
            idempotency_key=row[4],
            task_id=row[5],
            status=row[6],
            results=json.loads(row[7] or "[]"),
            expires_at=row[8],
            file=row[9],
            error=row[10],
            credits=row[11],
            size=row[12],
            sha256=row[13],
            extra_files=json.loads(row[14] or "[]"),
            credits_reserved=row[15],
            credits_charged=row[16],
        )

    @_journal_io
    def begin(
        self, item_key: str, *, position: int, name: str | None, request: Mapping[str, Any], idempotency_key: str
    ) -> JournalEntry:
        """Record an item and its key before anything is sent; an existing record wins."""
        with self._mutex:
            self._db.execute(
                "INSERT OR IGNORE INTO items (item_key, position, name, request, idempotency_key, status) "
                "VALUES (?, ?, ?, ?, ?, 'new')",
                (item_key, position, name, json.dumps(dict(request), sort_keys=True), idempotency_key),
            )
        entry = self.entry(item_key)
        assert entry is not None
        return entry

    @_journal_io
    def update(self, item_key: str, **fields: Any) -> None:
        allowed = {
            "task_id",
            "status",
            "results",
            "expires_at",
            "file",
            "error",
            "credits",
            "size",
            "sha256",
            "extra_files",
            "credits_reserved",
            "credits_charged",
        }
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"unknown journal fields {sorted(unknown)}")
        for listed in ("results", "extra_files"):
            if listed in fields:
                fields[listed] = json.dumps(list(fields[listed]))
        assignments = ", ".join(f"{name} = ?" for name in fields)
        values = [_storable(value) for value in fields.values()]
        with self._mutex:
            self._db.execute(
                f"UPDATE items SET {assignments}, updated = ? WHERE item_key = ?",
                (*values, time.time(), item_key),
            )

    @_journal_io
    def upload(self, sha256: str) -> tuple[str, float] | None:
        """The link of an upload of this content and when it expires (Unix time), if this batch made one."""
        with self._mutex:
            row = self._db.execute("SELECT url, expires_at FROM uploads WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else (str(row[0]), float(row[1]))

    @_journal_io
    def record_upload(self, sha256: str, url: str, expires_at: float) -> None:
        with self._mutex:
            self._db.execute(
                "INSERT OR REPLACE INTO uploads (sha256, url, expires_at) VALUES (?, ?, ?)", (sha256, url, expires_at)
            )

    @_journal_io
    def empty(self) -> bool:
        """No item was ever recorded: a new journal, or one that was emptied or replaced."""
        with self._mutex:
            return self._db.execute("SELECT 1 FROM items LIMIT 1").fetchone() is None

    @_journal_io
    def entries(self) -> list[JournalEntry]:
        with self._mutex:
            keys = [row[0] for row in self._db.execute("SELECT item_key FROM items ORDER BY position")]
        return [entry for key in keys if (entry := self.entry(key)) is not None]


def _storable(value: Any) -> Any:
    """Text SQLite can store: a server's failure reason or task id may hold lone surrogates (valid in JSON)."""
    return value.encode("utf-8", "replace").decode("utf-8") if isinstance(value, str) else value
