"""The work of the task commands - create, wait, save - with the display, and a way back in.

A :class:`Job` remembers the last snapshot of its task, so when the command
stops early (Ctrl-C, the wait deadline) the one-line message names the task and
the exact command that picks it up again: the task keeps running on the server
whatever happens to this process. Every result of a task is saved (``n`` > 1
gives several videos): the first to the path asked for, the others beside it.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from evolink import Task, WaitTimeoutError
from evolink._client import SyncClient
from evolink._files import resolve_destination

from .display import Display
from .exit_codes import command_error

__all__ = ["Job", "destinations"]


def destinations(task: Task, output: str | os.PathLike[str]) -> list[Path]:
    """Where each result goes: a folder gets ``<task id>[-<i>].mp4`` (the library's names), a file ``<stem>-<i>``."""
    first = resolve_destination(output, task_id=task.id, index=0, url=task.results[0])
    if first != Path(output):
        return [resolve_destination(output, task_id=task.id, index=i, url=u) for i, u in enumerate(task.results)]
    return [first, *(first.with_name(f"{first.stem}-{i}{first.suffix}") for i in range(1, len(task.results)))]


class Job:
    """One command's work on one task; use it as a context manager around that work.

    On the way out, any expected failure becomes a
    :class:`~evolink.cli.exit_codes.CommandError` carrying the last snapshot and,
    for an interruption or a passed deadline, the command that resumes.
    ``output`` is where results will be saved (None: not saved), so the resume
    command saves them there too; ``flags`` select the gateway in it
    (``--provider uniall``).
    """

    def __init__(
        self, client: SyncClient, display: Display, *, output: str | None = None, flags: Sequence[str] = ()
    ) -> None:
        self.client = client
        self.display = display
        self.output = output
        self.flags = list(flags)
        self.task: Task | None = None

    def __enter__(self) -> Self:
        self.display.__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.display.__exit__(exc_type, exc, tb)
        if exc is None:
            return
        resumable = isinstance(exc, KeyboardInterrupt | WaitTimeoutError)
        error = command_error(exc, task=self.task, hint=self.resume_hint() if resumable else None)
        if error is not None:
            raise error from None

    def resume_hint(self) -> str | None:
        """``resume with: evolink tasks wait ID -o PATH`` (``tasks download`` once it completed)."""
        if self.task is None:
            return None
        action = "download" if self.task.status == "completed" else "wait"
        output = ["-o", self.output] if self.output else []
        command = ["evolink", "tasks", action, self.task.id, *output, *self.flags]
        return f"resume with: {shlex.join(command)}"

    def _seen(self, task: Task) -> None:
        self.task = task
        self.display.update(task)

    def create(self, body: Mapping[str, Any], extra: Mapping[str, Any]) -> Task:
        self.display.submitting(str(body.get("model")))
        task = self.client.videos.create(body, extra_body=extra or None)
        self._seen(task)
        return task

    def get(self, task_id: str) -> Task:
        task = self.client.tasks.get(task_id)
        self._seen(task)
        return task

    def wait(self, task: Task | str, timeout: float | None) -> Task:
        return self.client.tasks.wait(task, timeout=timeout, on_progress=self._seen)

    def save(self, task: Task, output: str) -> list[Path]:
        """Download every result of a completed task (the library refuses unfinished ones with their reason)."""
        if not task.results:
            return [self.client.tasks.download(task, output)]  # raises the library's reason
        saved: list[Path] = []
        for index, dest in enumerate(destinations(task, output)):
            with self.display.downloading(dest) as on_download:
                saved.append(self.client.tasks.download(task, dest, index=index, on_download=on_download))
        return saved
