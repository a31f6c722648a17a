"""``evolink batch status``: a batch's progress from its journal, from any machine while it runs."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from evolink.batch import BatchStatus, batch_status, is_shared_journal

from .exit_codes import CommandError, ExitCode
from .terminal import terminal_safe

__all__ = ["print_batch_status", "read_batch_status"]


def read_batch_status(journal: str | os.PathLike[str]) -> BatchStatus:
    """The status; a journal file that is not there is a usage error (opening it would make an empty one)."""
    if not is_shared_journal(journal) and not Path(journal).is_file():
        raise CommandError(ExitCode.USAGE, f"no batch journal at {journal}")
    return batch_status(journal)


def status_record(status: BatchStatus) -> dict[str, Any]:
    return {
        "total": status.total,
        "states": status.states,
        "credits_reserved": status.credits_reserved,
        "credits_charged": status.credits_charged,
        "workers": [asdict(worker) for worker in status.workers],
        "now": status.now,
    }


def print_batch_status(status: BatchStatus, *, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(status_record(status)))
        return
    states = ", ".join(f"{count} {state}" for state, count in sorted(status.states.items())) or "none"
    click.echo(f"{'items:':<10}{status.total} ({states})")
    click.echo(f"{'credits:':<10}{status.credits_charged:,.4f} charged, {status.credits_reserved:,.4f} reserved")
    for worker in status.workers:
        if worker.stopped is not None:
            state = f"stopped {status.now - worker.stopped:.0f} s ago"
        else:
            state = f"holds {worker.leases} item(s), last seen {status.now - worker.seen:.0f} s ago"
        click.echo(f"{'worker:':<10}{terminal_safe(worker.host)} pid {worker.pid}: {state}")
