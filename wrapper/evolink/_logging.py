"""Logging under the ``evolink`` logger; ``EVOLINK_LOG=debug`` (or info) prints it to stderr.

Log lines carry method, path, status, attempt and request id - never headers,
bodies or the key.
"""

from __future__ import annotations

import logging
import os

__all__ = ["configure_from_env", "hide_in_http_logs"]


def configure_from_env() -> None:
    level = os.environ.get("EVOLINK_LOG", "").strip().upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        return
    logger = logging.getLogger("evolink")
    if not any(getattr(h, "_evolink", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        handler._evolink = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(level)


class _KeyFilter(logging.Filter):
    """Replaces the keys of this process's clients in records of the HTTP libraries' loggers.

    httpx and httpcore log what a server sent (the status line at INFO, the raw headers at DEBUG): a server that
    echoes the Authorization header would otherwise put the key into the application's logs.
    """

    def __init__(self) -> None:
        super().__init__()
        self.keys: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        hidden = message
        for key in self.keys:
            hidden = hidden.replace(key, "[redacted]")
        if hidden != message:
            record.msg, record.args = hidden, None
        return True


_FILTER = _KeyFilter()


def hide_in_http_logs(key: str) -> None:
    """Keep ``key`` out of the log records of httpx and httpcore (whatever handlers the application installs)."""
    _FILTER.keys.add(key)
    # Each time, not only for a new key: loggers of modules imported since (httpcore.http2, ...) get it too.
    for name in ("httpx", "httpcore"):
        for logger in (logging.getLogger(name), *_children(name)):
            if _FILTER not in logger.filters:
                logger.addFilter(_FILTER)


def _children(name: str) -> list[logging.Logger]:
    """The loggers below ``name`` that exist now (filters of a parent do not apply to a child's own records)."""
    prefix = name + "."
    return [logging.getLogger(child) for child in list(logging.root.manager.loggerDict) if child.startswith(prefix)]
