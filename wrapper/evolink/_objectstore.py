"""Saving results to object storage (``s3://bucket/prefix``, and what the library gives for free: GCS and Azure).

A batch that runs on several machines cannot write its videos to one local folder; teams keep such outputs in
object storage. This module is the one place that talks to a store: it answers "is this item already saved?"
(:meth:`ObjectOutput.saved`) and uploads a finished local file (:meth:`ObjectOutput.put_file`) so that

- the file is streamed in parts (a multipart upload past one part), never held whole in memory: about
  ``part_size`` * (``max_concurrency`` + 2) bytes of it are buffered at most (48 MiB by default);
- the object becomes visible only when complete: S3 publishes a multipart upload atomically when it is completed,
  and on any exception here (a read error, the deadline, a file that changed since its hash was taken) the
  upload is aborted, so nothing partial is ever visible and no hidden parts are left behind;
- its sha256 and task id are stored as object metadata, so a re-run (on any machine) can skip what is already
  saved; an object that already holds the same sha256 counts as saved, which makes a re-run idempotent.

The library is obstore (Rust's ``object_store``), chosen by measurement against fsspec+s3fs 2026.9.0
(``bench/objectstore_choice.py``: 64 MB streamed in 8 MiB parts to a loopback S3 server, 2 cores). Cold import
10 ms against 249 ms; peak RSS growth 30 MB against 40 MB (1 part in flight) and 55 MB against 90 MB (4 parts);
throughput the same within the noise of the server both share (105-135 against 75-154 MB/s); 16 MB installed as
one wheel with no dependencies, against 50 MB for s3fs, fsspec, aiobotocore, botocore, aiohttp and theirs. Both
stream multipart uploads from a file, read back size and user metadata, and abort the upload when the source fails
(checked by the bench). It is an optional extra (``pip install 'evolink[s3]'``), imported by this module on first
use only: ``import evolink`` never loads it.

What the store or the library does not give, and so this module does not claim:

- **Resuming a killed upload part by part.** obstore exposes no way to list or continue another process's
  multipart upload, so a re-run after ``kill -9`` uploads the file again from the start. The killed upload's
  parts stay hidden (never visible as the object) until the bucket's lifecycle rule for incomplete multipart
  uploads removes them; configure one (S3's ``AbortIncompleteMultipartUpload``).
- **Conditional create (If-None-Match) for large files.** obstore does a conditional put only as a single
  in-memory request, which would break the memory bound; two workers saving the same name both succeed, the
  last complete upload wins, and each is whole. Callers avoid that by claiming items first (the journal does).
- **A hard deadline inside one request.** ``timeout`` is checked before each part is sent and also bounds each
  HTTP request and its retries, so a put ends within about ``timeout`` plus one request's ``timeout``.

Credentials, endpoint and region come from the standard environment variables as the library reads them:
``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, ``AWS_SESSION_TOKEN``, ``AWS_ENDPOINT_URL`` (or
``AWS_ENDPOINT_URL_S3``), ``AWS_REGION`` / ``AWS_DEFAULT_REGION``, and ``AWS_ALLOW_HTTP=true`` for an ``http://``
endpoint; ``options`` overrides them with the library's own keys.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, BinaryIO

from ._exceptions import EvoLinkError

if TYPE_CHECKING:
    from obstore.store import ObjectStore

__all__ = [
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_PART_SIZE",
    "MIN_PART_SIZE",
    "STORE_SCHEMES",
    "ObjectOutput",
    "ObjectStoreError",
    "SavedObject",
    "is_store_url",
]

#: URL schemes obstore opens as an object store. ``file://`` and ``memory://`` are left out on purpose: the first is
#: a local path (the local folder's own atomic writes serve it), the second would vanish with the process.
#: ``http(s)://`` is left out because obstore reads it as a WebDAV server, which has neither metadata nor multipart.
STORE_SCHEMES = frozenset({"s3", "s3a", "gs", "az", "azure", "adl", "abfs", "abfss"})

#: S3 refuses parts smaller than 5 MiB (but the last); a smaller part size would fail only at completion.
MIN_PART_SIZE = 5 * 1024 * 1024
#: 8 MiB parts: few enough requests for a video of hundreds of MB, small enough to keep memory low.
DEFAULT_PART_SIZE = 8 * 1024 * 1024
#: Parts in flight at once: they, the part being filled and the one just read bound the memory (48 MiB by default).
DEFAULT_MAX_CONCURRENCY = 4

# Metadata names: lowercase letters only, because S3 lowercases them, Azure allows only identifiers (no "-"), and
# proxies such as nginx drop headers with "_" by default.
SHA256_KEY = "evolinksha256"
TASK_ID_KEY = "evolinktaskid"

# ClientConfig keys of obstore: given in ``options`` they go to the HTTP client, everything else to the store's
# config (obstore panics on a client key in the store config instead of raising).
_CLIENT_KEYS = frozenset(
    {
        "allow_http",
        "allow_invalid_certificates",
        "connect_timeout",
        "default_content_type",
        "default_headers",
        "http1_only",
        "http2_keep_alive_interval",
        "http2_keep_alive_timeout",
        "http2_keep_alive_while_idle",
        "http2_only",
        "pool_idle_timeout",
        "pool_max_idle_per_host",
        "proxy_url",
        "proxy_ca_certificate",
        "proxy_excludes",
        "randomize_addresses",
        "read_timeout",
        "root_certificate",
        "timeout",
        "user_agent",
    }
)


# The environment variable prefix obstore reads each store's settings under.
_ENV_PREFIXES = {"s3": "AWS_", "s3a": "AWS_", "gs": "GOOGLE_"} | dict.fromkeys(
    ("az", "azure", "adl", "abfs", "abfss"), "AZURE_"
)


class ObjectStoreError(EvoLinkError):
    """Talking to the object store failed, or the local file to upload could not be read.

    ``url`` is the object (or store) URL concerned; the library's own exception is the ``__cause__``.
    """

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url


@dataclass(frozen=True)
class SavedObject:
    """A complete object in the store: its size and the metadata evolink stored with it (``None`` if absent)."""

    url: str
    size: int
    sha256: str | None
    task_id: str | None


def is_store_url(text: str) -> bool:
    """Whether ``text`` names an object store (``s3://bucket/prefix`` ...) rather than a local path.

    Only the schemes obstore opens as a store count, and only with a bucket (or container) after the scheme, so a
    local path, ``file://`` and a Windows drive (``C:\\videos``) stay local.
    """
    scheme, sep, rest = text.partition("://")
    return bool(sep) and scheme.lower() in STORE_SCHEMES and bool(rest.split("/", 1)[0])


class _DeadlineExceeded(Exception):
    pass


class _ContentChanged(Exception):
    pass


class _ReadFailed(Exception):
    """The local file failed, not the store: kept apart because obstore raises OSError subclasses too."""


def _open_source(path: Path) -> BinaryIO:
    """Open the local file to upload. One function so that a test can make the read fail half-way."""
    return open(path, "rb")


def _read(source: BinaryIO, size: int) -> bytes:
    try:
        return source.read(size)
    except OSError as exc:
        raise _ReadFailed from exc


def _describe(exc: BaseException) -> str:
    """One line for a library error: obstore's messages carry a multi-line debug dump after the first line."""
    from obstore import exceptions as obstore_errors

    if isinstance(exc, FileNotFoundError):  # how obstore reports "not found" (its NotFoundError is deprecated)
        return "not found (does the bucket exist?)"
    if isinstance(exc, obstore_errors.PermissionDeniedError):
        return "permission denied"
    if isinstance(exc, obstore_errors.UnauthenticatedError):
        return "the credentials were refused"
    text = str(exc)
    # The S3 error code says more than the status line ("NoSuchBucket"); the message names no credentials.
    code = re.search(r"<Code>([^<]{1,100})</Code>", text)
    if code:
        message = re.search(r"<Message>([^<]{1,200})</Message>", text)
        return f"the store answered {code.group(1)}" + (f": {message.group(1)}" if message else "")
    first = (text.strip().splitlines() or [type(exc).__name__])[0]
    return first if len(first) <= 300 else first[:297] + "..."


def _is_library_error(exc: BaseException) -> bool:
    """obstore's errors, including the Rust panics pyo3 raises as a BaseException (never KeyboardInterrupt)."""
    if isinstance(exc, Exception):
        return True
    return type(exc).__name__ == "PanicException"


class ObjectOutput:
    """A place in an object store where a batch saves its results, one object per name under a prefix.

    Build it with :meth:`from_url`. Methods are synchronous and safe to call from several threads at once (the
    underlying client is shared and thread-safe); async callers run them in a worker thread.
    """

    def __init__(
        self,
        url: str,
        store: ObjectStore,
        prefix: str,
        *,
        timeout: float | None,
        part_size: int,
        max_concurrency: int,
    ) -> None:
        self._base = url.rstrip("/")
        self._store = store
        self._prefix = prefix.strip("/")
        self._timeout = timeout
        self._part_size = part_size
        self._max_concurrency = max_concurrency

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        options: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        part_size: int = DEFAULT_PART_SIZE,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
    ) -> ObjectOutput:
        """Open ``url`` (``s3://bucket/prefix``); nothing is sent until the first call.

        ``options`` are obstore's configuration keys (``endpoint``, ``region``, ``allow_http``, ...), overriding
        the environment. ``timeout`` (seconds) bounds each :meth:`put_file` and each request, retries included.
        """
        if not is_store_url(url):
            raise ObjectStoreError(f"not an object-store URL (schemes: {', '.join(sorted(STORE_SCHEMES))})", url=url)
        if part_size < MIN_PART_SIZE:
            raise ObjectStoreError(f"part_size must be at least {MIN_PART_SIZE} bytes, got {part_size}", url=url)
        if max_concurrency < 1:
            raise ObjectStoreError(f"max_concurrency must be at least 1, got {max_concurrency}", url=url)
        if timeout is not None and timeout <= 0:
            raise ObjectStoreError(f"timeout must be positive, got {timeout}", url=url)
        try:
            import obstore.store
        except ImportError as exc:
            raise ObjectStoreError("object storage needs the s3 extra: pip install 'evolink[s3]'", url=url) from exc
        config: dict[str, Any] = {}
        client: dict[str, Any] = {}
        for key, value in (options or {}).items():
            (client if key in _CLIENT_KEYS else config)[key] = value
        retry: dict[str, Any] = {}
        if timeout is not None:
            client.setdefault("timeout", timedelta(seconds=timeout))
            retry["retry_timeout"] = timedelta(seconds=timeout)
        if client:
            # Client options given here replace, not extend, those obstore reads from the environment
            # (AWS_ALLOW_HTTP among them): carry the environment's over so that a timeout keeps http:// working.
            env_prefix = _ENV_PREFIXES.get(url.partition("://")[0].lower(), "")
            for key in _CLIENT_KEYS:
                value = os.environ.get(f"{env_prefix}{key.upper()}") if env_prefix else None
                if value is not None:
                    client.setdefault(key, value)
        try:
            store = obstore.store.from_url(
                url,
                config=config or None,  # type: ignore[arg-type]  # a mapping of the library's own keys
                client_options=client or None,  # type: ignore[arg-type]
                retry_config=retry or None,  # type: ignore[arg-type]
            )
        except BaseException as exc:
            if not _is_library_error(exc):
                raise
            raise ObjectStoreError(f"cannot open the store: {_describe(exc)}", url=url) from exc
        prefix = getattr(store, "prefix", None) or ""
        return cls(url, store, str(prefix), timeout=timeout, part_size=part_size, max_concurrency=max_concurrency)

    def key(self, name: str) -> str:
        """The object key of ``name`` in its bucket: the URL's prefix, then ``name``."""
        _check_name(name, self._base)
        return f"{self._prefix}/{name}" if self._prefix else name

    def url(self, name: str) -> str:
        """The object's full URL, for messages and reports (``s3://bucket/prefix/name``)."""
        _check_name(name, self._base)
        return f"{self._base}/{name}"

    def saved(self, name: str) -> SavedObject | None:
        """The complete object saved under ``name``, or ``None`` when there is none.

        One HEAD request. Only complete objects exist for it: an upload in progress or aborted is invisible.
        A missing bucket also answers "not found" to a HEAD (S3 sends no body to tell them apart); :meth:`check`
        tells it, and :meth:`put_file` fails on it.
        """
        import obstore

        url = self.url(name)
        try:
            result = obstore.get(self._store, name, options={"head": True})
            meta = result.meta
            attributes = result.attributes
        except FileNotFoundError:  # obstore's "not found"; nothing local is opened here
            return None
        except BaseException as exc:
            if not _is_library_error(exc):
                raise
            raise ObjectStoreError(f"cannot look the object up: {_describe(exc)}", url=url) from exc
        return SavedObject(
            url=url, size=int(meta["size"]), sha256=attributes.get(SHA256_KEY), task_id=attributes.get(TASK_ID_KEY)
        )

    def names(self) -> set[str]:
        """The names of the objects directly under the prefix (one listing request per thousand objects)."""
        import obstore

        try:
            return {
                str(meta["path"]).rsplit("/", 1)[-1]
                for batch in obstore.list(self._store)
                for meta in batch
                if "/" not in str(meta["path"])
            }
        except BaseException as exc:
            if not _is_library_error(exc):
                raise
            raise ObjectStoreError(f"cannot list the store: {_describe(exc)}", url=self._base) from exc

    def check(self) -> None:
        """Fail now, not after a paid generation, if the store cannot be reached or the bucket does not exist.

        Lists at most one object under the prefix, so it needs the list permission (``s3:ListBucket``).
        """
        import obstore

        try:
            stream = obstore.list(self._store, chunk_size=1)
            next(iter(stream), None)
        except BaseException as exc:
            if not _is_library_error(exc):
                raise
            raise ObjectStoreError(f"cannot reach the store: {_describe(exc)}", url=self._base) from exc

    def put_file(self, local_path: Path, name: str, *, sha256: str, task_id: str) -> SavedObject:
        """Upload ``local_path`` as ``name``, streamed, visible only once complete; return what was saved.

        ``sha256`` is the file's hash as the caller computed it: it is stored as metadata and checked against the
        bytes actually sent, so an object never carries a hash that is not its own (a file changed since it was
        hashed fails, and nothing is published). An object already saved under ``name`` with the same sha256 is
        not uploaded again (one HEAD request) and counts as success.
        """
        import obstore

        url = self.url(name)
        existing = self.saved(name)
        if existing is not None and existing.sha256 == sha256:
            return existing
        deadline = None if self._timeout is None else time.monotonic() + self._timeout
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        attributes = {"Content-Type": content_type, SHA256_KEY: sha256, TASK_ID_KEY: task_id}
        digest = hashlib.sha256()
        size = 0
        try:
            try:
                source = _open_source(Path(local_path))
            except OSError as exc:
                raise _ReadFailed from exc
            with source:
                writer = obstore.open_writer(
                    self._store,
                    name,
                    attributes=attributes,
                    buffer_size=self._part_size,
                    max_concurrency=self._max_concurrency,
                )
                # The writer's __exit__ aborts the multipart upload when anything is raised inside this block.
                with writer:
                    while chunk := _read(source, self._part_size):
                        if deadline is not None and time.monotonic() > deadline:
                            raise _DeadlineExceeded
                        digest.update(chunk)
                        size += len(chunk)
                        writer.write(chunk)
                    if digest.hexdigest() != sha256:
                        raise _ContentChanged
        except _DeadlineExceeded as exc:
            raise ObjectStoreError(f"upload not finished within {self._timeout} s; aborted", url=url) from exc
        except _ContentChanged as exc:
            raise ObjectStoreError(
                f"{local_path} does not have the sha256 given ({sha256}); it changed since it was hashed. Aborted",
                url=url,
            ) from exc
        except _ReadFailed as exc:
            raise ObjectStoreError(
                f"reading {local_path} failed: {exc.__cause__}; nothing was published", url=url
            ) from exc.__cause__
        except BaseException as exc:
            if not _is_library_error(exc):
                raise
            raise ObjectStoreError(f"upload failed: {_describe(exc)}", url=url) from exc
        return SavedObject(url=url, size=size, sha256=sha256, task_id=task_id)


def _check_name(name: str, base: str) -> None:
    """A name is a relative key: no empty, "." or ".." segment, which stores resolve differently (or refuse)."""
    parts = PurePosixPath(name).parts if name else ()
    if not name or name.startswith("/") or any(part in ("", ".", "..") for part in name.split("/")) or not parts:
        raise ObjectStoreError(f"not a valid object name: {name!r}", url=base)
