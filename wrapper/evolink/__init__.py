"""Generate videos with EvoLink's whole catalogue (Veo, Kling, Seedance, Hailuo, Wan, Sora, ...) and UniAll.

    from evolink import EvoLink

    with EvoLink() as client:  # EVOLINK_API_KEY from the environment
        path = client.videos.generate(
            model="veo-3.1-fast-generate-preview", prompt="A cat playing piano", duration=8, output="cat.mp4"
        )

Everything users need is importable from here: the clients, :class:`Task`,
:func:`parse_callback` and the errors (all under :class:`EvoLinkError`). Typed
per-model request objects are in :mod:`evolink.types`; the offline mock server
for tests is :mod:`evolink.testing`.
"""

from typing import TYPE_CHECKING, Any

from ._account import Balance, Credits
from ._callbacks import parse_callback
from ._client import DEFAULT_WAIT_TIMEOUT, AsyncEvoLink, AsyncUniAll, EvoLink, UniAll
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CallbackError,
    ConflictError,
    DownloadError,
    EvoLinkError,
    InsufficientQuotaError,
    JournalBusyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    ResponseTooLargeError,
    ResultExpiredError,
    ServerError,
    TaskCancelledError,
    TaskError,
    TaskFailedError,
    TaskNotFinishedError,
    UploadOutcomeUnknownError,
    WaitTimeoutError,
)
from ._files_api import FileQuota, UploadedFile
from ._logging import configure_from_env
from ._pacing import AdaptivePacer
from ._polling import PollPolicy
from ._spec import UnknownModelWarning
from ._task import Task, TaskErrorInfo, UnknownStatusWarning
from ._version import __version__ as __version__
from ._violations import Violation

__all__ = [
    "DEFAULT_WAIT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AdaptivePacer",
    "AsyncEvoLink",
    "AsyncUniAll",
    "AuthenticationError",
    "BadRequestError",
    "Balance",
    "BatchProgress",
    "BatchValidationError",
    "CallbackError",
    "ConflictError",
    "Credits",
    "DownloadError",
    "EarlierRunError",
    "EvoLink",
    "EvoLinkError",
    "FileQuota",
    "InsufficientQuotaError",
    "ItemResult",
    "JournalBusyError",
    "JournalCorruptError",
    "JournalWriteError",
    "NotFoundError",
    "PermissionDeniedError",
    "PollPolicy",
    "RateLimitError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResultExpiredError",
    "ServerError",
    "Task",
    "TaskCancelledError",
    "TaskError",
    "TaskErrorInfo",
    "TaskFailedError",
    "TaskNotFinishedError",
    "UniAll",
    "UnknownModelWarning",
    "UnknownStatusWarning",
    "UploadOutcomeUnknownError",
    "UploadedFile",
    "Violation",
    "WaitTimeoutError",
    "new_idempotency_key",
    "parse_callback",
]

if TYPE_CHECKING:
    from ._batch import BatchProgress, BatchValidationError, EarlierRunError, ItemResult
    from ._core import new_idempotency_key
    from ._journal import JournalCorruptError, JournalWriteError

#: Names served from the batch machinery (sqlite3, threads), which is imported on first use.
_LAZY = {
    "BatchProgress": "_batch",
    "BatchValidationError": "_batch",
    "EarlierRunError": "_batch",
    "ItemResult": "_batch",
    "JournalCorruptError": "_journal",
    "JournalWriteError": "_journal",
    # A key of your own for ``videos.create(idempotency_key=...)``, known before the create is sent.
    "new_idempotency_key": "_core",
}


def __getattr__(name: str) -> Any:
    # Keeps `import evolink` fast: the batch's modules load when one of their names is first used.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'evolink' has no attribute {name!r}")


configure_from_env()
