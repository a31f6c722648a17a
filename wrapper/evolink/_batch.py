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
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from . import _exceptions as errors
from ._commands import Flow
from ._core import ClientCore, new_idempotency_key, request_body
from ._drivers import AsyncStepper, SyncStepper
from ._files import safe_name
from ._pacing import AdaptivePacer
from ._spec import ApiSpec
from ._task import Task
from ._violations import Violation

if TYPE_CHECKING:
    from ._journal import Journal

__all__ = ["BatchProgress", "BatchValidationError", "ItemResult", "check_items", "prepare_items"]

JOURNAL_NAME = "evolink-journal.sqlite3"


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
    """How one item ended: ``status`` is saved, failed, cancelled, expired, timeout or error."""

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
    items = []
    for position, request in zip(positions or range(1, 1 << 62), requests, strict=False):
        body = request_body(request, {})
        name = body.pop("name", None)
        if name is not None and not isinstance(name, str):
            raise BatchValidationError({position: [Violation("name", "must be a string", name)]})
        items.append(BatchItem(position, name, body))
    return items


def check_items(spec: ApiSpec, items: list[BatchItem]) -> None:
    """Every item against the spec, and names unique, before anything is sent (BatchValidationError)."""
    problems: dict[int, list[Violation]] = {}
    seen: dict[str, int] = {}
    for item in items:
        found = spec.check_request(item.request)
        if item.name is not None:
            stem = safe_name(item.name)
            if stem in seen:
                found.append(Violation("name", f"is the same file name as item {seen[stem]}", item.name))
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
        check_items(self.core.provider.spec(), items)

    def _changed(self, **deltas: int) -> None:
        self.progress.move(**deltas)
        if self.on_update is not None:
            self.on_update(self.progress)

    def item_flow(self, journal: Journal, item: BatchItem) -> Flow[ItemResult]:
        from ._journal import request_fingerprint

        # A named item is known by its name, so inserting or deleting lines above it cannot make it new.
        fingerprint = request_fingerprint({**item.request, "name": item.name})
        key = f"name:{safe_name(item.name)}:{fingerprint}" if item.name else f"{item.position}:{fingerprint}"
        entry = journal.begin(
            key, position=item.position, name=item.name, request=item.request, idempotency_key=new_idempotency_key()
        )
        target = self.output_dir / f"{safe_name(item.name or f'item-{item.position:05d}')}.mp4"
        resumed = entry.status != "new"

        def ended(status: str, task_id: str | None, **extra: Any) -> ItemResult:
            journal.update(key, status=status, **{k: v for k, v in extra.items() if k in ("error", "credits")})
            self._changed(running=-1, **({"done": 1} if status == "saved" else {"failed": 1}))
            return ItemResult(item.position, item.name, status, task_id, resumed=resumed, **extra)

        if entry.status == "saved" and entry.file and Path(entry.file).is_file():
            self._changed(submitted=1, done=1)
            return ItemResult(
                item.position, item.name, "saved", entry.task_id, Path(entry.file), credits=entry.credits, resumed=True
            )
        self._changed(submitted=1, running=1)
        task: Task | None = None
        try:
            if entry.task_id is None:
                # A lost answer is recovered on the next run: the same key returns the same task.
                task = yield from self.core.create(item.request, extra_body=None, idempotency_key=entry.idempotency_key)
                journal.update(key, task_id=task.id, status=task.status)
            else:
                task = yield from self.core.get(entry.task_id)
            task = yield from self.core.wait(task, timeout=self.timeout)
            journal.update(
                key,
                status="completed",
                results=list(task.results),
                expires_at=task.expires_at.timestamp() if task.expires_at else None,
                credits=task.credits,
            )
            for stale in target.parent.glob(f".{target.name}.*.part"):
                stale.unlink(missing_ok=True)  # left by a killed run; the journal lock says no one else writes here
            path = yield from self.core.download(task, target)
            journal.update(key, file=str(path))
            return ended("saved", task.id, path=path, credits=task.credits)
        except errors.TaskFailedError as exc:
            return ended("failed", exc.task_id, error=str(exc), error_type=type(exc).__name__, credits=exc.task.credits)
        except errors.TaskCancelledError as exc:
            return ended("cancelled", exc.task_id, error=str(exc), error_type=type(exc).__name__)
        except errors.ResultExpiredError as exc:
            return ended("expired", task.id if task else entry.task_id, error=str(exc), error_type=type(exc).__name__)
        except errors.WaitTimeoutError as exc:
            return ended("timeout", exc.task_id, error=str(exc), error_type=type(exc).__name__)
        except errors.EvoLinkError as exc:
            return ended("error", task.id if task else entry.task_id, error=str(exc), error_type=type(exc).__name__)


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
