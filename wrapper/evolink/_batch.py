"""Many videos at once, never paid twice: the item flow behind ``videos.generate_many``.

Each item runs the same flow (journal, create, wait, download) as a single
``generate``, written once; the sync face runs items on a thread pool and the
async face on tasks, both sharing one journal and one adaptive pacer. One item's
failure is recorded in its result and never stops the others.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from . import _exceptions as errors
from ._commands import Blocking, Flow
from ._core import (
    ClientCore,
    new_idempotency_key,
    request_body,
    request_violations,
    video_violation,
)
from ._drivers import AsyncStepper, SyncStepper
from ._files import safe_name
from ._pacing import AdaptivePacer
from ._spec import ApiSpec
from ._task import Task
from ._violations import Violation

if TYPE_CHECKING:
    from ._journal import Journal, JournalEntry

__all__ = ["BatchProgress", "BatchValidationError", "ItemResult", "check_items", "prepare_items"]

JOURNAL_NAME = "evolink-journal.sqlite3"
_UNKNOWN = (
    "the create was sent but its answer was lost, and this gateway documents no idempotency key: it may have been "
    "accepted, so it is not sent again (that could pay twice); check your account, and use a new journal to send it"
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
    """How one item ended: ``status`` is saved, failed, cancelled, expired, timeout, error or unknown.

    ``unknown``: an earlier run sent the create and stopped before its answer, on a gateway that documents no
    idempotency key; it is not sent again (that could pay twice).
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

    @property
    def ok(self) -> bool:
        return self.status == "saved"

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path) if self.path else None
        return data


@dataclass
class BatchProgress:
    """Counts for a progress display; ``on_update`` receives this object after every change."""

    total: int
    submitted: int = 0
    running: int = 0
    done: int = 0
    failed: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, init=False)

    def move(self, **deltas: int) -> None:
        with self._lock:
            for name, delta in deltas.items():
                setattr(self, name, getattr(self, name) + delta)


def prepare_items(requests: Iterable[Any], *, positions: Iterable[int] | None = None) -> list[BatchItem]:
    """Bodies from mappings or request objects (an optional ``name`` names the output file)."""
    bodies = [request_body(request, {}) for request in requests]
    numbers = list(positions) if positions is not None else list(range(1, len(bodies) + 1))
    if len(numbers) != len(bodies) or len(set(numbers)) != len(numbers):
        raise ValueError(f"positions must be {len(bodies)} distinct numbers, one per request")
    items = []
    for position, body in zip(numbers, bodies, strict=True):
        name = body.pop("name", None)
        if name is not None and not isinstance(name, str):
            raise BatchValidationError({position: [Violation("name", "must be a string", name)]})
        items.append(BatchItem(position, name, body))
    return items


def file_stem(item: BatchItem) -> str:
    """The output file's name without ``.mp4``: the item's name, else ``item-<position>``."""
    return safe_name(item.name or f"item-{item.position:05d}")


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
        no_video = video_violation(spec, item.request)
        if no_video:
            found.append(no_video)
        stem = file_stem(item)
        if stem in seen:
            found.append(Violation("name", f"is the same file name as item {seen[stem]}", item.name or stem))
        seen.setdefault(stem, item.position)
        if found:
            problems[item.position] = found
    if problems:
        raise BatchValidationError(problems)


class BatchRunner:
    """The flows of one batch: a paced copy of the client core, a journal and an output folder."""

    def __init__(
        self,
        core: ClientCore,
        *,
        output_dir: str | os.PathLike[str],
        journal: str | os.PathLike[str] | None,
        timeout: float | None,
        pacer: AdaptivePacer | None,
        on_update: Callable[[BatchProgress], object] | None,
    ) -> None:
        self.pacer = pacer or AdaptivePacer()
        self.core = core.paced(self.pacer, max_retries=max(8, core.retry.max_retries))
        self.output_dir = Path(output_dir)
        self.journal_path = Path(journal) if journal is not None else self.output_dir / JOURNAL_NAME
        self.timeout = timeout
        self.on_update = on_update
        self.progress = BatchProgress(0)

    def start(self, items: list[BatchItem]) -> Journal:
        """Check every item, reset the counts and open (and lock) the journal."""
        from ._journal import Journal  # sqlite3 and fcntl load only when a batch runs

        self.check(items)
        self.progress = BatchProgress(len(items))
        return Journal(self.journal_path)

    def check(self, items: list[BatchItem]) -> None:
        check_items(self.core.provider.spec(), items, strict_models=self.core.strict_models)

    def _changed(self, **deltas: int) -> None:
        self.progress.move(**deltas)
        if self.on_update is not None:
            self.on_update(self.progress)

    def item_flow(self, journal: Journal, item: BatchItem) -> Flow[ItemResult]:
        """Journal, create, wait, download - each step recorded before the next, so a re-run resumes."""
        from ._journal import request_fingerprint

        # A named item is known by its name, so inserting or deleting lines above it cannot make it new.
        fingerprint = request_fingerprint({**item.request, "name": item.name})
        key = f"name:{safe_name(item.name)}:{fingerprint}" if item.name else f"{item.position}:{fingerprint}"

        def record(**fields: Any) -> Flow[None]:
            yield Blocking(partial(journal.update, key, **fields))  # a durable commit: off the event loop

        entry: JournalEntry = yield Blocking(
            partial(
                journal.begin,
                key,
                position=item.position,
                name=item.name,
                request=item.request,
                idempotency_key=new_idempotency_key(),
            )
        )
        target = self.output_dir / f"{file_stem(item)}.mp4"
        resumed = entry.status != "new"

        def ended(status: str, task_id: str | None, **extra: Any) -> Flow[ItemResult]:
            yield from record(status=status, **{k: v for k, v in extra.items() if k in ("error", "credits")})
            self._changed(running=-1, **({"done": 1} if status == "saved" else {"failed": 1}))
            return ItemResult(item.position, item.name, status, task_id, resumed=resumed, **extra)

        if entry.status == "saved" and entry.file and Path(entry.file).is_file():
            self._changed(submitted=1, done=1)
            return ItemResult(
                item.position, item.name, "saved", entry.task_id, Path(entry.file), credits=entry.credits, resumed=True
            )
        self._changed(submitted=1, running=1)
        # Where the gateway honours the key, a create whose answer was lost is simply sent again: same key, same
        # task. Elsewhere it may or may not have been accepted, and sending it again could pay twice.
        honoured = self.core.provider.spec().create_idempotency_header is not None
        if entry.task_id is None and entry.status in ("sending", "unknown") and not honoured:
            return (yield from ended("unknown", None, error=_UNKNOWN, error_type="UnknownOutcome"))
        task: Task | None = None
        try:
            if entry.task_id is None:
                yield from record(status="sending")
                try:
                    task = yield from self.core.create(
                        item.request, extra_body=None, idempotency_key=entry.idempotency_key
                    )
                except (errors.APIConnectionError, errors.ServerError) as exc:
                    if honoured:
                        raise
                    return (
                        yield from ended("unknown", None, error=f"{exc}; {_UNKNOWN}", error_type=type(exc).__name__)
                    )
                yield from record(task_id=task.id, status=task.status)
            else:
                task = yield from self.core.get(entry.task_id)
            task = yield from self.core.wait(task, timeout=self.timeout)
            expires = task.expires_at
            yield from record(
                status="completed",
                results=list(task.results),
                expires_at=expires.timestamp() if expires else None,
                credits=task.credits,
            )
            for stale in target.parent.glob(f".{target.name}.*.part"):
                stale.unlink(missing_ok=True)  # left by a killed run of this journal (its lock keeps others out)
            path = yield from self.core.download(task, target)
            yield from record(file=str(path))
            return (yield from ended("saved", task.id, path=path, credits=task.credits))
        except errors.TaskFailedError as exc:
            failure: tuple[str, str | None, Exception, float | None] = ("failed", exc.task_id, exc, exc.task.credits)
        except errors.TaskCancelledError as exc:
            failure = ("cancelled", exc.task_id, exc, None)
        except errors.ResultExpiredError as exc:
            failure = ("expired", task.id if task else entry.task_id, exc, None)
        except errors.WaitTimeoutError as exc:
            failure = ("timeout", exc.task_id, exc, None)
        except Exception as exc:  # one item's surprise (a full disk, a bug) must not end the others
            failure = ("error", task.id if task else entry.task_id, exc, None)
        status, task_id, error, credits = failure
        return (yield from ended(status, task_id, error=str(error), error_type=type(error).__name__, credits=credits))


def run_sync(runner: BatchRunner, items: list[BatchItem], http: httpx.Client, concurrency: int) -> list[ItemResult]:
    from concurrent.futures import ThreadPoolExecutor

    with runner.start(items) as journal, ThreadPoolExecutor(max_workers=concurrency) as pool:

        def one(item: BatchItem) -> ItemResult:
            return SyncStepper(runner.item_flow(journal, item), http, runner.core.clock).run()

        return list(pool.map(one, items))


async def run_async(
    runner: BatchRunner, items: list[BatchItem], http: httpx.AsyncClient, concurrency: int
) -> list[ItemResult]:
    import asyncio

    gate = asyncio.Semaphore(concurrency)

    async def one(journal: Journal, item: BatchItem) -> ItemResult:
        async with gate:
            return await AsyncStepper(runner.item_flow(journal, item), http, runner.core.clock).run()

    with runner.start(items) as journal:
        return list(await asyncio.gather(*(one(journal, item) for item in items)))
