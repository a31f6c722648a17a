"""What a command prints on stdout: its result, as text for people or as one JSON object for scripts.

stdout carries only the result (saved paths, a task id, a task's state) so that
``path=$(evolink generate ...)`` works; progress and messages go to stderr. With
``--json`` stdout is exactly one JSON object with the same keys on success and
on failure, where ``failure`` says what went wrong (and is null otherwise).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from evolink import Task

from .exit_codes import CommandError, command_error
from .terminal import terminal_safe

__all__ = ["Printer", "task_lines", "task_record"]


def task_record(task: Task | None, files: Sequence[Path] = ()) -> dict[str, Any]:
    """The task as JSON: the fields a script needs, null when there is no task."""
    error = task.error if task else None
    expires = task.expires_at if task else None
    return {
        "id": task.id if task else None,
        "model": task.model if task else None,
        "status": task.status if task else None,
        "progress": task.progress if task else None,
        "estimated_time": task.estimated_time if task else None,
        "video_duration": task.video_duration if task else None,
        "credits": task.credits if task else None,
        "results": list(task.results) if task else [],
        # What a model that makes no video made instead (kling-custom-element: its element_id).
        "result_data": task.result_data if task else None,
        "expires_at": expires.isoformat() if expires else None,
        "error": {"code": error.code, "message": error.message, "type": error.type} if error else None,
        "files": [str(p) for p in files],
        # The create returned the task made earlier under the same idempotency key, instead of a new one.
        "replayed": task.replayed if task else None,
    }


def task_lines(task: Task) -> list[str]:
    """A task's state for people, one ``name: value`` line per known fact."""
    facts: list[tuple[str, Any]] = [
        ("id", task.id),
        ("model", task.model),
        ("status", f"{task.status} ({task.progress}%)"),
        ("estimated time", f"{task.estimated_time:g} s" if task.estimated_time is not None else None),
        ("video duration", f"{task.video_duration:g} s" if task.video_duration is not None else None),
        ("credits", f"{task.credits:g}" if task.credits is not None else None),
        ("error", f"{task.error.code}: {task.error.message}" if task.error else None),
        ("expires", f"{task.expires_at:%Y-%m-%d %H:%M} UTC" if task.expires_at else None),
        *(("result", url) for url in task.results),
    ]
    return [f"{name + ':':<16}{value}" for name, value in facts if value is not None]


class Printer:
    """Prints one command's result; ``as_json`` switches from text lines to one JSON object."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def result(self, task: Task | None, *, files: Sequence[Path] = (), text: Iterable[str] = ()) -> None:
        """The JSON object, or the ``text`` lines cleaned for a terminal (they hold what the server said)."""
        if self.as_json:
            click.echo(json.dumps({**task_record(task, files), "failure": None}))
        else:
            for line in text:
                click.echo(terminal_safe(line))

    @contextmanager
    def reporting(self, record: Callable[[CommandError], dict[str, Any]] | None = None) -> Iterator[None]:
        """Turn expected failures into :class:`~evolink.cli.exit_codes.CommandError`; with ``--json``, print them.

        ``record`` makes the JSON object of a failure (default: the task's record
        with ``failure`` set), so every command prints the same keys either way.
        """
        try:
            yield
        except BaseException as exc:
            error = command_error(exc)
            if error is None:
                raise
            if self.as_json:
                failed = record(error) if record else {**task_record(error.task), "failure": error.as_dict()}
                click.echo(json.dumps(failed))
            raise error from None
