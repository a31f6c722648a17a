"""Code generated from spec/ by `make generate` (spec/typedcalls.py): never edited by hand."""

from collections.abc import Mapping
from evolink._client import AsyncProgressCallback, AsyncVideos, PathLike, ProgressCallback, Videos
from evolink._core import AsyncByteProgress, ByteProgress
from evolink._generated.evolink_api.models import DoubaoSeedance10ProFastRequest, GeminiOmniFlashImageToVideoRequest, GeminiOmniFlashReferenceToVideoRequest, GeminiOmniFlashTextToVideoRequest, GeminiOmniFlashVideoEditRequest, GrokImagineImageToVideoBetaRequest, GrokImagineTextToVideoBetaRequest, GrokImagineVideo10I2VRequest, GrokImagineVideo10T2VRequest, GrokImagineVideo15PreviewRequest, Happyhorse10ImageToVideoRequest, Happyhorse10ReferenceToVideoRequest, Happyhorse10TextToVideoRequest, Happyhorse10VideoEditRequest, Happyhorse11ImageToVideoRequest, Happyhorse11ReferenceToVideoRequest, Happyhorse11TextToVideoRequest, KlingCustomElementRequest, KlingO1ImageToVideoRequest, KlingO1VideoEditFastRequest, KlingO1VideoEditRequest, KlingO3ImageToVideoRequest, KlingO3ReferenceToVideoRequest, KlingO3TextToVideoRequest, KlingO3VideoEditRequest, KlingV3ImageToVideoRequest, KlingV3MotionControlRequest, KlingV3TextToVideoRequest, KlingV3TurboImageToVideoRequest, KlingV3TurboTextToVideoRequest, MiniMaxHailuo02Request, MiniMaxHailuo23FastRequest, MiniMaxHailuo23Request, MinimaxH3ImageToVideoRequest, MinimaxH3ReferenceToVideoRequest, MinimaxH3TextToVideoRequest, Omnihuman15Request, Seedance15ProRequest, Seedance20FastImageToVideoRequest, Seedance20FastReferenceToVideoRequest, Seedance20FastTextToVideoRequest, Seedance20ImageToVideoRequest, Seedance20MiniImageToVideoRequest, Seedance20MiniReferenceToVideoRequest, Seedance20MiniTextToVideoRequest, Seedance20ReferenceToVideoRequest, Seedance20TextToVideoRequest, Seedance25ImageToVideoRequest, Seedance25ReferenceToVideoRequest, Seedance25TextToVideoRequest, Seedance25VideoEditRequest, Seedance25VideoExtendRequest, Sora2PreviewRequest, Sora2ProPreviewRequest, TopazVideoUpscaleRequest, Veo31FastBetaRequest, Veo31FastExtendRequest, Veo31FastGeneratePreviewRequest, Veo31GeneratePreviewRequest, Veo31ProBetaRequest, VideoretalkRequest, Wan25ImageToVideoRequest, Wan25TextToVideoRequest, Wan26ImageToVideoFlashRequest, Wan26ImageToVideoRequest, Wan26ReferenceVideoFlashRequest, Wan26ReferenceVideoRequest, Wan26TextToVideoRequest, Wan27ImageToVideoRequest, Wan27ReferenceVideoRequest, Wan27TextToVideoRequest, Wan27VideoEditRequest, Wan30ImageToVideoRequest, Wan30ReferenceVideoRequest, Wan30TextToVideoRequest
from evolink._task import Task
from evolink.files import ImageInput
from pathlib import Path
from typing import Any, Literal, overload

_Request = MiniMaxHailuo02Request | MiniMaxHailuo23FastRequest | MiniMaxHailuo23Request | DoubaoSeedance10ProFastRequest | GeminiOmniFlashImageToVideoRequest | GeminiOmniFlashReferenceToVideoRequest | GeminiOmniFlashTextToVideoRequest | GeminiOmniFlashVideoEditRequest | GrokImagineImageToVideoBetaRequest | GrokImagineTextToVideoBetaRequest | GrokImagineVideo10I2VRequest | GrokImagineVideo10T2VRequest | GrokImagineVideo15PreviewRequest | Happyhorse10ImageToVideoRequest | Happyhorse10ReferenceToVideoRequest | Happyhorse10TextToVideoRequest | Happyhorse10VideoEditRequest | Happyhorse11ImageToVideoRequest | Happyhorse11ReferenceToVideoRequest | Happyhorse11TextToVideoRequest | KlingCustomElementRequest | KlingO1ImageToVideoRequest | KlingO1VideoEditFastRequest | KlingO1VideoEditRequest | KlingO3ImageToVideoRequest | KlingO3ReferenceToVideoRequest | KlingO3TextToVideoRequest | KlingO3VideoEditRequest | KlingV3ImageToVideoRequest | KlingV3MotionControlRequest | KlingV3TextToVideoRequest | KlingV3TurboImageToVideoRequest | KlingV3TurboTextToVideoRequest | MinimaxH3ImageToVideoRequest | MinimaxH3ReferenceToVideoRequest | MinimaxH3TextToVideoRequest | Omnihuman15Request | Seedance15ProRequest | Seedance20FastImageToVideoRequest | Seedance20FastReferenceToVideoRequest | Seedance20FastTextToVideoRequest | Seedance20ImageToVideoRequest | Seedance20MiniImageToVideoRequest | Seedance20MiniReferenceToVideoRequest | Seedance20MiniTextToVideoRequest | Seedance20ReferenceToVideoRequest | Seedance20TextToVideoRequest | Seedance25ImageToVideoRequest | Seedance25ReferenceToVideoRequest | Seedance25TextToVideoRequest | Seedance25VideoEditRequest | Seedance25VideoExtendRequest | Sora2PreviewRequest | Sora2ProPreviewRequest | TopazVideoUpscaleRequest | Veo31FastGeneratePreviewRequest | Veo31GeneratePreviewRequest | Veo31FastBetaRequest | Veo31FastExtendRequest | Veo31ProBetaRequest | VideoretalkRequest | Wan25ImageToVideoRequest | Wan25TextToVideoRequest | Wan26ImageToVideoFlashRequest | Wan26ImageToVideoRequest | Wan26ReferenceVideoFlashRequest | Wan26ReferenceVideoRequest | Wan26TextToVideoRequest | Wan27ImageToVideoRequest | Wan27ReferenceVideoRequest | Wan27TextToVideoRequest | Wan27VideoEditRequest | Wan30ImageToVideoRequest | Wan30ReferenceVideoRequest | Wan30TextToVideoRequest | Mapping[str, Any]


class EvoLinkVideos(Videos):
    """``EvoLink().videos``: :class:`Videos` with one signature per model."""

    @overload  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
    def create(
        self,
        *,
        model: Literal["MiniMax-Hailuo-02"],
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["512p", "768p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """MiniMax Hailuo 02 - text or image (first, optionally last frame) to video, 512p to 1080p.

        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``model_params``: keys fast_pretreatment, prompt_optimizer.
        ``prompt``: at most 2000 characters; must not be empty or blank.
        ``quality``: must be one of 512p, 768p, 1080p; default "768p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["MiniMax-Hailuo-2.3-Fast"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["768p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """MiniMax Hailuo 2.3 Fast - image-to-video, quicker and cheaper.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``model_params``: keys prompt_optimizer.
        ``prompt``: at most 2000 characters; must not be empty or blank.
        ``quality``: must be one of 768p, 1080p; default "768p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["MiniMax-Hailuo-2.3"],
        prompt: str,
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["768p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """MiniMax Hailuo 2.3 - text or first-frame image to video, 768p or 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``model_params``: keys fast_pretreatment, prompt_optimizer.
        ``quality``: must be one of 768p, 1080p; default "768p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["doubao-seedance-1.0-pro-fast"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "keep_ratio", "adaptive"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 1.0 Pro Fast - text-to-video, or image-to-video from one image; 2 to 12 seconds, up to 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, keep_ratio, adaptive.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 12; default 5.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "1080p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-omni-flash-image-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Gemini Omni Flash image-to-video from one first frame.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        ``image_urls``: from 1 to 1 item.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-omni-flash-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Gemini Omni Flash reference-to-video, guided by reference images.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        ``image_urls``: from 1 to 6 items.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-omni-flash-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Gemini Omni Flash text-to-video; duration 3-10 s or auto.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-omni-flash-video-edit"],
        prompt: str,
        callback_url: str = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Gemini Omni Flash video edit - change a video by instruction.

        ``prompt``: required; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``video_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["grok-imagine-image-to-video-beta"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        mode: Literal["fun", "normal", "spicy"] = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Grok Imagine image-to-video (beta), with a style mode.

        ``image_urls``: required; from 1 to 7 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 6 to 30; default 6.
        ``mode``: must be one of fun, normal, spicy; default "normal".
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["grok-imagine-text-to-video-beta"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        mode: Literal["fun", "normal", "spicy"] = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Grok Imagine text-to-video (beta), with a style mode.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 6 to 30; default 6.
        ``mode``: must be one of fun, normal, spicy; default "normal".
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["grok-imagine-video-1.0-i2v"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Grok Imagine Video 1.0 from an image.

        ``image_urls``: required; from 1 to 7 items; each must be an http:// or https:// link.
        ``prompt``: required; at least 1 character; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["grok-imagine-video-1.0-t2v"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Grok Imagine Video 1.0 from text.

        ``prompt``: required; at least 1 character; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["grok-imagine-video-1.5-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Grok Imagine Video 1.5 (preview) from text and up to 7 images; with one image, its shape sets the frame.

        ``prompt``: required; from 1 to 4096 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16, 1:1, 3:2, 2:3; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``image_urls``: from 0 to 7 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "480p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["happyhorse-1.0-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.0 image-to-video - animate one first frame for 3 to 15 seconds; the prompt is optional.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["happyhorse-1.0-reference-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.0 reference-to-video - cast up to 9 characters or objects from reference images into a 3 to 15 second clip.

        ``image_urls``: required; from 1 to 9 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["happyhorse-1.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.0 text-to-video - 3 to 15 seconds at 720p or 1080p; shots can be laid out with timings in the prompt.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["happyhorse-1.0-video-edit"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.0 video edit - restyle or replace parts of one video by instruction; the result is as long as the source, up to 15 seconds, and keeps its frame shape.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 5 items; each must be an http:// or https:// link.
        ``keep_original_sound``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["happyhorse-1.1-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.1 image-to-video - animate one first frame for 3 to 15 seconds; the prompt is optional.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["happyhorse-1.1-reference-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.1 reference-to-video - cast up to 9 characters or objects from reference images into a 3 to 15 second clip.

        ``image_urls``: required; from 1 to 9 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["happyhorse-1.1-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.1 text-to-video - 3 to 15 seconds at 720p or 1080p; shots can be laid out with timings in the prompt.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["kling-custom-element"],
        model_params: Mapping[str, Any],
        callback_url: str = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling custom element - register a character from reference images or a video, for use as <<<element_N>>>.

        ``model_params``: required; keys element_description, element_image_list, element_name, element_video_list, element_voice_id, reference_type.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["kling-o1-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O1 image-to-video from one or two images.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10; default 5.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["kling-o1-video-edit-fast"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O1 video edit, fast tier.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: from 1 to 4 items; each must be an http:// or https:// link.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["kling-o1-video-edit"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O1 video edit - change a video by instruction, with optional reference images.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: from 1 to 4 items; each must be an http:// or https:// link.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["kling-o3-image-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O3 image-to-video - first/last frame and reference images, elements and multi-shot.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``image_urls``: each must be an http:// or https:// link.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k.
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["kling-o3-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        video_url: str = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O3 reference-to-video - a new shot guided by a reference video, images and elements.

        ``prompt``: required; at most 2500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10; default 5.
        ``image_urls``: each must be an http:// or https:// link.
        ``keep_original_sound``: default true.
        ``model_params``: keys element_list, watermark_info.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``video_url``: must be an http:// or https:// link.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["kling-o3-text-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O3 text-to-video, with elements and multi-shot.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["kling-o3-video-edit"],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        video_url: str = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O3 video edit - rework a video by instruction, with reference images and elements.

        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: each must be an http:// or https:// link.
        ``keep_original_sound``: default true.
        ``model_params``: keys element_list, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``video_url``: must be an http:// or https:// link.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["kling-v3-image-to-video"],
        image_start: ImageInput,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling v3 image-to-video - animate a first frame, optionally towards a last frame, with multi-shot.

        ``image_start``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``image_end``: must be an http:// or https:// link.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["kling-v3-motion-control"],
        image_urls: list[str] | list[ImageInput],
        model_params: Mapping[str, Any],
        video_urls: list[str],
        callback_url: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling v3 motion control - move the character of an image the way a reference video moves.

        ``image_urls``: required; each must be an http:// or https:// link.
        ``model_params``: required; keys character_orientation, element_list, keep_sound, watermark_info.
        ``video_urls``: required; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["kling-v3-text-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling v3 text-to-video, with optional multi-shot storytelling.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``model_params``: keys multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["kling-v3-turbo-image-to-video"],
        image_start: ImageInput,
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling v3 turbo image-to-video - quicker and cheaper, up to 1080p.

        ``image_start``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["kling-v3-turbo-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling v3 turbo text-to-video - quicker and cheaper, up to 1080p.

        ``prompt``: required; at most 2500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["minimax-h3-image-to-video"],
        prompt: str,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        quality: Literal["768p", "2k"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """MiniMax H3 image-to-video from a first frame, a last frame or both.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``quality``: must be one of 768p, 2k; default "768p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["minimax-h3-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["adaptive", "16:9", "21:9", "4:3", "1:1", "3:4", "9:16"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["768p", "2k"] = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """MiniMax H3 reference-to-video from up to 9 images, 3 videos and 3 audio clips.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive, 16:9, 21:9, 4:3, 1:1, 3:4, 9:16; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link; default [].
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link; default [].
        ``quality``: must be one of 768p, 2k; default "768p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link; default [].
        """

    @overload
    def create(
        self,
        *,
        model: Literal["minimax-h3-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "21:9", "4:3", "1:1", "3:4", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["768p", "2k"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """MiniMax H3 text-to-video.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 21:9, 4:3, 1:1, 3:4, 9:16; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``quality``: must be one of 768p, 2k; default "768p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["omnihuman-1.5"],
        audio_url: str,
        image_urls: list[str] | list[ImageInput],
        auto_mask: bool = ...,
        callback_url: str = ...,
        mask_url: list[str] | list[ImageInput] = ...,
        pe_fast_mode: bool = ...,
        prompt: str = ...,
        seed: int = ...,
        subject_check: bool = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """OmniHuman 1.5 - a talking-person video from one portrait, lip-synced to an audio clip of up to 35 seconds.

        ``audio_url``: required; must be an http:// or https:// link.
        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``auto_mask``: default false.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``mask_url``: each must be an http:// or https:// link.
        ``pe_fast_mode``: default false.
        ``prompt``: must not be empty or blank.
        ``subject_check``: default false.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-1.5-pro"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 1.5 Pro - text, first-frame or first-and-last-frame video with generated sound; 4 to 12 seconds, up to 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 12; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.0-fast-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 Fast image-to-video from a first frame, or first and last frames; 480p or 720p.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.0-fast-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p"] = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 Fast reference-to-video - up to 9 images, 3 videos and 3 audio clips as references; 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.0-fast-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 Fast text-to-video - quicker and cheaper, 480p or 720p, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.0-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 image-to-video from a first frame, or first and last frames; up to 4K.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.0-mini-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 Mini image-to-video from a first frame, or first and last frames; 480p or 720p.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.0-mini-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p"] = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 Mini reference-to-video - up to 9 images, 3 videos and 3 audio clips as references; 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.0-mini-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 Mini text-to-video - the lightest tier, 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.0-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 reference-to-video - new footage guided by up to 9 images, 3 videos and 3 audio clips (also edits or continues a reference video); up to 4K.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 text-to-video - 4 to 15 seconds, up to 4K, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.5-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.5 image-to-video from a first frame, or first and last frames; the shape follows the image.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.5-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.5 reference-to-video - new footage guided by up to 30 images, 10 videos and 10 audio clips (at least one); up to 1080p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``video_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.5-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.5 text-to-video - up to 30 seconds and 1080p, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.5-video-edit"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: Literal[-1] = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.5 video edit - change the first video by instruction; the output keeps its length and shape.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 10 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: must be one of -1; default -1.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["seedance-2.5-video-extend"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.5 video extend - continue the first video forwards or backwards by up to 30 seconds.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 10 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["sora-2-preview"],
        prompt: str,
        aspect_ratio: Literal["1280x720", "720x1280", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Sora 2 (preview) - text or one image to video; an image must match the chosen frame size exactly.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 1280x720, 720x1280, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["sora-2-pro-preview"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Sora 2 Pro (preview) - higher quality text or image to video; no images of real people.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``quality``: must be one of 720p, 1080p.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["topaz-video-upscale"],
        video_urls: list[str],
        callback_url: str = ...,
        model_params: Mapping[str, Any] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Topaz video upscale - enhance one MP4 video and enlarge it 1x, 2x or 4x, billed per second of input.

        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``model_params``: keys upscale_factor.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["veo-3.1-fast-generate-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: Literal[4, 6, 8] = ...,
        generate_audio: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        n: int = ...,
        negative_prompt: str = ...,
        person_generation: Literal["allow_adult", "dont_allow"] = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        resize_mode: Literal["pad", "crop"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Veo 3.1 Fast (preview) - text-to-video, first/last-frame and reference-image video, cheaper and quicker.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 4, 6, 8; default 4.
        ``generate_audio``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``n``: from 1 to 4; default 1.
        ``person_generation``: must be one of allow_adult, dont_allow.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``resize_mode``: must be one of pad, crop.
        ``seed``: from 1 to 4294967295.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["veo-3.1-generate-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: Literal[4, 6, 8] = ...,
        generate_audio: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        n: int = ...,
        negative_prompt: str = ...,
        person_generation: Literal["allow_adult", "dont_allow"] = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        resize_mode: Literal["pad", "crop"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Veo 3.1 (preview) - text-to-video, first/last-frame and reference-image video.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 4, 6, 8; default 4.
        ``generate_audio``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``n``: from 1 to 4; default 1.
        ``person_generation``: must be one of allow_adult, dont_allow.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``resize_mode``: must be one of pad, crop.
        ``seed``: from 1 to 4294967295.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["veo3.1-fast-beta"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        enhance_prompt: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Veo 3.1 Fast (beta channel) - text, first/last-frame and reference-image video at 720p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``enhance_prompt``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``quality``: must be one of 720p.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["veo3.1-fast-extend"],
        base_video_task_id: str,
        prompt: str,
        callback_url: str = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Veo 3.1 Fast extend (retired) - continue an earlier 720p Veo 3.1 Fast video.

        ``base_video_task_id``: required; at most 128 characters; must match the pattern ^task-unified-[A-Za-z0-9_-]+$.
        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["veo3.1-pro-beta"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        enhance_prompt: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Veo 3.1 Pro (beta channel) - text, first-frame or first/last-frame video at 720p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``enhance_prompt``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``quality``: must be one of 720p.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["videoretalk"],
        audio_url: str,
        video_url: str,
        callback_url: str = ...,
        query_face_threshold: int = ...,
        ref_image_url: ImageInput = ...,
        video_extension: bool = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """VideoRetalk - redo the lip movements of the person in a video to match a new audio track (e.g. dubbing).

        ``audio_url``: required; must be an http:// or https:// link.
        ``video_url``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``query_face_threshold``: from 120 to 200; default 170.
        ``ref_image_url``: must be an http:// or https:// link.
        ``video_extension``: default false.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan2.5-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        prompt_extend: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.5 image-to-video - animate one first-frame image into a 5 or 10 second clip.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10.
        ``prompt_extend``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan2.5-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        prompt_extend: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.5 text-to-video - 5 or 10 second clips at 480p, 720p or 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10.
        ``prompt_extend``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan2.6-image-to-video-flash"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.6 Flash image-to-video - the quicker first-frame tier, with or without generated sound.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``generate_audio``: default true.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan2.6-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.6 image-to-video - animate one first-frame image into a 2 to 15 second clip.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan2.6-reference-video-flash"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.6 Flash reference video - the quicker reference-video tier, with or without generated sound.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 3 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 10.
        ``generate_audio``: default true.
        ``model_params``: keys shot_type.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan2.6-reference-video"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.6 reference video - a new 2 to 10 second clip starring the characters of up to 3 reference videos.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 3 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 10.
        ``model_params``: keys shot_type.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan2.6-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.6 text-to-video - 2 to 15 second clips at 720p or 1080p, optionally driven by an audio track.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan2.7-image-to-video"],
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generation_mode: Literal["first_frame", "first_last_frame", "video_continuation"] = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.7 image-to-video - from a first frame, first and last frames, or by continuing a short video.

        ``audio_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``generation_mode``: must be one of first_frame, first_last_frame, video_continuation.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``negative_prompt``: at most 500 characters.
        ``prompt``: at most 5000 characters; must not be empty or blank.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        ``video_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan2.7-reference-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_start: ImageInput = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.7 reference video - cast people or objects from up to 5 reference images and videos, with per-character voices.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_urls``: at most 5 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``image_start``: must be an http:// or https:// link.
        ``image_urls``: at most 5 items; each must be an http:// or https:// link.
        ``model_params``: keys voice_bindings.
        ``negative_prompt``: at most 500 characters.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        ``video_urls``: at most 5 items; each must be an http:// or https:// link.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan2.7-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        negative_prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.7 text-to-video - 2 to 15 second clips at 720p or 1080p; shots can be laid out in the prompt.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``negative_prompt``: at most 500 characters.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan2.7-video-edit"],
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: float = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.7 video edit - restyle or change one video by instruction, with up to 4 reference images.

        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 0 to 10; 0 or at least 2; default 0.
        ``image_urls``: at most 4 items; each must be an http:// or https:// link.
        ``keep_original_sound``: default false.
        ``negative_prompt``: at most 500 characters.
        ``prompt``: at most 5000 characters; must not be empty or blank.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan3.0-image-to-video"],
        image_start: ImageInput,
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_end: ImageInput = ...,
        prompt: str = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 3.0 image-to-video - a clip of up to 30 seconds that starts on a given image and can end on another.

        ``image_start``: required; must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``image_end``: must be an http:// or https:// link.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan3.0-reference-video"],
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 3.0 reference video - up to 30 seconds built from any mix of reference images, videos, audio clips and a document or web page.

        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``audio_urls``: at most 5 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 10 items; each must be an http:// or https:// link.
        ``model_params``: keys file_url, link_url.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
        ``video_urls``: at most 5 items; each must be an http:// or https:// link.
        """

    @overload
    def create(
        self,
        *,
        model: Literal["wan3.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 3.0 text-to-video - clips of up to 30 seconds from a prompt alone, at 480p to 1080p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
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
        model: Literal["MiniMax-Hailuo-02"],
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["512p", "768p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """MiniMax Hailuo 02 - text or image (first, optionally last frame) to video, 512p to 1080p.

        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``model_params``: keys fast_pretreatment, prompt_optimizer.
        ``prompt``: at most 2000 characters; must not be empty or blank.
        ``quality``: must be one of 512p, 768p, 1080p; default "768p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["MiniMax-Hailuo-2.3-Fast"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["768p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """MiniMax Hailuo 2.3 Fast - image-to-video, quicker and cheaper.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``model_params``: keys prompt_optimizer.
        ``prompt``: at most 2000 characters; must not be empty or blank.
        ``quality``: must be one of 768p, 1080p; default "768p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["MiniMax-Hailuo-2.3"],
        prompt: str,
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["768p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """MiniMax Hailuo 2.3 - text or first-frame image to video, 768p or 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``model_params``: keys fast_pretreatment, prompt_optimizer.
        ``quality``: must be one of 768p, 1080p; default "768p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["doubao-seedance-1.0-pro-fast"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "keep_ratio", "adaptive"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 1.0 Pro Fast - text-to-video, or image-to-video from one image; 2 to 12 seconds, up to 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, keep_ratio, adaptive.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 12; default 5.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "1080p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["gemini-omni-flash-image-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Gemini Omni Flash image-to-video from one first frame.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        ``image_urls``: from 1 to 1 item.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["gemini-omni-flash-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Gemini Omni Flash reference-to-video, guided by reference images.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        ``image_urls``: from 1 to 6 items.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["gemini-omni-flash-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Gemini Omni Flash text-to-video; duration 3-10 s or auto.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["gemini-omni-flash-video-edit"],
        prompt: str,
        callback_url: str = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Gemini Omni Flash video edit - change a video by instruction.

        ``prompt``: required; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``video_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["grok-imagine-image-to-video-beta"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        mode: Literal["fun", "normal", "spicy"] = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Grok Imagine image-to-video (beta), with a style mode.

        ``image_urls``: required; from 1 to 7 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 6 to 30; default 6.
        ``mode``: must be one of fun, normal, spicy; default "normal".
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["grok-imagine-text-to-video-beta"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        mode: Literal["fun", "normal", "spicy"] = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Grok Imagine text-to-video (beta), with a style mode.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 6 to 30; default 6.
        ``mode``: must be one of fun, normal, spicy; default "normal".
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["grok-imagine-video-1.0-i2v"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Grok Imagine Video 1.0 from an image.

        ``image_urls``: required; from 1 to 7 items; each must be an http:// or https:// link.
        ``prompt``: required; at least 1 character; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["grok-imagine-video-1.0-t2v"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Grok Imagine Video 1.0 from text.

        ``prompt``: required; at least 1 character; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["grok-imagine-video-1.5-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Grok Imagine Video 1.5 (preview) from text and up to 7 images; with one image, its shape sets the frame.

        ``prompt``: required; from 1 to 4096 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16, 1:1, 3:2, 2:3; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``image_urls``: from 0 to 7 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "480p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.0-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.0 image-to-video - animate one first frame for 3 to 15 seconds; the prompt is optional.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.0-reference-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.0 reference-to-video - cast up to 9 characters or objects from reference images into a 3 to 15 second clip.

        ``image_urls``: required; from 1 to 9 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.0 text-to-video - 3 to 15 seconds at 720p or 1080p; shots can be laid out with timings in the prompt.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.0-video-edit"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.0 video edit - restyle or replace parts of one video by instruction; the result is as long as the source, up to 15 seconds, and keeps its frame shape.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 5 items; each must be an http:// or https:// link.
        ``keep_original_sound``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.1-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.1 image-to-video - animate one first frame for 3 to 15 seconds; the prompt is optional.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.1-reference-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.1 reference-to-video - cast up to 9 characters or objects from reference images into a 3 to 15 second clip.

        ``image_urls``: required; from 1 to 9 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.1-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.1 text-to-video - 3 to 15 seconds at 720p or 1080p; shots can be laid out with timings in the prompt.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["kling-custom-element"],
        model_params: Mapping[str, Any],
        callback_url: str = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling custom element - register a character from reference images or a video, for use as <<<element_N>>>.

        ``model_params``: required; keys element_description, element_image_list, element_name, element_video_list, element_voice_id, reference_type.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["kling-o1-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O1 image-to-video from one or two images.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10; default 5.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["kling-o1-video-edit-fast"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O1 video edit, fast tier.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: from 1 to 4 items; each must be an http:// or https:// link.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["kling-o1-video-edit"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O1 video edit - change a video by instruction, with optional reference images.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: from 1 to 4 items; each must be an http:// or https:// link.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["kling-o3-image-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O3 image-to-video - first/last frame and reference images, elements and multi-shot.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``image_urls``: each must be an http:// or https:// link.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k.
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["kling-o3-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        video_url: str = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O3 reference-to-video - a new shot guided by a reference video, images and elements.

        ``prompt``: required; at most 2500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10; default 5.
        ``image_urls``: each must be an http:// or https:// link.
        ``keep_original_sound``: default true.
        ``model_params``: keys element_list, watermark_info.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``video_url``: must be an http:// or https:// link.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["kling-o3-text-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O3 text-to-video, with elements and multi-shot.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["kling-o3-video-edit"],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        video_url: str = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O3 video edit - rework a video by instruction, with reference images and elements.

        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: each must be an http:// or https:// link.
        ``keep_original_sound``: default true.
        ``model_params``: keys element_list, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``video_url``: must be an http:// or https:// link.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["kling-v3-image-to-video"],
        image_start: ImageInput,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling v3 image-to-video - animate a first frame, optionally towards a last frame, with multi-shot.

        ``image_start``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``image_end``: must be an http:// or https:// link.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["kling-v3-motion-control"],
        image_urls: list[str] | list[ImageInput],
        model_params: Mapping[str, Any],
        video_urls: list[str],
        callback_url: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling v3 motion control - move the character of an image the way a reference video moves.

        ``image_urls``: required; each must be an http:// or https:// link.
        ``model_params``: required; keys character_orientation, element_list, keep_sound, watermark_info.
        ``video_urls``: required; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["kling-v3-text-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling v3 text-to-video, with optional multi-shot storytelling.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``model_params``: keys multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["kling-v3-turbo-image-to-video"],
        image_start: ImageInput,
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling v3 turbo image-to-video - quicker and cheaper, up to 1080p.

        ``image_start``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["kling-v3-turbo-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling v3 turbo text-to-video - quicker and cheaper, up to 1080p.

        ``prompt``: required; at most 2500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["minimax-h3-image-to-video"],
        prompt: str,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        quality: Literal["768p", "2k"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """MiniMax H3 image-to-video from a first frame, a last frame or both.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``quality``: must be one of 768p, 2k; default "768p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["minimax-h3-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["adaptive", "16:9", "21:9", "4:3", "1:1", "3:4", "9:16"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["768p", "2k"] = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """MiniMax H3 reference-to-video from up to 9 images, 3 videos and 3 audio clips.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive, 16:9, 21:9, 4:3, 1:1, 3:4, 9:16; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link; default [].
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link; default [].
        ``quality``: must be one of 768p, 2k; default "768p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link; default [].
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["minimax-h3-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "21:9", "4:3", "1:1", "3:4", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["768p", "2k"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """MiniMax H3 text-to-video.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 21:9, 4:3, 1:1, 3:4, 9:16; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``quality``: must be one of 768p, 2k; default "768p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["omnihuman-1.5"],
        audio_url: str,
        image_urls: list[str] | list[ImageInput],
        auto_mask: bool = ...,
        callback_url: str = ...,
        mask_url: list[str] | list[ImageInput] = ...,
        pe_fast_mode: bool = ...,
        prompt: str = ...,
        seed: int = ...,
        subject_check: bool = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """OmniHuman 1.5 - a talking-person video from one portrait, lip-synced to an audio clip of up to 35 seconds.

        ``audio_url``: required; must be an http:// or https:// link.
        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``auto_mask``: default false.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``mask_url``: each must be an http:// or https:// link.
        ``pe_fast_mode``: default false.
        ``prompt``: must not be empty or blank.
        ``subject_check``: default false.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-1.5-pro"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 1.5 Pro - text, first-frame or first-and-last-frame video with generated sound; 4 to 12 seconds, up to 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 12; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-fast-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 Fast image-to-video from a first frame, or first and last frames; 480p or 720p.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-fast-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p"] = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 Fast reference-to-video - up to 9 images, 3 videos and 3 audio clips as references; 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-fast-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 Fast text-to-video - quicker and cheaper, 480p or 720p, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 image-to-video from a first frame, or first and last frames; up to 4K.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-mini-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 Mini image-to-video from a first frame, or first and last frames; 480p or 720p.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-mini-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p"] = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 Mini reference-to-video - up to 9 images, 3 videos and 3 audio clips as references; 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-mini-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 Mini text-to-video - the lightest tier, 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 reference-to-video - new footage guided by up to 9 images, 3 videos and 3 audio clips (also edits or continues a reference video); up to 4K.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 text-to-video - 4 to 15 seconds, up to 4K, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.5-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.5 image-to-video from a first frame, or first and last frames; the shape follows the image.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.5-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.5 reference-to-video - new footage guided by up to 30 images, 10 videos and 10 audio clips (at least one); up to 1080p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``video_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.5-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.5 text-to-video - up to 30 seconds and 1080p, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.5-video-edit"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: Literal[-1] = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.5 video edit - change the first video by instruction; the output keeps its length and shape.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 10 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: must be one of -1; default -1.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.5-video-extend"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.5 video extend - continue the first video forwards or backwards by up to 30 seconds.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 10 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["sora-2-preview"],
        prompt: str,
        aspect_ratio: Literal["1280x720", "720x1280", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Sora 2 (preview) - text or one image to video; an image must match the chosen frame size exactly.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 1280x720, 720x1280, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["sora-2-pro-preview"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Sora 2 Pro (preview) - higher quality text or image to video; no images of real people.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``quality``: must be one of 720p, 1080p.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["topaz-video-upscale"],
        video_urls: list[str],
        callback_url: str = ...,
        model_params: Mapping[str, Any] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Topaz video upscale - enhance one MP4 video and enlarge it 1x, 2x or 4x, billed per second of input.

        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``model_params``: keys upscale_factor.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["veo-3.1-fast-generate-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: Literal[4, 6, 8] = ...,
        generate_audio: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        n: int = ...,
        negative_prompt: str = ...,
        person_generation: Literal["allow_adult", "dont_allow"] = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        resize_mode: Literal["pad", "crop"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Veo 3.1 Fast (preview) - text-to-video, first/last-frame and reference-image video, cheaper and quicker.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 4, 6, 8; default 4.
        ``generate_audio``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``n``: from 1 to 4; default 1.
        ``person_generation``: must be one of allow_adult, dont_allow.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``resize_mode``: must be one of pad, crop.
        ``seed``: from 1 to 4294967295.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["veo-3.1-generate-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: Literal[4, 6, 8] = ...,
        generate_audio: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        n: int = ...,
        negative_prompt: str = ...,
        person_generation: Literal["allow_adult", "dont_allow"] = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        resize_mode: Literal["pad", "crop"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Veo 3.1 (preview) - text-to-video, first/last-frame and reference-image video.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 4, 6, 8; default 4.
        ``generate_audio``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``n``: from 1 to 4; default 1.
        ``person_generation``: must be one of allow_adult, dont_allow.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``resize_mode``: must be one of pad, crop.
        ``seed``: from 1 to 4294967295.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-fast-beta"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        enhance_prompt: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Veo 3.1 Fast (beta channel) - text, first/last-frame and reference-image video at 720p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``enhance_prompt``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``quality``: must be one of 720p.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-fast-extend"],
        base_video_task_id: str,
        prompt: str,
        callback_url: str = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Veo 3.1 Fast extend (retired) - continue an earlier 720p Veo 3.1 Fast video.

        ``base_video_task_id``: required; at most 128 characters; must match the pattern ^task-unified-[A-Za-z0-9_-]+$.
        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-pro-beta"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        enhance_prompt: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Veo 3.1 Pro (beta channel) - text, first-frame or first/last-frame video at 720p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``enhance_prompt``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``quality``: must be one of 720p.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["videoretalk"],
        audio_url: str,
        video_url: str,
        callback_url: str = ...,
        query_face_threshold: int = ...,
        ref_image_url: ImageInput = ...,
        video_extension: bool = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """VideoRetalk - redo the lip movements of the person in a video to match a new audio track (e.g. dubbing).

        ``audio_url``: required; must be an http:// or https:// link.
        ``video_url``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``query_face_threshold``: from 120 to 200; default 170.
        ``ref_image_url``: must be an http:// or https:// link.
        ``video_extension``: default false.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan2.5-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        prompt_extend: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.5 image-to-video - animate one first-frame image into a 5 or 10 second clip.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10.
        ``prompt_extend``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan2.5-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        prompt_extend: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.5 text-to-video - 5 or 10 second clips at 480p, 720p or 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10.
        ``prompt_extend``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan2.6-image-to-video-flash"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.6 Flash image-to-video - the quicker first-frame tier, with or without generated sound.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``generate_audio``: default true.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan2.6-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.6 image-to-video - animate one first-frame image into a 2 to 15 second clip.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan2.6-reference-video-flash"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.6 Flash reference video - the quicker reference-video tier, with or without generated sound.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 3 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 10.
        ``generate_audio``: default true.
        ``model_params``: keys shot_type.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan2.6-reference-video"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.6 reference video - a new 2 to 10 second clip starring the characters of up to 3 reference videos.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 3 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 10.
        ``model_params``: keys shot_type.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan2.6-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.6 text-to-video - 2 to 15 second clips at 720p or 1080p, optionally driven by an audio track.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan2.7-image-to-video"],
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generation_mode: Literal["first_frame", "first_last_frame", "video_continuation"] = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.7 image-to-video - from a first frame, first and last frames, or by continuing a short video.

        ``audio_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``generation_mode``: must be one of first_frame, first_last_frame, video_continuation.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``negative_prompt``: at most 500 characters.
        ``prompt``: at most 5000 characters; must not be empty or blank.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        ``video_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan2.7-reference-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_start: ImageInput = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.7 reference video - cast people or objects from up to 5 reference images and videos, with per-character voices.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_urls``: at most 5 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``image_start``: must be an http:// or https:// link.
        ``image_urls``: at most 5 items; each must be an http:// or https:// link.
        ``model_params``: keys voice_bindings.
        ``negative_prompt``: at most 500 characters.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        ``video_urls``: at most 5 items; each must be an http:// or https:// link.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan2.7-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        negative_prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.7 text-to-video - 2 to 15 second clips at 720p or 1080p; shots can be laid out in the prompt.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``negative_prompt``: at most 500 characters.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan2.7-video-edit"],
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: float = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.7 video edit - restyle or change one video by instruction, with up to 4 reference images.

        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 0 to 10; 0 or at least 2; default 0.
        ``image_urls``: at most 4 items; each must be an http:// or https:// link.
        ``keep_original_sound``: default false.
        ``negative_prompt``: at most 500 characters.
        ``prompt``: at most 5000 characters; must not be empty or blank.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan3.0-image-to-video"],
        image_start: ImageInput,
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_end: ImageInput = ...,
        prompt: str = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 3.0 image-to-video - a clip of up to 30 seconds that starts on a given image and can end on another.

        ``image_start``: required; must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``image_end``: must be an http:// or https:// link.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan3.0-reference-video"],
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 3.0 reference video - up to 30 seconds built from any mix of reference images, videos, audio clips and a document or web page.

        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``audio_urls``: at most 5 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 10 items; each must be an http:// or https:// link.
        ``model_params``: keys file_url, link_url.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
        ``video_urls``: at most 5 items; each must be an http:// or https:// link.
        """

    @overload
    def create_and_wait(
        self,
        *,
        model: Literal["wan3.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 3.0 text-to-video - clips of up to 30 seconds from a prompt alone, at 480p to 1080p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
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
        model: Literal["MiniMax-Hailuo-02"],
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["512p", "768p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """MiniMax Hailuo 02 - text or image (first, optionally last frame) to video, 512p to 1080p.

        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``model_params``: keys fast_pretreatment, prompt_optimizer.
        ``prompt``: at most 2000 characters; must not be empty or blank.
        ``quality``: must be one of 512p, 768p, 1080p; default "768p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["MiniMax-Hailuo-2.3-Fast"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["768p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """MiniMax Hailuo 2.3 Fast - image-to-video, quicker and cheaper.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``model_params``: keys prompt_optimizer.
        ``prompt``: at most 2000 characters; must not be empty or blank.
        ``quality``: must be one of 768p, 1080p; default "768p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["MiniMax-Hailuo-2.3"],
        prompt: str,
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["768p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """MiniMax Hailuo 2.3 - text or first-frame image to video, 768p or 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``model_params``: keys fast_pretreatment, prompt_optimizer.
        ``quality``: must be one of 768p, 1080p; default "768p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["doubao-seedance-1.0-pro-fast"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "keep_ratio", "adaptive"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 1.0 Pro Fast - text-to-video, or image-to-video from one image; 2 to 12 seconds, up to 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, keep_ratio, adaptive.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 12; default 5.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "1080p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["gemini-omni-flash-image-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Gemini Omni Flash image-to-video from one first frame.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        ``image_urls``: from 1 to 1 item.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["gemini-omni-flash-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Gemini Omni Flash reference-to-video, guided by reference images.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        ``image_urls``: from 1 to 6 items.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["gemini-omni-flash-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Gemini Omni Flash text-to-video; duration 3-10 s or auto.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["gemini-omni-flash-video-edit"],
        prompt: str,
        callback_url: str = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Gemini Omni Flash video edit - change a video by instruction.

        ``prompt``: required; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``video_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["grok-imagine-image-to-video-beta"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        mode: Literal["fun", "normal", "spicy"] = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Grok Imagine image-to-video (beta), with a style mode.

        ``image_urls``: required; from 1 to 7 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 6 to 30; default 6.
        ``mode``: must be one of fun, normal, spicy; default "normal".
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["grok-imagine-text-to-video-beta"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        mode: Literal["fun", "normal", "spicy"] = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Grok Imagine text-to-video (beta), with a style mode.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 6 to 30; default 6.
        ``mode``: must be one of fun, normal, spicy; default "normal".
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["grok-imagine-video-1.0-i2v"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Grok Imagine Video 1.0 from an image.

        ``image_urls``: required; from 1 to 7 items; each must be an http:// or https:// link.
        ``prompt``: required; at least 1 character; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["grok-imagine-video-1.0-t2v"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Grok Imagine Video 1.0 from text.

        ``prompt``: required; at least 1 character; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["grok-imagine-video-1.5-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Grok Imagine Video 1.5 (preview) from text and up to 7 images; with one image, its shape sets the frame.

        ``prompt``: required; from 1 to 4096 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16, 1:1, 3:2, 2:3; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``image_urls``: from 0 to 7 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "480p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["happyhorse-1.0-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.0 image-to-video - animate one first frame for 3 to 15 seconds; the prompt is optional.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["happyhorse-1.0-reference-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.0 reference-to-video - cast up to 9 characters or objects from reference images into a 3 to 15 second clip.

        ``image_urls``: required; from 1 to 9 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["happyhorse-1.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.0 text-to-video - 3 to 15 seconds at 720p or 1080p; shots can be laid out with timings in the prompt.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["happyhorse-1.0-video-edit"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.0 video edit - restyle or replace parts of one video by instruction; the result is as long as the source, up to 15 seconds, and keeps its frame shape.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 5 items; each must be an http:// or https:// link.
        ``keep_original_sound``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["happyhorse-1.1-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.1 image-to-video - animate one first frame for 3 to 15 seconds; the prompt is optional.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["happyhorse-1.1-reference-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.1 reference-to-video - cast up to 9 characters or objects from reference images into a 3 to 15 second clip.

        ``image_urls``: required; from 1 to 9 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["happyhorse-1.1-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.1 text-to-video - 3 to 15 seconds at 720p or 1080p; shots can be laid out with timings in the prompt.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["kling-custom-element"],
        model_params: Mapping[str, Any],
        callback_url: str = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling custom element - register a character from reference images or a video, for use as <<<element_N>>>.

        ``model_params``: required; keys element_description, element_image_list, element_name, element_video_list, element_voice_id, reference_type.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["kling-o1-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O1 image-to-video from one or two images.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10; default 5.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["kling-o1-video-edit-fast"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O1 video edit, fast tier.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: from 1 to 4 items; each must be an http:// or https:// link.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["kling-o1-video-edit"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O1 video edit - change a video by instruction, with optional reference images.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: from 1 to 4 items; each must be an http:// or https:// link.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["kling-o3-image-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O3 image-to-video - first/last frame and reference images, elements and multi-shot.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``image_urls``: each must be an http:// or https:// link.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k.
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["kling-o3-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        video_url: str = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O3 reference-to-video - a new shot guided by a reference video, images and elements.

        ``prompt``: required; at most 2500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10; default 5.
        ``image_urls``: each must be an http:// or https:// link.
        ``keep_original_sound``: default true.
        ``model_params``: keys element_list, watermark_info.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``video_url``: must be an http:// or https:// link.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["kling-o3-text-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O3 text-to-video, with elements and multi-shot.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["kling-o3-video-edit"],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        video_url: str = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O3 video edit - rework a video by instruction, with reference images and elements.

        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: each must be an http:// or https:// link.
        ``keep_original_sound``: default true.
        ``model_params``: keys element_list, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``video_url``: must be an http:// or https:// link.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["kling-v3-image-to-video"],
        image_start: ImageInput,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling v3 image-to-video - animate a first frame, optionally towards a last frame, with multi-shot.

        ``image_start``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``image_end``: must be an http:// or https:// link.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["kling-v3-motion-control"],
        image_urls: list[str] | list[ImageInput],
        model_params: Mapping[str, Any],
        video_urls: list[str],
        callback_url: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling v3 motion control - move the character of an image the way a reference video moves.

        ``image_urls``: required; each must be an http:// or https:// link.
        ``model_params``: required; keys character_orientation, element_list, keep_sound, watermark_info.
        ``video_urls``: required; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["kling-v3-text-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling v3 text-to-video, with optional multi-shot storytelling.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``model_params``: keys multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["kling-v3-turbo-image-to-video"],
        image_start: ImageInput,
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling v3 turbo image-to-video - quicker and cheaper, up to 1080p.

        ``image_start``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["kling-v3-turbo-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling v3 turbo text-to-video - quicker and cheaper, up to 1080p.

        ``prompt``: required; at most 2500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["minimax-h3-image-to-video"],
        prompt: str,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        quality: Literal["768p", "2k"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """MiniMax H3 image-to-video from a first frame, a last frame or both.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``quality``: must be one of 768p, 2k; default "768p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["minimax-h3-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["adaptive", "16:9", "21:9", "4:3", "1:1", "3:4", "9:16"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["768p", "2k"] = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """MiniMax H3 reference-to-video from up to 9 images, 3 videos and 3 audio clips.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive, 16:9, 21:9, 4:3, 1:1, 3:4, 9:16; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link; default [].
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link; default [].
        ``quality``: must be one of 768p, 2k; default "768p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link; default [].
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["minimax-h3-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "21:9", "4:3", "1:1", "3:4", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["768p", "2k"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """MiniMax H3 text-to-video.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 21:9, 4:3, 1:1, 3:4, 9:16; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``quality``: must be one of 768p, 2k; default "768p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["omnihuman-1.5"],
        audio_url: str,
        image_urls: list[str] | list[ImageInput],
        auto_mask: bool = ...,
        callback_url: str = ...,
        mask_url: list[str] | list[ImageInput] = ...,
        pe_fast_mode: bool = ...,
        prompt: str = ...,
        seed: int = ...,
        subject_check: bool = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """OmniHuman 1.5 - a talking-person video from one portrait, lip-synced to an audio clip of up to 35 seconds.

        ``audio_url``: required; must be an http:// or https:// link.
        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``auto_mask``: default false.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``mask_url``: each must be an http:// or https:// link.
        ``pe_fast_mode``: default false.
        ``prompt``: must not be empty or blank.
        ``subject_check``: default false.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-1.5-pro"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 1.5 Pro - text, first-frame or first-and-last-frame video with generated sound; 4 to 12 seconds, up to 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 12; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.0-fast-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 Fast image-to-video from a first frame, or first and last frames; 480p or 720p.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.0-fast-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p"] = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 Fast reference-to-video - up to 9 images, 3 videos and 3 audio clips as references; 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.0-fast-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 Fast text-to-video - quicker and cheaper, 480p or 720p, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.0-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 image-to-video from a first frame, or first and last frames; up to 4K.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.0-mini-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 Mini image-to-video from a first frame, or first and last frames; 480p or 720p.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.0-mini-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p"] = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 Mini reference-to-video - up to 9 images, 3 videos and 3 audio clips as references; 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.0-mini-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 Mini text-to-video - the lightest tier, 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.0-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 reference-to-video - new footage guided by up to 9 images, 3 videos and 3 audio clips (also edits or continues a reference video); up to 4K.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 text-to-video - 4 to 15 seconds, up to 4K, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.5-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.5 image-to-video from a first frame, or first and last frames; the shape follows the image.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.5-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.5 reference-to-video - new footage guided by up to 30 images, 10 videos and 10 audio clips (at least one); up to 1080p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``video_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.5-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.5 text-to-video - up to 30 seconds and 1080p, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.5-video-edit"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: Literal[-1] = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.5 video edit - change the first video by instruction; the output keeps its length and shape.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 10 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: must be one of -1; default -1.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["seedance-2.5-video-extend"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.5 video extend - continue the first video forwards or backwards by up to 30 seconds.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 10 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["sora-2-preview"],
        prompt: str,
        aspect_ratio: Literal["1280x720", "720x1280", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Sora 2 (preview) - text or one image to video; an image must match the chosen frame size exactly.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 1280x720, 720x1280, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["sora-2-pro-preview"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Sora 2 Pro (preview) - higher quality text or image to video; no images of real people.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``quality``: must be one of 720p, 1080p.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["topaz-video-upscale"],
        video_urls: list[str],
        callback_url: str = ...,
        model_params: Mapping[str, Any] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Topaz video upscale - enhance one MP4 video and enlarge it 1x, 2x or 4x, billed per second of input.

        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``model_params``: keys upscale_factor.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["veo-3.1-fast-generate-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: Literal[4, 6, 8] = ...,
        generate_audio: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        n: int = ...,
        negative_prompt: str = ...,
        person_generation: Literal["allow_adult", "dont_allow"] = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        resize_mode: Literal["pad", "crop"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Veo 3.1 Fast (preview) - text-to-video, first/last-frame and reference-image video, cheaper and quicker.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 4, 6, 8; default 4.
        ``generate_audio``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``n``: from 1 to 4; default 1.
        ``person_generation``: must be one of allow_adult, dont_allow.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``resize_mode``: must be one of pad, crop.
        ``seed``: from 1 to 4294967295.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["veo-3.1-generate-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: Literal[4, 6, 8] = ...,
        generate_audio: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        n: int = ...,
        negative_prompt: str = ...,
        person_generation: Literal["allow_adult", "dont_allow"] = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        resize_mode: Literal["pad", "crop"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Veo 3.1 (preview) - text-to-video, first/last-frame and reference-image video.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 4, 6, 8; default 4.
        ``generate_audio``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``n``: from 1 to 4; default 1.
        ``person_generation``: must be one of allow_adult, dont_allow.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``resize_mode``: must be one of pad, crop.
        ``seed``: from 1 to 4294967295.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["veo3.1-fast-beta"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        enhance_prompt: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Veo 3.1 Fast (beta channel) - text, first/last-frame and reference-image video at 720p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``enhance_prompt``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``quality``: must be one of 720p.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["veo3.1-fast-extend"],
        base_video_task_id: str,
        prompt: str,
        callback_url: str = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Veo 3.1 Fast extend (retired) - continue an earlier 720p Veo 3.1 Fast video.

        ``base_video_task_id``: required; at most 128 characters; must match the pattern ^task-unified-[A-Za-z0-9_-]+$.
        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["veo3.1-pro-beta"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        enhance_prompt: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Veo 3.1 Pro (beta channel) - text, first-frame or first/last-frame video at 720p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``enhance_prompt``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``quality``: must be one of 720p.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["videoretalk"],
        audio_url: str,
        video_url: str,
        callback_url: str = ...,
        query_face_threshold: int = ...,
        ref_image_url: ImageInput = ...,
        video_extension: bool = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """VideoRetalk - redo the lip movements of the person in a video to match a new audio track (e.g. dubbing).

        ``audio_url``: required; must be an http:// or https:// link.
        ``video_url``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``query_face_threshold``: from 120 to 200; default 170.
        ``ref_image_url``: must be an http:// or https:// link.
        ``video_extension``: default false.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan2.5-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        prompt_extend: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.5 image-to-video - animate one first-frame image into a 5 or 10 second clip.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10.
        ``prompt_extend``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan2.5-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        prompt_extend: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.5 text-to-video - 5 or 10 second clips at 480p, 720p or 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10.
        ``prompt_extend``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan2.6-image-to-video-flash"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.6 Flash image-to-video - the quicker first-frame tier, with or without generated sound.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``generate_audio``: default true.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan2.6-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.6 image-to-video - animate one first-frame image into a 2 to 15 second clip.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan2.6-reference-video-flash"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.6 Flash reference video - the quicker reference-video tier, with or without generated sound.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 3 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 10.
        ``generate_audio``: default true.
        ``model_params``: keys shot_type.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan2.6-reference-video"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.6 reference video - a new 2 to 10 second clip starring the characters of up to 3 reference videos.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 3 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 10.
        ``model_params``: keys shot_type.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan2.6-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.6 text-to-video - 2 to 15 second clips at 720p or 1080p, optionally driven by an audio track.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan2.7-image-to-video"],
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generation_mode: Literal["first_frame", "first_last_frame", "video_continuation"] = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.7 image-to-video - from a first frame, first and last frames, or by continuing a short video.

        ``audio_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``generation_mode``: must be one of first_frame, first_last_frame, video_continuation.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``negative_prompt``: at most 500 characters.
        ``prompt``: at most 5000 characters; must not be empty or blank.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        ``video_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan2.7-reference-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_start: ImageInput = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.7 reference video - cast people or objects from up to 5 reference images and videos, with per-character voices.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_urls``: at most 5 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``image_start``: must be an http:// or https:// link.
        ``image_urls``: at most 5 items; each must be an http:// or https:// link.
        ``model_params``: keys voice_bindings.
        ``negative_prompt``: at most 500 characters.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        ``video_urls``: at most 5 items; each must be an http:// or https:// link.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan2.7-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        negative_prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.7 text-to-video - 2 to 15 second clips at 720p or 1080p; shots can be laid out in the prompt.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``negative_prompt``: at most 500 characters.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan2.7-video-edit"],
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: float = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.7 video edit - restyle or change one video by instruction, with up to 4 reference images.

        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 0 to 10; 0 or at least 2; default 0.
        ``image_urls``: at most 4 items; each must be an http:// or https:// link.
        ``keep_original_sound``: default false.
        ``negative_prompt``: at most 500 characters.
        ``prompt``: at most 5000 characters; must not be empty or blank.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan3.0-image-to-video"],
        image_start: ImageInput,
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_end: ImageInput = ...,
        prompt: str = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 3.0 image-to-video - a clip of up to 30 seconds that starts on a given image and can end on another.

        ``image_start``: required; must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``image_end``: must be an http:// or https:// link.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan3.0-reference-video"],
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 3.0 reference video - up to 30 seconds built from any mix of reference images, videos, audio clips and a document or web page.

        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``audio_urls``: at most 5 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 10 items; each must be an http:// or https:// link.
        ``model_params``: keys file_url, link_url.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
        ``video_urls``: at most 5 items; each must be an http:// or https:// link.
        """

    @overload
    def generate(
        self,
        *,
        model: Literal["wan3.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: ProgressCallback | None = ...,
        on_download: ByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 3.0 text-to-video - clips of up to 30 seconds from a prompt alone, at 480p to 1080p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
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


class AsyncEvoLinkVideos(AsyncVideos):
    """``AsyncEvoLink().videos``: :class:`AsyncVideos` with one signature per model."""

    @overload  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
    async def create(
        self,
        *,
        model: Literal["MiniMax-Hailuo-02"],
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["512p", "768p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """MiniMax Hailuo 02 - text or image (first, optionally last frame) to video, 512p to 1080p.

        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``model_params``: keys fast_pretreatment, prompt_optimizer.
        ``prompt``: at most 2000 characters; must not be empty or blank.
        ``quality``: must be one of 512p, 768p, 1080p; default "768p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["MiniMax-Hailuo-2.3-Fast"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["768p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """MiniMax Hailuo 2.3 Fast - image-to-video, quicker and cheaper.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``model_params``: keys prompt_optimizer.
        ``prompt``: at most 2000 characters; must not be empty or blank.
        ``quality``: must be one of 768p, 1080p; default "768p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["MiniMax-Hailuo-2.3"],
        prompt: str,
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["768p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """MiniMax Hailuo 2.3 - text or first-frame image to video, 768p or 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``model_params``: keys fast_pretreatment, prompt_optimizer.
        ``quality``: must be one of 768p, 1080p; default "768p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["doubao-seedance-1.0-pro-fast"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "keep_ratio", "adaptive"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 1.0 Pro Fast - text-to-video, or image-to-video from one image; 2 to 12 seconds, up to 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, keep_ratio, adaptive.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 12; default 5.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "1080p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["gemini-omni-flash-image-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Gemini Omni Flash image-to-video from one first frame.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        ``image_urls``: from 1 to 1 item.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["gemini-omni-flash-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Gemini Omni Flash reference-to-video, guided by reference images.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        ``image_urls``: from 1 to 6 items.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["gemini-omni-flash-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Gemini Omni Flash text-to-video; duration 3-10 s or auto.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["gemini-omni-flash-video-edit"],
        prompt: str,
        callback_url: str = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Gemini Omni Flash video edit - change a video by instruction.

        ``prompt``: required; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``video_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["grok-imagine-image-to-video-beta"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        mode: Literal["fun", "normal", "spicy"] = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Grok Imagine image-to-video (beta), with a style mode.

        ``image_urls``: required; from 1 to 7 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 6 to 30; default 6.
        ``mode``: must be one of fun, normal, spicy; default "normal".
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["grok-imagine-text-to-video-beta"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        mode: Literal["fun", "normal", "spicy"] = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Grok Imagine text-to-video (beta), with a style mode.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 6 to 30; default 6.
        ``mode``: must be one of fun, normal, spicy; default "normal".
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["grok-imagine-video-1.0-i2v"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Grok Imagine Video 1.0 from an image.

        ``image_urls``: required; from 1 to 7 items; each must be an http:// or https:// link.
        ``prompt``: required; at least 1 character; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["grok-imagine-video-1.0-t2v"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Grok Imagine Video 1.0 from text.

        ``prompt``: required; at least 1 character; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["grok-imagine-video-1.5-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Grok Imagine Video 1.5 (preview) from text and up to 7 images; with one image, its shape sets the frame.

        ``prompt``: required; from 1 to 4096 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16, 1:1, 3:2, 2:3; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``image_urls``: from 0 to 7 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "480p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["happyhorse-1.0-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.0 image-to-video - animate one first frame for 3 to 15 seconds; the prompt is optional.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["happyhorse-1.0-reference-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.0 reference-to-video - cast up to 9 characters or objects from reference images into a 3 to 15 second clip.

        ``image_urls``: required; from 1 to 9 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["happyhorse-1.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.0 text-to-video - 3 to 15 seconds at 720p or 1080p; shots can be laid out with timings in the prompt.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["happyhorse-1.0-video-edit"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.0 video edit - restyle or replace parts of one video by instruction; the result is as long as the source, up to 15 seconds, and keeps its frame shape.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 5 items; each must be an http:// or https:// link.
        ``keep_original_sound``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["happyhorse-1.1-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.1 image-to-video - animate one first frame for 3 to 15 seconds; the prompt is optional.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["happyhorse-1.1-reference-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.1 reference-to-video - cast up to 9 characters or objects from reference images into a 3 to 15 second clip.

        ``image_urls``: required; from 1 to 9 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["happyhorse-1.1-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """HappyHorse 1.1 text-to-video - 3 to 15 seconds at 720p or 1080p; shots can be laid out with timings in the prompt.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["kling-custom-element"],
        model_params: Mapping[str, Any],
        callback_url: str = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling custom element - register a character from reference images or a video, for use as <<<element_N>>>.

        ``model_params``: required; keys element_description, element_image_list, element_name, element_video_list, element_voice_id, reference_type.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["kling-o1-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O1 image-to-video from one or two images.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10; default 5.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["kling-o1-video-edit-fast"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O1 video edit, fast tier.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: from 1 to 4 items; each must be an http:// or https:// link.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["kling-o1-video-edit"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O1 video edit - change a video by instruction, with optional reference images.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: from 1 to 4 items; each must be an http:// or https:// link.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["kling-o3-image-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O3 image-to-video - first/last frame and reference images, elements and multi-shot.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``image_urls``: each must be an http:// or https:// link.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k.
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["kling-o3-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        video_url: str = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O3 reference-to-video - a new shot guided by a reference video, images and elements.

        ``prompt``: required; at most 2500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10; default 5.
        ``image_urls``: each must be an http:// or https:// link.
        ``keep_original_sound``: default true.
        ``model_params``: keys element_list, watermark_info.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``video_url``: must be an http:// or https:// link.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["kling-o3-text-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O3 text-to-video, with elements and multi-shot.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["kling-o3-video-edit"],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        video_url: str = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling O3 video edit - rework a video by instruction, with reference images and elements.

        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: each must be an http:// or https:// link.
        ``keep_original_sound``: default true.
        ``model_params``: keys element_list, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``video_url``: must be an http:// or https:// link.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["kling-v3-image-to-video"],
        image_start: ImageInput,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling v3 image-to-video - animate a first frame, optionally towards a last frame, with multi-shot.

        ``image_start``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``image_end``: must be an http:// or https:// link.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["kling-v3-motion-control"],
        image_urls: list[str] | list[ImageInput],
        model_params: Mapping[str, Any],
        video_urls: list[str],
        callback_url: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling v3 motion control - move the character of an image the way a reference video moves.

        ``image_urls``: required; each must be an http:// or https:// link.
        ``model_params``: required; keys character_orientation, element_list, keep_sound, watermark_info.
        ``video_urls``: required; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["kling-v3-text-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling v3 text-to-video, with optional multi-shot storytelling.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``model_params``: keys multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["kling-v3-turbo-image-to-video"],
        image_start: ImageInput,
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling v3 turbo image-to-video - quicker and cheaper, up to 1080p.

        ``image_start``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["kling-v3-turbo-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Kling v3 turbo text-to-video - quicker and cheaper, up to 1080p.

        ``prompt``: required; at most 2500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["minimax-h3-image-to-video"],
        prompt: str,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        quality: Literal["768p", "2k"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """MiniMax H3 image-to-video from a first frame, a last frame or both.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``quality``: must be one of 768p, 2k; default "768p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["minimax-h3-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["adaptive", "16:9", "21:9", "4:3", "1:1", "3:4", "9:16"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["768p", "2k"] = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """MiniMax H3 reference-to-video from up to 9 images, 3 videos and 3 audio clips.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive, 16:9, 21:9, 4:3, 1:1, 3:4, 9:16; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link; default [].
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link; default [].
        ``quality``: must be one of 768p, 2k; default "768p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link; default [].
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["minimax-h3-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "21:9", "4:3", "1:1", "3:4", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["768p", "2k"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """MiniMax H3 text-to-video.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 21:9, 4:3, 1:1, 3:4, 9:16; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``quality``: must be one of 768p, 2k; default "768p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["omnihuman-1.5"],
        audio_url: str,
        image_urls: list[str] | list[ImageInput],
        auto_mask: bool = ...,
        callback_url: str = ...,
        mask_url: list[str] | list[ImageInput] = ...,
        pe_fast_mode: bool = ...,
        prompt: str = ...,
        seed: int = ...,
        subject_check: bool = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """OmniHuman 1.5 - a talking-person video from one portrait, lip-synced to an audio clip of up to 35 seconds.

        ``audio_url``: required; must be an http:// or https:// link.
        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``auto_mask``: default false.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``mask_url``: each must be an http:// or https:// link.
        ``pe_fast_mode``: default false.
        ``prompt``: must not be empty or blank.
        ``subject_check``: default false.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-1.5-pro"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 1.5 Pro - text, first-frame or first-and-last-frame video with generated sound; 4 to 12 seconds, up to 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 12; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.0-fast-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 Fast image-to-video from a first frame, or first and last frames; 480p or 720p.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.0-fast-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p"] = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 Fast reference-to-video - up to 9 images, 3 videos and 3 audio clips as references; 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.0-fast-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 Fast text-to-video - quicker and cheaper, 480p or 720p, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.0-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 image-to-video from a first frame, or first and last frames; up to 4K.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.0-mini-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 Mini image-to-video from a first frame, or first and last frames; 480p or 720p.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.0-mini-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p"] = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 Mini reference-to-video - up to 9 images, 3 videos and 3 audio clips as references; 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.0-mini-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 Mini text-to-video - the lightest tier, 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.0-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 reference-to-video - new footage guided by up to 9 images, 3 videos and 3 audio clips (also edits or continues a reference video); up to 4K.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.0 text-to-video - 4 to 15 seconds, up to 4K, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.5-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.5 image-to-video from a first frame, or first and last frames; the shape follows the image.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.5-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.5 reference-to-video - new footage guided by up to 30 images, 10 videos and 10 audio clips (at least one); up to 1080p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``video_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.5-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.5 text-to-video - up to 30 seconds and 1080p, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.5-video-edit"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: Literal[-1] = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.5 video edit - change the first video by instruction; the output keeps its length and shape.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 10 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: must be one of -1; default -1.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["seedance-2.5-video-extend"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Seedance 2.5 video extend - continue the first video forwards or backwards by up to 30 seconds.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 10 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["sora-2-preview"],
        prompt: str,
        aspect_ratio: Literal["1280x720", "720x1280", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Sora 2 (preview) - text or one image to video; an image must match the chosen frame size exactly.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 1280x720, 720x1280, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["sora-2-pro-preview"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Sora 2 Pro (preview) - higher quality text or image to video; no images of real people.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``quality``: must be one of 720p, 1080p.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["topaz-video-upscale"],
        video_urls: list[str],
        callback_url: str = ...,
        model_params: Mapping[str, Any] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Topaz video upscale - enhance one MP4 video and enlarge it 1x, 2x or 4x, billed per second of input.

        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``model_params``: keys upscale_factor.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["veo-3.1-fast-generate-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: Literal[4, 6, 8] = ...,
        generate_audio: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        n: int = ...,
        negative_prompt: str = ...,
        person_generation: Literal["allow_adult", "dont_allow"] = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        resize_mode: Literal["pad", "crop"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Veo 3.1 Fast (preview) - text-to-video, first/last-frame and reference-image video, cheaper and quicker.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 4, 6, 8; default 4.
        ``generate_audio``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``n``: from 1 to 4; default 1.
        ``person_generation``: must be one of allow_adult, dont_allow.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``resize_mode``: must be one of pad, crop.
        ``seed``: from 1 to 4294967295.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["veo-3.1-generate-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: Literal[4, 6, 8] = ...,
        generate_audio: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        n: int = ...,
        negative_prompt: str = ...,
        person_generation: Literal["allow_adult", "dont_allow"] = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        resize_mode: Literal["pad", "crop"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Veo 3.1 (preview) - text-to-video, first/last-frame and reference-image video.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 4, 6, 8; default 4.
        ``generate_audio``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``n``: from 1 to 4; default 1.
        ``person_generation``: must be one of allow_adult, dont_allow.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``resize_mode``: must be one of pad, crop.
        ``seed``: from 1 to 4294967295.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["veo3.1-fast-beta"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        enhance_prompt: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Veo 3.1 Fast (beta channel) - text, first/last-frame and reference-image video at 720p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``enhance_prompt``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``quality``: must be one of 720p.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["veo3.1-fast-extend"],
        base_video_task_id: str,
        prompt: str,
        callback_url: str = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Veo 3.1 Fast extend (retired) - continue an earlier 720p Veo 3.1 Fast video.

        ``base_video_task_id``: required; at most 128 characters; must match the pattern ^task-unified-[A-Za-z0-9_-]+$.
        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["veo3.1-pro-beta"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        enhance_prompt: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Veo 3.1 Pro (beta channel) - text, first-frame or first/last-frame video at 720p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``enhance_prompt``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``quality``: must be one of 720p.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["videoretalk"],
        audio_url: str,
        video_url: str,
        callback_url: str = ...,
        query_face_threshold: int = ...,
        ref_image_url: ImageInput = ...,
        video_extension: bool = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """VideoRetalk - redo the lip movements of the person in a video to match a new audio track (e.g. dubbing).

        ``audio_url``: required; must be an http:// or https:// link.
        ``video_url``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``query_face_threshold``: from 120 to 200; default 170.
        ``ref_image_url``: must be an http:// or https:// link.
        ``video_extension``: default false.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan2.5-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        prompt_extend: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.5 image-to-video - animate one first-frame image into a 5 or 10 second clip.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10.
        ``prompt_extend``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan2.5-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        prompt_extend: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.5 text-to-video - 5 or 10 second clips at 480p, 720p or 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10.
        ``prompt_extend``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan2.6-image-to-video-flash"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.6 Flash image-to-video - the quicker first-frame tier, with or without generated sound.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``generate_audio``: default true.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan2.6-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.6 image-to-video - animate one first-frame image into a 2 to 15 second clip.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan2.6-reference-video-flash"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.6 Flash reference video - the quicker reference-video tier, with or without generated sound.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 3 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 10.
        ``generate_audio``: default true.
        ``model_params``: keys shot_type.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan2.6-reference-video"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.6 reference video - a new 2 to 10 second clip starring the characters of up to 3 reference videos.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 3 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 10.
        ``model_params``: keys shot_type.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan2.6-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.6 text-to-video - 2 to 15 second clips at 720p or 1080p, optionally driven by an audio track.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan2.7-image-to-video"],
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generation_mode: Literal["first_frame", "first_last_frame", "video_continuation"] = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.7 image-to-video - from a first frame, first and last frames, or by continuing a short video.

        ``audio_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``generation_mode``: must be one of first_frame, first_last_frame, video_continuation.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``negative_prompt``: at most 500 characters.
        ``prompt``: at most 5000 characters; must not be empty or blank.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        ``video_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan2.7-reference-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_start: ImageInput = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.7 reference video - cast people or objects from up to 5 reference images and videos, with per-character voices.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_urls``: at most 5 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``image_start``: must be an http:// or https:// link.
        ``image_urls``: at most 5 items; each must be an http:// or https:// link.
        ``model_params``: keys voice_bindings.
        ``negative_prompt``: at most 500 characters.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        ``video_urls``: at most 5 items; each must be an http:// or https:// link.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan2.7-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        negative_prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.7 text-to-video - 2 to 15 second clips at 720p or 1080p; shots can be laid out in the prompt.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``negative_prompt``: at most 500 characters.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan2.7-video-edit"],
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: float = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 2.7 video edit - restyle or change one video by instruction, with up to 4 reference images.

        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 0 to 10; 0 or at least 2; default 0.
        ``image_urls``: at most 4 items; each must be an http:// or https:// link.
        ``keep_original_sound``: default false.
        ``negative_prompt``: at most 500 characters.
        ``prompt``: at most 5000 characters; must not be empty or blank.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan3.0-image-to-video"],
        image_start: ImageInput,
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_end: ImageInput = ...,
        prompt: str = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 3.0 image-to-video - a clip of up to 30 seconds that starts on a given image and can end on another.

        ``image_start``: required; must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``image_end``: must be an http:// or https:// link.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan3.0-reference-video"],
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 3.0 reference video - up to 30 seconds built from any mix of reference images, videos, audio clips and a document or web page.

        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``audio_urls``: at most 5 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 10 items; each must be an http:// or https:// link.
        ``model_params``: keys file_url, link_url.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
        ``video_urls``: at most 5 items; each must be an http:// or https:// link.
        """

    @overload
    async def create(
        self,
        *,
        model: Literal["wan3.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        timeout: float | None = ...,
    ) -> Task:
        """Wan 3.0 text-to-video - clips of up to 30 seconds from a prompt alone, at 480p to 1080p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
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
        model: Literal["MiniMax-Hailuo-02"],
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["512p", "768p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """MiniMax Hailuo 02 - text or image (first, optionally last frame) to video, 512p to 1080p.

        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``model_params``: keys fast_pretreatment, prompt_optimizer.
        ``prompt``: at most 2000 characters; must not be empty or blank.
        ``quality``: must be one of 512p, 768p, 1080p; default "768p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["MiniMax-Hailuo-2.3-Fast"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["768p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """MiniMax Hailuo 2.3 Fast - image-to-video, quicker and cheaper.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``model_params``: keys prompt_optimizer.
        ``prompt``: at most 2000 characters; must not be empty or blank.
        ``quality``: must be one of 768p, 1080p; default "768p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["MiniMax-Hailuo-2.3"],
        prompt: str,
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["768p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """MiniMax Hailuo 2.3 - text or first-frame image to video, 768p or 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``model_params``: keys fast_pretreatment, prompt_optimizer.
        ``quality``: must be one of 768p, 1080p; default "768p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["doubao-seedance-1.0-pro-fast"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "keep_ratio", "adaptive"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 1.0 Pro Fast - text-to-video, or image-to-video from one image; 2 to 12 seconds, up to 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, keep_ratio, adaptive.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 12; default 5.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "1080p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["gemini-omni-flash-image-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Gemini Omni Flash image-to-video from one first frame.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        ``image_urls``: from 1 to 1 item.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["gemini-omni-flash-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Gemini Omni Flash reference-to-video, guided by reference images.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        ``image_urls``: from 1 to 6 items.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["gemini-omni-flash-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Gemini Omni Flash text-to-video; duration 3-10 s or auto.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["gemini-omni-flash-video-edit"],
        prompt: str,
        callback_url: str = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Gemini Omni Flash video edit - change a video by instruction.

        ``prompt``: required; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``video_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["grok-imagine-image-to-video-beta"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        mode: Literal["fun", "normal", "spicy"] = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Grok Imagine image-to-video (beta), with a style mode.

        ``image_urls``: required; from 1 to 7 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 6 to 30; default 6.
        ``mode``: must be one of fun, normal, spicy; default "normal".
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["grok-imagine-text-to-video-beta"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        mode: Literal["fun", "normal", "spicy"] = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Grok Imagine text-to-video (beta), with a style mode.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 6 to 30; default 6.
        ``mode``: must be one of fun, normal, spicy; default "normal".
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["grok-imagine-video-1.0-i2v"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Grok Imagine Video 1.0 from an image.

        ``image_urls``: required; from 1 to 7 items; each must be an http:// or https:// link.
        ``prompt``: required; at least 1 character; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["grok-imagine-video-1.0-t2v"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Grok Imagine Video 1.0 from text.

        ``prompt``: required; at least 1 character; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["grok-imagine-video-1.5-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Grok Imagine Video 1.5 (preview) from text and up to 7 images; with one image, its shape sets the frame.

        ``prompt``: required; from 1 to 4096 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16, 1:1, 3:2, 2:3; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``image_urls``: from 0 to 7 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "480p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.0-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.0 image-to-video - animate one first frame for 3 to 15 seconds; the prompt is optional.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.0-reference-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.0 reference-to-video - cast up to 9 characters or objects from reference images into a 3 to 15 second clip.

        ``image_urls``: required; from 1 to 9 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.0 text-to-video - 3 to 15 seconds at 720p or 1080p; shots can be laid out with timings in the prompt.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.0-video-edit"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.0 video edit - restyle or replace parts of one video by instruction; the result is as long as the source, up to 15 seconds, and keeps its frame shape.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 5 items; each must be an http:// or https:// link.
        ``keep_original_sound``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.1-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.1 image-to-video - animate one first frame for 3 to 15 seconds; the prompt is optional.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.1-reference-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.1 reference-to-video - cast up to 9 characters or objects from reference images into a 3 to 15 second clip.

        ``image_urls``: required; from 1 to 9 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["happyhorse-1.1-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """HappyHorse 1.1 text-to-video - 3 to 15 seconds at 720p or 1080p; shots can be laid out with timings in the prompt.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["kling-custom-element"],
        model_params: Mapping[str, Any],
        callback_url: str = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling custom element - register a character from reference images or a video, for use as <<<element_N>>>.

        ``model_params``: required; keys element_description, element_image_list, element_name, element_video_list, element_voice_id, reference_type.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["kling-o1-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O1 image-to-video from one or two images.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10; default 5.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["kling-o1-video-edit-fast"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O1 video edit, fast tier.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: from 1 to 4 items; each must be an http:// or https:// link.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["kling-o1-video-edit"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O1 video edit - change a video by instruction, with optional reference images.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: from 1 to 4 items; each must be an http:// or https:// link.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["kling-o3-image-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O3 image-to-video - first/last frame and reference images, elements and multi-shot.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``image_urls``: each must be an http:// or https:// link.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k.
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["kling-o3-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        video_url: str = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O3 reference-to-video - a new shot guided by a reference video, images and elements.

        ``prompt``: required; at most 2500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10; default 5.
        ``image_urls``: each must be an http:// or https:// link.
        ``keep_original_sound``: default true.
        ``model_params``: keys element_list, watermark_info.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``video_url``: must be an http:// or https:// link.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["kling-o3-text-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O3 text-to-video, with elements and multi-shot.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["kling-o3-video-edit"],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        video_url: str = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling O3 video edit - rework a video by instruction, with reference images and elements.

        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: each must be an http:// or https:// link.
        ``keep_original_sound``: default true.
        ``model_params``: keys element_list, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``video_url``: must be an http:// or https:// link.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["kling-v3-image-to-video"],
        image_start: ImageInput,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling v3 image-to-video - animate a first frame, optionally towards a last frame, with multi-shot.

        ``image_start``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``image_end``: must be an http:// or https:// link.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["kling-v3-motion-control"],
        image_urls: list[str] | list[ImageInput],
        model_params: Mapping[str, Any],
        video_urls: list[str],
        callback_url: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling v3 motion control - move the character of an image the way a reference video moves.

        ``image_urls``: required; each must be an http:// or https:// link.
        ``model_params``: required; keys character_orientation, element_list, keep_sound, watermark_info.
        ``video_urls``: required; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["kling-v3-text-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling v3 text-to-video, with optional multi-shot storytelling.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``model_params``: keys multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["kling-v3-turbo-image-to-video"],
        image_start: ImageInput,
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling v3 turbo image-to-video - quicker and cheaper, up to 1080p.

        ``image_start``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["kling-v3-turbo-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Kling v3 turbo text-to-video - quicker and cheaper, up to 1080p.

        ``prompt``: required; at most 2500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["minimax-h3-image-to-video"],
        prompt: str,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        quality: Literal["768p", "2k"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """MiniMax H3 image-to-video from a first frame, a last frame or both.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``quality``: must be one of 768p, 2k; default "768p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["minimax-h3-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["adaptive", "16:9", "21:9", "4:3", "1:1", "3:4", "9:16"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["768p", "2k"] = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """MiniMax H3 reference-to-video from up to 9 images, 3 videos and 3 audio clips.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive, 16:9, 21:9, 4:3, 1:1, 3:4, 9:16; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link; default [].
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link; default [].
        ``quality``: must be one of 768p, 2k; default "768p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link; default [].
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["minimax-h3-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "21:9", "4:3", "1:1", "3:4", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["768p", "2k"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """MiniMax H3 text-to-video.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 21:9, 4:3, 1:1, 3:4, 9:16; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``quality``: must be one of 768p, 2k; default "768p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["omnihuman-1.5"],
        audio_url: str,
        image_urls: list[str] | list[ImageInput],
        auto_mask: bool = ...,
        callback_url: str = ...,
        mask_url: list[str] | list[ImageInput] = ...,
        pe_fast_mode: bool = ...,
        prompt: str = ...,
        seed: int = ...,
        subject_check: bool = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """OmniHuman 1.5 - a talking-person video from one portrait, lip-synced to an audio clip of up to 35 seconds.

        ``audio_url``: required; must be an http:// or https:// link.
        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``auto_mask``: default false.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``mask_url``: each must be an http:// or https:// link.
        ``pe_fast_mode``: default false.
        ``prompt``: must not be empty or blank.
        ``subject_check``: default false.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-1.5-pro"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 1.5 Pro - text, first-frame or first-and-last-frame video with generated sound; 4 to 12 seconds, up to 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 12; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-fast-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 Fast image-to-video from a first frame, or first and last frames; 480p or 720p.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-fast-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p"] = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 Fast reference-to-video - up to 9 images, 3 videos and 3 audio clips as references; 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-fast-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 Fast text-to-video - quicker and cheaper, 480p or 720p, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 image-to-video from a first frame, or first and last frames; up to 4K.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-mini-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 Mini image-to-video from a first frame, or first and last frames; 480p or 720p.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-mini-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p"] = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 Mini reference-to-video - up to 9 images, 3 videos and 3 audio clips as references; 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-mini-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 Mini text-to-video - the lightest tier, 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 reference-to-video - new footage guided by up to 9 images, 3 videos and 3 audio clips (also edits or continues a reference video); up to 4K.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.0 text-to-video - 4 to 15 seconds, up to 4K, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.5-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.5 image-to-video from a first frame, or first and last frames; the shape follows the image.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.5-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.5 reference-to-video - new footage guided by up to 30 images, 10 videos and 10 audio clips (at least one); up to 1080p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``video_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.5-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.5 text-to-video - up to 30 seconds and 1080p, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.5-video-edit"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: Literal[-1] = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.5 video edit - change the first video by instruction; the output keeps its length and shape.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 10 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: must be one of -1; default -1.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["seedance-2.5-video-extend"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Seedance 2.5 video extend - continue the first video forwards or backwards by up to 30 seconds.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 10 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["sora-2-preview"],
        prompt: str,
        aspect_ratio: Literal["1280x720", "720x1280", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Sora 2 (preview) - text or one image to video; an image must match the chosen frame size exactly.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 1280x720, 720x1280, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["sora-2-pro-preview"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Sora 2 Pro (preview) - higher quality text or image to video; no images of real people.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``quality``: must be one of 720p, 1080p.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["topaz-video-upscale"],
        video_urls: list[str],
        callback_url: str = ...,
        model_params: Mapping[str, Any] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Topaz video upscale - enhance one MP4 video and enlarge it 1x, 2x or 4x, billed per second of input.

        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``model_params``: keys upscale_factor.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["veo-3.1-fast-generate-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: Literal[4, 6, 8] = ...,
        generate_audio: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        n: int = ...,
        negative_prompt: str = ...,
        person_generation: Literal["allow_adult", "dont_allow"] = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        resize_mode: Literal["pad", "crop"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Veo 3.1 Fast (preview) - text-to-video, first/last-frame and reference-image video, cheaper and quicker.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 4, 6, 8; default 4.
        ``generate_audio``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``n``: from 1 to 4; default 1.
        ``person_generation``: must be one of allow_adult, dont_allow.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``resize_mode``: must be one of pad, crop.
        ``seed``: from 1 to 4294967295.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["veo-3.1-generate-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: Literal[4, 6, 8] = ...,
        generate_audio: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        n: int = ...,
        negative_prompt: str = ...,
        person_generation: Literal["allow_adult", "dont_allow"] = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        resize_mode: Literal["pad", "crop"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Veo 3.1 (preview) - text-to-video, first/last-frame and reference-image video.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 4, 6, 8; default 4.
        ``generate_audio``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``n``: from 1 to 4; default 1.
        ``person_generation``: must be one of allow_adult, dont_allow.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``resize_mode``: must be one of pad, crop.
        ``seed``: from 1 to 4294967295.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-fast-beta"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        enhance_prompt: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Veo 3.1 Fast (beta channel) - text, first/last-frame and reference-image video at 720p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``enhance_prompt``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``quality``: must be one of 720p.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-fast-extend"],
        base_video_task_id: str,
        prompt: str,
        callback_url: str = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Veo 3.1 Fast extend (retired) - continue an earlier 720p Veo 3.1 Fast video.

        ``base_video_task_id``: required; at most 128 characters; must match the pattern ^task-unified-[A-Za-z0-9_-]+$.
        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["veo3.1-pro-beta"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        enhance_prompt: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Veo 3.1 Pro (beta channel) - text, first-frame or first/last-frame video at 720p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``enhance_prompt``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``quality``: must be one of 720p.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["videoretalk"],
        audio_url: str,
        video_url: str,
        callback_url: str = ...,
        query_face_threshold: int = ...,
        ref_image_url: ImageInput = ...,
        video_extension: bool = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """VideoRetalk - redo the lip movements of the person in a video to match a new audio track (e.g. dubbing).

        ``audio_url``: required; must be an http:// or https:// link.
        ``video_url``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``query_face_threshold``: from 120 to 200; default 170.
        ``ref_image_url``: must be an http:// or https:// link.
        ``video_extension``: default false.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan2.5-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        prompt_extend: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.5 image-to-video - animate one first-frame image into a 5 or 10 second clip.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10.
        ``prompt_extend``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan2.5-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        prompt_extend: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.5 text-to-video - 5 or 10 second clips at 480p, 720p or 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10.
        ``prompt_extend``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan2.6-image-to-video-flash"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.6 Flash image-to-video - the quicker first-frame tier, with or without generated sound.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``generate_audio``: default true.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan2.6-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.6 image-to-video - animate one first-frame image into a 2 to 15 second clip.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan2.6-reference-video-flash"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.6 Flash reference video - the quicker reference-video tier, with or without generated sound.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 3 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 10.
        ``generate_audio``: default true.
        ``model_params``: keys shot_type.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan2.6-reference-video"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.6 reference video - a new 2 to 10 second clip starring the characters of up to 3 reference videos.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 3 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 10.
        ``model_params``: keys shot_type.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan2.6-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.6 text-to-video - 2 to 15 second clips at 720p or 1080p, optionally driven by an audio track.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan2.7-image-to-video"],
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generation_mode: Literal["first_frame", "first_last_frame", "video_continuation"] = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.7 image-to-video - from a first frame, first and last frames, or by continuing a short video.

        ``audio_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``generation_mode``: must be one of first_frame, first_last_frame, video_continuation.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``negative_prompt``: at most 500 characters.
        ``prompt``: at most 5000 characters; must not be empty or blank.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        ``video_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan2.7-reference-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_start: ImageInput = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.7 reference video - cast people or objects from up to 5 reference images and videos, with per-character voices.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_urls``: at most 5 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``image_start``: must be an http:// or https:// link.
        ``image_urls``: at most 5 items; each must be an http:// or https:// link.
        ``model_params``: keys voice_bindings.
        ``negative_prompt``: at most 500 characters.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        ``video_urls``: at most 5 items; each must be an http:// or https:// link.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan2.7-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        negative_prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.7 text-to-video - 2 to 15 second clips at 720p or 1080p; shots can be laid out in the prompt.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``negative_prompt``: at most 500 characters.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan2.7-video-edit"],
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: float = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 2.7 video edit - restyle or change one video by instruction, with up to 4 reference images.

        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 0 to 10; 0 or at least 2; default 0.
        ``image_urls``: at most 4 items; each must be an http:// or https:// link.
        ``keep_original_sound``: default false.
        ``negative_prompt``: at most 500 characters.
        ``prompt``: at most 5000 characters; must not be empty or blank.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan3.0-image-to-video"],
        image_start: ImageInput,
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_end: ImageInput = ...,
        prompt: str = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 3.0 image-to-video - a clip of up to 30 seconds that starts on a given image and can end on another.

        ``image_start``: required; must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``image_end``: must be an http:// or https:// link.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan3.0-reference-video"],
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 3.0 reference video - up to 30 seconds built from any mix of reference images, videos, audio clips and a document or web page.

        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``audio_urls``: at most 5 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 10 items; each must be an http:// or https:// link.
        ``model_params``: keys file_url, link_url.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
        ``video_urls``: at most 5 items; each must be an http:// or https:// link.
        """

    @overload
    async def create_and_wait(
        self,
        *,
        model: Literal["wan3.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
    ) -> Task:
        """Wan 3.0 text-to-video - clips of up to 30 seconds from a prompt alone, at 480p to 1080p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
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
        model: Literal["MiniMax-Hailuo-02"],
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["512p", "768p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """MiniMax Hailuo 02 - text or image (first, optionally last frame) to video, 512p to 1080p.

        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``model_params``: keys fast_pretreatment, prompt_optimizer.
        ``prompt``: at most 2000 characters; must not be empty or blank.
        ``quality``: must be one of 512p, 768p, 1080p; default "768p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["MiniMax-Hailuo-2.3-Fast"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["768p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """MiniMax Hailuo 2.3 Fast - image-to-video, quicker and cheaper.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``model_params``: keys prompt_optimizer.
        ``prompt``: at most 2000 characters; must not be empty or blank.
        ``quality``: must be one of 768p, 1080p; default "768p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["MiniMax-Hailuo-2.3"],
        prompt: str,
        callback_url: str = ...,
        duration: Literal[6, 10] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["768p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """MiniMax Hailuo 2.3 - text or first-frame image to video, 768p or 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 6, 10; default 6.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``model_params``: keys fast_pretreatment, prompt_optimizer.
        ``quality``: must be one of 768p, 1080p; default "768p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["doubao-seedance-1.0-pro-fast"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "keep_ratio", "adaptive"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 1.0 Pro Fast - text-to-video, or image-to-video from one image; 2 to 12 seconds, up to 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, keep_ratio, adaptive.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 12; default 5.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "1080p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["gemini-omni-flash-image-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Gemini Omni Flash image-to-video from one first frame.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        ``image_urls``: from 1 to 1 item.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["gemini-omni-flash-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Gemini Omni Flash reference-to-video, guided by reference images.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        ``image_urls``: from 1 to 6 items.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["gemini-omni-flash-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "auto"] = ...,
        callback_url: str = ...,
        duration: int | Literal["auto"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Gemini Omni Flash text-to-video; duration 3-10 s or auto.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, auto; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10 or one of auto; default 10.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["gemini-omni-flash-video-edit"],
        prompt: str,
        callback_url: str = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Gemini Omni Flash video edit - change a video by instruction.

        ``prompt``: required; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``video_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["grok-imagine-image-to-video-beta"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        mode: Literal["fun", "normal", "spicy"] = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Grok Imagine image-to-video (beta), with a style mode.

        ``image_urls``: required; from 1 to 7 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 6 to 30; default 6.
        ``mode``: must be one of fun, normal, spicy; default "normal".
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["grok-imagine-text-to-video-beta"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        mode: Literal["fun", "normal", "spicy"] = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Grok Imagine text-to-video (beta), with a style mode.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 6 to 30; default 6.
        ``mode``: must be one of fun, normal, spicy; default "normal".
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["grok-imagine-video-1.0-i2v"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Grok Imagine Video 1.0 from an image.

        ``image_urls``: required; from 1 to 7 items; each must be an http:// or https:// link.
        ``prompt``: required; at least 1 character; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["grok-imagine-video-1.0-t2v"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "3:2", "2:3", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Grok Imagine Video 1.0 from text.

        ``prompt``: required; at least 1 character; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 3:2, 2:3, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``quality``: must be one of 480p, 720p; default "480p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["grok-imagine-video-1.5-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16", "1:1", "3:2", "2:3"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Grok Imagine Video 1.5 (preview) from text and up to 7 images; with one image, its shape sets the frame.

        ``prompt``: required; from 1 to 4096 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16, 1:1, 3:2, 2:3; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 1 to 15; default 6.
        ``image_urls``: from 0 to 7 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "480p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["happyhorse-1.0-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.0 image-to-video - animate one first frame for 3 to 15 seconds; the prompt is optional.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["happyhorse-1.0-reference-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.0 reference-to-video - cast up to 9 characters or objects from reference images into a 3 to 15 second clip.

        ``image_urls``: required; from 1 to 9 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["happyhorse-1.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.0 text-to-video - 3 to 15 seconds at 720p or 1080p; shots can be laid out with timings in the prompt.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["happyhorse-1.0-video-edit"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.0 video edit - restyle or replace parts of one video by instruction; the result is as long as the source, up to 15 seconds, and keeps its frame shape.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 5 items; each must be an http:// or https:// link.
        ``keep_original_sound``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["happyhorse-1.1-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.1 image-to-video - animate one first frame for 3 to 15 seconds; the prompt is optional.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["happyhorse-1.1-reference-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.1 reference-to-video - cast up to 9 characters or objects from reference images into a 3 to 15 second clip.

        ``image_urls``: required; from 1 to 9 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["happyhorse-1.1-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "4:5", "5:4", "9:21", "21:9"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """HappyHorse 1.1 text-to-video - 3 to 15 seconds at 720p or 1080p; shots can be laid out with timings in the prompt.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 4:5, 5:4, 9:21, 21:9; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["kling-custom-element"],
        model_params: Mapping[str, Any],
        callback_url: str = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling custom element - register a character from reference images or a video, for use as <<<element_N>>>.

        ``model_params``: required; keys element_description, element_image_list, element_name, element_video_list, element_voice_id, reference_type.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["kling-o1-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O1 image-to-video from one or two images.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10; default 5.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["kling-o1-video-edit-fast"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O1 video edit, fast tier.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: from 1 to 4 items; each must be an http:// or https:// link.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["kling-o1-video-edit"],
        prompt: str,
        video_urls: list[str],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O1 video edit - change a video by instruction, with optional reference images.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: from 1 to 4 items; each must be an http:// or https:// link.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["kling-o3-image-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O3 image-to-video - first/last frame and reference images, elements and multi-shot.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``image_urls``: each must be an http:// or https:// link.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k.
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["kling-o3-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        video_url: str = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O3 reference-to-video - a new shot guided by a reference video, images and elements.

        ``prompt``: required; at most 2500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 10; default 5.
        ``image_urls``: each must be an http:// or https:// link.
        ``keep_original_sound``: default true.
        ``model_params``: keys element_list, watermark_info.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``video_url``: must be an http:// or https:// link.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["kling-o3-text-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O3 text-to-video, with elements and multi-shot.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["kling-o3-video-edit"],
        callback_url: str = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        video_url: str = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling O3 video edit - rework a video by instruction, with reference images and elements.

        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: each must be an http:// or https:// link.
        ``keep_original_sound``: default true.
        ``model_params``: keys element_list, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``video_url``: must be an http:// or https:// link.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["kling-v3-image-to-video"],
        image_start: ImageInput,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling v3 image-to-video - animate a first frame, optionally towards a last frame, with multi-shot.

        ``image_start``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``image_end``: must be an http:// or https:// link.
        ``model_params``: keys element_list, multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["kling-v3-motion-control"],
        image_urls: list[str] | list[ImageInput],
        model_params: Mapping[str, Any],
        video_urls: list[str],
        callback_url: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling v3 motion control - move the character of an image the way a reference video moves.

        ``image_urls``: required; each must be an http:// or https:// link.
        ``model_params``: required; keys character_orientation, element_list, keep_sound, watermark_info.
        ``video_urls``: required; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["kling-v3-text-to-video"],
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        sound: Literal["on", "off"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling v3 text-to-video, with optional multi-shot storytelling.

        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``model_params``: keys multi_prompt, multi_shot, shot_type, watermark_info.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``sound``: must be one of on, off; default "off".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["kling-v3-turbo-image-to-video"],
        image_start: ImageInput,
        callback_url: str = ...,
        duration: int = ...,
        prompt: str = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling v3 turbo image-to-video - quicker and cheaper, up to 1080p.

        ``image_start``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``prompt``: at most 2500 characters; must not be empty or blank.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["kling-v3-turbo-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Kling v3 turbo text-to-video - quicker and cheaper, up to 1080p.

        ``prompt``: required; at most 2500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 3 to 15; default 5.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["minimax-h3-image-to-video"],
        prompt: str,
        callback_url: str = ...,
        duration: int = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        quality: Literal["768p", "2k"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """MiniMax H3 image-to-video from a first frame, a last frame or both.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``quality``: must be one of 768p, 2k; default "768p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["minimax-h3-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["adaptive", "16:9", "21:9", "4:3", "1:1", "3:4", "9:16"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["768p", "2k"] = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """MiniMax H3 reference-to-video from up to 9 images, 3 videos and 3 audio clips.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive, 16:9, 21:9, 4:3, 1:1, 3:4, 9:16; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link; default [].
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link; default [].
        ``quality``: must be one of 768p, 2k; default "768p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link; default [].
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["minimax-h3-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "21:9", "4:3", "1:1", "3:4", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        quality: Literal["768p", "2k"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """MiniMax H3 text-to-video.

        ``prompt``: required; from 1 to 7000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 21:9, 4:3, 1:1, 3:4, 9:16; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 15; default 4.
        ``quality``: must be one of 768p, 2k; default "768p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["omnihuman-1.5"],
        audio_url: str,
        image_urls: list[str] | list[ImageInput],
        auto_mask: bool = ...,
        callback_url: str = ...,
        mask_url: list[str] | list[ImageInput] = ...,
        pe_fast_mode: bool = ...,
        prompt: str = ...,
        seed: int = ...,
        subject_check: bool = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """OmniHuman 1.5 - a talking-person video from one portrait, lip-synced to an audio clip of up to 35 seconds.

        ``audio_url``: required; must be an http:// or https:// link.
        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``auto_mask``: default false.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``mask_url``: each must be an http:// or https:// link.
        ``pe_fast_mode``: default false.
        ``prompt``: must not be empty or blank.
        ``subject_check``: default false.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-1.5-pro"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 1.5 Pro - text, first-frame or first-and-last-frame video with generated sound; 4 to 12 seconds, up to 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 4 to 12; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.0-fast-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 Fast image-to-video from a first frame, or first and last frames; 480p or 720p.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.0-fast-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p"] = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 Fast reference-to-video - up to 9 images, 3 videos and 3 audio clips as references; 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.0-fast-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 Fast text-to-video - quicker and cheaper, 480p or 720p, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.0-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 image-to-video from a first frame, or first and last frames; up to 4K.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.0-mini-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 Mini image-to-video from a first frame, or first and last frames; 480p or 720p.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.0-mini-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p"] = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 Mini reference-to-video - up to 9 images, 3 videos and 3 audio clips as references; 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.0-mini-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 Mini text-to-video - the lightest tier, 480p or 720p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.0-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 reference-to-video - new footage guided by up to 9 images, 3 videos and 3 audio clips (also edits or continues a reference video); up to 4K.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: at most 3 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 9 items; each must be an http:// or https:// link.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        ``video_urls``: at most 3 items; each must be an http:// or https:// link.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["480p", "720p", "1080p", "4k"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.0 text-to-video - 4 to 15 seconds, up to 4K, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: from 4 to 15; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``quality``: must be one of 480p, 720p, 1080p, 4k; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.5-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        aspect_ratio: Literal["adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.5 image-to-video from a first frame, or first and last frames; the shape follows the image.

        ``image_urls``: required; from 1 to 2 items; each must be an http:// or https:// link.
        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.5-reference-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.5 reference-to-video - new footage guided by up to 30 images, 10 videos and 10 audio clips (at least one); up to 1080p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``video_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.5-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive"] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.5 text-to-video - up to 30 seconds and 1080p, with optional web search.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``model_params``: keys web_search.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.5-video-edit"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: Literal[-1] = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.5 video edit - change the first video by instruction; the output keeps its length and shape.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 10 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: must be one of -1; default -1.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["seedance-2.5-video-extend"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["adaptive"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        content_filter: bool = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output_format: Literal["mp4", "mov"] = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Seedance 2.5 video extend - continue the first video forwards or backwards by up to 30 seconds.

        ``prompt``: required; must not be empty or blank.
        ``video_urls``: required; from 1 to 10 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive; default "adaptive".
        ``audio_urls``: from 1 to 10 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``content_filter``: default true.
        ``duration``: -1 or from 4 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: from 1 to 30 items; each must be an http:// or https:// link.
        ``output_format``: must be one of mp4, mov; default "mp4".
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["sora-2-preview"],
        prompt: str,
        aspect_ratio: Literal["1280x720", "720x1280", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Sora 2 (preview) - text or one image to video; an image must match the chosen frame size exactly.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 1280x720, 720x1280, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["sora-2-pro-preview"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Sora 2 Pro (preview) - higher quality text or image to video; no images of real people.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``image_urls``: at most 1 item; each must be an http:// or https:// link.
        ``quality``: must be one of 720p, 1080p.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["topaz-video-upscale"],
        video_urls: list[str],
        callback_url: str = ...,
        model_params: Mapping[str, Any] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Topaz video upscale - enhance one MP4 video and enlarge it 1x, 2x or 4x, billed per second of input.

        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``model_params``: keys upscale_factor.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["veo-3.1-fast-generate-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: Literal[4, 6, 8] = ...,
        generate_audio: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        n: int = ...,
        negative_prompt: str = ...,
        person_generation: Literal["allow_adult", "dont_allow"] = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        resize_mode: Literal["pad", "crop"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Veo 3.1 Fast (preview) - text-to-video, first/last-frame and reference-image video, cheaper and quicker.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 4, 6, 8; default 4.
        ``generate_audio``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``n``: from 1 to 4; default 1.
        ``person_generation``: must be one of allow_adult, dont_allow.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``resize_mode``: must be one of pad, crop.
        ``seed``: from 1 to 4294967295.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["veo-3.1-generate-preview"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        duration: Literal[4, 6, 8] = ...,
        generate_audio: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        n: int = ...,
        negative_prompt: str = ...,
        person_generation: Literal["allow_adult", "dont_allow"] = ...,
        quality: Literal["720p", "1080p", "4k"] = ...,
        resize_mode: Literal["pad", "crop"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Veo 3.1 (preview) - text-to-video, first/last-frame and reference-image video.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 4, 6, 8; default 4.
        ``generate_audio``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``n``: from 1 to 4; default 1.
        ``person_generation``: must be one of allow_adult, dont_allow.
        ``quality``: must be one of 720p, 1080p, 4k; default "720p".
        ``resize_mode``: must be one of pad, crop.
        ``seed``: from 1 to 4294967295.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["veo3.1-fast-beta"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        enhance_prompt: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST", "REFERENCE"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Veo 3.1 Fast (beta channel) - text, first/last-frame and reference-image video at 720p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``enhance_prompt``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST, REFERENCE.
        ``image_urls``: at most 3 items; each must be an http:// or https:// link.
        ``quality``: must be one of 720p.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["veo3.1-fast-extend"],
        base_video_task_id: str,
        prompt: str,
        callback_url: str = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Veo 3.1 Fast extend (retired) - continue an earlier 720p Veo 3.1 Fast video.

        ``base_video_task_id``: required; at most 128 characters; must match the pattern ^task-unified-[A-Za-z0-9_-]+$.
        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["veo3.1-pro-beta"],
        prompt: str,
        aspect_ratio: Literal["auto", "16:9", "9:16"] = ...,
        callback_url: str = ...,
        enhance_prompt: bool = ...,
        generation_type: Literal["TEXT", "FIRST&LAST"] = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        quality: Literal["720p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Veo 3.1 Pro (beta channel) - text, first-frame or first/last-frame video at 720p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of auto, 16:9, 9:16; default "auto".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``enhance_prompt``: default true.
        ``generation_type``: must be one of TEXT, FIRST&LAST.
        ``image_urls``: at most 2 items; each must be an http:// or https:// link.
        ``quality``: must be one of 720p.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["videoretalk"],
        audio_url: str,
        video_url: str,
        callback_url: str = ...,
        query_face_threshold: int = ...,
        ref_image_url: ImageInput = ...,
        video_extension: bool = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """VideoRetalk - redo the lip movements of the person in a video to match a new audio track (e.g. dubbing).

        ``audio_url``: required; must be an http:// or https:// link.
        ``video_url``: required; must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``query_face_threshold``: from 120 to 200; default 170.
        ``ref_image_url``: must be an http:// or https:// link.
        ``video_extension``: default false.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan2.5-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        prompt_extend: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.5 image-to-video - animate one first-frame image into a 5 or 10 second clip.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10.
        ``prompt_extend``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan2.5-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: Literal[5, 10] = ...,
        prompt_extend: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.5 text-to-video - 5 or 10 second clips at 480p, 720p or 1080p.

        ``prompt``: required; at most 2000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: must be one of 5, 10.
        ``prompt_extend``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan2.6-image-to-video-flash"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.6 Flash image-to-video - the quicker first-frame tier, with or without generated sound.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``generate_audio``: default true.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan2.6-image-to-video"],
        image_urls: list[str] | list[ImageInput],
        prompt: str,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.6 image-to-video - animate one first-frame image into a 2 to 15 second clip.

        ``image_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan2.6-reference-video-flash"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.6 Flash reference video - the quicker reference-video tier, with or without generated sound.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 3 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 10.
        ``generate_audio``: default true.
        ``model_params``: keys shot_type.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan2.6-reference-video"],
        prompt: str,
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.6 reference video - a new 2 to 10 second clip starring the characters of up to 3 reference videos.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``video_urls``: required; from 1 to 3 items; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 10.
        ``model_params``: keys shot_type.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan2.6-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_url: str = ...,
        callback_url: str = ...,
        duration: int = ...,
        model_params: Mapping[str, Any] = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.6 text-to-video - 2 to 15 second clips at 720p or 1080p, optionally driven by an audio track.

        ``prompt``: required; at most 1500 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_url``: must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15.
        ``model_params``: keys shot_type.
        ``prompt_extend``: default true.
        ``quality``: must be one of 720p, 1080p; default "720p".
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan2.7-image-to-video"],
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generation_mode: Literal["first_frame", "first_last_frame", "video_continuation"] = ...,
        image_end: ImageInput = ...,
        image_start: ImageInput = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.7 image-to-video - from a first frame, first and last frames, or by continuing a short video.

        ``audio_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``generation_mode``: must be one of first_frame, first_last_frame, video_continuation.
        ``image_end``: must be an http:// or https:// link.
        ``image_start``: must be an http:// or https:// link.
        ``negative_prompt``: at most 500 characters.
        ``prompt``: at most 5000 characters; must not be empty or blank.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        ``video_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan2.7-reference-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        image_start: ImageInput = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        negative_prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.7 reference video - cast people or objects from up to 5 reference images and videos, with per-character voices.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_urls``: at most 5 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``image_start``: must be an http:// or https:// link.
        ``image_urls``: at most 5 items; each must be an http:// or https:// link.
        ``model_params``: keys voice_bindings.
        ``negative_prompt``: at most 500 characters.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        ``video_urls``: at most 5 items; each must be an http:// or https:// link.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan2.7-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        negative_prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.7 text-to-video - 2 to 15 second clips at 720p or 1080p; shots can be laid out in the prompt.

        ``prompt``: required; at most 5000 characters; must not be empty or blank.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4; default "16:9".
        ``audio_urls``: from 1 to 1 item; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 2 to 15; default 5.
        ``negative_prompt``: at most 500 characters.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan2.7-video-edit"],
        video_urls: list[str],
        aspect_ratio: Literal["16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: float = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        keep_original_sound: bool = ...,
        negative_prompt: str = ...,
        prompt: str = ...,
        prompt_extend: bool = ...,
        quality: Literal["720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 2.7 video edit - restyle or change one video by instruction, with up to 4 reference images.

        ``video_urls``: required; from 1 to 1 item; each must be an http:// or https:// link.
        ``aspect_ratio``: must be one of 16:9, 9:16, 1:1, 4:3, 3:4.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: from 0 to 10; 0 or at least 2; default 0.
        ``image_urls``: at most 4 items; each must be an http:// or https:// link.
        ``keep_original_sound``: default false.
        ``negative_prompt``: at most 500 characters.
        ``prompt``: at most 5000 characters; must not be empty or blank.
        ``prompt_extend``: default false.
        ``quality``: must be one of 720p, 1080p; default "720p".
        ``seed``: from 1 to 2147483647.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan3.0-image-to-video"],
        image_start: ImageInput,
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_end: ImageInput = ...,
        prompt: str = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 3.0 image-to-video - a clip of up to 30 seconds that starts on a given image and can end on another.

        ``image_start``: required; must be an http:// or https:// link.
        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``image_end``: must be an http:// or https:// link.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan3.0-reference-video"],
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        audio_urls: list[str] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        image_urls: list[str] | list[ImageInput] = ...,
        model_params: Mapping[str, Any] = ...,
        prompt: str = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        video_urls: list[str] = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 3.0 reference video - up to 30 seconds built from any mix of reference images, videos, audio clips and a document or web page.

        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``audio_urls``: at most 5 items; each must be an http:// or https:// link.
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``image_urls``: at most 10 items; each must be an http:// or https:// link.
        ``model_params``: keys file_url, link_url.
        ``prompt``: must not be empty or blank.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
        ``video_urls``: at most 5 items; each must be an http:// or https:// link.
        """

    @overload
    async def generate(
        self,
        *,
        model: Literal["wan3.0-text-to-video"],
        prompt: str,
        aspect_ratio: Literal["adaptive", "16:9", "9:16", "1:1", "4:3", "3:4"] = ...,
        callback_url: str = ...,
        duration: int = ...,
        generate_audio: bool = ...,
        quality: Literal["480p", "720p", "1080p"] = ...,
        seed: int = ...,
        output: PathLike,
        timeout: float | None = ...,
        on_progress: AsyncProgressCallback | None = ...,
        on_download: AsyncByteProgress | None = ...,
        extra_body: Mapping[str, Any] | None = ...,
        idempotency_key: str | None = ...,
        overwrite: bool = ...,
    ) -> Path:
        """Wan 3.0 text-to-video - clips of up to 30 seconds from a prompt alone, at 480p to 1080p.

        ``prompt``: required; must not be empty or blank.
        ``aspect_ratio``: must be one of adaptive, 16:9, 9:16, 1:1, 4:3, 3:4; default "adaptive".
        ``callback_url``: at most 2048 characters; must match the pattern ^https://.
        ``duration``: -1 or from 2 to 30; default 5.
        ``generate_audio``: default true.
        ``quality``: must be one of 480p, 720p, 1080p; default "720p".
        ``seed``: from 0 to 2147483647.
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
