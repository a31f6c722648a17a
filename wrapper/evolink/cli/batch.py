"""The work of ``evolink batch``: check the jobs file, run the library's batch with a display, report.

The batch itself is the library's (``generate_many``'s runner, journal and
pacer); this module adds what a command needs around it. Items are numbered by
their line in the jobs file, so every message, the report and the default file
names (``item-<line>.mp4``) point at a line. The journal keys items by line and
request, so a re-run must use the same file: fix or comment out a line in place
rather than inserting or deleting lines above others. ``generate_many`` numbers
items 1, 2, ... and checks them only as a whole, so the command uses
:class:`evolink.batch.Batch` (``generate_many`` in two steps) to give them their
lines and to check them before anything runs.

Ctrl-C must answer at once, but the batch's worker threads may be waiting
minutes for their tasks and cannot be stopped from outside. So the batch runs on
a background thread, the main thread takes the interruption, and the process
leaves without waiting for the workers (:attr:`CommandError.abandon`): the
journal is built for exactly this kind of stop (it survives ``kill -9``), so
re-running the same command resumes without creating any task twice.

Without its journal, a re-run would create everything again. So files an earlier
run left (videos, part files, the report) that the journal has no record of stop
the command before anything is sent, with exit 2 and a message naming them;
``--force-new`` creates those items anyway.
"""

from __future__ import annotations

import json
import shlex
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from evolink import EvoLink, UniAll
from evolink.batch import (
    JOURNAL_NAME,
    SKIPPED_BUDGET,
    Batch,
    BatchValidationError,
    EarlierRunError,
    ItemResult,
    printable_journal,
)

from .backends import Backend
from .batch_display import batch_display_for
from .exit_codes import CommandError, ExitCode
from .jobsfile import JobsFile, read_jobs
from .output import Printer
from .report import ENDINGS, REPORT_NAME, BatchReport, write_report

__all__ = ["BatchCommand"]


def _in_background(work: Callable[[], list[ItemResult]]) -> list[ItemResult]:
    """``work()`` on a daemon thread; the caller's thread stays free to take Ctrl-C (KeyboardInterrupt)."""
    outcome: list[Any] = []

    def target() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed to the caller's thread, which raises it
            outcome.append(exc)

    thread = threading.Thread(target=target, name="evolink-batch", daemon=True)
    thread.start()
    thread.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    results: list[ItemResult] = outcome[0]
    return results


def _invalid(jobs: JobsFile, error: BatchValidationError) -> CommandError:
    """Every bad line at once, with its line number: on stderr, and in the error's details for ``--json``."""
    for line, found in error.problems.items():
        for violation in found:
            click.echo(f"line {line}: {violation}", err=True)
    problems = [{"line": line, **v.as_dict()} for line, found in error.problems.items() for v in found]
    count = len(error.problems)
    message = f"{jobs.path}: {count} invalid line{'s' if count != 1 else ''}; nothing was sent"
    return CommandError(ExitCode.USAGE, message, details={"problems": problems})


#: Failures that refuse the account rather than the item: the batch stopped creating, and exits 3.
_ACCOUNT_REFUSALS = frozenset({"AuthenticationError", "InsufficientQuotaError", "PermissionDeniedError"})


class BatchCommand:
    """One ``evolink batch`` invocation: its options, and the report it fills in."""

    def __init__(
        self,
        backend: Backend,
        *,
        jobs: Path,
        output_dir: str | Path,
        journal: str | Path | None,
        report: Path | None,
        concurrency: int,
        max_running: int | None = None,
        max_downloads: int | None = None,
        timeout: float,
        as_json: bool,
        force_new: bool = False,
        max_credits: float | None = None,
        lease_seconds: float | None = None,
        retry_failed: bool = False,
    ) -> None:
        self.backend = backend
        self.jobs_path = jobs
        self.output_dir = output_dir
        self.journal = journal
        # An object store holds the videos only: the report stays on this machine.
        self.report_path = report or (Path(REPORT_NAME) if isinstance(output_dir, str) else output_dir / REPORT_NAME)
        self.concurrency = concurrency
        self.max_running = max_running
        self.max_downloads = max_downloads
        self.timeout = timeout
        self.as_json = as_json
        self.force_new = force_new
        self.max_credits = max_credits
        self.lease_seconds = lease_seconds
        self.retry_failed = retry_failed
        self.report = BatchReport(
            jobs, output_dir, printable_journal(journal or Path(output_dir) / JOURNAL_NAME), backend.name
        )

    def resume_command(self) -> str:
        """The command that picks this batch up again (the journal makes it skip what is done)."""
        journal = ["--journal", str(self.report.journal)] if self.journal else []
        budget = ["--max-credits", f"{self.max_credits:g}"] if self.max_credits is not None else []
        budget += ["--retry-failed"] if self.retry_failed else []
        args = [str(self.jobs_path), "--out", str(self.output_dir), *journal, *budget]
        return shlex.join(["evolink", "batch", *args, *self.backend.flags])

    def execute(self, api_key: str | None, base_url: str | None, *, strict_models: bool = False) -> None:
        """The whole command: run, write the report, print it (JSON) or the summary; raise how it ended."""
        printer = Printer(self.as_json)
        with printer.reporting(lambda error: self.report.as_dict(error.as_dict())):
            with self.backend.connect(api_key, base_url, strict_models=strict_models) as client:
                self.report.results = self.run(client)
            outcome = self.outcome()
            data = self.report.as_dict(outcome.as_dict() if outcome else None)
            write_report(self.report_path, data)
        if self.as_json:
            click.echo(json.dumps(data))
        else:
            self.report.print_summary(Console(), self.report_path)
        if outcome:
            raise outcome

    def run(self, client: EvoLink | UniAll) -> list[ItemResult]:
        """Check every line, then run the batch; refused lines, a busy journal and Ctrl-C raise CommandError."""
        jobs = read_jobs(self.jobs_path)
        if not jobs.requests and not jobs.problems:
            raise CommandError(ExitCode.USAGE, f"{self.jobs_path} has no requests (one JSON object per line)")
        self.report.models = jobs.models
        display = batch_display_for(self.as_json, len(jobs.requests))
        batch = Batch(
            client,
            output_dir=self.output_dir,
            journal=self.journal,
            timeout=self.timeout,
            on_update=display.update,
            force_new=self.force_new,
            witnesses=[self.report_path],
            max_credits=self.max_credits,
            lease_seconds=self.lease_seconds,
            retry_failed=self.retry_failed,
        )
        try:
            items = jobs.items(batch)
        except BatchValidationError as exc:
            raise _invalid(jobs, exc) from None
        try:
            with display:
                return _in_background(
                    lambda: batch.run(
                        items,
                        concurrency=self.concurrency,
                        max_running=self.max_running,
                        max_downloads=self.max_downloads,
                    )
                )
        except EarlierRunError as exc:
            message = str(exc).replace("force_new=True (evolink batch: --force-new)", "--force-new")
            raise CommandError(ExitCode.USAGE, message, details={"files": [str(p) for p in exc.files]}) from None
        except KeyboardInterrupt:
            message = (
                "interrupted; the tasks already created keep running; "
                f"re-run the same command to resume without paying twice: {self.resume_command()}"
            )
            raise CommandError(ExitCode.INTERRUPTED, message, abandon=True) from None

    def outcome(self) -> CommandError | None:
        """None when every item was saved; else the error that says which endings and how to go on."""
        results = self.report.results
        missing = [r for r in results if not r.ok]
        if not missing:
            return None
        counted = [f"{n} {e}" for e in ENDINGS if (n := sum(r.status == e for r in missing))]
        summary = f"{len(missing)} of {len(results)} items not saved ({', '.join(counted)}), see {self.report_path}"
        refusal = next((r for r in missing if r.error_type in _ACCOUNT_REFUSALS), None)
        if refusal is not None:  # a wrong key, no credits, no access: re-running as is would be refused again
            return CommandError(ExitCode.AUTH, f"the account was refused: {refusal.error}; {summary}")
        hints = []
        if any(r.reason == SKIPPED_BUDGET for r in missing):
            hints.append("items skipped for the budget run with a larger --max-credits")
        if any(r.error_type == "TaskFailedError" and r.retryable for r in missing) and not self.retry_failed:
            hints.append("items that failed for a transient reason are created again with --retry-failed")
        return CommandError(
            ExitCode.BATCH_INCOMPLETE,
            f"{summary}; re-running the same command resumes items that timed out or hit errors: "
            + self.resume_command()
            + "".join(f"; {hint}" for hint in hints),
        )
