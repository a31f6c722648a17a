"""Carry out a flow's commands: blocking for ``EvoLink``, awaiting for ``AsyncEvoLink``.

A driver steps a flow (a generator of commands), performs each command and
sends the result back, or throws the exception it raised into the flow so the
flow's own ``try`` blocks decide (retry, resume, clean up). ``Emit`` commands
come out of the stepper as items, which is what ``watch()`` iterates and what
``wait(on_progress=...)`` reports. These classes are the only I/O in the
library; they hold no decisions.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar, assert_never

import httpx

from ._commands import Blocking, CloseStream, Command, Emit, Enter, Flow, Notify, Read, Send, Sleep, Stream, Work
from ._task import Task
from ._timing import Clock

__all__ = ["AsyncStepper", "SyncStepper"]

T = TypeVar("T")
S = TypeVar("S", bound=Stream)


@dataclass
class SyncStream:
    response: httpx.Response
    chunks: Iterator[bytes]


@dataclass
class AsyncStream:
    response: httpx.Response
    chunks: AsyncIterator[bytes]


class _Stepper(Generic[T, S]):
    """What both drivers share: feeding a flow the outcome of its last command, and the streams it holds open."""

    def __init__(self, flow: Flow[T], kind: type[S]) -> None:
        self._flow = flow
        self._kind: type[S] = kind
        self._open: list[S] = []
        self.result: T

    def _advance(self, value: Any, error: BaseException | None) -> Command | None:
        """Send ``value`` (or throw ``error``) into the flow: its next command, or None once it has returned."""
        try:
            return self._flow.throw(error) if error is not None else self._flow.send(value)
        except StopIteration as stop:
            self.result = stop.value
            return None

    def _opened(self, stream: S) -> S:
        self._open.append(stream)
        return stream

    def _own(self, stream: Stream) -> S:
        """``stream`` as this driver's own kind: a flow hands back only the handles its driver gave it."""
        if not isinstance(stream, self._kind):
            raise TypeError(f"{type(self).__name__} was handed a stream it did not open: {stream!r}")
        return stream


class SyncStepper(_Stepper[T, SyncStream]):
    """Iterate a flow with a blocking ``httpx.Client``: yields emitted tasks, keeps the result."""

    def __init__(self, flow: Flow[T], http: httpx.Client, clock: Clock) -> None:
        super().__init__(flow, SyncStream)
        self._http, self._clock = http, clock

    def __iter__(self) -> Iterator[Task]:
        value: Any = None
        error: BaseException | None = None
        try:
            while (command := self._advance(value, error)) is not None:
                value, error = None, None
                if isinstance(command, Emit):
                    yield command.task
                    continue
                try:
                    value = self._execute(command)
                except BaseException as exc:  # the flow decides; it re-raises what it cannot handle
                    error = exc
        finally:
            for stream in self._open:
                stream.response.close()
            self._flow.close()

    def _execute(self, command: Work) -> Any:
        match command:
            case Send():
                response = self._send(command)
                return self._opened(SyncStream(response, response.iter_bytes()))
            case Read():
                return next(self._own(command.stream).chunks, b"")
            case CloseStream():
                stream = self._own(command.stream)
                stream.response.close()
                self._open.remove(stream)
                return None
            case Sleep():
                self._clock.sleep(command.seconds)
                return None
            case Blocking():
                return command.call()
            case Notify():
                _settled(command.call())
                return None
            case Enter():
                command.gate.enter()
                return None
            case _:
                assert_never(command)

    def _send(self, command: Send) -> httpx.Response:
        """``http.send``; under a deadline in a helper thread, so that the wait for headers ends with the deadline.

        A blocking socket read cannot be cut short from outside; past the deadline the request is abandoned to the
        helper thread (which ends with its own socket timeouts and closes what it opened) and the flow goes on.
        """
        send = partial(self._http.send, command.request, stream=True, follow_redirects=command.follow_redirects)
        if command.deadline is None:
            return send()
        outcome: list[Any] = []
        worker = threading.Thread(target=_into, args=(send, outcome), daemon=True, name="evolink-send")
        worker.start()
        worker.join(command.deadline.left())
        if not outcome:  # the thread appends only once it is done: past the deadline it is left to finish alone
            _abandon(worker, outcome)
            raise httpx.ReadTimeout(
                "the operation's deadline passed before the answer's headers", request=command.request
            )
        response: httpx.Response = _result(outcome)
        return response

    def run(self, on_emit: Callable[[Task], object] | None = None) -> T:
        for task in self:
            if on_emit is not None:
                _settled(on_emit(task))
        return self.result


class AsyncStepper(_Stepper[T, AsyncStream]):
    """The same, with an ``httpx.AsyncClient``; the caller's hooks may be plain or async callables."""

    def __init__(self, flow: Flow[T], http: httpx.AsyncClient, clock: Clock) -> None:
        super().__init__(flow, AsyncStream)
        self._http, self._clock = http, clock

    async def __aiter__(self) -> AsyncIterator[Task]:
        value: Any = None
        error: BaseException | None = None
        try:
            while (command := self._advance(value, error)) is not None:
                value, error = None, None
                if isinstance(command, Emit):
                    yield command.task
                    continue
                try:
                    value = await self._execute(command)
                except BaseException as exc:  # the flow decides; it re-raises what it cannot handle
                    error = exc
        finally:
            for stream in self._open:
                await stream.response.aclose()
            self._flow.close()

    async def _execute(self, command: Work) -> Any:
        match command:
            case Send():
                response = await self._send(command)
                return self._opened(AsyncStream(response, response.aiter_bytes()))
            case Read():
                return await anext(self._own(command.stream).chunks, b"")
            case CloseStream():
                stream = self._own(command.stream)
                await stream.response.aclose()
                self._open.remove(stream)
                return None
            case Sleep():
                await self._clock.async_sleep(command.seconds)
                return None
            case Blocking():
                import asyncio

                return await asyncio.to_thread(command.call)
            case Notify():
                await _awaited(command.call())
                return None
            case Enter():
                await command.gate.enter_async()
                return None
            case _:
                assert_never(command)

    async def _send(self, command: Send) -> httpx.Response:
        """``http.send``, given up with ``httpx.ReadTimeout`` when the deadline passes before the headers."""
        send = self._http.send(command.request, stream=True, follow_redirects=command.follow_redirects)
        if command.deadline is None:
            return await send
        import asyncio

        try:
            return await asyncio.wait_for(send, command.deadline.left())
        except TimeoutError:
            raise httpx.ReadTimeout(
                "the operation's deadline passed before the answer's headers", request=command.request
            ) from None

    async def run(self, on_emit: Callable[[Task], object | Awaitable[object]] | None = None) -> T:
        async for task in self:
            if on_emit is not None:
                await _awaited(on_emit(task))
        return self.result


def _settled(outcome: object) -> None:
    """A hook's outcome in the blocking driver, which cannot await: an async hook is refused, not silently skipped."""
    if inspect.isawaitable(outcome):
        if inspect.iscoroutine(outcome):
            outcome.close()  # no "never awaited" warning on top of the error
        raise TypeError("an async callback needs the async client (AsyncEvoLink, AsyncUniAll): this one cannot await")


async def _awaited(outcome: object) -> None:
    """A hook's outcome in the async driver: awaited when the hook is async."""
    if inspect.isawaitable(outcome):
        await outcome


def _into(call: Callable[[], Any], outcome: list[Any]) -> None:
    try:
        outcome.append((True, call()))
    except BaseException as exc:  # handed to the flow, which decides
        outcome.append((False, exc))


def _result(outcome: list[Any]) -> Any:
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


def _abandon(worker: threading.Thread, outcome: list[Any]) -> None:
    """Close the answer an abandoned send may still get, so its connection goes back to the pool or is closed."""

    def close_when_done() -> None:
        worker.join()
        if outcome and outcome[0][0]:
            outcome[0][1].close()

    threading.Thread(target=close_when_done, daemon=True, name="evolink-abandoned-send").start()
