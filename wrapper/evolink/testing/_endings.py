"""How a task ends, chosen by configuration or by a marker in its prompt.

A client has to handle every ending, so a test must be able to ask for each
one without a real model misbehaving on cue. The words are the same in both
places: ``MockConfig(ending="fail=service_error")`` and a prompt containing
``[mock:fail=service_error]`` mean the same thing. Markers win over the
configuration; ``[mock:seconds=N]`` changes only how long the task takes.
"""

from __future__ import annotations

import logging
import re
from typing import Literal

import attrs

from ._options import check_seconds

__all__ = ["FAILURE_MESSAGES", "Ending", "Script", "parse_ending", "read_markers"]

logger = logging.getLogger("evolink.testing")

Kind = Literal["complete", "fail", "cancel", "never"]

#: The documented failure codes (API-NOTES.md) with the kind of message the gateway sends.
#: A marker may name any other ``[a-z0-9_]`` code, to test how a client treats an unknown one.
FAILURE_MESSAGES: dict[str, str] = {
    "content_policy_violation": "The prompt or an input image was rejected by the content policy",
    "invalid_parameters": "The parameters were rejected by the model",
    "image_processing_error": "An input image could not be processed",
    "image_dimension_mismatch": "The input images do not have matching dimensions",
    "request_cancelled": "The request was cancelled",
    "generation_failed_no_content": "The model produced no content",
    "service_error": "The generation service failed",
    "generation_timeout": "The generation timed out",
    "resource_exhausted": "The generation service is out of capacity",
    "quota_exceeded": "The upstream quota is exceeded",
    "service_unavailable": "The generation service is unavailable",
    "resource_not_found": "A referenced resource was not found or has expired",
    "unknown_error": "An unknown error occurred",
}
_DEFAULT_FAILURE = "content_policy_violation"
_PLAIN: dict[str, Kind] = {"complete": "complete", "cancel": "cancel", "never": "never"}
_CODE = re.compile(r"[a-z0-9_]{1,64}")
_MARKER = re.compile(r"\[mock:([a-z]+)(?:=([^\]\s]*))?\]")


@attrs.frozen
class Ending:
    """``kind`` of ending; ``code`` is the failure code when ``kind`` is ``fail``."""

    kind: Kind
    code: str | None = None

    @property
    def message(self) -> str:
        code = self.code or ""
        return FAILURE_MESSAGES.get(code, f"The task failed ({code})")


@attrs.frozen
class Script:
    """What a prompt asks of its task: an ending and/or a duration (None: the configuration's)."""

    ending: Ending | None = None
    seconds: float | None = None


def parse_ending(text: str) -> Ending:
    """``complete``, ``fail``, ``fail=<code>``, ``cancel`` or ``never``; ValueError for anything else."""
    name, _, value = text.partition("=")
    if name == "fail":
        code = value or _DEFAULT_FAILURE
        if not _CODE.fullmatch(code):
            raise ValueError(f"a failure code is [a-z0-9_]{{1,64}}, got {code!r}")
        return Ending("fail", code)
    if name in _PLAIN and not value:
        return Ending(_PLAIN[name])
    raise ValueError(f"an ending is complete, fail, fail=<code>, cancel or never; got {text!r}")


def read_markers(prompt: object) -> Script:
    """The ``[mock:...]`` markers in a prompt; an unknown or malformed marker is logged and ignored.

    Ignored rather than refused: the mock answers a request exactly as the spec
    says, and the spec allows any prompt text.
    """
    if not isinstance(prompt, str) or "[mock:" not in prompt:
        return Script()
    ending: Ending | None = None
    seconds: float | None = None
    for match in _MARKER.finditer(prompt):
        name, value = match.group(1), match.group(2) or ""
        try:
            if name == "seconds":
                seconds = check_seconds("seconds", float(value))  # the same rule as MockConfig.task_seconds
            else:
                ending = parse_ending(f"{name}={value}" if value else name)
        except ValueError as exc:
            logger.warning("ignoring prompt marker %s: %s", match.group(0), exc)
    return Script(ending, seconds)
