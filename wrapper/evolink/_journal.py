"""The batch journal: a write-ahead record that makes a batch safe to kill, re-run and share.

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

The same records live in one of two stores, chosen by the journal's location:
a SQLite file (:mod:`._journal_sqlite`, the default: one process at a time) or
a PostgreSQL database (:mod:`._journal_postgres`, a ``postgresql://`` URL: any
number of workers on any machines). Every statement is written once, here.

Workers share a batch through *leases*: a worker works on an item only while it
holds the item's lease (``claim``), renews its leases while it lives, and every
record it makes is *fenced*: it is written only if the lease is still the one
it claimed, else :class:`LeaseLostError` stops that item's flow before anything
more is sent or saved. A worker killed or paused past its lease loses it, and
another worker takes the item over with the same Idempotency-Key. On a SQLite
journal, which only one process can open, the leases of a killed run are
simply cleared when the journal is opened again.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from ._exceptions import EvoLinkError, JournalBusyError

if TYPE_CHECKING:
    from ._journal_postgres import PostgresStore
    from ._journal_sqlite import SqliteStore

__all__ = [
    "FINAL_OUTCOMES",
    "BatchStatus",
    "Journal",
    "JournalBusyError",
    "JournalCorruptError",
    "JournalEntry",
    "JournalWriteError",
    "Lease",
    "LeaseLostError",
    "WorkerStatus",
]

_SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS items (
    item_key TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT,
    request TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    task_id TEXT,
    status TEXT NOT NULL,
    results TEXT,
    expires_at DOUBLE PRECISION,
    file TEXT,
    error TEXT,
    credits DOUBLE PRECISION,
    updated DOUBLE PRECISION
)
""",
    # The batch's uploads of local images by content (``_local_files``), so a re-run uploads nothing again.
    "CREATE TABLE IF NOT EXISTS uploads "
    "(sha256 TEXT PRIMARY KEY, url TEXT NOT NULL, expires_at DOUBLE PRECISION NOT NULL)",
    # Every worker that ever ran the batch, for ``evolink batch status``.
    "CREATE TABLE IF NOT EXISTS workers (worker TEXT PRIMARY KEY, host TEXT NOT NULL, pid BIGINT NOT NULL, "
    "started DOUBLE PRECISION NOT NULL, seen DOUBLE PRECISION NOT NULL, stopped DOUBLE PRECISION)",
    # The request pacing all workers share (``_pacing.SharedPacer``): one row, its state as JSON.
    "CREATE TABLE IF NOT EXISTS pacing (id INTEGER PRIMARY KEY, state TEXT NOT NULL)",
)
#: Columns added since the first journals: every journal, new or older, gets them when opened.
_ADDED_COLUMNS = {
    "items": {
        "size": "BIGINT",
        "sha256": "TEXT",
        "extra_files": "TEXT",
        # What the create answer reserved and what the task was finally charged: a batch budget is kept from these.
        "credits_reserved": "DOUBLE PRECISION",
        "credits_charged": "DOUBLE PRECISION",
        # Who works on the item, until when, and the claim's number (a record is fenced by it).
        "lease_owner": "TEXT",
        "lease_until": "DOUBLE PRECISION",
        "lease_token": "BIGINT",
        # How the item's last run ended (an ItemResult status), when and by which worker.
        "outcome": "TEXT",
        "ended_at": "DOUBLE PRECISION",
        "ended_by": "TEXT",
        # 1 when the task failed with a code the docs call transient: a re-run may replace it (retry_failed).
        "retryable": "INTEGER",
    }
}
#: Outcomes another run of the batch would only repeat: a shared batch does not take such an item up again.
FINAL_OUTCOMES = frozenset({"saved", "failed", "cancelled", "expired", "unknown"})
_COLUMNS = (
    "item_key, position, name, request, idempotency_key, task_id, status, results, expires_at, file, error, "
    "credits, size, sha256, extra_files, credits_reserved, credits_charged, outcome, ended_at, ended_by, retryable"
)
_UPDATABLE = frozenset(
    {
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
        "retryable",
    }
)


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
    #: How the item's last run ended (an :class:`~evolink.batch.ItemResult` status), when, and by which worker.
    outcome: str | None = None
    ended_at: float | None = None
    ended_by: str | None = None
    retryable: bool = False

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> JournalEntry:
        return cls(
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
            outcome=row[17],
            ended_at=row[18],
            ended_by=row[19],
            retryable=bool(row[20]),
        )


@dataclass(frozen=True)
class Lease:
    """A worker's claim on one item: records made under it are written only while it is still current.

    ``item`` is the item as it stood when the claim was made (None for a lease made by hand, in tests).
    """

    worker: str
    token: int
    item: JournalEntry | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class WorkerStatus:
    worker: str
    host: str
    pid: int
    started: float
    seen: float
    stopped: float | None
    leases: int


@dataclass(frozen=True)
class BatchStatus:
    """A whole batch as its journal knows it, from any machine: items by state, credits, workers."""

    states: dict[str, int]
    credits_reserved: float
    credits_charged: float
    workers: list[WorkerStatus]
    now: float

    @property
    def total(self) -> int:
        return sum(self.states.values())


P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class JournalCorruptError(EvoLinkError):
    """The journal file is not a SQLite database (or is damaged); nothing was sent."""


class LeaseLostError(EvoLinkError):
    """This worker's lease on an item ran out and another worker may have it: nothing more is done to it here."""


class JournalWriteError(EvoLinkError):
    """The journal could not be read or written (a full disk, a removed folder): the batch stops.

    Going on without a journal could pay twice on the next run, so no item is sent past this point.
    """


def _journal_io(method: Callable[P, R]) -> Callable[P, R]:
    """``method`` with the store's own errors turned into :class:`JournalWriteError`, under the journal's mutex."""

    @functools.wraps(method)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        journal = args[0]
        assert isinstance(journal, Journal)
        with journal._mutex:
            try:
                return method(*args, **kwargs)
            except journal._store.errors as exc:
                raise JournalWriteError(f"the batch journal {journal.location} failed: {exc}") from exc

    return guarded


class Journal:
    """A batch's records in a SQLite file (a path) or a PostgreSQL database (a ``postgresql://`` URL).

    Safe for the threads of one process (one mutex around the store's connection). A SQLite journal is
    exclusive across processes (:class:`JournalBusyError`); a PostgreSQL journal is shared through leases.
    """

    def __init__(self, location: str | os.PathLike[str]) -> None:
        import threading

        from ._journal_postgres import is_postgres_url

        self._mutex = threading.RLock()
        self._store: SqliteStore | PostgresStore
        if is_postgres_url(location):
            from ._journal_postgres import PostgresStore

            self._store = PostgresStore(str(location))
        else:
            from ._journal_sqlite import SqliteStore

            self._store = SqliteStore(Path(location))
        try:
            self._setup()
        except BaseException:
            self._store.close()
            raise

    @_journal_io
    def _setup(self) -> None:
        self._store.setup(_SCHEMA, _ADDED_COLUMNS)
        if not self._store.shared:  # nobody else can hold a lease while this process holds the file
            self._store.change("UPDATE items SET lease_owner = NULL, lease_until = NULL WHERE lease_owner IS NOT NULL")

    @property
    def shared(self) -> bool:
        """Many workers may use this journal at once (PostgreSQL); else only this process (SQLite)."""
        return self._store.shared

    @property
    def location(self) -> str:
        """Where the journal is, fit to print: a file's path, or a URL without its password."""
        return self._store.description

    def close(self) -> None:
        self._store.close()  # a SQLite journal's lock goes with it

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @_journal_io
    def entry(self, item_key: str) -> JournalEntry | None:
        rows = self._store.rows(f"SELECT {_COLUMNS} FROM items WHERE item_key = ?", (item_key,))
        return JournalEntry.from_row(rows[0]) if rows else None

    @_journal_io
    def begin(
        self, item_key: str, *, position: int, name: str | None, request: Mapping[str, Any], idempotency_key: str
    ) -> JournalEntry:
        """Record an item and its key before anything is sent; an existing record (any worker's) wins."""
        self._store.change(
            "INSERT INTO items (item_key, position, name, request, idempotency_key, status) "
            "VALUES (?, ?, ?, ?, ?, 'new') ON CONFLICT DO NOTHING",
            (item_key, position, name, json.dumps(dict(request), sort_keys=True), idempotency_key),
        )
        entry = self.entry(item_key)
        assert entry is not None
        return entry

    @_journal_io
    def begin_many(self, items: Sequence[tuple[str, int, str | None, Mapping[str, Any], str]]) -> None:
        """Record many items ``(key, position, name, request, idempotency_key)`` in one transaction.

        A batch records all its items before it starts, so its status shows the whole batch from the start,
        whichever worker runs what. Existing records (any worker's, any earlier run's) win.
        """
        rows = [
            (key, position, name, json.dumps(dict(request), sort_keys=True), idempotency_key)
            for key, position, name, request, idempotency_key in items
        ]
        with self._store.transaction():
            self._store.change_many(
                "INSERT INTO items (item_key, position, name, request, idempotency_key, status) "
                "VALUES (?, ?, ?, ?, ?, 'new') ON CONFLICT DO NOTHING",
                rows,
            )

    @_journal_io
    def update(self, item_key: str, lease: Lease | None = None, **fields: Any) -> None:
        """Record ``fields`` of an item; under ``lease``, only while it is current (else :class:`LeaseLostError`)."""
        self._write(item_key, lease, _updatable(fields))

    @_journal_io
    def end(self, item_key: str, lease: Lease | None, outcome: str, **fields: Any) -> None:
        """Record how the item ended in this run, and give its lease back (fenced like :meth:`update`)."""
        ending = {"outcome": outcome, "ended_by": lease.worker if lease else None, "lease_owner": None}
        self._write(
            item_key, lease, {**_updatable(fields), **ending}, f"ended_at = {self._store.now}, lease_until = NULL, "
        )

    @_journal_io
    def restart(self, item_key: str, lease: Lease, idempotency_key: str) -> None:
        """Forget the item's failed task, under a new key: its next create makes a new task (``retry_failed``)."""
        forgotten = dict.fromkeys(("task_id", "expires_at", "error", "credits", "credits_reserved", "credits_charged"))
        self._write(
            item_key,
            lease,
            {**forgotten, "status": "new", "results": [], "retryable": 0, "idempotency_key": idempotency_key},
        )

    def _write(self, item_key: str, lease: Lease | None, fields: dict[str, Any], extra: str = "") -> None:
        for listed in ("results", "extra_files"):
            if listed in fields:
                fields[listed] = json.dumps(list(fields[listed]))
        if "retryable" in fields:  # an integer column on every store (PostgreSQL would refuse a boolean)
            fields["retryable"] = int(bool(fields["retryable"]))
        assignments = "".join(f"{name} = ?, " for name in fields)
        values = [_storable(value) for value in fields.values()]
        sql = f"UPDATE items SET {assignments}{extra}updated = {self._store.now} WHERE item_key = ?"
        if lease is None:
            self._store.change(sql, (*values, item_key))
            return
        fenced = f"{sql} AND lease_owner = ? AND lease_token = ? AND lease_until >= {self._store.now}"
        if self._store.change(fenced, (*values, item_key, lease.worker, lease.token)) != 1:
            raise LeaseLostError(f"the lease on item {item_key} ran out; another worker may have taken it over")

    @_journal_io
    def holds(self, item_key: str, lease: Lease) -> None:
        """Raise :class:`LeaseLostError` unless ``lease`` is still current: checked just before a result is saved.

        A SQLite journal is this process's alone, so nobody else can hold its items: no commit is spent on it.
        """
        if self.shared:
            self._write(item_key, lease, {})

    @_journal_io
    def register(self, worker: str, host: str, pid: int) -> float:
        """Record a worker starting on the batch; returns when it started, by the journal's clock."""
        now = self._store.now
        rows = self._store.rows(
            f"INSERT INTO workers (worker, host, pid, started, seen) VALUES (?, ?, ?, {now}, {now}) RETURNING started",
            (worker, host, pid),
        )
        return float(rows[0][0])

    @_journal_io
    def claim(
        self, item_key: str, worker: str, *, since: float, seconds: float, retry_failed: bool = False
    ) -> Lease | None:
        """Take the item for ``seconds`` if nobody else holds it and it is not settled; None if not.

        The lease carries the item as it stands now (``lease.item``), read in the same statement: a copy read
        before the claim may be another worker's past (a task created since, a failure restarted).

        Settled, on a shared journal: a final outcome (:data:`FINAL_OUTCOMES`), or any outcome reached after
        ``since`` (this worker's start): an item another worker failed with during this run is not tried again
        by every worker in turn. A worker started later (a re-run) takes up the others, and with
        ``retry_failed`` also those that failed for a transient reason before it started.
        """
        now = self._store.now
        final = ", ".join("?" for _ in FINAL_OUTCOMES)
        settled = (
            f"AND (outcome IS NULL OR (ended_at < ? AND (outcome NOT IN ({final}) OR "
            "(? = 1 AND outcome = 'failed' AND retryable = 1))))"
            if self.shared
            else ""
        )
        rows = self._store.rows(
            f"UPDATE items SET lease_owner = ?, lease_until = {now} + ?, lease_token = COALESCE(lease_token, 0) + 1, "
            "outcome = NULL, ended_at = NULL, ended_by = NULL "
            f"WHERE item_key = ? AND (lease_owner IS NULL OR lease_owner = ? OR lease_until < {now}) {settled} "
            f"RETURNING lease_token, {_COLUMNS}",
            (
                worker,
                seconds,
                item_key,
                worker,
                *((since, *sorted(FINAL_OUTCOMES), int(retry_failed)) if self.shared else ()),
            ),
        )
        return Lease(worker, int(rows[0][0]), JournalEntry.from_row(rows[0][1:])) if rows else None

    @_journal_io
    def adopt(self, item_key: str, task_id: str, status: str) -> None:
        """Record a task created under a lease that ran out meanwhile, unless the item has a task already.

        Not fenced, on purpose: the task exists and is paid for; leaving it unrecorded would lose it. An item
        reported ``unknown`` by the worker that took it over is taken up again by the next run, which polls it.
        """
        self._store.change(
            "UPDATE items SET task_id = ?, status = ?, outcome = CASE WHEN outcome = 'unknown' THEN NULL "
            "ELSE outcome END WHERE item_key = ? AND task_id IS NULL",
            (task_id, status, item_key),
        )

    @_journal_io
    def renew(self, worker: str, seconds: float) -> None:
        """Extend every lease this worker still holds (a lease already run out is not revived)."""
        now = self._store.now
        self._store.change(
            f"UPDATE items SET lease_until = {now} + ? WHERE lease_owner = ? AND lease_until >= {now}",
            (seconds, worker),
        )
        self._store.change(f"UPDATE workers SET seen = {now} WHERE worker = ?", (worker,))

    @_journal_io
    def retire(self, worker: str) -> None:
        """A worker leaving: its leases are given back at once, not left to run out."""
        now = self._store.now
        self._store.change("UPDATE items SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?", (worker,))
        self._store.change(f"UPDATE workers SET seen = {now}, stopped = {now} WHERE worker = ?", (worker,))

    @_journal_io
    def status(self) -> BatchStatus:
        """Items by state (how they ended, else where they are), credits, and every worker with its live leases."""
        now = self._store.now
        states: dict[str, int] = {}
        for state, count in self._store.rows(
            "SELECT COALESCE(outcome, CASE WHEN lease_owner IS NOT NULL AND lease_until >= "
            f"{now} THEN 'running' ELSE status END), COUNT(*) FROM items GROUP BY 1"
        ):
            states[str(state)] = int(count)
        ((reserved, charged),) = self._store.rows(
            "SELECT COALESCE(SUM(credits_reserved), 0), COALESCE(SUM(CASE WHEN status IN ('failed', 'cancelled') "
            "THEN 0 ELSE credits_charged END), 0) FROM items"
        )
        workers = [
            WorkerStatus(str(w), str(host), int(pid), float(started), float(seen), stopped, int(leases))
            for w, host, pid, started, seen, stopped, leases in self._store.rows(
                "SELECT w.worker, w.host, w.pid, w.started, w.seen, w.stopped, "
                f"(SELECT COUNT(*) FROM items i WHERE i.lease_owner = w.worker AND i.lease_until >= {now}) "
                "FROM workers w ORDER BY w.started"
            )
        ]
        ((clock,),) = self._store.rows(f"SELECT {now}")
        return BatchStatus(states, float(reserved), float(charged), workers, float(clock))

    @_journal_io
    def pacing(self, step: Callable[[str | None, float], tuple[str, T]]) -> T:
        """Run ``step`` on the batch's shared pacing state (JSON, None at first) at the journal's time ``now``,
        store the state it returns, and return its value: one transaction, the row locked against other workers.
        """
        with self._store.transaction():
            now = self._store.now
            rows = self._store.rows(f"SELECT state, {now} FROM pacing WHERE id = 1{self._store.for_update}")
            if rows:
                state, clock = rows[0]
            else:
                state, clock = None, self._store.rows(f"SELECT {now}")[0][0]
            new_state, value = step(state, float(clock))
            self._store.change(
                "INSERT INTO pacing (id, state) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state",
                (new_state,),
            )
        return value

    @_journal_io
    def upload(self, sha256: str) -> tuple[str, float] | None:
        """The link of an upload of this content and when it expires (Unix time), if this batch made one."""
        rows = self._store.rows("SELECT url, expires_at FROM uploads WHERE sha256 = ?", (sha256,))
        return None if not rows else (str(rows[0][0]), float(rows[0][1]))

    @_journal_io
    def record_upload(self, sha256: str, url: str, expires_at: float) -> None:
        self._store.change(
            "INSERT INTO uploads (sha256, url, expires_at) VALUES (?, ?, ?) "
            "ON CONFLICT (sha256) DO UPDATE SET url = excluded.url, expires_at = excluded.expires_at",
            (sha256, url, expires_at),
        )

    @_journal_io
    def empty(self) -> bool:
        """No item was ever recorded: a new journal, or one that was emptied or replaced."""
        return not self._store.rows("SELECT 1 FROM items LIMIT 1")

    @_journal_io
    def entries(self) -> list[JournalEntry]:
        return [
            JournalEntry.from_row(row) for row in self._store.rows(f"SELECT {_COLUMNS} FROM items ORDER BY position")
        ]


def _updatable(fields: dict[str, Any]) -> dict[str, Any]:
    """``fields``, once each is one a flow may record (the key, the position and the request never change)."""
    unknown = set(fields) - _UPDATABLE
    if unknown:
        raise ValueError(f"unknown journal fields {sorted(unknown)}")
    return fields


def _storable(value: Any) -> Any:
    """Text every store can keep: a server's failure reason or task id may hold lone surrogates (valid in JSON),
    and PostgreSQL's text holds no NUL character."""
    if not isinstance(value, str):
        return value
    return value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")
