"""Every error the library raises, under one root: :class:`EvoLinkError`.

The shape follows the Stainless SDKs users know (openai-python): one class per
HTTP status family carrying ``status_code``, ``code``, ``type``, ``message``,
``param`` and the gateway's ``request_id``; connection problems apart from
answers; and, because video generation is a long-running job, typed endings of
a task (failed, cancelled, still running at the deadline). No message ever
contains the API key: messages are built from the server's answer and our own
words only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import datetime

    import httpx

    from ._task import Task
    from ._violations import Violation

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CallbackError",
    "ConflictError",
    "DownloadError",
    "EvoLinkError",
    "InsufficientQuotaError",
    "JournalBusyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResultExpiredError",
    "ServerError",
    "TaskCancelledError",
    "TaskError",
    "TaskFailedError",
    "TaskNotFinishedError",
    "WaitTimeoutError",
]


class EvoLinkError(Exception):
    """The root of every error this library raises."""


class RequestValidationError(EvoLinkError, ValueError):
    """The request breaks a rule of the spec; raised before anything is sent.

    ``violations`` lists every broken rule, each with ``field``, ``rule`` and
    ``message`` ("prompt: at most 2000 characters, got 2417"). The message
    names them all ("3 problems with the request: ...; ...; ..."): fixing one,
    resending and learning of the next costs a user a round per problem.
    """

    def __init__(self, violations: Sequence[Violation]) -> None:
        self.violations = list(violations)
        messages = [v.message for v in self.violations]
        if len(messages) > 1:
            text = f"{len(messages)} problems with the request: " + "; ".join(messages)
        else:
            text = messages[0] if messages else "invalid request"
        super().__init__(text)

    @property
    def field(self) -> str:
        return self.violations[0].field if self.violations else ""


class CallbackError(EvoLinkError, ValueError):
    """A body given to ``parse_callback`` is not a task (anyone can POST anything to a callback endpoint)."""


class APIError(EvoLinkError):
    """Talking to the API failed: either no answer (connection) or an error answer (status)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """No usable answer: the connection failed, was reset, or the body was cut short."""


class APITimeoutError(APIConnectionError):
    """One HTTP request took longer than the client's ``timeout`` (not the wait deadline)."""


class UploadOutcomeUnknownError(APIConnectionError):
    """An upload was sent but its answer was lost: the file may be stored, and may hold a slot of the file quota.

    Uploads are never retried once sent (the files API has no idempotency key); compare ``files.quota()``
    with the count before the upload to know, then upload again if it was not stored.
    """


class ResponseTooLargeError(APIError):
    """The API's answer, once decompressed, is larger than any task or error could be; it was not read whole."""


class APIStatusError(APIError):
    """The API answered with an error status; the fields come from its ``{"error": {...}}`` body."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: str | int | None = None,
        type: str | None = None,
        param: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.type = type
        self.param = param
        self.body = body
        self.request_id = response.headers.get("x-request-id") or response.headers.get("x-oneapi-request-id")

    def __str__(self) -> str:
        rid = f" [request id {self.request_id}]" if self.request_id else ""
        code = f" {self.code}" if self.code is not None else ""
        return f"{self.status_code}{code}: {self.message}{rid}"


class BadRequestError(APIStatusError):
    """400: the server refused the request (a rule the spec does not state, or a newer one)."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong or expired."""


class InsufficientQuotaError(APIStatusError):
    """402: the account has no credits left."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this model or task."""


class NotFoundError(APIStatusError):
    """404: no such task (or it expired)."""


class ConflictError(APIStatusError):
    """409: the Idempotency-Key was used before with a different body."""


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` is the server's hint in seconds, if any."""

    retry_after: float | None = None


class ServerError(APIStatusError):
    """5xx: the gateway or the upstream model failed."""


class TaskError(EvoLinkError):
    """A task ended (or will not end) in a way that gives no video. ``task`` is the last snapshot."""

    def __init__(self, message: str, task: Task) -> None:
        super().__init__(message)
        self.task = task
        self.task_id = task.id


class TaskFailedError(TaskError):
    """The task failed. ``retryable`` says whether the docs call its code transient."""

    def __init__(self, task: Task) -> None:
        error = task.error
        self.code = error.code if error else None
        self.error_message = error.message if error else None
        self.retryable = str(self.code) in task.gateway.retryable_codes  # the spec's x-retryable-codes
        detail = f"{self.code}: {self.error_message}" if error else "no error details"
        super().__init__(f"task {task.id} failed ({detail})", task)


class TaskCancelledError(TaskError):
    """The task was cancelled."""

    def __init__(self, task: Task) -> None:
        super().__init__(f"task {task.id} was cancelled", task)


class TaskNotFinishedError(TaskError):
    """A download was asked for a task that has no video yet."""

    def __init__(self, task: Task) -> None:
        super().__init__(f"task {task.id} is {task.status}, not completed: wait for it first", task)


class WaitTimeoutError(TaskError):
    """The wait deadline passed; the task keeps running and can be waited for again by id."""

    def __init__(self, task: Task, timeout: float) -> None:
        self.timeout = timeout
        super().__init__(
            f"task {task.id} still {task.status} ({task.progress}%) after {timeout:g} s; "
            "it keeps running: wait again with its id",
            task,
        )


class JournalBusyError(EvoLinkError):
    """Another process is running a batch on this journal (see ``videos.generate_many``)."""


class DownloadError(EvoLinkError):
    """A result could not be saved whole (size mismatch, too large, refused)."""


class ResultExpiredError(DownloadError):
    """The result link has expired (links live 24 hours after completion).

    ``task_id`` names the task and ``expires_at`` (aware, or None when nothing said) when its links were due to
    expire, so a caller can tell a link that outlived its promise from one used too late.
    """

    def __init__(self, message: str, *, task_id: str | None = None, expires_at: datetime | None = None) -> None:
        super().__init__(message)
        self.task_id = task_id
        self.expires_at = expires_at
