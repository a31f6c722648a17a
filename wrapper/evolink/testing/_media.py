"""The video every completed task links to: a real MP4, padded to any size without being held in memory.

``sample.mp4`` beside this module is a 2 s, 320x180 H.264 + AAC clip with its
``moov`` box first (made once with ``ffmpeg -f lavfi -i testsrc2=size=320x180:
rate=24:duration=2 -f lavfi -i sine=frequency=440:duration=2 -c:v libx264
-profile:v baseline -pix_fmt yuv420p -crf 38 -c:a aac -b:a 24k -ac 1
-movflags +faststart``). To reach ``video_bytes`` a top-level ``free`` box is
appended: ISO BMFF readers skip boxes they do not need, so ffprobe and players
still read the padded file as the same 2 s clip. The padding (zeros) is
produced chunk by chunk, so a 256 MB result costs no memory, and any byte range
of it can be served on its own.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator
from functools import cache
from importlib import resources

__all__ = ["CHUNK_SIZE", "VideoFile", "sample_mp4"]

CHUNK_SIZE = 256 * 1024
_ZEROS = bytes(CHUNK_SIZE)
_BOX_HEADER = 8  # 32-bit size + type
_LARGE_BOX_HEADER = 16  # size 1 + type + 64-bit size, for boxes of 4 GiB and more


@cache
def sample_mp4() -> bytes:
    """The bare sample clip."""
    return resources.files(__package__).joinpath("sample.mp4").read_bytes()


def _free_box_header(size: int) -> bytes:
    if size < 2**32:
        return struct.pack(">I4s", size, b"free")
    return struct.pack(">I4sQ", 1, b"free", size)


class VideoFile:
    """The sample clip followed by a ``free`` box, ``size`` bytes in all.

    ``size`` None (or smaller than the sample) gives the bare sample; a gap too
    small for a box header is rounded up to the smallest box.
    """

    def __init__(self, size: int | None = None) -> None:
        sample = sample_mp4()
        pad = max(0, (size or 0) - len(sample))
        if pad:
            pad = max(pad, _BOX_HEADER if pad < 2**32 else _LARGE_BOX_HEADER)
            self._head = sample + _free_box_header(pad)
        else:
            self._head = sample
        self.size = len(sample) + pad
        digest = hashlib.sha256(sample).hexdigest()[:16]
        self.etag = f'"{digest}-{self.size}"'

    def chunks(self, start: int = 0, stop: int | None = None) -> Iterator[bytes]:
        """Bytes ``start`` to ``stop`` (exclusive; None: the end), at most :data:`CHUNK_SIZE` at a time."""
        stop = self.size if stop is None else min(stop, self.size)
        position = start
        head = len(self._head)
        while position < stop:
            if position < head:
                end = min(stop, head, position + CHUNK_SIZE)
                yield self._head[position:end]
            else:
                end = min(stop, position + CHUNK_SIZE)
                yield _ZEROS[: end - position]
            position = end
