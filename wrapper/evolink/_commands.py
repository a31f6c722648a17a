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

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._task import Task
from ._timing import Deadline

__all__ = [
    "Blocking",
    "CloseStream",
    "Command",
    "Emit",
    "Flow",
    "Notify",
    "Read",
    "Send",
    "Sleep",
    "Stream",
    "Work",
    "blocking",
    "close",
    "emit",
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


#: What a driver carries out; an ``Emit`` it hands to its caller instead.
Work = Send | Read | CloseStream | Sleep | Blocking[Any] | Notify
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


def notify(call: Callable[[], object]) -> Flow[None]:
    yield Notify(call)
