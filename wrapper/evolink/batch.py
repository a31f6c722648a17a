"""A batch in two steps, for tools that drive one themselves: check every request, then run them.

``client.videos.generate_many`` checks and runs in one call, which is what a
script wants. A tool that reads its requests from a file wants more: to number
the items after their lines, to report every bad line before anything is sent
(and before asking for confirmation, say), and to show progress while the
batch runs. :class:`Batch` is ``generate_many`` cut at that seam; the journal,
pacing and resuming are the same::

    from evolink import EvoLink
    from evolink.batch import Batch, BatchValidationError

    with EvoLink() as client:
        batch = Batch(client, output_dir="out", on_update=lambda p: print(p.done, "of", p.total))
        try:
            items = batch.check(requests, positions=line_numbers)
        except BatchValidationError as bad:
            for position, violations in bad.problems.items():
                ...
        results = batch.run(items, concurrency=4)

A batch on a shared journal (``journal="postgresql://..."``) is worked on by
every process given the same requests and journal, on any machine;
:func:`batch_status` shows such a batch's progress from anywhere.

Importing this module loads the batch machinery (threads; sqlite3 or psycopg
when a batch runs); ``import evolink`` does not.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._batch import (
    JOURNAL_NAME,
    SKIPPED_ACCOUNT,
    SKIPPED_BUDGET,
    BatchItem,
    BatchLimits,
    BatchProgress,
    BatchValidationError,
    EarlierRunError,
    ItemResult,
    run_sync,
)
from ._budget import PRICE_FIELDS
from ._journal import BatchStatus, Journal, WorkerStatus
from ._journal_postgres import is_postgres_url, redacted
from ._local_files import FILE_REF, file_refs, from_file_refs
from ._pacing import AdaptivePacer

if TYPE_CHECKING:
    from ._client import EvoLink, UniAll

__all__ = [
    "FILE_REF",
    "JOURNAL_NAME",
    "PRICE_FIELDS",
    "SKIPPED_ACCOUNT",
    "SKIPPED_BUDGET",
    "Batch",
    "BatchItem",
    "BatchProgress",
    "BatchStatus",
    "BatchValidationError",
    "EarlierRunError",
    "ItemResult",
    "WorkerStatus",
    "batch_status",
    "file_refs",
    "from_file_refs",
    "is_shared_journal",
    "is_store_output",
    "printable_journal",
]


def is_shared_journal(location: str | os.PathLike[str]) -> bool:
    """Whether ``location`` names a journal many workers share (a PostgreSQL URL) rather than a local file."""
    return is_postgres_url(location)


def is_store_output(location: str | os.PathLike[str]) -> bool:
    """Whether ``location`` names an object store (``s3://bucket/prefix``, ...) rather than a local folder."""
    from ._objectstore import is_store_url

    return isinstance(location, str) and is_store_url(location)


def printable_journal(journal: str | os.PathLike[str]) -> Path | str:
    """Where a journal is, fit to print and log: a file's path, or a URL without its password."""
    return redacted(str(journal)) if is_postgres_url(journal) else Path(journal)


def batch_status(journal: str | os.PathLike[str]) -> BatchStatus:
    """A batch's progress as its journal knows it: items by state, credits, and its workers with their leases.

    On a shared journal this works from any machine while the batch runs; a SQLite journal can be read only
    when no run holds it (:class:`~evolink.JournalBusyError`).
    """
    with Journal(journal) as opened:
        return opened.status()


class Batch:
    """One batch of a blocking client (:class:`~evolink.EvoLink`, :class:`~evolink.UniAll`) into ``output_dir``.

    The options are ``generate_many``'s: ``journal`` (default
    ``output_dir/`` :data:`JOURNAL_NAME`) is what makes a re-run resume instead of
    paying again; ``timeout`` (seconds) bounds the whole run; ``on_update``
    receives the :class:`BatchProgress` after every change (from worker
    threads); ``force_new`` runs even when files of an earlier run have no
    journal record. ``witnesses`` are more files whose presence shows an
    earlier run (a report the tool writes, say): found without a journal
    record, they stop the run too. ``max_credits`` is the batch's budget
    (see ``generate_many``); :attr:`credits_spent` tells what it has counted.
    """

    def __init__(
        self,
        client: EvoLink | UniAll,
        *,
        output_dir: str | os.PathLike[str],
        journal: str | os.PathLike[str] | None = None,
        timeout: float | None = None,
        pacer: AdaptivePacer | None = None,
        on_update: Callable[[BatchProgress], object] | None = None,
        force_new: bool = False,
        witnesses: Sequence[str | os.PathLike[str]] = (),
        max_credits: float | None = None,
        lease_seconds: float | None = None,
        retry_failed: bool = False,
    ) -> None:
        self._client = client
        self._runner = client.videos._batch_runner(
            output_dir,
            journal,
            timeout,
            pacer,
            on_update,
            force_new,
            [Path(path) for path in witnesses],
            max_credits=max_credits,
            lease_seconds=lease_seconds,
            retry_failed=retry_failed,
        )

    @property
    def credits_spent(self) -> float | None:
        """What the budget counts so far (charges, else reservations; refunds given back), or None without one."""
        budget = self._runner.budget
        return budget.spent if budget is not None else None

    @property
    def journal_path(self) -> Path | str:
        """Where the journal is (or will be): its file, or its URL without a password."""
        return self._runner.journal_path

    def check(self, requests: Iterable[Any], *, positions: Iterable[int] | None = None) -> list[BatchItem]:
        """The requests as batch items, each checked as ``generate_many`` checks it; nothing is sent.

        ``requests`` are mappings of ``videos.create`` fields or request
        objects, each with an optional ``name`` for its file; ``positions``
        number them (default 1, 2, 3, ...) in the items, the results and every
        message. Raises :class:`BatchValidationError` whose ``problems`` map
        the position of every bad request to all of its violations: the spec's
        rules, a model that makes no video, a name that is not a string, two
        requests that would write the same file.
        """
        return self._runner.items(requests, positions=positions)

    def run(
        self,
        items: Sequence[BatchItem],
        *,
        concurrency: int = 4,
        max_running: int | None = None,
        max_downloads: int | None = None,
    ) -> list[ItemResult]:
        """Run checked items; one :class:`ItemResult` per item, in order.

        ``concurrency`` creates in flight, ``max_downloads`` downloads (default ``concurrency``), up to
        ``max_running`` tasks on the server (default 32), as in ``generate_many``.

        A failed item is reported in its result, never raised. Raises before
        anything is sent: :class:`BatchValidationError` (items are checked
        again), :class:`EarlierRunError`, :class:`~evolink.JournalBusyError`
        (another run holds the journal).
        """
        limits = BatchLimits.of(concurrency, max_running, max_downloads)
        return run_sync(self._runner, list(items), self._client._http, limits)
