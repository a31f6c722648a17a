"""Local images wherever a model takes an image: checked, uploaded once, and sent as their links.

A ``pathlib.Path`` (any ``os.PathLike``) or an open binary file may stand
wherever :func:`~evolink.spec.media_fields` says a model takes an image, at any
depth (``image_start``, an item of ``image_urls``, ``refer_images[].image_url``).
A string is always a URL: nothing is guessed from text.

Everything that can be refused is refused before anything is sent, in this
order: where the local files stand (only an image field takes one: the files
API stores images only, so a video or audio field names that), the rest of the
body against the spec (each local file stands in as a placeholder link, so a
request the spec refuses never costs an upload), and then each file's bytes
(an image type the files API takes, judged by its first bytes). The files API
states no size limit, and the models state theirs only in words, so no size is
checked here. Only then are the files uploaded and the create sent with their
links.

The same bytes are uploaded once per client while their link stays good: an
upload is remembered by the SHA-256 of its content, and a link is reused only
while it has at least :data:`FRESH_FOR` left, since the task fetches the image
when it runs, which may be a while after the create. Flows that need the same
content at once (threads of one client, a batch's items) wait for its one
upload. A batch also keeps its uploads in its journal (:class:`JournalUploads`),
so a re-run uploads nothing again.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeVar

from . import _exceptions as errors
from ._commands import Flow, blocking
from ._files_api import _accepted_types, _judged, upload
from ._media import media_fields
from ._provider import FILES_UPLOAD
from ._violations import Violation, _join

if TYPE_CHECKING:
    from ._core import ClientCore
    from ._journal import Journal
    from ._spec import ApiSpec
    from ._timing import Deadline

__all__ = [
    "FILE_REF",
    "FRESH_FOR",
    "ImageInput",
    "JournalUploads",
    "LocalFile",
    "LocalInput",
    "UploadCache",
    "UploadStore",
    "content_violations",
    "file_refs",
    "from_file_refs",
    "local_inputs",
    "placement_violations",
    "upload_local_files",
    "with_placeholders",
]

T = TypeVar("T")

#: What may stand for an image in a request: a path or an open binary file.
LocalFile = os.PathLike[str] | IO[bytes]
#: What an image field takes: its link, or a local file the client uploads.
ImageInput = str | os.PathLike[str] | IO[bytes]
#: How long a remembered link must still be good to be sent again (seconds): a task fetches its images when it
#: runs, and a busy queue can hold it for hours after the create.
FRESH_FOR = 6 * 3600.0
#: How many uploads a client remembers (the oldest used is forgotten first).
_REMEMBERED = 1024
#: How often a flow waiting for another's upload of the same content looks again (seconds).
_AWAIT_UPLOAD = 0.05
#: How much of a file is hashed at a time: memory stays flat whatever its size.
_CHUNK = 1 << 20
#: The key of a local file in a request's JSON form (a jobs file, a batch journal): ``{"file": "portrait.jpg"}``.
FILE_REF = "file"
#: What stands in for a local file while the rest of the body is checked: a link no model can refuse.
_PLACEHOLDER = "https://local-file.invalid/image.png"


def is_local(value: object) -> bool:
    """Whether ``value`` is a local file: a path, or an open binary file (something with ``read``, not text)."""
    if isinstance(value, os.PathLike):
        return True
    return not isinstance(value, str | bytes | bytearray | memoryview) and callable(getattr(value, "read", None))


@dataclass(frozen=True)
class LocalInput:
    """A local file in a request: ``where`` it stands (keys and indexes), the ``field`` that names it as
    :func:`~evolink.spec.media_fields` does (``image_urls``, ``refer_images[].image_url``), and the ``source``."""

    where: tuple[str | int, ...]
    field: str
    source: LocalFile

    @property
    def label(self) -> str:
        """Where it stands, as a validation message names a field: ``image_urls[1]``."""
        return _join(self.where)


def local_inputs(body: Mapping[str, Any]) -> list[LocalInput]:
    """Every local file in ``body``, at any depth, in body order."""
    return list(_found(body, (), ""))


def _found(value: Any, where: tuple[str | int, ...], field: str) -> Iterator[LocalInput]:
    if is_local(value):
        yield LocalInput(where, field, value)
    elif isinstance(value, Mapping):
        for key, inner in value.items():
            yield from _found(inner, (*where, str(key)), f"{field}.{key}" if field else str(key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _found(inner, (*where, index), f"{field}[]" if isinstance(inner, Mapping) else field)


def with_placeholders(body: Mapping[str, Any], found: list[LocalInput]) -> dict[str, Any]:
    """``body`` with each local file replaced by a placeholder link: what the spec's rules are checked on."""
    return _replaced(body, {item.where: _PLACEHOLDER for item in found})


def _replaced(body: Mapping[str, Any], values: Mapping[tuple[str | int, ...], Any]) -> dict[str, Any]:
    """A copy of ``body`` with the value at each ``where`` replaced (the containers on the way are copied)."""

    def copied(value: Any, where: tuple[str | int, ...]) -> Any:
        if where in values:
            return values[where]
        if isinstance(value, Mapping):
            return {key: copied(inner, (*where, str(key))) for key, inner in value.items()}
        if isinstance(value, list):
            return [copied(inner, (*where, index)) for index, inner in enumerate(value)]
        return value

    result: dict[str, Any] = copied(body, ())
    return result


def placement_violations(spec: ApiSpec, body: Mapping[str, Any], found: list[LocalInput]) -> list[Violation]:
    """Each local file that stands where no image goes: a video or audio field, any other field, another
    gateway. Nothing is read."""
    if not found:
        return []
    if spec.operations.get(FILES_UPLOAD) is None:
        rule = "is a local file, but this gateway has no files API to upload it to: pass an image URL"
        return [Violation(item.label, rule) for item in found]
    model = body.get("model")
    if not isinstance(model, str) or not spec.knows(model):
        rule = "is a local file, but the spec does not know this model's image fields: pass an image URL"
        return [Violation(item.label, rule) for item in found]
    media = media_fields(spec, model)
    images = sorted(name for name, medium in media.items() if medium == "image")
    violations: list[Violation] = []
    for item in found:
        medium = media.get(item.field)
        if medium == "image":
            continue
        if medium is not None:
            article = "an" if medium[0] in "aeiou" else "a"
            rule = f"takes {article} {medium} URL; a local file is uploaded to the files API, which stores images only"
        else:
            where = f"({', '.join(images)})" if images else "(this model has none)"
            rule = f"does not take a local file; only an image field does {where}"
        violations.append(Violation(item.label, rule))
    return violations


def content_violations(spec: ApiSpec, found: list[LocalInput]) -> list[Violation]:
    """Each local file that cannot be read, or is not an image the files API takes (by its bytes). Reads a few
    bytes of each (blocking)."""
    operation = spec.operations.get(FILES_UPLOAD)
    if operation is None:
        return []
    accepted = _accepted_types(spec, operation)
    violations: list[Violation] = []
    for item in found:
        named = Path(item.source) if isinstance(item.source, os.PathLike) else None
        try:
            _with_handle(item.source, partial(_judged, accepted=accepted, path=named))
        except errors.RequestValidationError as exc:
            violations += [replace(v, field=item.label) for v in exc.violations]
    return violations


def _with_handle(source: LocalFile, use: Callable[[IO[bytes]], T]) -> T:
    """``use(handle)`` on ``source`` opened (a path) or as it is (an open file), left at its start."""
    name = os.fspath(source) if isinstance(source, os.PathLike) else getattr(source, "name", "an open file")
    try:
        if not isinstance(source, os.PathLike):
            return use(source)
        with Path(source).open("rb") as handle:
            return use(handle)
    except OSError as exc:  # opening, or a read that fails half-way (a network share, a file being truncated)
        rule = f"cannot be read ({name}): {exc.strerror or exc}"
        raise errors.RequestValidationError([Violation("source", rule)]) from exc


def _digest(source: LocalFile) -> str:
    """The SHA-256 of the whole content, read in chunks from its start; an open file is left at its start."""

    def hashed(handle: IO[bytes]) -> str:
        digest = hashlib.sha256()
        handle.seek(0)
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
        handle.seek(0)
        return digest.hexdigest()

    return _with_handle(source, hashed)


# --- remembering uploads ----------------------------------------------------------------------


class UploadStore(Protocol):
    """Where uploads are remembered: content hash -> link, until the link expires (Unix time)."""

    def find(self, digest: str, good_until: float) -> str | None:
        """The link of an upload of this content still good at ``good_until``, if one is remembered."""

    def keep(self, digest: str, url: str, expires_at: float) -> None:
        """Remember an upload (which ends its claim)."""

    def claim(self, digest: str) -> bool:
        """Take the upload of this content: False while another flow (a thread, a task) has it."""

    def release(self, digest: str, *, outcome_unknown: bool = False) -> None:
        """Give up a claim whose upload failed. ``outcome_unknown``: it was sent and its answer lost, so it may be
        stored; this content is then never uploaded again by this client (later claims raise), or a quota slot
        could be spent twice without the user knowing."""


class UploadCache:
    """A client's uploads, in memory: at most ``size`` of them, safe to share among threads."""

    def __init__(self, size: int = _REMEMBERED) -> None:
        self._size = size
        self._links: OrderedDict[str, tuple[str, float]] = OrderedDict()
        self._uploading: set[str] = set()
        self._unknown: set[str] = set()  # sent, answer lost: may be stored, never uploaded again by this client
        self._lock = threading.Lock()

    def find(self, digest: str, good_until: float) -> str | None:
        with self._lock:
            found = self._links.get(digest)
            if found is None or found[1] <= good_until:
                self._links.pop(digest, None)  # about to expire: it will never be sent again
                return None
            self._links.move_to_end(digest)
            return found[0]

    def keep(self, digest: str, url: str, expires_at: float) -> None:
        with self._lock:
            self._uploading.discard(digest)
            self._links[digest] = (url, expires_at)
            self._links.move_to_end(digest)
            while len(self._links) > self._size:
                self._links.popitem(last=False)

    def claim(self, digest: str) -> bool:
        with self._lock:
            if digest in self._unknown:
                raise errors.UploadOutcomeUnknownError(
                    "an earlier upload of the same image was sent and its answer lost: it may be stored and hold a "
                    "quota slot, so this client does not upload it again; compare files.quota() with the count "
                    "before, then retry with a new client (or pass the stored file's URL)"
                )
            if digest in self._uploading:
                return False
            self._uploading.add(digest)
            return True

    def release(self, digest: str, *, outcome_unknown: bool = False) -> None:
        with self._lock:
            self._uploading.discard(digest)
            if outcome_unknown:
                self._unknown.add(digest)


class JournalUploads:
    """A batch's uploads: its journal first (they outlive the process, so a re-run uploads nothing again),
    then the client's memory."""

    def __init__(self, journal: Journal, memory: UploadStore) -> None:
        self._journal = journal
        self._memory = memory

    @classmethod
    def over(cls, journal: Journal, store: UploadStore) -> JournalUploads:
        """``journal``'s uploads over a client's memory (``store``, or the memory under an earlier journal)."""
        return cls(journal, store._memory if isinstance(store, JournalUploads) else store)

    def find(self, digest: str, good_until: float) -> str | None:
        recorded = self._journal.upload(digest)
        if recorded is not None and recorded[1] > good_until:
            return recorded[0]
        return self._memory.find(digest, good_until)

    def keep(self, digest: str, url: str, expires_at: float) -> None:
        try:
            self._journal.record_upload(digest, url, expires_at)
        finally:
            self._memory.keep(digest, url, expires_at)

    def claim(self, digest: str) -> bool:
        return self._memory.claim(digest)

    def release(self, digest: str, *, outcome_unknown: bool = False) -> None:
        self._memory.release(digest, outcome_unknown=outcome_unknown)


# --- the flow ---------------------------------------------------------------------------------


def upload_local_files(core: ClientCore, body: dict[str, Any], deadline: Deadline | None) -> Flow[dict[str, Any]]:
    """``body`` with each local file replaced by its link: every file checked first, then each content uploaded
    once (or its remembered link reused). ``body`` itself is returned when it holds no local file."""
    found = local_inputs(body)
    if not found:
        return body
    spec = core.provider.spec()
    problems = placement_violations(spec, body, found)  # again: extra_body may have brought one
    if not problems:
        problems = yield from blocking(partial(content_violations, spec, found))
    if problems:
        raise errors.RequestValidationError(problems)
    links: dict[tuple[str | int, ...], str] = {}
    for item in found:
        links[item.where] = yield from _link(core, item.source, deadline)
    return _replaced(body, links)


def _link(core: ClientCore, source: LocalFile, deadline: Deadline | None) -> Flow[str]:
    """The link of ``source``'s content: remembered, else uploaded - by one flow at a time, so items of a batch
    that share an image upload it once while the others wait for its link."""
    digest = yield from blocking(partial(_digest, source))
    store = core.uploads
    while True:
        link = yield from blocking(partial(store.find, digest, core.clock.wall() + FRESH_FOR))
        if link is not None:
            return link
        if (yield from blocking(partial(store.claim, digest))):
            break
        yield from core._sleep(_AWAIT_UPLOAD, deadline)
    try:
        uploaded = yield from upload(core, source, deadline=deadline)
        # The upload re-reads the file: if it changed since it was hashed, the link holds other bytes than the
        # digest names, and remembering it would send them for the old content later.
        unchanged = (yield from blocking(partial(_digest, source))) == digest
    except BaseException as exc:
        store.release(digest, outcome_unknown=isinstance(exc, errors.UploadOutcomeUnknownError))
        raise
    if not unchanged:
        store.release(digest)
        return uploaded.url
    yield from blocking(partial(store.keep, digest, uploaded.url, uploaded.expires_at.timestamp()))
    return uploaded.url


# --- the JSON form ----------------------------------------------------------------------------


def file_refs(value: Any) -> Any:
    """``value`` with each local file written ``{"file": "<its path>"}``: the JSON form a journal records.

    An open file is written by its ``name`` when it has one (else ``"<file object>"``). JSON values pass as
    they are.
    """
    if is_local(value):
        name = os.fspath(value) if isinstance(value, os.PathLike) else getattr(value, "name", None)
        return {FILE_REF: name if isinstance(name, str) else "<file object>"}
    if isinstance(value, Mapping):
        return {key: file_refs(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [file_refs(inner) for inner in value]
    return value


def from_file_refs(value: Any, base: str | os.PathLike[str]) -> Any:
    """``value`` with each ``{"file": "<path>"}`` (that one key, a string) made a :class:`~pathlib.Path`,
    relative to ``base``: how a jobs file names a local image."""
    if isinstance(value, Mapping):
        ref = value.get(FILE_REF)
        if len(value) == 1 and isinstance(ref, str):
            return Path(base) / ref
        return {key: from_file_refs(inner, base) for key, inner in value.items()}
    if isinstance(value, list):
        return [from_file_refs(inner, base) for inner in value]
    return value
