"""Every library error has its exit code and one line; the end-to-end endings are in ``test_commands.py``."""

from __future__ import annotations

import warnings

import httpx
import pytest

import evolink
from evolink import Task, UnknownStatusWarning
from evolink.cli.app import _warning_line
from evolink.cli.exit_codes import ExitCode, command_error, exit_code_for

RUNNING = Task.from_json({"id": "task-unified-1-abc", "status": "processing", "progress": 40})
FAILED = Task.from_json(
    {"id": "task-unified-1-abc", "status": "failed", "error": {"code": "service_error", "message": "busy"}}
)


def answer(status: int) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request("GET", "https://api.evolink.ai/v1/tasks/x"))


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (evolink.RequestValidationError([evolink.Violation("duration", "at most 8", 9)]), ExitCode.USAGE),
        (evolink.BadRequestError("bad", response=answer(400)), ExitCode.USAGE),
        (evolink.AuthenticationError("no", response=answer(401)), ExitCode.AUTH),
        (evolink.InsufficientQuotaError("no", response=answer(402)), ExitCode.AUTH),
        (evolink.PermissionDeniedError("no", response=answer(403)), ExitCode.AUTH),
        (evolink.NotFoundError("no", response=answer(404)), ExitCode.API),
        (evolink.RateLimitError("slow", response=answer(429)), ExitCode.API),
        (evolink.ServerError("down", response=answer(503)), ExitCode.API),
        (evolink.APIConnectionError("cut"), ExitCode.API),
        (evolink.APITimeoutError("slow"), ExitCode.API),
        (evolink.TaskFailedError(FAILED), ExitCode.TASK_FAILED),
        (evolink.TaskCancelledError(RUNNING), ExitCode.TASK_CANCELLED),
        (evolink.WaitTimeoutError(RUNNING, 5), ExitCode.TIMEOUT),
        (evolink.TaskNotFinishedError(RUNNING), ExitCode.TIMEOUT),
        (evolink.ResultExpiredError("gone"), ExitCode.RESULT_EXPIRED),
        (evolink.DownloadError("short"), ExitCode.API),
        (evolink.EvoLinkError("other"), ExitCode.ERROR),
        (evolink.JournalBusyError("busy"), ExitCode.BATCH_BUSY),
        (PermissionError(13, "Permission denied"), ExitCode.ERROR),
        (KeyboardInterrupt(), ExitCode.INTERRUPTED),
    ],
)
def test_exit_codes(error: BaseException, code: ExitCode) -> None:
    assert exit_code_for(error) is code


def test_codes_are_distinct() -> None:
    assert len({int(c) for c in ExitCode}) == len(ExitCode)


def test_bugs_are_not_expected_failures() -> None:
    assert exit_code_for(ZeroDivisionError()) is None
    assert command_error(ZeroDivisionError()) is None


def test_an_interruption_names_the_running_task_and_the_resume_command() -> None:
    error = command_error(KeyboardInterrupt(), task=RUNNING, hint="resume with: evolink tasks wait task-unified-1-abc")
    assert error is not None and error.code is ExitCode.INTERRUPTED
    assert error.message == (
        "interrupted; task task-unified-1-abc keeps running; resume with: evolink tasks wait task-unified-1-abc"
    )
    assert command_error(KeyboardInterrupt()) is not None


def test_a_failure_keeps_the_task_and_says_whether_to_retry() -> None:
    error = command_error(evolink.TaskFailedError(FAILED))
    assert error is not None and error.task is FAILED
    assert error.as_dict() == {
        "exit_code": 4,
        "kind": "task_failed",
        "message": "task task-unified-1-abc failed (service_error: busy); "
        "the provider calls this failure temporary: try again later",
        "retryable": True,
    }


def test_library_warnings_print_as_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = _warning_line
        warnings.warn("task x: unknown status 'paused'", UnknownStatusWarning, stacklevel=1)
    assert capsys.readouterr().err == "Warning: task x: unknown status 'paused'\n"
