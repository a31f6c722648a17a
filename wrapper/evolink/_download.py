"""Fetching a result into a part file: streamed, resumed with ``Range`` after a cut, checked against its size.

Video links live on a CDN, not on the API: requests carry no key unless the
link is on the API's own origin (``ClientCore.build`` decides), and redirects
are followed by httpx, which drops ``Authorization`` when the origin changes.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import sys
from functools import partial
from typing import TYPE_CHECKING

import httpx

from . import _exceptions as errors
from ._commands import Flow, close, notify, read, send, sleep
from ._files import PartFile, usable_validator
from ._task import Task

if TYPE_CHECKING:
    from ._core import ByteProgress, ClientCore
    from ._timing import Deadline

__all__ = ["RESUMABLE", "DownloadStopped", "fetch_into", "part_key", "result_link"]

logger = logging.getLogger("evolink")
_EXPIRED_LINK_STATUSES = frozenset({403, 404, 410})
_HOST_NAME = re.compile(r"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.?")
#: Bytes asked of the socket per read while a result streams in. httpcore asks for 64 KiB, and every read then
#: costs a pass through httpcore, h11, httpx and our loop (and, async, an asyncio wake-up): a quarter of a
#: megabyte per read cuts that overhead fourfold, which is most of a download's CPU besides the kernel's copies.
#: 256 KiB is also what asyncio's socket transport hands over at most, and a few of them per download keep
#: memory bounded.
_READ_BYTES = 256 * 1024


def result_link(task: Task, index: int) -> httpx.URL:
    """Result ``index`` of ``task`` as an absolute http(s) URL; anything else is a DownloadError naming the task.

    The links come from the server: ``javascript:``, ``data:`` or ``file:`` links, relative ones, bad IPv6
    literals and invalid international names are refused here, before a request or a file is made.
    """
    if not 0 <= index < len(task.results):
        raise errors.DownloadError(f"task {task.id} has no result {index} (it has {len(task.results)})")
    text = task.results[index]
    try:
        url = httpx.URL(text)
        _ = url.host  # decodes an international name, which fails for an invalid one
        host = url.raw_host.decode("ascii")
    except (httpx.InvalidURL, UnicodeError, ValueError):  # idna's errors are UnicodeErrors
        url, host = None, ""
    if url is None or url.scheme not in ("http", "https") or not _valid_host(host):
        raise errors.DownloadError(f"result {index} of task {task.id} is not an http(s) link: {text[:200]!r}")
    return url


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return _HOST_NAME.fullmatch(host) is not None
    return True


def fetch_into(
    core: ClientCore,
    part: PartFile,
    url: httpx.URL,
    task: Task,
    on_download: ByteProgress | None,
    deadline: Deadline | None = None,
) -> Flow[None]:
    """Fill ``part`` with the body at ``url``, resuming with Range after a cut, by the ``deadline``."""
    attempt = 0
    total: int | None = None
    validator = part.validator  # what identifies the version whose bytes the part file holds (an earlier run's)
    while True:
        # Within one download the link is the same immutable result, so a host without validators is resumed with
        # a bare Range (as curl -C does); bytes an earlier process left are resumed only with their validator.
        headers = {"Range": f"bytes={part.size}-"} if part.size else {}
        if part.size and validator:
            headers["If-Range"] = validator  # changed since? then the server sends it whole, never a splice
        _check_deadline(task, deadline)
        request = core.build("GET", url, headers={"Accept": "*/*", **headers}, deadline=deadline)
        cut: Exception | None = None
        try:
            stream = yield from send(request, follow_redirects=True, deadline=deadline)
        except httpx.RequestError as exc:
            cut = exc
        else:
            try:
                if _complete(stream.response, part):  # the part file already holds it all (killed at the end)
                    return None
                _read_larger(stream.response)
                total = _start_body(stream.response, part, task, total, validator)
                if stream.response.status_code == 200:
                    validator = _validator(stream.response)
                    part.remember(validator)  # a killed process's successor resumes these bytes
                while True:
                    chunk = yield from read(stream)
                    if not chunk:
                        break
                    part.write(chunk)
                    _check_deadline(task, deadline)
                    if on_download is not None:
                        yield from notify(partial(on_download, part.size, total))  # awaited if async
                    if core.max_download_bytes is not None and part.size > core.max_download_bytes:
                        raise errors.DownloadError(
                            f"result is larger than max_download_bytes={core.max_download_bytes}"
                        )
            except httpx.RequestError as exc:
                cut = exc
            finally:
                yield from close(stream)
        if cut is None and (total is None or part.size == total):
            return None
        if total is not None and part.size > total:
            raise errors.DownloadError(f"received {part.size} bytes, more than the announced {total}")
        if attempt >= core.retry.max_retries + 3:
            raise errors.APIConnectionError(
                f"download of {task.id} from {url.host} cut short at {part.size} of {total} bytes"
                f" ({type(cut).__name__}: {cut})"
            ) from cut
        logger.info("download of %s cut at %d bytes; resuming", task.id, part.size)
        delay = core.retry.delay(attempt)
        yield from sleep(delay if deadline is None else min(delay, deadline.left()))  # the next try checks the deadline
        attempt += 1


def _complete(response: httpx.Response, part: PartFile) -> bool:
    """Whether a 416 says the part file holds the whole body already; any other 416 starts it again."""
    if response.status_code != 416:
        return False
    whole = _count(response.headers.get("content-range", "").removeprefix("bytes */"))
    if part.size and whole == part.size:
        return True
    part.restart()
    raise httpx.RemoteProtocolError("the result host refused the range asked for")


def _start_body(
    response: httpx.Response, part: PartFile, task: Task, total: int | None, validator: str | None
) -> int | None:
    """Check the answer's status and ranges; returns the full size if the server says it."""
    status = response.status_code
    if status in _EXPIRED_LINK_STATUSES:
        expires = task.expires_at
        when = f" (its links were due to expire {expires:%Y-%m-%d %H:%M} UTC)" if expires else ""
        raise errors.ResultExpiredError(
            f"result link of {task.id} answered {status}: it has expired{when}", task_id=task.id, expires_at=expires
        )
    if status == 206:
        content_range = response.headers.get("content-range", "")
        start, _, size = content_range.removeprefix("bytes ").partition("/")
        if _count(start.partition("-")[0]) != part.size:
            part.restart()
            raise httpx.RemoteProtocolError(f"unexpected Content-Range {content_range!r}")
        answered = _validator(response)
        if answered is not None and answered != validator:  # a host that ignores If-Range: never splice
            part.restart()
            raise httpx.RemoteProtocolError("the result changed since the part file was begun")
        return _count(size) if _count(size) is not None else total
    if status == 200:
        if part.size:
            part.restart()  # the server ignored Range and sends everything again
        length = response.headers.get("content-length")
        encoded = response.headers.get("content-encoding", "identity").lower() != "identity"
        # With a content-encoding the length counts encoded bytes, not the decoded ones we write.
        return _count(length) if not encoded else None
    if status >= 500:
        raise httpx.RemoteProtocolError(f"download answered {status}")
    raise errors.DownloadError(f"download of {task.id} answered {status}")


def _read_larger(response: httpx.Response) -> bool:
    """Have the HTTP/1.1 connection under ``response`` read :data:`_READ_BYTES` at a time; False if it cannot.

    httpcore has no option for its read size, only the class attribute ``READ_NUM_BYTES``; it is set here on
    this one connection (the chain of streams down to it is httpx's and httpcore's own), never on the class,
    so no other user of httpcore in the process is affected (the connection keeps it back in the pool, where a
    read returns what has arrived, so small answers are unchanged). Another transport (a mock, HTTP/2) keeps its
    own reads: the download works the same, with more steps. A test holds this to the installed versions.
    """
    httpcore = sys.modules.get("httpcore")  # httpx imports it with its first transport; not loaded: not ours
    if httpcore is None:
        return False
    connection: object = response.stream
    for name in ("_stream", "_httpcore_stream", "_stream", "_connection"):
        connection = getattr(connection, name, None)
    if not isinstance(connection, (httpcore.HTTP11Connection, httpcore.AsyncHTTP11Connection)):
        return False
    connection.READ_NUM_BYTES = _READ_BYTES
    return True


def _check_deadline(task: Task, deadline: Deadline | None) -> None:
    """A result host that drips bytes or stalls cannot hold the download past its deadline."""
    if deadline is not None and deadline.passed():
        raise DownloadStopped(
            f"the download of task {task.id} did not finish within {deadline.seconds:g} s; the task is completed:"
            " download it again before its links expire"
        )


class DownloadStopped(errors.DownloadError):
    """The download's time ran out: what it received is kept for the next try (not a fault of the bytes)."""


#: Endings that say nothing against the bytes received: the part file is kept for a later resume.
RESUMABLE = (DownloadStopped, errors.APIConnectionError, errors.APITimeoutError, KeyboardInterrupt, GeneratorExit)


def part_key(task: Task, index: int) -> str:
    """The name a result's part file carries, so a later process finds it: no dot, fixed length."""
    import hashlib

    return hashlib.sha256(f"{task.id}\0{index}".encode()).hexdigest()[:16]


def _validator(response: httpx.Response) -> str | None:
    """The version of a full body, for If-Range: a strong ETag, else Last-Modified (weak ETags cannot be used);
    None for one that could not go in a header (a hostile host's non-ASCII or control characters)."""
    etag: str | None = response.headers.get("etag")
    if etag and not etag.startswith("W/") and usable_validator(etag):
        return etag
    modified: str | None = response.headers.get("last-modified")
    return modified if modified and usable_validator(modified) else None


def _count(text: str | None) -> int | None:
    """A byte count from a header: ASCII digits only (``"\u00b2".isdigit()`` is true, and int() refuses it)."""
    return int(text) if text and text.isascii() and text.isdigit() else None
