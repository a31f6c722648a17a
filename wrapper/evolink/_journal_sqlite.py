"""The embedded journal store: one SQLite file, held by one process at a time.

Every commit is durable *in the main file*: SQLite's rollback journal
(``journal_mode=DELETE``) with ``synchronous=FULL`` writes each committed record
into the database file itself before the commit returns. In WAL mode a killed
process leaves its records in the ``-wal`` sidecar, and a user who then copies
the main file alone or deletes the sidecar silently loses them, which would
make the next run pay again. A commit costs about 0.7 ms instead of 0.15 ms,
a few per item: nothing next to an API request.

Two processes on one file would race, so the store holds SQLite's own exclusive
lock for as long as it is open (portable, and released by the operating system
even on ``kill -9``): a second process is refused at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ._exceptions import JournalBusyError

__all__ = ["SqliteStore"]


class SqliteStore:
    """A journal file: exclusive, so no lease can be held by anyone else while it is open."""

    shared = False
    #: The database's clock in Unix seconds (millisecond precision is plenty for leases).
    #: Locks a row read in a transaction against other workers (SQLite: the whole file is this process's).
    for_update = ""
    now = "((julianday('now') - 2440587.5) * 86400.0)"
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)

    def __init__(self, path: Path) -> None:
        from ._journal import JournalCorruptError, JournalWriteError

        self.path = path
        self.description = str(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=0)
        try:
            db.execute("PRAGMA locking_mode=EXCLUSIVE")
            db.execute("PRAGMA journal_mode=DELETE")  # leaves a WAL journal of an older version, too
            db.execute("PRAGMA synchronous=FULL")
            # In exclusive locking mode the lock taken by the first write transaction is kept until the
            # connection closes (or the process dies). Take it now, before anything is read.
            db.execute("BEGIN EXCLUSIVE")
            db.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            db.close()
            if getattr(exc, "sqlite_errorcode", None) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise JournalWriteError(f"the batch journal {path} cannot be opened: {exc}") from None
            raise JournalBusyError(f"another process is running a batch on {path}") from None
        except sqlite3.DatabaseError as exc:  # not a database, or damaged: say so rather than guess
            db.close()
            raise JournalCorruptError(f"{path} is not a readable batch journal ({exc})") from None
        except BaseException:
            db.close()
            raise
        self._db = db

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._db.execute(sql, params).fetchall()

    def change(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self._db.execute(sql, params).rowcount

    def change_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._db.executemany(sql, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def setup(self, statements: Sequence[str], added: Mapping[str, Mapping[str, str]]) -> None:
        """The tables, and every column added since the first journals (older files are brought up to date)."""
        try:
            self._setup(statements, added)
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError as exc:  # not a database, or damaged: say so rather than guess
            from ._journal import JournalCorruptError

            raise JournalCorruptError(f"{self.path} is not a readable batch journal ({exc})") from None

    def _setup(self, statements: Sequence[str], added: Mapping[str, Mapping[str, str]]) -> None:
        with self.transaction():
            for statement in statements:
                self._db.execute(statement)
            for table, columns in added.items():
                have = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
                for column, kind in columns.items():
                    if column not in have:
                        self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")

    def close(self) -> None:
        self._db.close()  # releases the lock
