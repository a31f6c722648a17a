"""The live progress display on stderr: the task's status, progress, elapsed and estimated time, then downloads.

A video takes minutes; a silent terminal for that long looks hung. The display
is driven by the snapshots the client already reports (``on_progress``) and
never asks the API for anything itself. The task id is printed on its own line
as soon as it is known, so it survives in the scrollback (and in logs, where
stderr is not a terminal and rich prints only the final frame) for resuming.

Downloads get a bar of their own with bytes and speed, fed by the client's
``on_download(received, total)`` hook.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from types import TracebackType
from typing import Self

from rich import filesize
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.progress import Task as Row
from rich.table import Column
from rich.text import Text

from evolink import Task
from evolink.files import ByteProgress

from .terminal import terminal_safe

__all__ = ["Display", "LiveDisplay", "display_for"]

_STATUS_STYLES = {"completed": "green", "failed": "red", "cancelled": "red", "pending": "yellow"}


class Quiet:
    """A display that shows nothing (``--json`` output): the base of the command and batch displays."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None


class Display(Quiet):
    """The interface the commands drive; this base shows nothing."""

    def submitting(self, model: str) -> None:
        """A create request is on its way."""

    def update(self, task: Task) -> None:
        """A new snapshot of the task."""

    @contextmanager
    def downloading(self, dest: Path) -> Iterator[ByteProgress | None]:
        """A result is saved to ``dest`` during the block, which gets the byte hook to pass to the client."""
        yield None


def _markup(text: str) -> str:
    """Text from the server (a task id, a model, a status) or a path made of it, as inert rich markup."""
    return escape(terminal_safe(text))


def _seconds(value: float) -> str:
    return str(timedelta(seconds=round(value)))


def _note(task: Task) -> str:
    """Estimated time while the task runs; what it produced once it is done."""
    if not task.done:
        return f"est. {_seconds(task.estimated_time)}" if task.estimated_time else ""
    facts = [
        f"{task.video_duration:g} s video" if task.video_duration else "",
        f"{task.credits:g} credits" if task.credits is not None else "",
    ]
    return ", ".join(f for f in facts if f)


class DetailColumn(ProgressColumn):
    """The last column: the estimate or outcome of a task row, bytes and speed of a download row."""

    def render(self, task: Row) -> Text:
        if not task.fields.get("download") or "note" in task.fields:
            return Text(str(task.fields.get("note", "")))
        received = filesize.decimal(int(task.completed))
        total = f"/{filesize.decimal(int(task.total))}" if task.total else ""
        speed = task.finished_speed or task.speed
        return Text(f"{received}{total}" + (f" {filesize.decimal(int(speed))}/s" if speed else ""))


class LiveDisplay(Display):
    """A rich progress display: one row for the task, one per download."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            TimeElapsedColumn(),
            DetailColumn(table_column=Column(no_wrap=True)),
            console=self.console,
        )
        self._row: TaskID | None = None
        self._announced: str | None = None

    def __enter__(self) -> Self:
        self.progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is not None:  # rows still moving say why they stopped, instead of freezing mid-spin
            why = "interrupted" if isinstance(exc, KeyboardInterrupt) else "stopped"
            for row in self.progress.tasks:
                if row.stop_time is None:
                    self.progress.update(row.id, note=why)
                    self.progress.stop_task(row.id)
        self.progress.stop()

    def submitting(self, model: str) -> None:
        self._row = self.progress.add_task(f"submitting to {_markup(model)}", total=None)

    def update(self, task: Task) -> None:
        if task.id != self._announced:
            self._announced = task.id
            replayed = " [yellow]replayed[/] (created earlier under this idempotency key)" if task.replayed else ""
            model = _markup(task.model or "unknown model")
            self.console.print(f"task [bold]{_markup(task.id)}[/] ({model}){replayed}")
        if self._row is None:
            self._row = self.progress.add_task("", total=100)
        style = _STATUS_STYLES.get(task.status, "cyan")
        self.progress.update(
            self._row,
            description=f"[{style}]{_markup(task.status):<10}[/]",
            total=100,
            completed=task.progress,
            note=_note(task),
        )
        if task.done:
            self.progress.stop_task(self._row)

    @contextmanager
    def downloading(self, dest: Path) -> Iterator[ByteProgress | None]:
        row = self.progress.add_task(f"downloading {_markup(str(dest))}", total=None, download=True)

        def advance(received: int, total: int | None) -> None:
            self.progress.update(row, completed=received, total=total)

        try:
            yield advance
        except BaseException:
            self.progress.update(row, description=f"[red]not saved[/] {_markup(str(dest))}")
            raise
        finally:
            self.progress.stop_task(row)
        size = dest.stat().st_size  # the final bar is full even when the server sent no length
        self.progress.update(row, description=f"[green]saved[/] {_markup(str(dest))}", completed=size, total=size)


def display_for(as_json: bool) -> Display:
    """The live display, or none when stdout is for a machine (``--json``)."""
    return Display() if as_json else LiveDisplay()
