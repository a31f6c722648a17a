"""Result files as a CDN serves them: signed links that expire, ``Range`` requests, and cut downloads on demand.

Tasks link here (``/files/<task id>/<index>.mp4?expires=...&signature=...``),
on the origin the client used, so a link works through whichever face
created it. A result is a :class:`VideoFile` of the shape its task asked for
(duration, width, height: :func:`video_shape`), one per distinct shape,
streamed: nothing larger than a chunk is ever in memory.
"""

from __future__ import annotations

from collections.abc import Mapping

from ._config import MockConfig
from ._dialects import dialect
from ._errors import ApiError
from ._faults import Faults
from ._http import MockRequest, MockResponse
from ._links import LinkSigner
from ._media import Shape, VideoFile
from ._ranges import Unsatisfiable, parse_range
from ._stats import StatsRecorder
from ._tasks import TaskRecord, video_shape

__all__ = ["Cdn"]

#: How many distinct result shapes are kept made (each is a few kilobytes, a 4K one tens of kilobytes).
_SHAPES_KEPT = 64


class Cdn:
    """Makes result links and serves them (403 for an expired or forged link, 404, 206, 416)."""

    def __init__(self, config: MockConfig, faults: Faults, stats: StatsRecorder, secret: bytes) -> None:
        #: What a result of no known shape serves (the sample clip), padded to ``video_bytes``.
        self.video = VideoFile(config.video_bytes)
        self._video_bytes = config.video_bytes
        self._spec = dialect(config.provider).spec
        self._shaped: dict[Shape, VideoFile] = {}
        self._ttl = config.link_ttl_seconds
        self._faults = faults
        self._stats = stats
        self._signer = LinkSigner(secret)

    def link(self, task: TaskRecord, index: int) -> str:
        """Result ``index`` of ``task``: valid until ``link_ttl_seconds`` after the task ended."""
        path = f"/files/{task.id}/{index}.mp4"
        expires = (task.ends_at or task.created_at) + self._ttl
        return f"{task.origin}{path}?{self._signer.sign(path, expires)}"

    def serve(self, request: MockRequest, name: str, task: TaskRecord | None, now: float) -> MockResponse:
        """Answer a download of file ``name`` of ``task`` (None: unknown, or not completed)."""
        problem = self._signer.problem(request.path, request.query, now)
        if problem:
            code = "link_expired" if "expired" in problem else "invalid_signature"
            raise ApiError(403, code, f"Access denied: {problem}", type="invalid_request_error")
        index = name.removesuffix(".mp4")
        if task is None or not index.isdigit() or int(index) >= task.outputs:
            raise ApiError(404, "not_found", "No such file", type="invalid_request_error")
        video = self.video_for(task)
        start, stop, headers = self._ranged(request.headers, video)
        response = MockResponse(206 if "content-range" in headers else 200, headers, stream=video.chunks(start, stop))
        if request.method == "GET":
            response.cut_after = self._faults.truncation(request.path, stop - start)
            if response.cut_after is not None:
                self._stats.bump("faults")
            self._stats.bump("downloads")
            self._stats.bump("download_bytes", stop - start if response.cut_after is None else response.cut_after)
        return response

    def video_for(self, task: TaskRecord) -> VideoFile:
        """The file ``task``'s results serve: its request's duration and size, made once per distinct shape."""
        shape = video_shape(self._spec, task.model, task.request, task.video_duration)
        video = self._shaped.get(shape)
        if video is None:
            if len(self._shaped) >= _SHAPES_KEPT:  # shapes come from requests: keep a bounded few
                self._shaped.clear()
            video = self._shaped.setdefault(shape, VideoFile(self._video_bytes, shape))
        return video

    def _ranged(self, request_headers: Mapping[str, str], video: VideoFile) -> tuple[int, int, dict[str, str]]:
        """The byte span to send and the headers that describe it; 416 when the range is past the end."""
        size = video.size
        try:
            wanted = parse_range(request_headers.get("range"), size)
        except Unsatisfiable:
            raise ApiError(
                416,
                "range_not_satisfiable",
                f"The file has {size} bytes",
                type="invalid_request_error",
                headers={"content-range": f"bytes */{size}"},
            ) from None
        start, stop = wanted or (0, size)
        headers = {
            "content-type": "video/mp4",
            "content-length": str(stop - start),
            "accept-ranges": "bytes",
            "etag": video.etag,
        }
        if wanted is not None:
            headers["content-range"] = f"bytes {start}-{stop - 1}/{size}"
        return start, stop, headers
