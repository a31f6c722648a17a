"""Uploading images to the files API (``client.files``): one flow per call, which both clients run.

The files API lives on its own origin (the spec gives its operations their own
``servers``; ``files_base_url=`` or ``$EVOLINK_FILES_BASE_URL`` overrides it) and
keeps an uploaded image for a while (``expires_at``) under a per-account quota of
files. What it accepts is read from the spec: the media types of the multipart
upload's ``file`` part. An image is judged by its first bytes, never by its
name, before anything is sent; the docs state no size limit, so none is checked.

A local file (a path or an open binary file) is streamed as multipart/form-data
in chunks: memory stays flat whatever its size. ``bytes`` go the same way. A
URL string is handed to the URL upload, which the service fetches itself. Any
other string is refused: a string is a URL only when it says so.

An upload is not idempotent (the docs name no idempotency key) and every stored
file takes a quota slot, so it is never sent twice: it is retried only when the
connection could not be made (nothing was sent). When it was sent and its answer
was lost (a reset, a timeout), :class:`~evolink.UploadOutcomeUnknownError` says
so - the file may be stored and may hold a slot - instead of a retry that could
store it twice. Other flows upload with ``yield from upload(core, source)``.
"""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import httpx

from . import _exceptions as errors
from ._commands import Flow, blocking
from ._provider import FILES_UPLOAD
from ._task import _int
from ._violations import Violation

if TYPE_CHECKING:
    from ._client import AsyncClient, SyncClient
    from ._core import ClientCore
    from ._generated.evolink_api.api import Operation, Prepared
    from ._spec import ApiSpec
    from ._timing import Deadline

__all__ = ["AsyncFiles", "FileQuota", "FileSource", "Files", "UploadedFile", "quota", "sniff_image", "upload"]

#: What ``upload`` takes: a path, the bytes of an image, an open binary file, or an http(s) URL.
FileSource = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]

#: The generated names of the other files operations (the multipart upload's is the provider's FILES_UPLOAD).
FILES_URL_UPLOAD = "upload_file_url"
FILES_QUOTA = "get_files_quota"
#: The component that describes a stored file; it carries the documented lifetime (``x-file-lifetime-seconds``).
FILE_DATA = "FileData"

#: Each image format by its first bytes (the media type names the spec uses).
_SIGNATURES: tuple[tuple[tuple[tuple[int, bytes], ...], str], ...] = (
    (((0, b"\xff\xd8\xff"),), "image/jpeg"),
    (((0, b"\x89PNG\r\n\x1a\n"),), "image/png"),
    (((0, b"GIF87a"),), "image/gif"),
    (((0, b"GIF89a"),), "image/gif"),
    (((0, b"RIFF"), (8, b"WEBP")), "image/webp"),  # a RIFF container whose form type is WEBP
)
_HEAD_BYTES = 16
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp"}


@dataclass(frozen=True)
class UploadedFile:
    """An image stored by the files API: give :attr:`url` to a model; it works until :attr:`expires_at`.

    ``expires_at`` is timezone-aware. ``raw`` is the answer's ``data`` as sent.
    """

    file_id: str
    url: str
    download_url: str | None
    mime_type: str | None
    size: int | None
    name: str | None
    expires_at: datetime
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def expired(self, now: datetime | None = None) -> bool:
        """Whether the link has expired (at ``now``, default the current time)."""
        return (now or datetime.now(UTC)) >= self.expires_at


@dataclass(frozen=True)
class FileQuota:
    """How many files the account stores (``used``), may store (``limit``) and has left (``remaining``)."""

    used: int
    limit: int
    remaining: int
    user_group: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


# --- the flows --------------------------------------------------------------------------------


def upload(
    core: ClientCore,
    source: FileSource,
    *,
    file_name: str | None = None,
    upload_path: str | None = None,
    deadline: Deadline | None = None,
) -> Flow[UploadedFile]:
    """Check ``source`` is a supported image, then upload it once (see the module docstring for retries)."""
    extra = {k: v for k, v in (("file_name", file_name), ("upload_path", upload_path)) if v is not None}
    if isinstance(source, str):
        if not source[:8].lower().startswith(("http://", "https://")):
            raise errors.RequestValidationError(
                [Violation("source", "a string is a URL (http:// or https://); pass a local file as a Path", source)]
            )
        operation = _operation(core, FILES_URL_UPLOAD)
        return (yield from _send(core, operation.build(body={"file_url": source, **extra}), deadline))
    operation = _operation(core, FILES_UPLOAD)
    accepted = _accepted_types(core.provider.spec(), operation)
    if isinstance(source, os.PathLike):
        path = Path(source)
        handle: IO[bytes] = yield from blocking(partial(_open, path))
        try:
            mime = _judged(handle, accepted, path)
            part = (path.name, handle, mime)
            prepared = operation.build(body={"file": part, **extra})
            return (yield from _send(core, prepared, deadline))
        finally:
            handle.close()
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        mime = _judged(io.BytesIO(data), accepted)
        prepared = operation.build(body={"file": ("image" + _EXTENSIONS.get(mime, ""), data, mime), **extra})
        return (yield from _send(core, prepared, deadline))
    if callable(getattr(source, "read", None)):
        mime = _judged(source, accepted)
        name = getattr(source, "name", None)
        part_name = Path(name).name if isinstance(name, str) else "image" + _EXTENSIONS.get(mime, "")
        prepared = operation.build(body={"file": (part_name, source, mime), **extra})
        return (yield from _send(core, prepared, deadline))
    raise TypeError(
        f"source must be a path, bytes, a binary file object or an http(s) URL, got {type(source).__name__}"
    )


def quota(core: ClientCore, deadline: Deadline | None = None) -> Flow[FileQuota]:
    """The account's file quota (a GET: retried like a task query)."""
    operation = _operation(core, FILES_QUOTA)
    response = yield from core.request(_on_files_origin(core, operation.build()), deadline=deadline)
    data = _data(response)
    used, limit, remaining = (_int(data.get(k)) for k in ("used_files", "max_files", "remain_files"))
    if used is None or limit is None or remaining is None:
        raise _not_understood(response, "data lacks used_files, max_files or remain_files")
    group = data.get("user_group")
    return FileQuota(used, limit, remaining, group if isinstance(group, str) else None, raw=dict(data))


def _send(core: ClientCore, prepared: Prepared, deadline: Deadline | None) -> Flow[UploadedFile]:
    """POST an upload, never twice: retried only when nothing was sent.

    Once sent, no usable answer (a lost one, an unreadable or oversized 2xx) says the outcome is unknown; an
    error answer is the service's refusal and is raised as it is.
    """
    try:
        response = yield from core.request(_on_files_origin(core, prepared), deadline=deadline, retry_unsent=True)
        return _uploaded(core, response)
    except (errors.APIConnectionError, errors.ResponseTooLargeError) as exc:
        if isinstance(exc.__cause__, httpx.ConnectError):
            raise  # no connection, so nothing was stored
        raise errors.UploadOutcomeUnknownError(
            f"the upload was sent but no usable answer came back ({exc}); the file may be stored and may hold a "
            "slot of the file quota: compare files.quota() with its count before sending it again",
            request=exc.request,
        ) from exc


def _uploaded(core: ClientCore, response: httpx.Response) -> UploadedFile:
    data = _data(response)
    file_id, url = data.get("file_id"), data.get("file_url")
    if not isinstance(file_id, str) or not isinstance(url, str) or not url.lower().startswith(("http://", "https://")):
        raise _not_understood(response, "data lacks a file_id or an http(s) file_url")
    download_url, mime, name = (data.get(k) for k in ("download_url", "mime_type", "file_name"))
    return UploadedFile(
        file_id=file_id,
        url=url,
        download_url=download_url if isinstance(download_url, str) else None,
        mime_type=mime if isinstance(mime, str) else None,
        size=_int(data.get("file_size")),
        name=name if isinstance(name, str) else None,
        expires_at=_expires_at(core, data.get("expires_at")),
        raw=dict(data),
    )


def _expires_at(core: ClientCore, value: Any) -> datetime:
    """The answer's ``expires_at`` (aware; a time without a zone is UTC), never later than now plus the documented
    lifetime (which is also the answer when it states none): a far-future expiry would have a dead link reused,
    and sent to paid tasks, long after the file is gone."""
    lifetime = float(core.provider.spec().component(FILE_DATA).get("x-file-lifetime-seconds", 0))
    documented = datetime.fromtimestamp(core.clock.wall(), UTC) + timedelta(seconds=lifetime)
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            moment = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
            return min(moment, documented) if lifetime > 0 else moment
    return documented


def _data(response: httpx.Response) -> Mapping[str, Any]:
    """The answer's ``data``; an answer that says ``success: false`` with a 2xx is an error all the same."""
    try:
        body = response.json()
    except (ValueError, RecursionError) as exc:
        raise _not_understood(response, type(exc).__name__) from exc
    if not isinstance(body, Mapping):
        raise _not_understood(response, "not a JSON object")
    if body.get("success") is False:
        message = body.get("msg") if isinstance(body.get("msg"), str) else "the files API refused the request"
        code = body.get("code") if isinstance(body.get("code"), int | str) else None
        raise errors.APIStatusError(str(message)[:2000], response=response, code=code, body=body)
    data = body.get("data")
    if not isinstance(data, Mapping):
        raise _not_understood(response, "no data object")
    return data


def _not_understood(response: httpx.Response, why: str) -> errors.APIConnectionError:
    return errors.APIConnectionError(
        f"the files API answered {response.status_code} with a body that is not a files answer: {why}",
        request=response.request,
    )


# --- helpers ----------------------------------------------------------------------------------


def _operation(core: ClientCore, name: str) -> Operation:
    spec = core.provider.spec()
    if spec.operations.get(name) is None:
        raise errors.EvoLinkError(f"{core.provider.name} documents no files API")
    if core.files_base_url is None:
        env = core.provider.files_base_url_env
        raise errors.EvoLinkError(
            f"no files API address for base_url {core.base_url}: pass files_base_url=..."
            + (f" or set {env}" if env else "")
            + " (the default files host goes only with the default API host)"
        )
    return spec.operation(name)


def _on_files_origin(core: ClientCore, prepared: Prepared) -> Prepared:
    """The request addressed to the files origin (the builders' paths are relative to their server)."""
    assert core.files_base_url is not None  # checked by _operation
    return prepared._replace(url=core.files_base_url + prepared.url)


def _accepted_types(spec: ApiSpec, operation: Operation) -> frozenset[str]:
    """The media types the spec gives the upload's ``file`` part (its ``encoding``)."""
    encoding = spec.request_media(operation).get("encoding", {}).get("file", {})
    return frozenset(t.strip() for t in str(encoding.get("contentType", "")).split(",") if t.strip())


def _open(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except OSError as exc:
        raise errors.RequestValidationError(
            [Violation("source", f"cannot be read: {exc.strerror or exc}", str(path))]
        ) from exc


def _judged(handle: IO[bytes], accepted: frozenset[str], path: Path | None = None) -> str:
    """The media type ``handle``'s first bytes show, if the files API accepts it; the handle is left at its start.

    The whole file is uploaded from its start whatever its position (httpx sends a file part whole), so it is
    judged from its start too.
    """
    try:
        handle.seek(0)
        head = handle.read(_HEAD_BYTES)
        handle.seek(0)
    except (OSError, ValueError) as exc:  # unseekable, closed
        raise errors.RequestValidationError([Violation("source", f"cannot be read from its start: {exc}")]) from exc
    mime = sniff_image(head)
    if mime is None or mime not in accepted:
        kinds = ", ".join(sorted(t.removeprefix("image/").upper() for t in accepted))
        rule = f"must be an image the files API takes ({kinds}), judged by its bytes, not its name"
        violation = Violation("source", rule) if path is None else Violation("source", rule, path.name)
        raise errors.RequestValidationError([violation])
    return mime


def sniff_image(head: bytes) -> str | None:
    """The media type of the image whose first bytes are ``head`` (16 are enough), or None: its name is no clue."""
    return next(
        (mime for parts, mime in _SIGNATURES if all(head[at : at + len(magic)] == magic for at, magic in parts)),
        None,
    )


# --- the faces --------------------------------------------------------------------------------


class Files:
    """``client.files``: upload images to the files API (72-hour links to give a model) and read its quota."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def upload(
        self,
        source: FileSource,
        *,
        file_name: str | None = None,
        upload_path: str | None = None,
        timeout: float | None = None,
    ) -> UploadedFile:
        """Upload one image: a path (``pathlib.Path``), its bytes, an open binary file, or an http(s) URL.

        A local image is checked by its bytes (JPEG, PNG, GIF or WebP, as the spec lists) before anything is
        sent and streamed in chunks; a URL is fetched by the service. A plain string that is not a URL is
        refused: pass a path as ``Path``. ``file_name`` and ``upload_path`` name the stored file. Never sent
        twice: only a connection that could not be made is retried; an answer lost after sending raises
        :class:`~evolink.UploadOutcomeUnknownError`. ``timeout`` (seconds) bounds the call.
        """
        core = self._client._core
        flow = upload(core, source, file_name=file_name, upload_path=upload_path, deadline=core.deadline(timeout))
        return self._client._run(flow)

    def quota(self, *, timeout: float | None = None) -> FileQuota:
        """How many files the account stores and may store; ``timeout`` (seconds) bounds the call."""
        core = self._client._core
        return self._client._run(quota(core, core.deadline(timeout)))


class AsyncFiles:
    """``client.files`` of the async clients; see :class:`Files`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def upload(
        self,
        source: FileSource,
        *,
        file_name: str | None = None,
        upload_path: str | None = None,
        timeout: float | None = None,
    ) -> UploadedFile:
        """See :meth:`Files.upload`."""
        core = self._client._core
        flow = upload(core, source, file_name=file_name, upload_path=upload_path, deadline=core.deadline(timeout))
        return await self._client._run(flow)

    async def quota(self, *, timeout: float | None = None) -> FileQuota:
        """See :meth:`Files.quota`."""
        core = self._client._core
        return await self._client._run(quota(core, core.deadline(timeout)))
