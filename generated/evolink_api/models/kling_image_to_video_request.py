from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.kling_image_to_video_request_quality import (
    KlingImageToVideoRequestQuality,
    check_kling_image_to_video_request_quality,
)
from ..models.kling_image_to_video_request_sound import (
    KlingImageToVideoRequestSound,
    check_kling_image_to_video_request_sound,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_image_to_video_params import KlingImageToVideoParams


T = TypeVar("T", bound="KlingImageToVideoRequest")


@_attrs_define
class KlingImageToVideoRequest:
    """Kling v3 image-to-video - animate a first frame, optionally towards a last frame."""

    image_start: str
    """ First frame image URL (at most 10 MB, jpg/jpeg/png, width and height at least 300 px, aspect ratio between
    1:2.5 and 2.5:1, reachable by the server). """
    model: Literal["kling-v3-image-to-video"] = "kling-v3-image-to-video"
    image_end: str | Unset = UNSET
    """ Last frame image URL (needs image_start; same limits). """
    prompt: str | Unset = UNSET
    """ What happens; may be omitted with multi_shot and shot_type customize. Reference elements as <<<element_1>>>.
    """
    negative_prompt: str | Unset = UNSET
    """ What the video should not show. """
    duration: int | Unset = 5
    """ Seconds of video; billed per second. """
    quality: KlingImageToVideoRequestQuality | Unset = "720p"
    """ 720p (std), 1080p (pro) or 4k. """
    sound: KlingImageToVideoRequestSound | Unset = "off"
    """ Generate sound effects. """
    model_params: KlingImageToVideoParams | Unset = UNSET
    """ Multi-shot, element and watermark controls. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL called with the task body (POST) once the task is completed, failed or cancelled, after billing.
    Internal addresses (127.0.0.1, 10.x.x.x, 172.16-31.x.x, 192.168.x.x, ...) are refused. Timeout 10 s; up to 3
    retries at 1, 2, 4 s; any 2xx is success. Callbacks are not signed. """

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        image_start = self.image_start

        image_end = self.image_end

        prompt = self.prompt

        negative_prompt = self.negative_prompt

        duration = self.duration

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        sound: str | Unset = UNSET
        if not isinstance(self.sound, Unset):
            sound = self.sound

        model_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_params, Unset):
            model_params = self.model_params.to_dict()

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "image_start": image_start,
            }
        )
        if image_end is not UNSET:
            field_dict["image_end"] = image_end
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if duration is not UNSET:
            field_dict["duration"] = duration
        if quality is not UNSET:
            field_dict["quality"] = quality
        if sound is not UNSET:
            field_dict["sound"] = sound
        if model_params is not UNSET:
            field_dict["model_params"] = model_params
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_image_to_video_params import KlingImageToVideoParams

        d = dict(src_dict)
        model = cast(Literal["kling-v3-image-to-video"], d.pop("model"))
        if model != "kling-v3-image-to-video":
            raise ValueError(
                f"model must match const 'kling-v3-image-to-video', got '{model}'"
            )

        image_start = d.pop("image_start")

        image_end = d.pop("image_end", UNSET)

        prompt = d.pop("prompt", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        duration = d.pop("duration", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: KlingImageToVideoRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_kling_image_to_video_request_quality(_quality)

        _sound = d.pop("sound", UNSET)
        sound: KlingImageToVideoRequestSound | Unset
        if isinstance(_sound, Unset):
            sound = UNSET
        else:
            sound = check_kling_image_to_video_request_sound(_sound)

        _model_params = d.pop("model_params", UNSET)
        model_params: KlingImageToVideoParams | Unset
        if isinstance(_model_params, Unset):
            model_params = UNSET
        else:
            model_params = KlingImageToVideoParams.from_dict(_model_params)

        callback_url = d.pop("callback_url", UNSET)

        kling_image_to_video_request = cls(
            model=model,
            image_start=image_start,
            image_end=image_end,
            prompt=prompt,
            negative_prompt=negative_prompt,
            duration=duration,
            quality=quality,
            sound=sound,
            model_params=model_params,
            callback_url=callback_url,
        )

        return kling_image_to_video_request
