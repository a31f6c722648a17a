"""The clients users construct: ``EvoLink`` and ``AsyncEvoLink`` (and, per provider, their siblings).

These classes are faces: each method turns its arguments into a flow of the
shared :class:`~evolink._core.ClientCore` and runs it with the blocking or the
async driver. No decision lives here.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar, cast

import httpx

from ._callbacks import parse_callback
from ._commands import Flow
from ._core import ByteProgress, ClientCore, request_body
from ._drivers import AsyncStepper, SyncStepper
from ._pacing import AdaptivePacer
from ._polling import PollPolicy
from ._provider import EVOLINK, UNIALL, Provider
from ._task import Task
from ._timing import Clock, SystemClock

if TYPE_CHECKING:  # the batch machinery (sqlite, threads) loads on first use
    from ._batch import BatchProgress, BatchRunner, ItemResult

__all__ = ["DEFAULT_WAIT_TIMEOUT", "AsyncClient", "AsyncEvoLink", "AsyncUniAll", "EvoLink", "SyncClient", "UniAll"]

T = TypeVar("T")
#: How long ``wait`` and ``create_and_wait`` wait by default before WaitTimeoutError (the task keeps running).
DEFAULT_WAIT_TIMEOUT = 30 * 60.0
ProgressCallback = Callable[[Task], object]
AsyncProgressCallback = Callable[[Task], object | Awaitable[object]]
PathLike = str | os.PathLike[str]


class _ClientBase:
    _provider: ClassVar[Provider] = EVOLINK

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        poll: PollPolicy | None = None,
        clock: Clock | None = None,
        allow_insecure_http: bool = False,
        max_download_bytes: int | None = None,
        strict_models: bool = False,
    ) -> None:
        self._core = ClientCore(
            provider=self._provider,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            poll=poll,
            clock=clock or SystemClock(),
            allow_insecure_http=allow_insecure_http,
            max_download_bytes=max_download_bytes,
            strict_models=strict_models,
        )

    @property
    def base_url(self) -> str:
        return self._core.base_url

    @property
    def models(self) -> list[str]:
        """The model names this client's spec knows."""
        return self._provider.spec().models

    def __repr__(self) -> str:
        # Never the key: reprs end up in logs and tracebacks.
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class SyncClient(_ClientBase):
    """The blocking client of any provider; use :class:`EvoLink` or :class:`UniAll`."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        poll: PollPolicy | None = None,
        clock: Clock | None = None,
        allow_insecure_http: bool = False,
        max_download_bytes: int | None = None,
        strict_models: bool = False,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            poll=poll,
            clock=clock,
            allow_insecure_http=allow_insecure_http,
            max_download_bytes=max_download_bytes,
            strict_models=strict_models,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(transport=transport, timeout=self._core.timeout)
        self.videos = Videos(self)
        self.tasks = Tasks(self)

    def _run(self, flow: Flow[T], on_emit: ProgressCallback | None = None) -> T:
        return SyncStepper(flow, self._http, self._core.clock).run(on_emit)

    def _iterate(self, flow: Flow[Any]) -> Iterator[Task]:
        return iter(SyncStepper(flow, self._http, self._core.clock))

    def close(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_ClientBase):
    """The asyncio client of any provider; use :class:`AsyncEvoLink` or :class:`AsyncUniAll`."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        poll: PollPolicy | None = None,
        clock: Clock | None = None,
        allow_insecure_http: bool = False,
        max_download_bytes: int | None = None,
        strict_models: bool = False,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            poll=poll,
            clock=clock,
            allow_insecure_http=allow_insecure_http,
            max_download_bytes=max_download_bytes,
            strict_models=strict_models,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport, timeout=self._core.timeout)
        self.videos = AsyncVideos(self)
        self.tasks = AsyncTasks(self)

    async def _run(self, flow: Flow[T], on_emit: AsyncProgressCallback | None = None) -> T:
        return await AsyncStepper(flow, self._http, self._core.clock).run(on_emit)

    def _iterate(self, flow: Flow[Any]) -> AsyncIterator[Task]:
        return aiter(AsyncStepper(flow, self._http, self._core.clock))

    async def aclose(self) -> None:
        """Close the connection pool (only if this client created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


class EvoLink(SyncClient):
    """A blocking client for the EvoLink video API (its whole video catalogue: ``client.models``).

    ``api_key`` defaults to ``$EVOLINK_API_KEY`` and ``base_url`` to
    ``$EVOLINK_BASE_URL`` or https://api.evolink.ai. ``timeout`` bounds each HTTP
    request (seconds or an ``httpx.Timeout``); waiting for a task has its own
    deadline (``wait(timeout=...)``). ``max_retries`` retries GETs on connection
    errors, timeouts, 429 and 502/503/504, and a create only under its
    Idempotency-Key, so a retried create is never billed twice. Pass
    ``http_client`` (an ``httpx.Client``: proxies, custom TLS) or ``transport``
    (tests: ``evolink.testing.MockServer().transport()``). A model newer than
    this version's spec is sent after the checks every model shares, with an
    :class:`~evolink.UnknownModelWarning`; ``strict_models=True`` refuses it.

    Use it as a context manager, or call :meth:`close`::

        with EvoLink() as client:
            path = client.videos.generate(
                model="veo-3.1-fast-generate-preview", prompt="A cat playing piano", output="cat.mp4"
            )
    """

    _provider = EVOLINK


class AsyncEvoLink(AsyncClient):
    """The asyncio twin of :class:`EvoLink`: the same parameters and methods, awaited.

    ``http_client`` is an ``httpx.AsyncClient`` and ``transport`` an
    ``httpx.AsyncBaseTransport``. Use ``async with AsyncEvoLink() as client:`` or
    ``await client.aclose()``.
    """

    _provider = EVOLINK


class UniAll(SyncClient):
    """A blocking client for the UniAll gateway's Veo 3.1 models (``veo3.1-video-720p``, ...).

    The same methods, errors, retries and download safety as :class:`EvoLink`,
    with UniAll's fields (``size``, ``image``, ``images``, ``last_image``,
    ``video``, ``extra_body``, ...). ``api_key`` defaults to ``$UNIALL_API_KEY``;
    ``base_url`` (or ``$UNIALL_BASE_URL``) is required: UniAll documents no
    default host. Task statuses are mapped to the common ones (``queued`` ->
    pending, ``in_progress`` -> processing); ``task.raw_status`` keeps UniAll's.
    """

    _provider = UNIALL


class AsyncUniAll(AsyncClient):
    """The asyncio twin of :class:`UniAll`."""

    _provider = UNIALL


class _VideosBase:
    _core: ClientCore

    def _batch_runner(
        self,
        output_dir: PathLike,
        journal: PathLike | None,
        timeout: float | None,
        pacer: AdaptivePacer | None,
        on_update: Callable[[BatchProgress], object] | None,
        force_new: bool = False,
    ) -> BatchRunner:
        from ._batch import BatchRunner

        return BatchRunner(
            self._core,
            output_dir=output_dir,
            journal=journal,
            timeout=timeout,
            pacer=pacer,
            on_update=on_update,
            force_new=force_new,
        )


class Videos(_VideosBase):
    """``client.videos``: create generation tasks, wait for them, save the result."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self._core = client._core

    def create(
        self,
        request: Any = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        **fields: Any,
    ) -> Task:
        """Create a task and return at once (``task.status`` is usually ``pending``).

        Pass the documented fields as keywords (``model=``, ``prompt=``,
        ``duration=``, ...) and/or a typed request object from
        :mod:`evolink.types`. The body is checked against the spec for its model
        before anything is sent: a broken rule raises
        :class:`~evolink.RequestValidationError` naming the field. Fields newer than
        the spec go in ``extra_body``. The call carries an Idempotency-Key (yours,
        or a fresh one) so that retries cannot create a second task. ``timeout``
        (seconds) bounds the call with its retries; a create cut short by it may
        have been accepted (retry with the same ``idempotency_key``).
        """
        body = request_body(request, fields)
        flow = self._core.create(
            body, extra_body=extra_body, idempotency_key=idempotency_key, deadline=self._core.deadline(timeout)
        )
        return self._client._run(flow)

    def create_and_wait(
        self,
        request: Any = None,
        /,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        extra_body: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> Task:
        """Create a task and wait for it to complete (see ``tasks.wait`` for ``timeout`` and endings)."""
        body = request_body(request, fields)
        flow = self._core.create_and_wait(body, extra_body=extra_body, idempotency_key=idempotency_key, timeout=timeout)
        return self._client._run(flow, on_progress)

    def generate(
        self,
        request: Any = None,
        /,
        *,
        output: PathLike,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
        on_download: ByteProgress | None = None,
        extra_body: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> Path:
        """Create, wait and download: returns the path of the saved video (``output``: a file or a folder).

        ``timeout`` bounds all three together. With ``n`` > 1 every result is saved, named as
        :meth:`Tasks.download_all` names them; the first one's path is returned.

        ``on_progress`` receives task snapshots while waiting; ``on_download(received, total)`` byte counts.
        """
        body = request_body(request, fields)
        flow = self._core.generate(
            body,
            output=output,
            extra_body=extra_body,
            idempotency_key=idempotency_key,
            timeout=timeout,
            on_download=on_download,
        )
        return self._client._run(flow, on_progress)

    def generate_many(
        self,
        requests: Iterable[Any],
        *,
        output_dir: PathLike,
        concurrency: int = 4,
        journal: PathLike | None = None,
        timeout: float | None = None,
        pacer: AdaptivePacer | None = None,
        on_update: Callable[[BatchProgress], object] | None = None,
        positions: Iterable[int] | None = None,
        force_new: bool = False,
    ) -> list[ItemResult]:
        """Generate many videos into ``output_dir``; one :class:`ItemResult` per request, in order.

        Each request is a mapping of ``videos.create`` fields (or a request
        object), with an optional ``name`` for its file (``<name>.mp4``, else
        ``item-<position>.mp4``). All are checked against the spec before
        anything is sent. A failed item is reported, never raised, and does not
        stop the others. ``journal`` (default ``output_dir/evolink-journal.sqlite3``)
        records every item's Idempotency-Key before its create is sent, so
        re-running the same call after a crash polls the tasks already created
        instead of paying for them again, and skips saved files. Requests are
        paced by ``pacer``, which slows down on 429 and creeps back up.
        ``timeout`` (seconds, default none) bounds the whole batch. ``positions`` numbers the requests
        in results and errors (say, their line numbers in a file; default 1, 2,
        3, ...). Files an earlier run left in ``output_dir`` that the journal
        has no record of raise :class:`~evolink._batch.EarlierRunError` before
        anything is sent; ``force_new=True`` creates those items anyway.
        """
        from ._batch import prepare_items, run_sync

        runner = self._batch_runner(output_dir, journal, timeout, pacer, on_update, force_new)
        return run_sync(runner, prepare_items(requests, positions=positions), self._client._http, concurrency)


class Tasks:
    """``client.tasks``: look at, wait for and download tasks by id - from any process or machine."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self._core = client._core

    def get(self, task_id: str, *, timeout: float | None = None) -> Task:
        """The task's current state; ``timeout`` (seconds) bounds the call with its retries."""
        return self._client._run(self._core.get(task_id, self._core.deadline(timeout)))

    def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: ProgressCallback | None = None,
    ) -> Task:
        """Poll until the task completes and return it.

        ``timeout`` (seconds, ``None`` for no limit) is the deadline of the
        whole wait, not of one request; past it :class:`~evolink.WaitTimeoutError`
        carries the last snapshot and the task keeps running. A failed task
        raises :class:`~evolink.TaskFailedError` (with ``code`` and ``retryable``),
        a cancelled one :class:`~evolink.TaskCancelledError`. ``on_progress`` is
        called with every snapshot, first to last. Polls start after the task's
        ``estimated_time`` and then follow the elapsed time, never faster than
        the poll policy's floor.
        """
        return self._client._run(self._core.wait(task, timeout=timeout), on_progress)

    def watch(self, task: Task | str, *, timeout: float | None = DEFAULT_WAIT_TIMEOUT) -> Iterator[Task]:
        """Iterate over snapshots until the task ends (the same endings as :meth:`wait`)."""
        return self._client._iterate(self._core.wait(task, timeout=timeout))

    def download(
        self,
        task: Task | str,
        dest: PathLike,
        *,
        index: int = 0,
        on_download: ByteProgress | None = None,
        timeout: float | None = None,
    ) -> Path:
        """Save result ``index`` of a completed task to ``dest`` (a file, or a folder: ``<task id>.mp4``).

        The body is streamed to a temporary file, resumed with ``Range`` after a
        dropped connection (with ``If-Range``, so a changed file is fetched
        again), and renamed into place only when complete; the API key is
        never sent to a host other than the API's. ``timeout`` (seconds) bounds
        the whole download; a stall of the client's read timeout is a cut.
        """
        flow = self._core.download_task(task, dest, index=index, on_download=on_download, timeout=timeout)
        return cast(Path, self._client._run(flow))

    def download_all(
        self,
        task: Task | str,
        dest: PathLike,
        *,
        on_download: ByteProgress | None = None,
        timeout: float | None = None,
    ) -> list[Path]:
        """Save every result (a request with ``n`` > 1 makes several): the paths, in result order.

        A folder gets ``<task id>.mp4``, ``<task id>-1.mp4``, ...; a file name
        ``clip.mp4`` gets the first result and ``clip-1.mp4``, ``clip-2.mp4``,
        ... beside it. ``timeout`` bounds all of them together.
        """
        flow = self._core.download_task(task, dest, index=None, on_download=on_download, timeout=timeout)
        return cast(list[Path], self._client._run(flow))

    def confirm_callback(self, body: bytes | str | Mapping[str, Any]) -> Task:
        """Parse a callback body and return the task as the API reports it now.

        Callbacks are not signed, so anyone can POST to your endpoint: trust
        the returned task, which comes from the API with your key, not the body.
        """
        return self.get(parse_callback(body, provider=self._client._provider).id)


class AsyncVideos(_VideosBase):
    """``client.videos`` of :class:`AsyncEvoLink`; see :class:`Videos`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self._core = client._core

    async def create(
        self,
        request: Any = None,
        /,
        *,
        extra_body: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        **fields: Any,
    ) -> Task:
        """See :meth:`Videos.create`."""
        body = request_body(request, fields)
        flow = self._core.create(
            body, extra_body=extra_body, idempotency_key=idempotency_key, deadline=self._core.deadline(timeout)
        )
        return await self._client._run(flow)

    async def create_and_wait(
        self,
        request: Any = None,
        /,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: AsyncProgressCallback | None = None,
        extra_body: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> Task:
        """See :meth:`Videos.create_and_wait`; ``on_progress`` may be a coroutine function."""
        body = request_body(request, fields)
        flow = self._core.create_and_wait(body, extra_body=extra_body, idempotency_key=idempotency_key, timeout=timeout)
        return await self._client._run(flow, on_progress)

    async def generate(
        self,
        request: Any = None,
        /,
        *,
        output: PathLike,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: AsyncProgressCallback | None = None,
        on_download: ByteProgress | None = None,
        extra_body: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        **fields: Any,
    ) -> Path:
        """See :meth:`Videos.generate`."""
        body = request_body(request, fields)
        flow = self._core.generate(
            body,
            output=output,
            extra_body=extra_body,
            idempotency_key=idempotency_key,
            timeout=timeout,
            on_download=on_download,
        )
        return await self._client._run(flow, on_progress)

    async def generate_many(
        self,
        requests: Iterable[Any],
        *,
        output_dir: PathLike,
        concurrency: int = 4,
        journal: PathLike | None = None,
        timeout: float | None = None,
        pacer: AdaptivePacer | None = None,
        on_update: Callable[[BatchProgress], object] | None = None,
        positions: Iterable[int] | None = None,
        force_new: bool = False,
    ) -> list[ItemResult]:
        """See :meth:`Videos.generate_many`."""
        from ._batch import prepare_items, run_async

        runner = self._batch_runner(output_dir, journal, timeout, pacer, on_update, force_new)
        return await run_async(runner, prepare_items(requests, positions=positions), self._client._http, concurrency)


class AsyncTasks:
    """``client.tasks`` of :class:`AsyncEvoLink`; see :class:`Tasks`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self._core = client._core

    async def get(self, task_id: str, *, timeout: float | None = None) -> Task:
        """See :meth:`Tasks.get`."""
        return await self._client._run(self._core.get(task_id, self._core.deadline(timeout)))

    async def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        on_progress: AsyncProgressCallback | None = None,
    ) -> Task:
        """See :meth:`Tasks.wait`; ``on_progress`` may be a coroutine function."""
        return await self._client._run(self._core.wait(task, timeout=timeout), on_progress)

    def watch(self, task: Task | str, *, timeout: float | None = DEFAULT_WAIT_TIMEOUT) -> AsyncIterator[Task]:
        """``async for snapshot in client.tasks.watch(id)``; see :meth:`Tasks.watch`."""
        return self._client._iterate(self._core.wait(task, timeout=timeout))

    async def download(
        self,
        task: Task | str,
        dest: PathLike,
        *,
        index: int = 0,
        on_download: ByteProgress | None = None,
        timeout: float | None = None,
    ) -> Path:
        """See :meth:`Tasks.download`."""
        flow = self._core.download_task(task, dest, index=index, on_download=on_download, timeout=timeout)
        return cast(Path, await self._client._run(flow))

    async def download_all(
        self,
        task: Task | str,
        dest: PathLike,
        *,
        on_download: ByteProgress | None = None,
        timeout: float | None = None,
    ) -> list[Path]:
        """See :meth:`Tasks.download_all`."""
        flow = self._core.download_task(task, dest, index=None, on_download=on_download, timeout=timeout)
        return cast(list[Path], await self._client._run(flow))

    async def confirm_callback(self, body: bytes | str | Mapping[str, Any]) -> Task:
        """See :meth:`Tasks.confirm_callback`."""
        return await self.get(parse_callback(body, provider=self._client._provider).id)
