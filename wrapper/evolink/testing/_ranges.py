"""``Range: bytes=...`` as a CDN reads it (RFC 9110 section 14), so clients can resume downloads.

One range is served as 206; a multi-range request is answered with the whole
body (200), which the RFC allows and which saves a multipart encoder that no
video client needs. A syntactically broken header is ignored, as the RFC says;
a range that starts past the end is 416.
"""

from __future__ import annotations

import re

__all__ = ["Unsatisfiable", "parse_range"]

_SINGLE = re.compile(r"bytes=(\d*)-(\d*)")


class Unsatisfiable(Exception):
    """The range starts at or past the end of the file: answer 416."""


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """``(start, stop)`` (stop exclusive) for one satisfiable range; None to send the whole body."""
    if not header:
        return None
    match = _SINGLE.fullmatch(header.strip().replace(" ", ""))
    if match is None:
        return None
    first, last = match.groups()
    if not first:
        if not last:
            return None
        suffix = int(last)  # the last N bytes
        if suffix == 0:
            raise Unsatisfiable(header)
        return max(0, size - suffix), size
    start = int(first)
    if last and int(last) < start:
        return None  # last < first: invalid, so ignored
    if start >= size:
        raise Unsatisfiable(header)
    return start, size if not last else min(int(last) + 1, size)
