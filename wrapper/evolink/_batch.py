"""Many videos at once, never paid twice: the item flow behind ``videos.generate_many``.

Each item runs the same flow (journal, create, wait, download) as a single
``generate``, written once; the sync face runs items on a thread pool and the
async face on tasks, both sharing one journal and one adaptive pacer. One item's
failure is recorded in its result and never stops the others.

On a shared journal (PostgreSQL) any number of such runs, on any machines, work
on one batch together: each item is worked on only under its lease (see
:mod:`._journal`), items another worker holds are looked at again after each
round until they end (their results read from the journal) or their worker's
lease runs out (then taken over), and a result is made visible only after the
lease is checked once more, so a worker paused past its lease saves nothing.
"""

from __future__ import annotations

import logging
import math
import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _exceptions as errors
from ._budget import Budget, Decision
from ._commands import Flow, Gate, Send, blocking, enter
from ._core import (
    ClientCore,
    new_idempotency_key,
    request_body,
    request_violations,
    video_violation,
)
from ._drivers import AsyncStepper, SyncStepper
from ._files import output_problem, result_destinations, safe_name
from ._identity import request_fingerprint
from ._journal import Journal, Lease, LeaseLostError
from ._journal_postgres import is_postgres_url, redacted
from ._local_files import JournalUploads, content_violations, file_refs, local_inputs
from ._outputs import FolderOutput, Output, output_for
from ._pacing import AdaptivePacer, SharedPacer
from ._spec import ApiSpec
from ._task import Task
from ._timing import Deadline
from ._violations import Violation

if TYPE_CHECKING:
    from ._journal import JournalEntry

__all__ = ["BatchProgress", "BatchValidationError", "EarlierRunError", "ItemResult", "check_items"]

T = TypeVar("T")
logger = logging.getLogger("evolink")

JOURNAL_NAME = "evolink-journal.sqlite3"
#: Beyond this many videos per request (no model documents so many) extra file names are not reserved up front.
_MAX_N = 100
#: The ``reason`` of an item the budget left unsent.
SKIPPED_BUDGET = "budget"
#: The ``reason`` of an item left unsent because the account refused an earlier one (a wrong key, no credits,
#: no access to its model): sending it would only be refused the same way.
SKIPPED_ACCOUNT = "account"
#: Answers that say the account, not the item, is the problem: the batch stops creating (a 403 for that model).
_ACCOUNT_ERRORS = (errors.AuthenticationError, errors.InsufficientQuotaError)
#: How long a worker waiting for the budget blocks before it looks again (an async batch waits in a thread).
_BUDGET_POLL = 0.05
#: How many tasks a batch keeps running on the server at once unless told (``max_running``).
MAX_RUNNING = 32
#: How long a worker's lease on an item lasts unless renewed (a worker renews its leases every third of it).
LEASE_SECONDS = 60.0
#: The longest a worker waits between looks at items other workers hold.
_HELD_POLL = 1.0
_SKIPPED = (
    "budget: what is left of max_credits does not cover this item's estimated price; it was not sent "
    "(run again with a larger budget to send it)"
)
_UNKNOWN = (
    "the create was sent but its answer was lost, and this gateway documents no idempotency key: it may have been "
    "accepted, so it is not sent again (that could pay twice); check your account, and use a new journal to send it"
)


class EarlierRunError(errors.EvoLinkError):
    """An earlier run left files (videos, part files, a report) that the journal has no record of; nothing was sent.

    The journal is what stops a re-run from paying again; without its records the items would all be created
    again. ``evidence`` maps item position to the files found for it; ``files`` is everything found.
    """

    def __init__(self, journal: Path | str, evidence: Mapping[int, list[str]], witnesses: Sequence[Path]) -> None:
        self.evidence = dict(evidence)
        self.files = [Path(path) for paths in self.evidence.values() for path in paths] + list(witnesses)
        found = "; ".join(
            [f"item {pos}: {', '.join(map(str, paths))}" for pos, paths in self.evidence.items()]
            + [str(path) for path in witnesses]
        )
        super().__init__(
            f"an earlier run left files that the journal {journal} has no record of ({found}); it may have been "
            "lost, emptied or replaced, or these lines were moved or edited. Nothing was sent: creating these "
            "items again could pay twice for videos already made. Use that run's journal, or pass force_new=True "
            "(evolink batch: --force-new) to create them anyway"
        )


class BatchValidationError(errors.RequestValidationError):
    """Some items break the spec; nothing was sent. ``problems`` maps item position to its violations."""

    def __init__(self, problems: Mapping[int, list[Violation]]) -> None:
        self.problems = dict(problems)
        flat = [Violation(f"item {pos}: {v.field}", v.rule, v.value) for pos, vs in problems.items() for v in vs]
        super().__init__(flat)


@dataclass(frozen=True)
class BatchItem:
    position: int
    name: str | None
    request: dict[str, Any]


@dataclass(frozen=True)
class ItemResult:
    """How one item ended: ``status`` is saved, failed, cancelled, expired, timeout, error, unknown or skipped.

    ``unknown``: an earlier run sent the create and stopped before its answer, on a gateway that documents no
    idempotency key; it is not sent again (that could pay twice). ``skipped``: not sent, for ``reason``
    (``budget``: ``max_credits`` left too little for it; a re-run with a larger budget sends it).
    ``credits_reserved`` is what the create answer reserved, ``credits_charged`` the final charge (0 for a
    refunded failure; None while unknown); ``credits`` the charge if known, else the reservation.
    """

    position: int
    name: str | None
    status: str
    task_id: str | None = None
    path: Path | None = None
    error: str | None = None
    error_type: str | None = None  # the exception's class name, e.g. AuthenticationError
    credits: float | None = None
    resumed: bool = False
    reason: str | None = None
    credits_reserved: float | None = None
    credits_charged: float | None = None
    #: The second and later results of a request with ``n`` > 1, saved beside ``path`` as ``<stem>-1.mp4``, ...
    extra_paths: tuple[Path, ...] = ()
    #: The worker that ended the item, on a shared journal (another worker's result is read from the journal).
    worker: str | None = None
    #: Where the results went when the output is an object store (``s3://bucket/prefix/<name>.mp4``, ...).
    urls: tuple[str, ...] = ()
    #: The failed task this run replaced with a new one (``retry_failed``: its failure was a transient one).
    retried_task: str | None = None
    #: A ``failed`` item whose failure code the docs call transient: ``retry_failed`` would create it again.
    retryable: bool = False

    @property
    def ok(self) -> bool:
        return self.status == "saved"

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path) if self.path else None
        data["extra_paths"] = [str(p) for p in self.extra_paths]
        data["urls"] = list(self.urls)
        return data


@dataclass
class BatchProgress:
    """Counts for a progress display; ``on_update`` receives this object after every change."""

    total: int
    submitted: int = 0
    running: int = 0
    done: int = 0
    failed: int = 0
    skipped: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, init=False)

    def move(self, **deltas: int) -> None:
        with self._lock:
            for name, delta in deltas.items():
                setattr(self, name, getattr(self, name) + delta)


def sort_items(
    requests: Iterable[Any], *, positions: Iterable[int] | None = None
) -> tuple[list[BatchItem], dict[int, list[Violation]]]:
    """The requests as items, and the problems of those that make none (a name that is not a string)."""
    bodies = [request_body(request, {}) for request in requests]
    numbers = list(positions) if positions is not None else list(range(1, len(bodies) + 1))
    if len(numbers) != len(bodies) or len(set(numbers)) != len(numbers):
        raise ValueError(f"positions must be {len(bodies)} distinct numbers, one per request")
    items: list[BatchItem] = []
    problems: dict[int, list[Violation]] = {}
    for position, body in zip(numbers, bodies, strict=True):
        name = body.pop("name", None)
        if name is not None and not isinstance(name, str):
            problems[position] = [Violation("name", "must be a string", name)]
        else:
            items.append(BatchItem(position, name, body))
    return items, problems


def file_stem(item: BatchItem) -> str:
    """The output file's name without ``.mp4``: the item's name, else ``item-<position>``."""
    return safe_name(item.name or f"item-{item.position:05d}")


def item_key(item: BatchItem) -> str:
    """The item's journal key: a named item is known by its name, so lines moving above it cannot make it new."""
    fingerprint = request_fingerprint({**file_refs(item.request), "name": item.name})
    return f"name:{safe_name(item.name)}:{fingerprint}" if item.name else f"{item.position}:{fingerprint}"


def requested_videos(item: BatchItem) -> int:
    """How many videos the item asks for (``n``, default 1): the file names it reserves up front."""
    n = item.request.get("n")
    return n if isinstance(n, int) and not isinstance(n, bool) and 1 < n <= _MAX_N else 1


def result_paths(item: BatchItem, target: Path, task: Task) -> list[Path]:
    """Where each result of the item's task goes: its reserved names, then names no other item can have.

    A server may send more results than were asked for; those are still paid videos, so they are saved too,
    under names that carry the task id instead of taking another item's ``<stem>-1.mp4``.
    """
    named = result_destinations(target, task_id=task.id, links=task.results)
    reserved = requested_videos(item)
    unplanned = [
        target.with_name(f"{target.stem}-{safe_name(task.id)}-{index}{target.suffix}")
        for index in range(reserved, len(named))
    ]
    return named[:reserved] + unplanned


class _AccountRefused(Exception):
    """An item not sent: ``answer`` refused the account (or its model) for an earlier item."""

    def __init__(self, answer: errors.APIStatusError) -> None:
        super().__init__(str(answer))
        self.answer = answer


@dataclass(frozen=True)
class BatchLimits:
    """How much of a batch happens at once: creates in flight, tasks running on the server, downloads in flight.

    Waiting for a task takes no create or download place, so at ``creates=4`` a hundred five-minute tasks run
    side by side (up to ``running``) instead of four at a time.
    """

    creates: Gate
    running: int
    downloads: Gate

    @classmethod
    def of(cls, concurrency: int, max_running: int | None = None, max_downloads: int | None = None) -> BatchLimits:
        """``concurrency`` creates in flight; ``max_running`` tasks (default :data:`MAX_RUNNING`, at least
        ``concurrency``); ``max_downloads`` downloads (default ``concurrency``). Each a whole number from 1."""
        running = max(MAX_RUNNING, concurrency) if max_running is None else max_running
        downloads = concurrency if max_downloads is None else max_downloads
        problems = [
            Violation(name, "must be a whole number of 1 or more", value)
            for name, value in (("concurrency", concurrency), ("max_running", running), ("max_downloads", downloads))
            if isinstance(value, bool) or not isinstance(value, int) or value < 1
        ]
        if problems:
            raise errors.RequestValidationError(problems)
        return cls(Gate(concurrency), running, Gate(downloads))


def _through(gate: Gate, flow: Flow[T]) -> Flow[T]:
    """``flow`` run inside ``gate``: it waits for a place first and gives it back however it ends."""
    yield from enter(gate)
    try:
        return (yield from flow)
    finally:
        gate.leave()


@dataclass
class _Outbox:
    """Whether a flow has handed a request to the network yet."""

    sent: bool = False


def _marking_first_send(flow: Flow[T], mark: Callable[[], Flow[None]], outbox: _Outbox, create_path: str) -> Flow[T]:
    """``flow`` as ``yield from`` would run it, with ``mark()`` run just before its create request first leaves.

    A create that fails before its request was sent (the batch's deadline passed while it waited for the pacer, a
    warning turned error, an image upload that failed) created nothing, whatever the exception; one that fails
    after may have created a task. Watching the ``Send`` of the create operation's path tells the two apart for
    every exception, not just the ones foreseen; the uploads a create makes first are other requests.
    """
    reply: Any = None
    error: BaseException | None = None
    while True:
        try:
            command = flow.throw(error) if error is not None else flow.send(reply)
        except StopIteration as stop:
            result: T = stop.value
            return result
        if isinstance(command, Send) and not outbox.sent and command.request.url.path.endswith(create_path):
            try:
                yield from mark()
            except BaseException:
                flow.close()
                raise
            outbox.sent = True
        try:
            reply, error = (yield command), None
        except GeneratorExit:
            flow.close()
            raise
        except BaseException as exc:  # the command's outcome, handed on to ``flow`` as ``yield from`` would
            reply, error = None, exc


def _refused(exc: BaseException) -> bool:
    """The server said no (a 4xx answer): nothing was created, so the create may be sent again."""
    return isinstance(exc, errors.RequestValidationError) or (
        isinstance(exc, errors.APIStatusError) and 400 <= exc.status_code < 500
    )


def _where(saved: Sequence[str | None]) -> dict[str, Any]:
    """An item's saved results as ItemResult fields: local files as paths, objects as URLs."""
    from ._objectstore import is_store_url

    names = [str(name) for name in saved if name]
    if names and is_store_url(names[0]):
        return {"urls": tuple(names)}
    paths = [Path(name) for name in names]
    return {"path": paths[0], "extra_paths": tuple(paths[1:])} if paths else {}


def check_items(spec: ApiSpec, items: list[BatchItem], *, strict_models: bool = False) -> None:
    """Every item against the spec (as the client checks one request), every output file distinct.

    All before anything is sent. A model newer than the spec passes here and is
    warned about when its items are created (once, under Python's default
    warning filter, however many items use it).
    """
    problems: dict[int, list[Violation]] = {}
    seen: dict[str, int] = {}
    for item in items:
        found = request_violations(spec, item.request, strict_models=strict_models)
        named = {v.field for v in found}  # a misplaced local file is not read as well
        found += [v for v in content_violations(spec, local_inputs(item.request)) if v.field not in named]
        no_video = video_violation(spec, item.request)
        if no_video:
            found.append(no_video)
        stem = file_stem(item)
        # A request for n videos saves <stem>.mp4 and <stem>-1.mp4 ... <stem>-(n-1).mp4: all must be its own.
        stems = [stem, *(f"{stem}-{i}" for i in range(1, requested_videos(item)))]
        clash = next((seen[s] for s in stems if s in seen), None)
        if clash is not None:
            found.append(Violation("name", f"is the same file name as item {clash}", item.name or stem))
        for taken in stems:
            seen.setdefault(taken, item.position)
        if found:
            problems[item.position] = found
    if problems:
        raise BatchValidationError(problems)


def budget_problem(spec: ApiSpec, max_credits: float) -> str | None:
    """Why ``max_credits`` cannot be kept: a bad number, or a gateway whose tasks state no credits."""
    if isinstance(max_credits, bool) or not isinstance(max_credits, int | float) or not 0 <= max_credits < math.inf:
        return "must be a finite number of credits, 0 or more"
    if "usage" not in spec.task_schema.get("properties", {}):
        return "cannot be kept: this gateway's tasks state no credits"
    return None


class BatchRunner:
    """The flows of one batch: a paced copy of the client core, a journal and an output folder.

    ``timeout`` bounds the whole batch (every create, wait and download gets only the time left); ``witnesses``
    are files whose presence shows an earlier run (the CLI's report); ``force_new`` runs even when files of an
    earlier run have no journal record; ``max_credits`` is the whole batch's budget (see :mod:`evolink._budget`),
    kept across re-runs through the journal.
    """

    def __init__(
        self,
        core: ClientCore,
        *,
        output_dir: str | os.PathLike[str],
        journal: str | os.PathLike[str] | None,
        timeout: float | None,
        pacer: AdaptivePacer | None,
        on_update: Callable[[BatchProgress], object] | None,
        force_new: bool = False,
        witnesses: Sequence[Path] = (),
        max_credits: float | None = None,
        lease_seconds: float = LEASE_SECONDS,
        retry_failed: bool = False,
    ) -> None:
        self.pacer = pacer or AdaptivePacer()
        self.core = core.paced(self.pacer, max_retries=max(8, core.retry.max_retries))
        self.shared = is_postgres_url(journal)
        #: This run's name in a shared journal: which machine and process holds which items.
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.output: Output = output_for(output_dir)
        self.output_dir = self.output.folder
        self.journal_location: str | Path = (
            str(journal) if self.shared else Path(journal) if journal is not None else self.output_dir / JOURNAL_NAME
        )
        self.lease_seconds = lease_seconds
        self.limits = BatchLimits.of(4)  # until a run sets its own
        self.retry_failed = retry_failed
        #: The first answer that refused the account (401, 402): no item is created after it.
        self.refused: errors.APIStatusError | None = None
        #: Models the account may not use (403), with the answer: no more of their items are created.
        self.denied: dict[str, errors.APIStatusError] = {}
        #: An object-store output has no folder of the user's to keep a journal in by default.
        self.journal_missing = journal is None and not isinstance(self.output, FolderOutput)
        self.since = 0.0
        self.timeout = timeout
        self.on_update = on_update
        self.force_new = force_new
        self.witnesses = list(witnesses)
        self.progress = BatchProgress(0)
        self.deadline: Deadline | None = None
        self.max_credits = max_credits
        self.budget: Budget | None = None

    @property
    def journal_path(self) -> Path | str:
        """The journal's file, or its URL without a password."""
        return self.journal_location if isinstance(self.journal_location, Path) else redacted(self.journal_location)

    @contextmanager
    def session(self, items: list[BatchItem]) -> Iterator[Journal]:
        """The journal for a run, this worker registered in it and its leases renewed until the run ends."""
        journal = self.start(items)
        stop = threading.Event()
        renewing = threading.Thread(target=self._renew, args=(journal, stop), daemon=True, name="evolink-leases")
        try:
            self.since = journal.register(self.worker, socket.gethostname(), os.getpid())
            if journal.shared:
                self.core = self.core.paced(SharedPacer(journal, self.pacer), max_retries=self.core.retry.max_retries)
            renewing.start()
            yield journal
        finally:
            stop.set()
            if renewing.is_alive():
                renewing.join()
            try:
                journal.retire(self.worker)
            except errors.EvoLinkError as exc:  # its leases then run out on their own; the run's outcome stands
                logger.warning("could not give this worker's leases back: %s", exc)
            finally:
                journal.close()

    def _renew(self, journal: Journal, stop: threading.Event) -> None:
        """Keep this worker's leases while it lives; one failed renewal is retried at the next beat."""
        while not stop.wait(self.lease_seconds / 3):
            try:
                journal.renew(self.worker, self.lease_seconds)
            except errors.EvoLinkError as exc:  # the fenced records stop the items if the leases do run out
                logger.warning("could not renew this worker's leases: %s", exc)

    def start(self, items: list[BatchItem]) -> Journal:
        """Check every item, open (and lock) the journal, refuse an earlier run's unrecorded files, start the clock."""
        self.check(items)
        longest = max((self.target(item) for item in items), key=lambda path: len(path.name), default=None)
        problem = output_problem(longest) if longest is not None else None
        if problem:  # found now, not after paying for videos that then have nowhere to go
            raise errors.RequestValidationError([Violation("output_dir", problem)])
        self.output.ready()
        journal = Journal(self.journal_location)
        self.core.uploads = JournalUploads.over(journal, self.core.uploads)  # a re-run uploads nothing again
        try:
            if not self.force_new:
                self.refuse_unrecorded(journal, items)
            journal.begin_many(
                [(item_key(i), i.position, i.name, file_refs(i.request), new_idempotency_key()) for i in items]
            )
            if self.max_credits is not None:
                self.budget = Budget(self.max_credits, journal.entries())
        except BaseException:
            journal.close()
            raise
        self.progress = BatchProgress(len(items))
        self.deadline = self.core.deadline(self.timeout)
        return journal

    def check(self, items: list[BatchItem]) -> None:
        spec = self.core.provider.spec()
        check_items(spec, items, strict_models=self.core.strict_models)
        if self.journal_missing:
            required = "is required when output_dir is an object store (a file, or a PostgreSQL URL to share it)"
            raise errors.RequestValidationError([Violation("journal", required)])
        if isinstance(self.lease_seconds, bool) or not 0 < self.lease_seconds < math.inf:
            raise errors.RequestValidationError(
                [Violation("lease_seconds", "must be a finite number of seconds above 0", self.lease_seconds)]
            )
        if self.max_credits is not None:
            problem = budget_problem(spec, self.max_credits) or (
                "cannot be kept yet on a journal shared by several workers (each would keep its own)"
                if self.shared
                else None
            )
            if problem:
                raise errors.RequestValidationError([Violation("max_credits", problem, self.max_credits)])

    def items(self, requests: Iterable[Any], *, positions: Iterable[int] | None = None) -> list[BatchItem]:
        """The requests as checked items; one :class:`BatchValidationError` lists every bad position at once."""
        items, problems = sort_items(requests, positions=positions)
        try:
            self.check(items)
        except BatchValidationError as exc:
            problems.update(exc.problems)
        if problems:
            raise BatchValidationError(dict(sorted(problems.items())))
        return items

    def target(self, item: BatchItem) -> Path:
        return self.output_dir / f"{file_stem(item)}.mp4"

    def refuse_unrecorded(self, journal: Journal, items: list[BatchItem]) -> None:
        """Raise :class:`EarlierRunError` if an item's file or part file, or a witness, is there but not journaled.

        Such files are what a run leaves behind; the journal that knew their tasks is gone (deleted, emptied,
        another path) or the items moved. Going on would create them all again.
        """
        evidence: dict[int, list[str]] = {}
        recorded = False
        for item in items:
            if journal.entry(item_key(item)) is not None:
                recorded = True
                continue
            target = self.target(item)
            found = self.output.evidence(target)
            if found:
                evidence[item.position] = found
        witnesses = [] if recorded else [path for path in self.witnesses if path.exists()]
        if evidence or witnesses:
            raise EarlierRunError(self.journal_path, evidence, witnesses)

    def _changed(self, **deltas: int) -> None:
        self.progress.move(**deltas)
        if self.on_update is not None:
            self.on_update(self.progress)

    def item_flow(self, journal: Journal, item: BatchItem) -> Flow[ItemResult | None]:
        """The item's result; None while another worker holds it, or took it over from this one.

        Journal, create, wait, download - each step recorded before the next, so a re-run resumes. Every record
        is made under this worker's lease: once the lease is lost, the next record raises
        :class:`LeaseLostError` before anything more is sent or saved, and the item is left to its new holder.
        """
        key = item_key(item)
        claim = partial(
            journal.claim,
            key,
            self.worker,
            since=self.since,
            seconds=self.lease_seconds,
            retry_failed=self.retry_failed,
        )
        lease = yield from blocking(claim)
        if lease is None or lease.item is None:
            ended = yield from blocking(partial(journal.entry, key))
            return None if ended is None or ended.outcome is None else self._reported(ended)
        try:
            return (yield from self._leased_flow(journal, item, lease.item, lease))
        except LeaseLostError:
            self._changed(submitted=-1, running=-1)
            return None

    def _reported(self, entry: JournalEntry) -> ItemResult:
        """How another worker ended an item, as the journal says."""
        outcome = entry.outcome or entry.status
        self._changed(
            submitted=1, **{"done" if outcome == "saved" else "skipped" if outcome == "skipped" else "failed": 1}
        )
        saved = outcome == "saved" and entry.file is not None
        return ItemResult(
            entry.position,
            entry.name,
            outcome,
            entry.task_id,
            error=entry.error,
            credits=entry.credits,
            resumed=True,
            credits_reserved=entry.credits_reserved,
            credits_charged=entry.credits_charged,
            worker=entry.ended_by,
            **(_where([entry.file, *(str(extra.get("file")) for extra in entry.extra_files)]) if saved else {}),
        )

    def _leased_flow(self, journal: Journal, item: BatchItem, entry: JournalEntry, lease: Lease) -> Flow[ItemResult]:
        """:meth:`item_flow` under a lease. The journal's status stays ``new`` as long as nothing can have been
        created (the create was never sent, or the server refused it, or the budget did not let it start); once
        a create has left on a gateway that does not honour its key, the item never goes back to ``new``, so a
        re-run can never send it again.
        """
        key = item_key(item)
        budget = self.budget

        def record(**fields: Any) -> Flow[None]:
            yield from blocking(partial(journal.update, key, lease, **fields))  # a durable commit: off the event loop

        target = self.target(item)
        retried = None
        if self.retry_failed and entry.status == "failed" and entry.retryable:
            retried, fresh = entry.task_id, new_idempotency_key()
            yield from blocking(partial(journal.restart, key, lease, fresh))
            entry = replace(entry, task_id=None, status="new", credits_reserved=None, idempotency_key=fresh)
        resumed = entry.status != "new"
        reserved = entry.credits_reserved

        def ended(
            status: str,
            task_id: str | None,
            journaled: str | None = None,
            charged: float | None = None,
            retryable: bool = False,
            **extra: Any,
        ) -> Flow[ItemResult]:
            kept: dict[str, Any] = {k: v for k, v in extra.items() if k == "error"}
            kept["retryable"] = retryable
            if charged is not None:
                kept["credits_charged"] = charged
            cost = charged if charged is not None else reserved
            yield from blocking(
                partial(journal.end, key, lease, status, status=journaled or status, credits=cost, **kept)
            )
            if budget is not None:
                budget.ended(key, charged)
            outcome = "done" if status == "saved" else "skipped" if status == "skipped" else "failed"
            self._changed(running=-1, **{outcome: 1})
            return ItemResult(
                item.position,
                item.name,
                status,
                task_id,
                resumed=resumed,
                credits=cost,
                credits_reserved=reserved,
                credits_charged=charged,
                worker=self.worker if self.shared else None,
                retried_task=retried,
                retryable=retryable,
                **extra,
            )

        saved = yield from blocking(partial(self.output.recorded, entry))
        if saved is not None:
            yield from blocking(partial(journal.end, key, lease, "saved"))
            self._changed(submitted=1, done=1)
            return ItemResult(
                item.position,
                item.name,
                "saved",
                entry.task_id,
                credits=entry.credits,
                resumed=True,
                credits_reserved=entry.credits_reserved,
                credits_charged=entry.credits_charged,
                **_where(saved),
            )
        self._changed(submitted=1, running=1)
        # Where the gateway honours the key, a create whose answer was lost is simply sent again: same key, same
        # task. Elsewhere it may or may not have been accepted, and sending it again could pay twice.
        honoured = self.core.provider.idempotency_header is not None
        if entry.task_id is None and entry.status != "new" and not honoured:
            return (yield from ended("unknown", None, error=_UNKNOWN, error_type="UnknownOutcome"))
        if entry.task_id is None and budget is not None:
            decision = yield from self._admitted(budget, key, item, sent=entry.status != "new")
            if decision != "start":
                status, error = ("skipped", _SKIPPED) if decision == "skip" else ("timeout", "out of time")
                return (yield from ended(status, None, "new", error=error, reason=SKIPPED_BUDGET))
        task: Task | None = None
        try:
            if entry.task_id is None:
                outbox = _Outbox()
                create = self.core.create(
                    item.request, extra_body=None, idempotency_key=entry.idempotency_key, deadline=self.deadline
                )
                create_path = self.core.provider.spec().create.path
                sending = _marking_first_send(create, partial(record, status="sending"), outbox, create_path)
                try:
                    task = yield from _through(self.limits.creates, self._unless_refused(item, sending))
                except LeaseLostError:
                    raise
                except _AccountRefused as refused:
                    if budget is not None:
                        budget.release(key)
                    error = f"not started: the account refused an earlier item ({refused.answer})"
                    return (yield from ended("skipped", None, "new", error=error, reason=SKIPPED_ACCOUNT))
                except Exception as exc:
                    if not outbox.sent or _refused(exc):  # nothing was created: a re-run may send it
                        if budget is not None:
                            budget.release(key)
                        status, _, _ = self._failure(exc, None)
                        return (yield from ended(status, None, "new", error=str(exc), error_type=type(exc).__name__))
                    if honoured:
                        raise
                    return (
                        yield from ended("unknown", None, error=f"{exc}; {_UNKNOWN}", error_type=type(exc).__name__)
                    )
                reserved = task.credits_reserved
                try:
                    yield from record(task_id=task.id, status=task.status, credits_reserved=reserved)
                except LeaseLostError:  # the lease ran out while the create was on its way: keep the paid task
                    yield from blocking(partial(journal.adopt, key, task.id, task.status))
                    raise
                if budget is not None:
                    budget.reserved(key, item.request, reserved)
            else:
                task = yield from self.core.get(entry.task_id, self.deadline)
                if reserved is None and task.credits_reserved is not None:  # a journal older than the column
                    reserved = task.credits_reserved
                    yield from record(credits_reserved=reserved)
            task = yield from self.core.wait(task, timeout=self.deadline)
            expires = task.expires_at
            yield from record(
                status="completed",
                results=list(task.results),
                expires_at=expires.timestamp() if expires else None,
                credits=task.credits,
                credits_charged=task.credits_charged,
            )
            files: list[dict[str, Any]] = []
            for index, dest in enumerate(result_paths(item, target, task)):
                fence = partial(journal.holds, key, lease)
                saving = self.output.save(self.core, task, index, dest, fence=fence, deadline=self.deadline)
                files.append((yield from _through(self.limits.downloads, saving)))
            main, *more = files
            yield from record(file=main["file"], size=main["size"], sha256=main["sha256"], extra_files=more)
            return (
                yield from ended(
                    "saved",
                    task.id,
                    charged=task.credits_charged,
                    **_where([saved["file"] for saved in files]),
                )
            )
        except LeaseLostError:
            raise
        except Exception as exc:  # one item's surprise (a full disk, a bug) must not end the others
            self._note_refusal(item, exc)
            status, task_id, charged = self._failure(exc, task.id if task else entry.task_id)
            retryable = isinstance(exc, errors.TaskFailedError) and exc.retryable
            failure = {"error": str(exc), "error_type": type(exc).__name__}
            return (yield from ended(status, task_id, charged=charged, retryable=retryable, **failure))

    def settle(
        self, items: Sequence[BatchItem], outcomes: Sequence[ItemResult | None], results: dict[int, ItemResult]
    ) -> list[BatchItem]:
        """Put a round's results in ``results``; returns the items other workers still hold, to look at again.

        Once the batch's time is up they are not waited for: each is reported ``timeout`` (held elsewhere).
        """
        held: list[BatchItem] = []
        for item, outcome in zip(items, outcomes, strict=True):
            if outcome is not None:
                results[item.position] = outcome
            elif self.deadline is not None and self.deadline.passed():
                error = "another worker held this item when this run's time ran out; its outcome is in the journal"
                results[item.position] = ItemResult(item.position, item.name, "timeout", error=error)
            else:
                held.append(item)
        return held

    def pause(self) -> float:
        """How long to wait before looking again at items other workers hold (their leases may run out)."""
        wait = min(_HELD_POLL, self.lease_seconds / 4)
        return wait if self.deadline is None else max(0.0, min(wait, self.deadline.left()))

    def _admitted(self, budget: Budget, key: str, item: BatchItem, *, sent: bool) -> Flow[Decision]:
        """Wait until the budget decides on the item: ``start``, ``skip``, or ``wait`` left as is at the deadline."""
        while (decision := budget.admit(key, item.request, sent=sent)) == "wait":
            if self.deadline is not None and self.deadline.passed():
                break
            yield from blocking(partial(budget.wait, _BUDGET_POLL))
        return decision

    def _unless_refused(self, item: BatchItem, create: Flow[Task]) -> Flow[Task]:
        """``create``, unless an answer already refused the account or the item's model: checked once the
        create's place is taken, so items queued behind the refused one are not sent either."""
        refused = self.refused or self.denied.get(str(item.request.get("model")))
        if refused is not None:
            create.close()
            raise _AccountRefused(refused)
        try:
            return (yield from create)
        except Exception as exc:
            self._note_refusal(item, exc)  # before the place is given back: the next create must see it
            raise

    def _note_refusal(self, item: BatchItem, exc: Exception) -> None:
        """Remember an answer that refuses the account (or, 403, the item's model), so no later item is sent."""
        if isinstance(exc, _ACCOUNT_ERRORS) and self.refused is None:
            self.refused = exc
        elif isinstance(exc, errors.PermissionDeniedError):
            self.denied.setdefault(str(item.request.get("model")), exc)

    def _failure(self, exc: Exception, task_id: str | None) -> tuple[str, str | None, float | None]:
        """How an item ends on ``exc``: its status, task id and final charge (when the task's end states one)."""
        if isinstance(exc, errors.TaskFailedError):
            return "failed", exc.task_id, exc.task.credits_charged
        if isinstance(exc, errors.TaskCancelledError):
            return "cancelled", exc.task_id, exc.task.credits_charged
        if isinstance(exc, errors.ResultExpiredError):
            return "expired", task_id, None
        if isinstance(exc, errors.WaitTimeoutError):
            return "timeout", exc.task_id, None
        if self.deadline is not None and self.deadline.passed():
            return "timeout", task_id, None  # the batch ran out of time during this step
        return "error", task_id, None


def run_sync(runner: BatchRunner, items: list[BatchItem], http: httpx.Client, limits: BatchLimits) -> list[ItemResult]:
    import time
    from concurrent.futures import ThreadPoolExecutor

    runner.limits = limits
    with runner.session(items) as journal, ThreadPoolExecutor(max_workers=limits.running) as pool:

        def one(item: BatchItem) -> ItemResult | None:
            return SyncStepper(runner.item_flow(journal, item), http, runner.core.clock).run()

        results: dict[int, ItemResult] = {}
        todo = items
        while todo := runner.settle(todo, list(pool.map(one, todo)), results):
            time.sleep(runner.pause())
        return [results[item.position] for item in items]


async def run_async(
    runner: BatchRunner, items: list[BatchItem], http: httpx.AsyncClient, limits: BatchLimits
) -> list[ItemResult]:
    import asyncio

    runner.limits = limits
    running = asyncio.Semaphore(limits.running)

    async def one(journal: Journal, item: BatchItem) -> ItemResult | None:
        async with running:
            return await AsyncStepper(runner.item_flow(journal, item), http, runner.core.clock).run()

    with runner.session(items) as journal:
        results: dict[int, ItemResult] = {}
        todo = items
        while todo := runner.settle(todo, await asyncio.gather(*(one(journal, item) for item in todo)), results):
            await asyncio.sleep(runner.pause())
        return [results[item.position] for item in items]
