from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.video_job_request_aspect_ratio import (
    VideoJobRequestAspectRatio,
    check_video_job_request_aspect_ratio,
)
from ..models.video_job_request_duration import (
    VideoJobRequestDuration,
    check_video_job_request_duration,
)
from ..models.video_job_request_model import (
    VideoJobRequestModel,
    check_video_job_request_model,
)
from ..models.video_job_request_size import (
    VideoJobRequestSize,
    check_video_job_request_size,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_job_extra_body import VideoJobExtraBody


T = TypeVar("T", bound="VideoJobRequest")


@_attrs_define
class VideoJobRequest:
    """One endpoint for every mode - text-to-video (prompt only), single image (image), first and last frame (image +
    last_image), multi-image reference (images, not on fast models) and video extension (video).

    """

    model: VideoJobRequestModel
    prompt: str | Unset = UNSET
    """ What the video shows (strongly recommended). """
    image: str | Unset = UNSET
    """ Source image URL (image-to-video, or the first frame with last_image). """
    images: list[str] | Unset = UNSET
    """ 2-3 reference image URLs (multi-image reference; not on fast models). """
    last_image: str | Unset = UNSET
    """ Last frame URL; goes with image. """
    video: str | Unset = UNSET
    """ Source video URL to extend. """
    size: VideoJobRequestSize | Unset = UNSET
    """ Resolution; must match the model. """
    aspect_ratio: VideoJobRequestAspectRatio | Unset = UNSET
    """ For text-to-video; may be ignored for image-to-video and extension. """
    duration: VideoJobRequestDuration | Unset = UNSET
    """ Seconds of video; not used for video extension. """
    extra_body: VideoJobExtraBody | Unset = UNSET
    """ Model options passed through to Veo. """

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        image = self.image

        images: list[str] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = self.images

        last_image = self.last_image

        video = self.video

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        extra_body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_body, Unset):
            extra_body = self.extra_body.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image is not UNSET:
            field_dict["image"] = image
        if images is not UNSET:
            field_dict["images"] = images
        if last_image is not UNSET:
            field_dict["last_image"] = last_image
        if video is not UNSET:
            field_dict["video"] = video
        if size is not UNSET:
            field_dict["size"] = size
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if extra_body is not UNSET:
            field_dict["extra_body"] = extra_body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.video_job_extra_body import VideoJobExtraBody

        d = dict(src_dict)
        model = check_video_job_request_model(d.pop("model"))

        prompt = d.pop("prompt", UNSET)

        image = d.pop("image", UNSET)

        images = cast(list[str], d.pop("images", UNSET))

        last_image = d.pop("last_image", UNSET)

        video = d.pop("video", UNSET)

        _size = d.pop("size", UNSET)
        size: VideoJobRequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_video_job_request_size(_size)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: VideoJobRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_video_job_request_aspect_ratio(_aspect_ratio)

        _duration = d.pop("duration", UNSET)
        duration: VideoJobRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_video_job_request_duration(_duration)

        _extra_body = d.pop("extra_body", UNSET)
        extra_body: VideoJobExtraBody | Unset
        if isinstance(_extra_body, Unset):
            extra_body = UNSET
        else:
            extra_body = VideoJobExtraBody.from_dict(_extra_body)

        video_job_request = cls(
            model=model,
            prompt=prompt,
            image=image,
            images=images,
            last_image=last_image,
            video=video,
            size=size,
            aspect_ratio=aspect_ratio,
            duration=duration,
            extra_body=extra_body,
        )

        return video_job_request
