"""Where results are saved, and saving files safely: for tools that save results themselves.

``tasks.download(task, dest, index=i)`` saves one result of a task; a tool that
shows a progress bar per file saves them one by one, and needs to know where
each goes (:func:`result_destinations`, the names ``generate`` uses). It can
ask before creating anything whether the destination can be written at all
(:func:`output_problem`) and whether it would replace a file there
(:func:`replaced_file`). :func:`write_atomically` is how the library writes
a file that must never be seen half-written. :data:`ImageInput` is what an
image field takes: a link, or a local file (a path, an open binary file) that
the client uploads; annotate a list of mixed images ``list[ImageInput]``.
"""

from __future__ import annotations

import os
from pathlib import Path

from ._core import ByteProgress
from ._files import PartFile, output_problem, replaced_file, result_destinations
from ._local_files import ImageInput

__all__ = ["ByteProgress", "ImageInput", "output_problem", "replaced_file", "result_destinations", "write_atomically"]


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a hidden part file renamed into place once synced.

    A crash or a full disk leaves the earlier file (or none), never a
    truncated one. Returns the path written.
    """
    part = PartFile(Path(path))
    try:
        part.write(data)
        return part.commit()
    except BaseException:
        part.discard()
        raise
