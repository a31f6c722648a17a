"""``evolink batch``'s input: a JSONL file of requests, checked line by line before anything is sent.

A batch costs money per line, so a typo on line 40 must not surface after 39
videos were paid for: every line is read, parsed and checked against the spec
first, and every problem is reported with its line number at once. The line
number is the item's position in the library's batch, so the library's own
checks (the spec, duplicate names) and its results (``ItemResult.position``, the
default file name ``item-<line>.mp4``) speak of lines too.

A local image is written ``{"file": "portrait.jpg"}`` where the image's URL would
go (a path relative to the jobs file's folder); the library checks it with the
rest of the line (an image field, a readable image) and uploads it once.

Lines are split on ``\\n``/``\\r`` only, as bytes: a JSON string may contain
U+2028, which :meth:`str.splitlines` would wrongly treat as a line break.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from evolink import Violation
from evolink.batch import Batch, BatchItem, BatchValidationError, from_file_refs

__all__ = ["JobsFile", "read_jobs"]

#: Line number -> what is wrong with that line.
Problems = dict[int, list[Violation]]


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")  # Python's json takes NaN and Infinity; the API would not


def _parse(raw: bytes) -> Any:
    """The JSON value of one line, or the :class:`Violation` saying why the line has none."""
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        return Violation("body", "is not UTF-8 text")
    except json.JSONDecodeError as exc:
        return Violation("body", f"is not JSON ({exc.msg} at column {exc.colno})")
    except ValueError as exc:
        return Violation("body", f"is not JSON ({exc})")
    except RecursionError:
        return Violation("body", "is not JSON this reader takes (nested too deeply)")


@dataclass
class JobsFile:
    """The requests of a jobs file (``lines[i]`` is the line of ``requests[i]``) and its unreadable lines."""

    path: Path
    lines: list[int] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    problems: Problems = field(default_factory=dict)

    @property
    def models(self) -> dict[int, Any]:
        """Each request's ``model`` by line (as written: a bad one is refused by :meth:`items`)."""
        return {line: request.get("model") for line, request in zip(self.lines, self.requests, strict=True)}

    def items(self, batch: Batch) -> list[BatchItem]:
        """The batch items, checked by the library; raises :class:`BatchValidationError` with every bad line."""
        problems = dict(self.problems)
        items: list[BatchItem] = []
        try:
            items = batch.check(self.requests, positions=self.lines)
        except BatchValidationError as exc:
            problems.update(exc.problems)
        if problems:
            raise BatchValidationError(dict(sorted(problems.items())))
        return items


def read_jobs(path: Path) -> JobsFile:
    """Parse ``path``: one JSON object per line; blank lines and ``#`` comments are skipped; ``{"file": ...}``
    becomes the path of a local image, relative to ``path``'s folder."""
    jobs = JobsFile(path)
    for number, raw in enumerate(path.read_bytes().removeprefix(b"\xef\xbb\xbf").splitlines(), start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith(b"#"):
            continue
        value = _parse(raw)
        if isinstance(value, Violation):
            jobs.problems[number] = [value]
            continue
        if not isinstance(value, Mapping):
            jobs.problems[number] = [Violation("body", "must be a JSON object", value)]
            continue
        jobs.lines.append(number)
        jobs.requests.append(from_file_refs(dict(value), path.parent))
    return jobs
