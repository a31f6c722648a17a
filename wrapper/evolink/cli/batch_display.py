"""The live display of a batch on stderr: one bar for the whole batch, with its counts and an ETA.

A batch of hundreds of videos runs for a long time; one row per item would
scroll away, so the display is a single row fed by the library's
``on_update(BatchProgress)`` (called from the batch's worker threads; rich's
progress is thread-safe). Items already saved by an earlier run count as done
at once, so a resumed batch starts part-way along the bar.
"""

from __future__ import annotations

import threading
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from evolink import BatchProgress

from .display import Quiet

__all__ = ["BatchDisplay", "LiveBatchDisplay", "batch_display_for"]


class BatchDisplay(Quiet):
    """The interface the batch command drives; this base shows nothing (``--json`` output)."""

    def update(self, progress: BatchProgress) -> None:
        """New counts (from any thread)."""


def counts(progress: BatchProgress) -> str:
    return (
        f"submitted {progress.submitted} · running {progress.running} · "
        f"[green]done {progress.done}[/] · [red]failed {progress.failed}[/]"
        + (f" · [yellow]skipped {progress.skipped}[/]" if progress.skipped else "")
    )


class LiveBatchDisplay(BatchDisplay):
    """A rich progress row: spinner, bar, ended/total, elapsed, ETA, then the counts.

    It appears with the first update, which the library sends once it holds the
    journal: a batch refused because another run holds it prints no empty bar.
    """

    def __init__(self, total: int, console: Console | None = None) -> None:
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[counts]}"),
            console=console or Console(stderr=True),
        )
        self._row = self.progress.add_task("batch", total=total, counts=counts(BatchProgress(total)))
        # After Ctrl-C the workers still report for a moment: a closed display must not come back.
        self._lock = threading.Lock()
        self._closed = False

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        with self._lock:
            self._closed = True
            if isinstance(exc, KeyboardInterrupt):
                self.progress.update(self._row, description="[red]interrupted[/]")
            if self.progress.live.is_started:  # else stop() would still print an empty line
                self.progress.stop_task(self._row)
                self.progress.stop()

    def update(self, progress: BatchProgress) -> None:
        with self._lock:
            if not self._closed:
                self.progress.start()  # a no-op once started
                self.progress.update(
                    self._row, completed=progress.done + progress.failed + progress.skipped, counts=counts(progress)
                )


def batch_display_for(as_json: bool, total: int) -> BatchDisplay:
    """The live display, or none when stdout is for a machine (``--json``)."""
    return BatchDisplay() if as_json else LiveBatchDisplay(total)
