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
from typing import Any, Generic, TypeVar

import httpx

from ._commands import Blocking, CloseStream, Command, Emit, Flow, Read, Send, Sleep
from ._task import Task
from ._timing import Clock

__all__ = ["AsyncStepper", "SyncStepper"]

T = TypeVar("T")


@dataclass
class SyncStream:
    response: httpx.Response
    chunks: Iterator[bytes]


@dataclass
class AsyncStream:
    response: httpx.Response
    chunks: AsyncIterator[bytes]


class _Stepper(Generic[T]):
    """What both drivers share: feeding a flow the outcome of its last command."""

    def __init__(self, flow: Flow[T]) -> None:
        self._flow = flow
        self.result: T

    def _advance(self, value: Any, error: BaseException | None) -> Command | None:
        """Send ``value`` (or throw ``error``) into the flow: its next command, or None once it has returned."""
        try:
            return self._flow.throw(error) if error is not None else self._flow.send(value)
        except StopIteration as stop:
            self.result = stop.value
            return None


class SyncStepper(_Stepper[T]):
    """Iterate a flow with a blocking ``httpx.Client``: yields emitted tasks, keeps the result."""

    def __init__(self, flow: Flow[T], http: httpx.Client, clock: Clock) -> None:
        super().__init__(flow)
        self._http, self._clock = http, clock
        self._open: list[SyncStream] = []

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

    def _execute(self, command: Any) -> Any:
        if isinstance(command, Send):
            response: httpx.Response = self._send(command)
            stream = SyncStream(response, response.iter_bytes())
            self._open.append(stream)
            return stream
        if isinstance(command, Read):
            return next(command.stream.chunks, b"")
        if isinstance(command, CloseStream):
            command.stream.response.close()
            self._open.remove(command.stream)
            return None
        if isinstance(command, Sleep):
            self._clock.sleep(command.seconds)
            return None
        if isinstance(command, Blocking):
            return command.call()
        raise TypeError(f"unknown command {command!r}")

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
                on_emit(task)
        return self.result


class AsyncStepper(_Stepper[T]):
    """The same, with an ``httpx.AsyncClient``; ``on_emit`` may be a plain or an async callable."""

    def __init__(self, flow: Flow[T], http: httpx.AsyncClient, clock: Clock) -> None:
        super().__init__(flow)
        self._http, self._clock = http, clock
        self._open: list[AsyncStream] = []

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

    async def _execute(self, command: Any) -> Any:
        if isinstance(command, Send):
            send = self._http.send(command.request, stream=True, follow_redirects=command.follow_redirects)
            if command.deadline is None:
                response = await send
            else:
                import asyncio

                try:
                    response = await asyncio.wait_for(send, command.deadline.left())
                except TimeoutError:
                    raise httpx.ReadTimeout(
                        "the operation's deadline passed before the answer's headers", request=command.request
                    ) from None
            stream = AsyncStream(response, response.aiter_bytes())
            self._open.append(stream)
            return stream
        if isinstance(command, Read):
            return await anext(command.stream.chunks, b"")
        if isinstance(command, CloseStream):
            await command.stream.response.aclose()
            self._open.remove(command.stream)
            return None
        if isinstance(command, Sleep):
            await self._clock.async_sleep(command.seconds)
            return None
        if isinstance(command, Blocking):
            import asyncio

            return await asyncio.to_thread(command.call)
        raise TypeError(f"unknown command {command!r}")

    async def run(self, on_emit: Callable[[Task], object | Awaitable[object]] | None = None) -> T:
        async for task in self:
            if on_emit is not None:
                outcome = on_emit(task)
                if inspect.isawaitable(outcome):
                    await outcome
        return self.result


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
