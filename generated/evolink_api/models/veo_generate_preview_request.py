from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.veo_generate_preview_request_aspect_ratio import (
    VeoGeneratePreviewRequestAspectRatio,
    check_veo_generate_preview_request_aspect_ratio,
)
from ..models.veo_generate_preview_request_duration import (
    VeoGeneratePreviewRequestDuration,
    check_veo_generate_preview_request_duration,
)
from ..models.veo_generate_preview_request_generation_type import (
    VeoGeneratePreviewRequestGenerationType,
    check_veo_generate_preview_request_generation_type,
)
from ..models.veo_generate_preview_request_person_generation import (
    VeoGeneratePreviewRequestPersonGeneration,
    check_veo_generate_preview_request_person_generation,
)
from ..models.veo_generate_preview_request_quality import (
    VeoGeneratePreviewRequestQuality,
    check_veo_generate_preview_request_quality,
)
from ..models.veo_generate_preview_request_resize_mode import (
    VeoGeneratePreviewRequestResizeMode,
    check_veo_generate_preview_request_resize_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VeoGeneratePreviewRequest")


@_attrs_define
class VeoGeneratePreviewRequest:
    """Veo 3.1 (preview) - text-to-video, first/last-frame and reference-image video."""

    prompt: str
    """ What the video shows. """
    model: Literal["veo-3.1-generate-preview"] = "veo-3.1-generate-preview"
    image_urls: list[str] | Unset = UNSET
    """ Image URLs (at most 10 MB each); FIRST&LAST takes 1-2, REFERENCE up to 3. """
    generation_type: VeoGeneratePreviewRequestGenerationType | Unset = UNSET
    """ TEXT (text-to-video), FIRST&LAST (first and last frame, 1-2 images) or REFERENCE (reference images). """
    aspect_ratio: VeoGeneratePreviewRequestAspectRatio | Unset = UNSET
    """ Default 16:9; auto picks from the image (image-to-video) or the prompt (text-to-video). """
    generate_audio: bool | Unset = True
    """ Generate an audio track (extra cost). """
    duration: VeoGeneratePreviewRequestDuration | Unset = UNSET
    """ Seconds of video; default 4 (REFERENCE mode requires 8). """
    n: int | Unset = 1
    """ Number of videos. """
    quality: VeoGeneratePreviewRequestQuality | Unset = "720p"
    seed: int | Unset = UNSET
    negative_prompt: str | Unset = UNSET
    """ What the video should not show. """
    person_generation: VeoGeneratePreviewRequestPersonGeneration | Unset = UNSET
    """ allow_adult (the default) allows adults only; dont_allow generates no people or faces. Not in REFERENCE
    mode. """
    resize_mode: VeoGeneratePreviewRequestResizeMode | Unset = UNSET
    """ How an input image is fitted, pad (the default) or crop; image-to-video only, not in REFERENCE mode. """
    callback_url: str | Unset = UNSET
    """ HTTPS URL called with the task body (POST) once the task is completed, failed or cancelled, after billing.
    Internal addresses (127.0.0.1, 10.x.x.x, 172.16-31.x.x, 192.168.x.x, ...) are refused. Timeout 10 s; up to 3
    retries at 1, 2, 4 s; any 2xx is success. Callbacks are not signed. """

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        generation_type: str | Unset = UNSET
        if not isinstance(self.generation_type, Unset):
            generation_type = self.generation_type

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        generate_audio = self.generate_audio

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        n = self.n

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        seed = self.seed

        negative_prompt = self.negative_prompt

        person_generation: str | Unset = UNSET
        if not isinstance(self.person_generation, Unset):
            person_generation = self.person_generation

        resize_mode: str | Unset = UNSET
        if not isinstance(self.resize_mode, Unset):
            resize_mode = self.resize_mode

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if generation_type is not UNSET:
            field_dict["generation_type"] = generation_type
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if duration is not UNSET:
            field_dict["duration"] = duration
        if n is not UNSET:
            field_dict["n"] = n
        if quality is not UNSET:
            field_dict["quality"] = quality
        if seed is not UNSET:
            field_dict["seed"] = seed
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if person_generation is not UNSET:
            field_dict["person_generation"] = person_generation
        if resize_mode is not UNSET:
            field_dict["resize_mode"] = resize_mode
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = cast(Literal["veo-3.1-generate-preview"], d.pop("model"))
        if model != "veo-3.1-generate-preview":
            raise ValueError(
                f"model must match const 'veo-3.1-generate-preview', got '{model}'"
            )

        prompt = d.pop("prompt")

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        _generation_type = d.pop("generation_type", UNSET)
        generation_type: VeoGeneratePreviewRequestGenerationType | Unset
        if isinstance(_generation_type, Unset):
            generation_type = UNSET
        else:
            generation_type = check_veo_generate_preview_request_generation_type(
                _generation_type
            )

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: VeoGeneratePreviewRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_generate_preview_request_aspect_ratio(
                _aspect_ratio
            )

        generate_audio = d.pop("generate_audio", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: VeoGeneratePreviewRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_veo_generate_preview_request_duration(_duration)

        n = d.pop("n", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: VeoGeneratePreviewRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_veo_generate_preview_request_quality(_quality)

        seed = d.pop("seed", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _person_generation = d.pop("person_generation", UNSET)
        person_generation: VeoGeneratePreviewRequestPersonGeneration | Unset
        if isinstance(_person_generation, Unset):
            person_generation = UNSET
        else:
            person_generation = check_veo_generate_preview_request_person_generation(
                _person_generation
            )

        _resize_mode = d.pop("resize_mode", UNSET)
        resize_mode: VeoGeneratePreviewRequestResizeMode | Unset
        if isinstance(_resize_mode, Unset):
            resize_mode = UNSET
        else:
            resize_mode = check_veo_generate_preview_request_resize_mode(_resize_mode)

        callback_url = d.pop("callback_url", UNSET)

        veo_generate_preview_request = cls(
            model=model,
            prompt=prompt,
            image_urls=image_urls,
            generation_type=generation_type,
            aspect_ratio=aspect_ratio,
            generate_audio=generate_audio,
            duration=duration,
            n=n,
            quality=quality,
            seed=seed,
            negative_prompt=negative_prompt,
            person_generation=person_generation,
            resize_mode=resize_mode,
            callback_url=callback_url,
        )

        return veo_generate_preview_request
