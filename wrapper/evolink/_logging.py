"""Logging under the ``evolink`` logger; ``EVOLINK_LOG=debug`` (or info) prints it to stderr.

Log lines carry method, path, status, attempt and request id - never headers,
bodies or the key.
"""

from __future__ import annotations

import logging
import os

__all__ = ["configure_from_env"]


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
