"""The I/O a flow asks for, as plain values.

The client's logic (retries, waiting, downloads) is written once, as generators
that *yield* these commands and receive their results; a sync driver and an
async driver carry them out. That is how ``EvoLink`` and ``AsyncEvoLink`` share
every decision and differ only in how they send, read and sleep.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from ._task import Task
from ._timing import Deadline

__all__ = ["Blocking", "CloseStream", "Command", "Emit", "Flow", "Read", "Send", "Sleep"]

T = TypeVar("T")


@dataclass(frozen=True)
class Send:
    """Send ``request``; answered with a stream handle whose body the flow reads with :class:`Read`.

    Under a ``deadline`` the driver stops waiting for the answer's status and headers when it passes (a server
    that drips its headers a byte at a time resets every socket timeout), raising ``httpx.ReadTimeout``.
    """

    request: httpx.Request
    follow_redirects: bool = False
    deadline: Deadline | None = None


@dataclass(frozen=True)
class Read:
    """The next chunk of a streamed body (``b""`` at its end)."""

    stream: Any


@dataclass(frozen=True)
class CloseStream:
    stream: Any


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Emit:
    """A task snapshot for the caller: a progress callback, or the next item of ``watch()``."""

    task: Task


@dataclass(frozen=True)
class Blocking:
    """Call ``call`` (disk work such as fsync or a journal commit): directly when blocking, in a thread when async."""

    call: Callable[[], Any]


Command = Send | Read | CloseStream | Sleep | Emit | Blocking
Flow = Generator[Command, Any, T]
