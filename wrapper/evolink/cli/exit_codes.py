"""Exit codes, and the one-line error every expected failure becomes.

Scripts branch on the exit code, so each kind of ending a user can act on
differently gets its own: fix the command (2), fix the key or account (3), change
the request (4), look at the cancellation (5), come back later - the task keeps
running (6), retry later (7), generate again (8), read a batch's report (9), wait for
the other run of a batch (10), or resume after Ctrl-C (130). The codes are part of
the command's contract: never renumber them.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from evolink import (
    APIError,
    AuthenticationError,
    BadRequestError,
    DownloadError,
    EvoLinkError,
    InsufficientQuotaError,
    JournalBusyError,
    PermissionDeniedError,
    RequestValidationError,
    ResultExpiredError,
    Task,
    TaskCancelledError,
    TaskFailedError,
    TaskNotFinishedError,
    WaitTimeoutError,
)

from .terminal import terminal_safe

__all__ = ["CommandError", "ExitCode", "command_error", "exit_code_for"]


class ExitCode(IntEnum):
    """What the process exit status means."""

    OK = 0
    #: An error of the library no other code covers.
    ERROR = 1
    #: Bad command line or parameter: refused before sending (the spec) or by the server (400).
    USAGE = 2
    #: No key, a wrong key (401), no access to the model (403) or no credits left (402).
    AUTH = 3
    #: The task failed (the message has the provider's failure code).
    TASK_FAILED = 4
    TASK_CANCELLED = 5
    #: The task is still running: the wait deadline passed, or a download came too early.
    TIMEOUT = 6
    #: The API could not be reached or answered with an error (network, 404, 429, 5xx, a broken download).
    API = 7
    #: The result link has expired (links live 24 hours after completion).
    RESULT_EXPIRED = 8
    #: A batch ended with items not saved (failed, cancelled, expired, timed out, errors): see its report.
    BATCH_INCOMPLETE = 9
    #: Another process is running the same batch (its journal is locked).
    BATCH_BUSY = 10
    #: Ctrl-C: the task, if created, keeps running and can be resumed.
    INTERRUPTED = 130


# Checked in order: the first class that matches wins, so subclasses come before their bases.
_CODES: tuple[tuple[type[BaseException], ExitCode], ...] = (
    (RequestValidationError, ExitCode.USAGE),
    (BadRequestError, ExitCode.USAGE),
    (AuthenticationError, ExitCode.AUTH),
    (PermissionDeniedError, ExitCode.AUTH),
    (InsufficientQuotaError, ExitCode.AUTH),
    (TaskFailedError, ExitCode.TASK_FAILED),
    (TaskCancelledError, ExitCode.TASK_CANCELLED),
    (WaitTimeoutError, ExitCode.TIMEOUT),
    (TaskNotFinishedError, ExitCode.TIMEOUT),
    (ResultExpiredError, ExitCode.RESULT_EXPIRED),
    (DownloadError, ExitCode.API),
    (APIError, ExitCode.API),
    (JournalBusyError, ExitCode.BATCH_BUSY),
    (KeyboardInterrupt, ExitCode.INTERRUPTED),
    (EvoLinkError, ExitCode.ERROR),
    (OSError, ExitCode.ERROR),  # a folder that cannot be written, a full disk: the system's words say why
)


def exit_code_for(exc: BaseException) -> ExitCode | None:
    """The exit code of an expected failure; None for anything else (a bug, which keeps its traceback)."""
    return next((code for cls, code in _CODES if isinstance(exc, cls)), None)


class CommandError(Exception):
    """An expected failure: printed as one line on stderr, the process exits with ``code``.

    ``message`` is cleaned for a terminal (it often quotes the server: an error
    body, a failure reason, a task id), so every way of ending prints safely.

    ``task`` is the last snapshot of the task involved, if any, so ``--json``
    output can still say which task it was and where it stood. ``abandon`` means
    the process must exit without waiting for its other threads (an interrupted
    batch's workers, which may be waiting minutes for their tasks).
    """

    def __init__(
        self,
        code: ExitCode,
        message: str,
        *,
        task: Task | None = None,
        details: dict[str, Any] | None = None,
        abandon: bool = False,
    ) -> None:
        self.message = terminal_safe(message)
        super().__init__(self.message)
        self.code = code
        self.task = task
        self.details = details or {}
        self.abandon = abandon

    def as_dict(self) -> dict[str, Any]:
        return {"exit_code": int(self.code), "kind": self.code.name.lower(), "message": self.message, **self.details}


def command_error(exc: BaseException, *, task: Task | None = None, hint: str | None = None) -> CommandError | None:
    """``exc`` as a :class:`CommandError` (with ``hint`` appended), or None when it is not an expected failure."""
    if isinstance(exc, CommandError):
        return exc
    code = exit_code_for(exc)
    if code is None:
        return None
    task = getattr(exc, "task", None) or task
    message = str(exc)
    if isinstance(exc, KeyboardInterrupt):
        message = f"interrupted; task {task.id} keeps running" if task and not task.done else "interrupted"
    details: dict[str, Any] = {}
    if isinstance(exc, RequestValidationError):
        details["violations"] = [v.as_dict() for v in exc.violations]
    if isinstance(exc, TaskFailedError):
        details["retryable"] = exc.retryable
        if exc.retryable:
            message += "; the provider calls this failure temporary: try again later"
    if hint:
        message += f"; {hint}"
    return CommandError(code, message, task=task, details=details)
