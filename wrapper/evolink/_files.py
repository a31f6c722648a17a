"""Where a video is written, and how it gets there without a half-file ever being visible.

A download goes to a hidden temporary file beside the target and is renamed
into place only when it is complete, so a crash, a Ctrl-C or a dropped
connection never leaves something that looks like a video but is not. File
names derived from a task id are reduced to safe characters so that a hostile
id cannot escape the chosen folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Sequence
from functools import cache
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

__all__ = ["PartFile", "output_problem", "replaced_file", "resolve_destination", "result_destinations", "safe_name"]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(text: str, fallback: str = "video") -> str:
    """A file name made of ``[A-Za-z0-9._-]`` only, never empty, never a dot-name."""
    name = _UNSAFE.sub("-", text).strip(".-")[:120]
    return name or fallback


def _extension(url: str) -> str:
    """The link's file extension when it looks like one, else ``.mp4`` (also for a link that does not parse)."""
    try:
        suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    except ValueError:  # a server's link, such as a broken IPv6 literal
        return ".mp4"
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,5}", suffix) else ".mp4"


def resolve_destination(dest: str | os.PathLike[str], *, task_id: str, index: int, url: str) -> Path:
    """``dest`` itself when it names a file; ``dest/<task id>[-<index>].mp4`` when it is a folder.

    A folder is an existing directory or a path written with a trailing slash.
    """
    text = os.fspath(dest)
    path = Path(text)
    if path.is_dir() or text.endswith(("/", os.sep)):
        stem = safe_name(task_id, "task") + (f"-{index}" if index else "")
        return path / f"{stem}{_extension(url)}"
    return path


#: As long as the ids tasks have (``task-unified-1757169743-7cvnl5zw``), with room to spare.
_TYPICAL_TASK_ID = "task-unified-0000000000-" + "x" * 24


def output_problem(dest: str | os.PathLike[str]) -> str | None:
    """Why videos cannot be saved at ``dest`` (a file or a folder), else None - asked before anything is paid for.

    The folder is created if missing and a scratch file is made and removed in it, which is the only sure
    test (permissions, read-only mounts, a file where a folder should be, a full quota's refusal to create).
    """
    import tempfile

    # The probe is the longest part file a download will make there: a name too long for the file system fails
    # now, not after paying (a folder's files are named after task ids, extra results get "-<i>").
    probe = resolve_destination(dest, task_id=_TYPICAL_TASK_ID, index=99, url="")
    probe = probe.with_name(f"{probe.stem}-99{probe.suffix}")
    try:
        probe.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{probe.name}.", suffix=".part", dir=probe.parent)
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        return f"cannot be written ({exc.strerror or type(exc).__name__}: {probe.parent})"
    return None


def replaced_file(dest: str | os.PathLike[str], *, videos: int = 1) -> Path | None:
    """The first existing file that saving ``videos`` results at ``dest`` would replace, if ``dest`` names a file.

    Asked before anything is paid for, so a video is never silently written over an existing file. A folder's
    names carry the task id, which is not known yet (a download checks each name again when it saves).
    """
    text = os.fspath(dest)
    path = Path(text)
    if path.is_dir() or text.endswith(("/", os.sep)):
        return None
    names = [path, *(path.with_name(f"{path.stem}-{i}{path.suffix}") for i in range(1, videos))]
    return next((name for name in names if name.exists()), None)


def result_destinations(dest: str | os.PathLike[str], *, task_id: str, links: Sequence[str]) -> list[Path]:
    """Where each result of a task goes (a request with ``n`` > 1 has several).

    A folder gets the library's names, ``<task id>.mp4``, ``<task id>-1.mp4``, ...; a file ``clip.mp4`` is the
    first result and the others go beside it as ``clip-1.mp4``, ``clip-2.mp4``, ...
    """
    first = resolve_destination(dest, task_id=task_id, index=0, url=links[0])
    if first != Path(dest):
        return [resolve_destination(dest, task_id=task_id, index=i, url=u) for i, u in enumerate(links)]
    return [first, *(first.with_name(f"{first.stem}-{i}{first.suffix}") for i in range(1, len(links)))]


def usable_validator(value: str) -> bool:
    """A validator that can go in an ``If-Range`` header: printable ASCII (a hostile host's or note's is not)."""
    return 0 < len(value) <= 1024 and value.isascii() and value.isprintable()


@cache
def _umask() -> int:
    """The process umask, read once (setting it to read it is process-wide, so not per file)."""
    current = os.umask(0o022)
    os.umask(current)
    return current


class PartFile:
    """A temporary file beside ``target``; :meth:`commit` renames it into place, :meth:`discard` removes it.

    Written with ``os.write`` on its descriptor rather than through a buffered file object: a download's chunks
    are already tens of kilobytes, so a buffer would only add a copy and a Python call per chunk.

    With a ``key`` (which result of which task it holds) the part file has a name of its own,
    ``.<target name>.<key>.part``, and what identifies the bytes in it (the body's ETag or Last-Modified, for
    ``If-Range``) is kept beside it in ``<part>.json``: a process killed in the middle of a download leaves
    both, and the next one to save that result resumes from where it stopped instead of starting again. The
    part file is locked while in use (``flock``, released by the system even on ``kill -9``): a second process
    saving the same result at once gets a part file of its own, as does every download where there is no
    ``flock``.
    """

    def __init__(self, target: Path, *, key: str | None = None) -> None:
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        self.validator: str | None = None
        self.size = 0
        self.fd = self._claim(target, key) if key is not None else -1
        #: Named after its task and result (so a later process finds it), rather than at random.
        self.keyed = self.fd >= 0
        if self.keyed:
            self.path = target.with_name(f".{target.name}.{key}.part")
            self.size = os.lseek(self.fd, 0, os.SEEK_END)
            self.validator = self._remembered()
            if self.size and self.validator is None:  # bytes of an unknown version: never spliced
                self.restart()
        else:
            import tempfile  # loaded by the first download, not by `import evolink`

            self.fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
            self.path = Path(name)

    @staticmethod
    def _claim(target: Path, key: str) -> int:
        """The keyed part file's descriptor, locked; -1 if it cannot be used safely, so a fresh one is made.

        Only a regular file of ours with one name is taken up: never what a symbolic link points at (opened
        with ``O_NOFOLLOW``), never a file that is also some other name (a saved video left linked to its part
        file by a kill between link and unlink), and never one another process holds (``flock``).
        """
        try:
            import fcntl
        except ImportError:  # no flock (Windows): every download gets a part file of its own
            return -1
        path = target.with_name(f".{target.name}.{key}.part")
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        except OSError:  # a link, a folder, no permission: not ours to write
            return -1
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            found = os.fstat(fd)
            if not stat.S_ISREG(found.st_mode) or found.st_nlink != 1 or found.st_uid != os.geteuid():
                raise OSError("not a part file of ours")
        except OSError:
            os.close(fd)
            return -1
        return fd

    @property
    def _sidecar(self) -> Path:
        return self.path.with_name(self.path.name + ".json")

    def _remembered(self) -> str | None:
        """The validator an earlier process wrote beside these bytes, if it is there, ours and sound."""
        import json

        try:
            fd = os.open(self._sidecar, os.O_RDONLY | os.O_NOFOLLOW)
            with os.fdopen(fd, "rb") as file:
                value = json.loads(file.read(4096))
        except (OSError, ValueError):
            return None
        validator = value.get("validator") if isinstance(value, dict) else None
        return validator if isinstance(validator, str) and usable_validator(validator) else None

    def remember(self, validator: str | None) -> None:
        """Keep the version of the body being written (for a keyed part file); None: it cannot be resumed.

        The note is written to a new file renamed over the old one, never through a link planted at its name;
        a note that cannot be written only means the bytes will not be resumed by another process.
        """
        self.validator = validator
        if not self.keyed:
            return
        fresh = self._sidecar.with_name(f"{self._sidecar.name}.{os.getpid()}.new")
        try:
            if validator is None:
                self._forget_note()
                return
            import json

            fd = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, "wb") as file:
                file.write(json.dumps({"validator": validator}).encode())
            os.replace(fresh, self._sidecar)
        except OSError:
            with contextlib.suppress(OSError):
                fresh.unlink(missing_ok=True)
            self._forget_note()

    def write(self, chunk: bytes) -> None:
        written = os.write(self.fd, chunk)
        if written < len(chunk):  # a regular file writes short only near a full disk or on a signal: go on
            view = memoryview(chunk)
            while written < len(chunk):
                written += os.write(self.fd, view[written:])
        self.size += written

    def restart(self) -> None:
        """Throw away what was written (the server ignored a Range request and sent everything again)."""
        os.ftruncate(self.fd, 0)
        os.lseek(self.fd, 0, os.SEEK_SET)
        self.size = 0

    def commit(self, *, replace: bool = True, beside: Path | None = None) -> Path:
        """Make the bytes the target file (synced first); returns the path they went to.

        ``replace=False`` never writes over a file: the bytes are linked into place, which fails if a file got
        there first (since anyone last looked), and then go to ``beside`` (or ``beside`` numbered) instead - they
        are paid for. The part file keeps its lock until its name is gone, so no other download can take up the
        bytes that have become a video.
        """
        os.fsync(self.fd)
        # mkstemp creates 0600; a saved video gets the usual permissions (0666 less the umask).
        os.fchmod(self.fd, 0o666 & ~_umask())
        if replace:
            os.replace(self.path, self.target)
            saved = self.target
        else:
            saved = self._link_into(self.target, beside)
        self._forget_note()
        self._close()
        return saved

    def _link_into(self, target: Path, beside: Path | None) -> Path:
        """Link the part file to the first free name of ``target``, ``beside``, ``beside-2``, ...; drop its name."""
        names = [target] if beside is None else [target, beside]
        names += (
            [] if beside is None else [beside.with_name(f"{beside.stem}-{i}{beside.suffix}") for i in range(2, 100)]
        )
        for candidate in names:
            try:
                os.link(self.path, candidate)
            except FileExistsError:
                continue
            except OSError:  # a file system without hard links: a check, then a rename (a narrow race, not none)
                if candidate.exists():
                    continue
                os.replace(self.path, candidate)
                return candidate
            os.unlink(self.path)
            return candidate
        raise FileExistsError(f"{target} and the names beside it are taken; the video is kept at {self.path}")

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)  # before the lock goes: nobody takes up a name about to vanish
        self._forget_note()
        self._close()

    def _forget_note(self) -> None:
        """Remove the validator's note; one that cannot be removed (a folder in its place) is left, unread."""
        if self.keyed:
            with contextlib.suppress(OSError):
                self._sidecar.unlink(missing_ok=True)

    def keep(self) -> None:
        """Leave the part file for a later process to resume (a cut, a deadline, an interruption)."""
        self._close()

    def _close(self) -> None:
        """Close the descriptor once: ``discard`` after a failed ``commit`` must not close a reused number."""
        fd, self.fd = self.fd, -1
        if fd >= 0:
            os.close(fd)
