"""What ``evolink batch`` leaves behind: a JSON report of every item, and a summary table for people.

The report is the batch's result for scripts: one object per item (its line in
the jobs file, name, model, how it ended, task id, saved file or error,
credits reserved and charged, whether an earlier run had done it), the counts
per ending and the credits in total, and where
the files and the journal are. ``--json`` prints it with the same keys when the
batch was refused before it started (then ``items`` is empty and ``failure``
says why), so a script can always read it; the file is written once a batch
has run, through a temporary file renamed into place, so a reader never sees
half of it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from evolink import ItemResult
from evolink.files import write_atomically

from .terminal import terminal_safe

__all__ = ["ENDINGS", "REPORT_NAME", "BatchReport", "write_report"]

#: How an item can end (``ItemResult.status``), in the order the summary lists them.
ENDINGS = ("saved", "failed", "cancelled", "expired", "timeout", "error", "unknown", "skipped")
REPORT_NAME = "evolink-report.json"
_STYLES = {"saved": "green", "timeout": "yellow", "expired": "yellow", "skipped": "yellow"}


class BatchReport:
    """One run of a jobs file: where it read and wrote, and each item's result (none when it was refused)."""

    def __init__(
        self,
        jobs: Path,
        output_dir: Path | str,
        journal: Path | str,
        provider: str,
        models: Mapping[int, Any] | None = None,
    ) -> None:
        self.jobs = jobs
        self.output_dir = output_dir
        self.journal = journal
        self.provider = provider
        self.models = dict(models or {})  # line -> model, for the report
        self.results: list[ItemResult] = []

    @property
    def complete(self) -> bool:
        """Every item saved (an empty batch never runs: it is refused as bad input)."""
        return bool(self.results) and all(r.ok for r in self.results)

    def item(self, result: ItemResult) -> dict[str, Any]:
        data = result.as_dict()
        line = data.pop("position")
        return {"line": line, "name": data.pop("name"), "model": self.models.get(line), **data}

    def as_dict(self, failure: Mapping[str, Any] | None = None) -> dict[str, Any]:
        counted = Counter(r.status for r in self.results)
        return {
            "jobs": str(self.jobs),
            "output_dir": str(self.output_dir),
            "journal": str(self.journal),
            "provider": self.provider,
            "summary": {
                "total": len(self.results),
                **{ending: counted[ending] for ending in ENDINGS},
                "resumed": sum(r.resumed for r in self.results),
                "credits": _total(r.credits for r in self.results),
                "credits_reserved": _total(r.credits_reserved for r in self.results),
                "credits_charged": _total(r.credits_charged for r in self.results),
            },
            "items": [self.item(r) for r in self.results],
            "failure": dict(failure) if failure is not None else None,
        }

    def print_summary(self, console: Console, report_path: Path) -> None:
        """A table of the items (line, name, ending, task, credits, file or error), then the counts and credits."""
        table = Table("line", "name", "status", "task", "reserved", "charged", "file / error", header_style="bold")
        table.columns[3].overflow = "fold"  # an id is copied whole: in a narrow terminal it folds, never "…"
        for r in self.results:
            style = _STYLES.get(r.status, "red")
            status = f"[{style}]{r.status}[/]" + (" [dim](resumed)[/]" if r.resumed else "")
            more = f" (+{len(r.extra_paths)}: -1, -2, ...)" if r.extra_paths else ""  # n > 1: the other videos
            saved_to = r.path or (r.urls[0] if r.urls else None)
            where = _shown(saved_to) + more if saved_to else f"[red]{_shown(r.error)}[/]"
            row = (_shown(r.name), status, _shown(r.task_id), _credits(r.credits_reserved), _credits(r.credits_charged))
            table.add_row(str(r.position), *row, where)
        if not console.is_terminal:
            # Piped or redirected, the table goes to a script, a log or a ticket: no terminal to fit, so nothing
            # (a task id, a path, an error) is cut to the 80 columns rich assumes there.
            table.width = console.measure(table, options=console.options.update_width(100_000)).maximum
        console.print(table, crop=console.is_terminal)
        console.print(f"{_totals(self.results)}; report: {_shown(report_path)}")
        console.print(_credit_totals(self.results))


def _shown(value: object) -> str:
    """Server text (failure reasons, task ids) for a table cell: no terminal controls, no rich markup."""
    return escape(terminal_safe(str(value))) if value is not None else ""


def _totals(results: Sequence[ItemResult]) -> str:
    counted = Counter(r.status for r in results)
    parts = [f"{counted[e]} {e}" for e in ENDINGS if counted[e]]
    return f"{len(results)} items: {', '.join(parts)}"


def _total(values: Iterable[float | None]) -> float | None:
    known = [value for value in values if value is not None]
    return sum(known) if known else None


def _credits(value: float | None) -> str:
    return f"{value:g}" if value is not None else ""


def _credit_totals(results: Sequence[ItemResult]) -> str:
    reserved = _total(r.credits_reserved for r in results)
    charged = _total(r.credits_charged for r in results)
    return f"credits reserved {_credits(reserved) or '-'}, charged {_credits(charged) or '-'}"


def write_report(path: Path, data: Mapping[str, Any]) -> None:
    """``data`` as JSON at ``path``, atomically (written, synced, renamed: never half a report)."""
    # A lone surrogate from a server (valid JSON) is written back as its \uXXXX escape: still the same JSON.
    write_atomically(path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8", "backslashreplace") + b"\n")
