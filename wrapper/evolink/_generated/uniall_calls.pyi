"""Code generated from spec/ by `make generate` (spec/typedcalls.py): never edited by hand."""

from collections.abc import Mapping
from evolink._client import AsyncProgressCallback, AsyncVideos, PathLike, ProgressCallback, Videos
from evolink._core import AsyncByteProgress, ByteProgress
from evolink._generated.uniall_api.models import VideoJobRequest
from evolink._task import Task
from pathlib import Path
from typing import Any, Literal, overload

_Request = VideoJobRequest | Mapping[str, Any]


class UniAllVideos(Videos):
    """``UniAll().videos``: :class:`Videos` with one signature per model."""

    @overload  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
    def create(
        self,
        *,
        model: Literal["veo3.1-video-720p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["veo3.1-video-1080p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["veo3.1-video-4k"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["veo3.1-fast-video-720p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["veo3.1-fast-video-1080p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["veo3.1-fast-video-4k"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def create(
        self,
        request: _Request,
        /,
        *,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
        **fields: Any,
    ) -> Task:
        """Any model, from a request object or a mapping with its ``model``; keywords override its fields.

        A model newer than this spec: ``videos.create({"model": "brand-new", "prompt": "..."})``.
        """

    @overload  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
    def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-video-720p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-video-1080p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-video-4k"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-fast-video-720p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-fast-video-1080p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-fast-video-4k"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def create_and_wait(
        self,
        request: _Request,
        /,
        *,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        **fields: Any,
    ) -> Task:
        """Any model, from a request object or a mapping with its ``model``; keywords override its fields.

        A model newer than this spec: ``videos.create({"model": "brand-new", "prompt": "..."})``.
        """

    @overload  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
    def generate(
        self,
        *,
        model: Literal["veo3.1-video-720p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["veo3.1-video-1080p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["veo3.1-video-4k"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["veo3.1-fast-video-720p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["veo3.1-fast-video-1080p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["veo3.1-fast-video-4k"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    def generate(
        self,
        request: _Request,
        /,
        *,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
        **fields: Any,
    ) -> Path:
        """Any model, from a request object or a mapping with its ``model``; keywords override its fields.

        A model newer than this spec: ``videos.create({"model": "brand-new", "prompt": "..."})``.
        """


class AsyncUniAllVideos(AsyncVideos):
    """``AsyncUniAll().videos``: :class:`AsyncVideos` with one signature per model."""

    @overload  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
    async def create(
        self,
        *,
        model: Literal["veo3.1-video-720p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["veo3.1-video-1080p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["veo3.1-video-4k"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["veo3.1-fast-video-720p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["veo3.1-fast-video-1080p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["veo3.1-fast-video-4k"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def create(
        self,
        request: _Request,
        /,
        *,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
        **fields: Any,
    ) -> Task:
        """Any model, from a request object or a mapping with its ``model``; keywords override its fields.

        A model newer than this spec: ``videos.create({"model": "brand-new", "prompt": "..."})``.
        """

    @overload  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
    async def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-video-720p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-video-1080p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-video-4k"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-fast-video-720p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-fast-video-1080p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-fast-video-4k"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def create_and_wait(
        self,
        request: _Request,
        /,
        *,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        **fields: Any,
    ) -> Task:
        """Any model, from a request object or a mapping with its ``model``; keywords override its fields.

        A model newer than this spec: ``videos.create({"model": "brand-new", "prompt": "..."})``.
        """

    @overload  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
    async def generate(
        self,
        *,
        model: Literal["veo3.1-video-720p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["veo3.1-video-1080p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["veo3.1-video-4k"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["veo3.1-fast-video-720p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["veo3.1-fast-video-1080p"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["veo3.1-fast-video-4k"],
        prompt: str = ...,
        image: str = ...,
        images: list[str] = ...,
        last_image: str = ...,
        video: str = ...,
        size: Literal["720p", "1080p", "4k"] = ...,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        duration: Literal[4, 6, 8] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image + last_image), multi-image reference (images, not on fast models) and video extension (video).

        ``images``: from 2 to 3 items.
        ``size``: must be one of 720p, 1080p, 4k.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``duration``: must be one of 4, 6, 8.
        ``extra_body``: keys generate_audio, negative_prompt, seed; the method's keyword of that name fills it.
        """

    @overload
    async def generate(
        self,
        request: _Request,
        /,
        *,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
        **fields: Any,
    ) -> Path:
        """Any model, from a request object or a mapping with its ``model``; keywords override its fields.

        A model newer than this spec: ``videos.create({"model": "brand-new", "prompt": "..."})``.
        """
