"""Where a batch's videos go: a local folder, or an object store (``s3://bucket/prefix``).

Both are written the same way: the result is downloaded (streamed, resumed after
a cut or across processes, fsynced) into a part file, and only then made
visible where users look - a rename into the folder, or a multipart upload that
the store publishes only when complete. ``fence`` (the lease check) runs right
before the result is made visible, so a worker that lost its item never
replaces what its new holder saved.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ._commands import Flow, blocking
from ._download import part_key
from ._files import safe_name

if TYPE_CHECKING:
    from ._core import ClientCore
    from ._journal import JournalEntry
    from ._objectstore import ObjectOutput
    from ._task import Task
    from ._timing import Deadline

__all__ = ["FolderOutput", "Output", "StoreOutput", "file_digest", "output_for"]


def file_digest(path: Path) -> tuple[int, str]:
    """A saved file's size and SHA-256, recorded in the journal and checked before the file is trusted again."""
    with path.open("rb") as file:
        digest = hashlib.file_digest(file, "sha256").hexdigest()
    return path.stat().st_size, digest


#: What the journal records of one saved result: ``{"file": path or URL, "size": bytes, "sha256": hex}``.
Saved = dict[str, Any]


class Output(Protocol):
    #: The local folder item targets are named in (for a store, where results are staged).
    folder: Path

    def recorded(self, entry: JournalEntry) -> list[str] | None:
        """Every result the journal says the item saved, if each is still exactly those bytes; else None."""

    def save(
        self,
        core: ClientCore,
        task: Task,
        index: int,
        dest: Path,
        *,
        fence: Callable[[], None],
        deadline: Deadline | None,
    ) -> Flow[Saved]:
        """Download result ``index`` of ``task`` and make it visible as ``dest`` (its name, for a store)."""

    def evidence(self, target: Path) -> list[str]:
        """What an earlier run left for ``target`` (files, objects) that the journal should know about."""

    def ready(self) -> None:
        """Fail now, before anything is paid for, if results could not be saved here."""


def own_part_files(target: Path) -> list[Path]:
    """The part files a download to ``target`` leaves: ``.<name>.<random>.part``, the random part without a dot.

    Without that last rule ``.clip.mp4.*.part`` would also match ``.clip.mp4.mp4.<random>.part``, the part file
    of an item named ``clip.mp4``; with it, two targets can never claim one part file.
    """
    import glob

    prefix = f".{target.name}."
    found = target.parent.glob(f"{glob.escape(prefix)}*.part")
    return [path for path in found if "." not in path.name[len(prefix) : -len(".part")]]


def _still_saved(entry: JournalEntry, check: Callable[[str, int, str], str | None]) -> list[str] | None:
    """Where each result the journal says the item saved is, if ``check`` finds every one still those bytes."""
    if entry.status != "saved" or not entry.file or entry.size is None or not entry.sha256:
        return None
    recorded: list[tuple[Any, Any, Any]] = [(entry.file, entry.size, entry.sha256)]
    recorded += [(extra.get("file"), extra.get("size"), extra.get("sha256")) for extra in entry.extra_files]
    found: list[str] = []
    for name, size, digest in recorded:
        where = check(str(name), size, digest) if name and isinstance(size, int) and digest else None
        if where is None:
            return None
        found.append(where)
    return found


def _file_still_saved(name: str, size: int, digest: str) -> str | None:
    path = Path(name)
    try:
        return name if path.stat().st_size == size and file_digest(path) == (size, digest) else None
    except OSError:  # gone, or no longer readable: not a result
        return None


class FolderOutput:
    """Files in a local folder, each downloaded beside its name (a part file named after its task and result,
    locked while in use: whoever saves the result next, this run or another process, resumes it)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        #: Part files in the folder by the name they are for, read once: scanning per save costs N^2 in a batch.
        self._parts: dict[str, list[Path]] | None = None

    def recorded(self, entry: JournalEntry) -> list[str] | None:
        return _still_saved(entry, _file_still_saved)

    def save(
        self,
        core: ClientCore,
        task: Task,
        index: int,
        dest: Path,
        *,
        fence: Callable[[], None],
        deadline: Deadline | None,
    ) -> Flow[Saved]:
        resumable = dest.with_name(f".{dest.name}.{part_key(task, index)}.part")
        found = yield from blocking(partial(self._part_files, dest))
        for stale in found:  # part files of other tasks (a line edited since); never the sidecar
            if stale != resumable:
                yield from blocking(partial(_unlink_unless_busy, stale))
        path = yield from core.download(task, dest, index=index, timeout=deadline, overwrite=True, before_commit=fence)
        size, digest = yield from blocking(partial(file_digest, path))
        return {"file": str(path), "size": size, "sha256": digest}

    def _part_files(self, dest: Path) -> list[Path]:
        """The part files for ``dest`` that were there when the run started (the folder is read once)."""
        if dest.parent != self.folder:
            return own_part_files(dest)
        if self._parts is None:
            parts: dict[str, list[Path]] = {}
            try:
                entries = [entry.name for entry in os.scandir(self.folder)]
            except OSError:
                entries = []
            for name in entries:
                if name.startswith(".") and name.endswith(".part"):
                    target, _, random = name[1:-5].rpartition(".")
                    if target and "." not in random:
                        parts.setdefault(target, []).append(self.folder / name)
            self._parts = parts
        return self._parts.pop(dest.name, [])

    def evidence(self, target: Path) -> list[str]:
        return [str(path) for path in ([target] if target.exists() else []) + own_part_files(target)]

    def ready(self) -> None:
        """A local folder is checked with the items' names (``output_problem``), before anything is sent."""


class StoreOutput:
    """Objects under a store URL; each result is downloaded to a local staging folder, then uploaded."""

    def __init__(self, store: ObjectOutput) -> None:
        self.store = store
        url_digest = hashlib.sha256(store.url("x").encode()).hexdigest()[:16]
        # Named after the store and the results' tasks: a worker started again resumes what it had downloaded.
        self.folder = Path(tempfile.gettempdir()) / "evolink-staging" / url_digest
        self._existing: set[str] | None = None

    def recorded(self, entry: JournalEntry) -> list[str] | None:
        return _still_saved(entry, self._still_saved)

    def _still_saved(self, url: str, size: int, digest: str) -> str | None:
        saved = self.store.saved(url.rsplit("/", 1)[-1])
        return saved.url if saved is not None and saved.size == size and saved.sha256 == digest else None

    def save(
        self,
        core: ClientCore,
        task: Task,
        index: int,
        dest: Path,
        *,
        fence: Callable[[], None],
        deadline: Deadline | None,
    ) -> Flow[Saved]:
        staged = yield from core.download(task, dest, index=index, timeout=deadline, overwrite=True)
        size, digest = yield from blocking(partial(file_digest, staged))
        yield from blocking(fence)  # a worker that lost the item leaves the staged copy to its new holder
        name = yield from blocking(partial(self._free_name, dest, task, digest))
        upload = partial(self.store.put_file, staged, name, sha256=digest, task_id=task.id)
        saved = yield from blocking(upload)
        staged.unlink(missing_ok=True)
        return {"file": saved.url, "size": size, "sha256": digest}

    def _free_name(self, dest: Path, task: Task, digest: str) -> str:
        """``dest``'s name, unless another task's video is saved under it: then a name with this task's id.

        A paid video is never written over another one (an item edited since, a second jobs file on one batch).
        """
        found = self.store.saved(dest.name)
        if found is None or found.task_id in (None, task.id) or found.sha256 == digest:
            return dest.name
        return f"{dest.stem}-{safe_name(task.id)}{dest.suffix}"

    def evidence(self, target: Path) -> list[str]:
        if self._existing is None:  # one listing for the whole batch, not a request per item
            self._existing = self.store.names()
        return [self.store.url(target.name)] if target.name in self._existing else []

    def ready(self) -> None:
        self.store.check()  # a missing bucket or an unreachable endpoint, found before a video is paid for


def _unlink_unless_busy(path: Path) -> None:
    """Remove a stale part file, unless a download (of this process or another) holds its lock right now."""
    try:
        import fcntl
    except ImportError:
        path.unlink(missing_ok=True)
        return
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        path.unlink(missing_ok=True)
        path.with_name(path.name + ".json").unlink(missing_ok=True)
    except OSError:
        pass  # in use: not stale
    finally:
        os.close(fd)


def output_for(location: str | os.PathLike[str]) -> Output:
    """The output at ``location``: an object store for a store URL (the ``s3`` extra), else a local folder."""
    from ._objectstore import is_store_url

    if isinstance(location, str) and is_store_url(location):
        from ._objectstore import ObjectOutput

        return StoreOutput(ObjectOutput.from_url(location))
    return FolderOutput(Path(location))
