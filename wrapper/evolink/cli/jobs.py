"""The work of the task commands - create, wait, save - with the display, and a way back in.

A :class:`Job` remembers the last snapshot of its task, so when the command
stops early (Ctrl-C, the wait deadline) the one-line message names the task and
the exact command that picks it up again: the task keeps running on the server
whatever happens to this process. Every result of a task is saved (``n`` > 1
gives several videos): the first to the path asked for, the others beside it.

A create cut short (Ctrl-C, a lost connection, a 5xx) leaves no task id to
resume with: the task may or may not exist. Where the gateway documents an
idempotency key, the create carries one the command knows, and the message is
the same command with that key, which returns the task if it was created and
creates it once if not. Where it documents none (UniAll), the message says so:
running again could create, and bill, a second task.
"""

from __future__ import annotations

import math
import shlex
import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from evolink import (
    APIConnectionError,
    ConflictError,
    DownloadError,
    EvoLink,
    ResultExpiredError,
    ServerError,
    Task,
    UniAll,
    WaitTimeoutError,
)
from evolink.files import result_destinations

from .display import Display
from .exit_codes import CommandError, ExitCode, command_error, exit_code_for

__all__ = ["Job", "rerun_command"]

#: What may end a create after the server received it but before its answer arrived.
_LOST_CREATE = (KeyboardInterrupt, APIConnectionError, ServerError)
#: Options a printed command leaves out: the key is a secret (scrollback, logs), the idempotency key is set anew.
_DROPPED = ("--api-key", "--idempotency-key")


def rerun_command(command: Sequence[str], args: Sequence[str], key: str, flags: Sequence[str] = ()) -> list[str]:
    """``command`` (``evolink generate``) with its ``args`` again, and ``--idempotency-key key``.

    ``--api-key`` and an earlier ``--idempotency-key`` are left out; ``flags``
    (``--provider NAME``) are added when ``args`` do not choose the gateway
    themselves. Everything goes before a ``--``, after which all is positional.
    """
    end = args.index("--") if "--" in args else len(args)
    kept: list[str] = []
    skip = False
    for arg in args[:end]:
        if skip:
            skip = False
        elif arg in _DROPPED:
            skip = True
        elif not arg.startswith(tuple(f"{name}=" for name in _DROPPED)):
            kept.append(arg)
    chooses = any(a == "--provider" or a.startswith("--provider=") for a in kept)
    return [*command, *kept, *([] if chooses else flags), "--idempotency-key", key, *args[end:]]


class Job:
    """One command's work on one task; use it as a context manager around that work.

    On the way out, any expected failure becomes a
    :class:`~evolink.cli.exit_codes.CommandError` carrying the last snapshot and,
    for an interruption or a passed deadline, the command that resumes.
    ``output`` is where results will be saved (None: not saved), so the resume
    command saves them there too; ``flags`` select the gateway in it
    (``--provider uniall``); ``gateway`` names it in messages; ``overwrite`` lets a
    download replace a file already there.
    """

    def __init__(
        self,
        client: EvoLink | UniAll,
        display: Display,
        *,
        output: str | None = None,
        flags: Sequence[str] = (),
        gateway: str = "the gateway",
        timeout: float | None = None,
        overwrite: bool = False,
    ) -> None:
        self.client = client
        self.overwrite = overwrite
        # One deadline for the whole command (wait and downloads), from when it started.
        self._until = None if timeout is None or math.isinf(timeout) else time.monotonic() + timeout
        self.gateway = gateway
        self.display = display
        self.output = output
        self.flags = list(flags)
        self.task: Task | None = None
        #: Whether the create answered with a task made earlier under the same idempotency key.
        self.replayed = False
        self._creating: tuple[str | None, list[str] | None] | None = None

    def __enter__(self) -> Self:
        self.display.__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.display.__exit__(exc_type, exc, tb)
        if exc is None:
            return
        if self._creating is not None and isinstance(exc, _LOST_CREATE):
            raise self._lost_create(exc, *self._creating) from None
        # Past the wait the task is paid for: a download that failed says how to fetch it again.
        saving = (
            isinstance(exc, DownloadError | APIConnectionError)
            and not isinstance(exc, ResultExpiredError)
            and self.task is not None
            and self.task.done
        )
        resumable = isinstance(exc, KeyboardInterrupt | WaitTimeoutError) or saving
        hint = self.resume_hint() if resumable else None
        if self._creating is not None and isinstance(exc, ConflictError):
            hint = "that idempotency key was used for a different request: give another one, or none"
        error = command_error(exc, task=self.task, hint=hint)
        if error is not None:
            if error.task is not None:
                error.task = self._marked(error.task)
            raise error from None

    def _lost_create(self, exc: BaseException, key: str | None, rerun: list[str] | None) -> CommandError:
        """A create that ended without an answer: the task may exist, so say how to get it without paying twice."""
        said = "interrupted while creating" if isinstance(exc, KeyboardInterrupt) else str(exc)
        if key is not None and rerun is not None:
            command: str | None = shlex.join(rerun)
            advice = (
                f"if the task was created, recover it with: {command}"
                " (the same idempotency key returns that task instead of creating another)"
            )
        else:
            command = None
            advice = (
                f"the task may have been created, and {self.gateway} documents no idempotency key: "
                "running the command again could create (and bill) a second task"
            )
        code = exit_code_for(exc) or ExitCode.API
        return CommandError(code, f"{said}; {advice}", details={"idempotency_key": key, "recover_command": command})

    def resume_hint(self) -> str | None:
        """``resume with: evolink tasks wait ID -o PATH`` (``tasks download`` once it completed)."""
        if self.task is None:
            return None
        action = "download" if self.task.status == "completed" else "wait"
        output = ["-o", self.output, *(["--overwrite"] if self.overwrite else [])] if self.output else []
        command = ["evolink", "tasks", action, self.task.id, *output, *self.flags]
        return f"resume with: {shlex.join(command)}"

    def _marked(self, task: Task) -> Task:
        """``task`` flagged as replayed when its create was: the polls that follow do not say so."""
        return replace(task, replayed=True) if self.replayed and not task.replayed else task

    def _seen(self, task: Task) -> None:
        self.task = self._marked(task)
        self.display.update(self.task)

    def create(
        self,
        body: Mapping[str, Any],
        extra: Mapping[str, Any],
        *,
        idempotency_key: str | None = None,
        rerun: Sequence[str] | None = None,
    ) -> Task:
        """Create the task under ``idempotency_key``; ``rerun`` is the command that repeats it (with the key)."""
        self.display.submitting(str(body.get("model")))
        self._creating = (idempotency_key, list(rerun) if rerun is not None else None)
        task = self.client.videos.create(
            body, extra_body=extra or None, idempotency_key=idempotency_key, timeout=self.left()
        )
        self._creating = None
        self.replayed = task.replayed
        self._seen(task)
        return self.task or task

    def get(self, task_id: str) -> Task:
        task = self.client.tasks.get(task_id, timeout=self.left())
        self._seen(task)
        return task

    def left(self) -> float | None:
        """Seconds left before the command's deadline (None: no deadline)."""
        return None if self._until is None else max(0.0, self._until - time.monotonic())

    def wait(self, task: Task | str) -> Task:
        return self._marked(self.client.tasks.wait(task, timeout=self.left(), on_progress=self._seen))

    def save(self, task: Task, output: str) -> list[Path]:
        """Download every result of a completed task (the library refuses unfinished ones with their reason)."""
        if not task.results:
            return [self.client.tasks.download(task, output, overwrite=self.overwrite)]  # raises the library's reason
        saved: list[Path] = []
        for index, dest in enumerate(result_destinations(output, task_id=task.id, links=task.results)):
            with self.display.downloading(dest) as on_download:
                saved.append(
                    self.client.tasks.download(
                        task, dest, index=index, on_download=on_download, timeout=self.left(), overwrite=self.overwrite
                    )
                )
        return saved
