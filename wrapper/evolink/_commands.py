"""The I/O a flow asks for, as plain values, and one typed helper per command.

The client's logic (retries, waiting, downloads) is written once, as generators
that *yield* these commands and receive their results; a sync driver and an
async driver carry them out. That is how ``EvoLink`` and ``AsyncEvoLink`` share
every decision and differ only in how they send, read and sleep.

A bare ``yield Send(...)`` evaluates to ``Any``; flows use the helpers instead
(``stream = yield from send(request)``), whose return types say what each
command is answered with, so mypy checks what a flow does with the answer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from ._task import Task
from ._timing import Deadline

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "Blocking",
    "CloseStream",
    "Command",
    "Emit",
    "Enter",
    "Flow",
    "Gate",
    "Notify",
    "Read",
    "Send",
    "Sleep",
    "Stream",
    "Work",
    "blocking",
    "close",
    "emit",
    "enter",
    "notify",
    "read",
    "send",
    "sleep",
]

T = TypeVar("T")


class Stream(Protocol):
    """A driver's handle on an answer being received: its status and headers now, its body through :class:`Read`."""

    @property
    def response(self) -> httpx.Response: ...


@dataclass(frozen=True)
class Send:
    """Send ``request``; answered with a :class:`Stream` whose body the flow reads with :class:`Read`.

    Under a ``deadline`` the driver stops waiting for the answer's status and headers when it passes (a server
    that drips its headers a byte at a time resets every socket timeout), raising ``httpx.ReadTimeout``.
    """

    request: httpx.Request
    follow_redirects: bool = False
    deadline: Deadline | None = None


@dataclass(frozen=True)
class Read:
    """The next chunk of a streamed body (``b""`` at its end)."""

    stream: Stream


@dataclass(frozen=True)
class CloseStream:
    stream: Stream


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Emit:
    """A task snapshot for the caller: a progress callback, or the next item of ``watch()``."""

    task: Task


@dataclass(frozen=True)
class Blocking(Generic[T]):
    """Call ``call`` (disk work such as fsync or a journal commit): directly when blocking, in a thread when async."""

    call: Callable[[], T]


@dataclass(frozen=True)
class Notify:
    """Call the caller's hook (``on_download``): the async driver awaits what it returns when that is awaitable."""

    call: Callable[[], object]


@dataclass
class Gate:
    """At most ``limit`` flows inside at once (a batch's creates in flight, its downloads in flight).

    A flow waits its turn with :class:`Enter`: a blocking driver's thread waits on a semaphore, an async driver's
    task on an asyncio one, so a waiting flow costs neither a spinning loop nor a thread of the event loop's pool.
    One batch uses a gate from one kind of driver only.
    """

    limit: int
    _threads: threading.BoundedSemaphore = field(init=False, repr=False)
    _tasks: asyncio.Semaphore | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._threads = threading.BoundedSemaphore(self.limit)

    def enter(self) -> None:
        self._threads.acquire()

    async def enter_async(self) -> None:
        if self._tasks is None:
            import asyncio

            self._tasks = asyncio.Semaphore(self.limit)
        await self._tasks.acquire()

    def leave(self) -> None:
        if self._tasks is not None:
            self._tasks.release()
        else:
            self._threads.release()


@dataclass(frozen=True)
class Enter:
    """Wait for a place inside ``gate``; the flow calls ``gate.leave()`` when done (in a ``finally``)."""

    gate: Gate


#: What a driver carries out; an ``Emit`` it hands to its caller instead.
Work = Send | Read | CloseStream | Sleep | Blocking[Any] | Notify | Enter
Command = Work | Emit
Flow = Generator[Command, Any, T]


def send(request: httpx.Request, *, follow_redirects: bool = False, deadline: Deadline | None = None) -> Flow[Stream]:
    stream: Stream = yield Send(request, follow_redirects, deadline)
    return stream


def read(stream: Stream) -> Flow[bytes]:
    chunk: bytes = yield Read(stream)
    return chunk


def close(stream: Stream) -> Flow[None]:
    yield CloseStream(stream)


def sleep(seconds: float) -> Flow[None]:
    yield Sleep(seconds)


def emit(task: Task) -> Flow[None]:
    yield Emit(task)


def blocking(call: Callable[[], T]) -> Flow[T]:
    result: T = yield Blocking(call)
    return result


def enter(gate: Gate) -> Flow[None]:
    yield Enter(gate)


def notify(call: Callable[[], object]) -> Flow[None]:
    yield Notify(call)
