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

from ..models.veo_31_generate_preview_request_aspect_ratio import (
    Veo31GeneratePreviewRequestAspectRatio,
    check_veo_31_generate_preview_request_aspect_ratio,
)
from ..models.veo_31_generate_preview_request_duration import (
    Veo31GeneratePreviewRequestDuration,
    check_veo_31_generate_preview_request_duration,
)
from ..models.veo_31_generate_preview_request_generation_type import (
    Veo31GeneratePreviewRequestGenerationType,
    check_veo_31_generate_preview_request_generation_type,
)
from ..models.veo_31_generate_preview_request_person_generation import (
    Veo31GeneratePreviewRequestPersonGeneration,
    check_veo_31_generate_preview_request_person_generation,
)
from ..models.veo_31_generate_preview_request_quality import (
    Veo31GeneratePreviewRequestQuality,
    check_veo_31_generate_preview_request_quality,
)
from ..models.veo_31_generate_preview_request_resize_mode import (
    Veo31GeneratePreviewRequestResizeMode,
    check_veo_31_generate_preview_request_resize_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Veo31GeneratePreviewRequest")


@_attrs_define
class Veo31GeneratePreviewRequest:
    """Veo 3.1 (preview) - text-to-video, first/last-frame and reference-image video."""

    prompt: str
    model: Literal["veo-3.1-generate-preview"] = "veo-3.1-generate-preview"
    aspect_ratio: Veo31GeneratePreviewRequestAspectRatio | Unset = UNSET
    """ auto picks from the image (image-to-video) or the prompt (text-to-video). """
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    duration: Veo31GeneratePreviewRequestDuration | Unset = 4
    """ Seconds of video (4 when not given; REFERENCE mode requires 8, so give it there). """
    generate_audio: bool | Unset = True
    """ Generate an audio track (extra cost). """
    generation_type: Veo31GeneratePreviewRequestGenerationType | Unset = UNSET
    """ TEXT (text-to-video), FIRST&LAST (first and last frame) or REFERENCE (reference images). """
    image_urls: list[str] | Unset = UNSET
    """ Image URLs (at most 10 MB each); FIRST&LAST takes 1-2, REFERENCE up to 3. """
    n: int | Unset = 1
    """ Number of videos; each one is billed. """
    negative_prompt: str | Unset = UNSET
    person_generation: Veo31GeneratePreviewRequestPersonGeneration | Unset = UNSET
    """ allow_adult allows adults only; dont_allow generates no people or faces. Not in REFERENCE mode. """
    quality: Veo31GeneratePreviewRequestQuality | Unset = "720p"
    resize_mode: Veo31GeneratePreviewRequestResizeMode | Unset = UNSET
    """ How an input image is fitted (pad or crop); image-to-video only, not in REFERENCE mode. """
    seed: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        prompt = self.prompt

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        callback_url = self.callback_url

        duration: int | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration

        generate_audio = self.generate_audio

        generation_type: str | Unset = UNSET
        if not isinstance(self.generation_type, Unset):
            generation_type = self.generation_type

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        n = self.n

        negative_prompt = self.negative_prompt

        person_generation: str | Unset = UNSET
        if not isinstance(self.person_generation, Unset):
            person_generation = self.person_generation

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        resize_mode: str | Unset = UNSET
        if not isinstance(self.resize_mode, Unset):
            resize_mode = self.resize_mode

        seed = self.seed

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if generate_audio is not UNSET:
            field_dict["generate_audio"] = generate_audio
        if generation_type is not UNSET:
            field_dict["generation_type"] = generation_type
        if image_urls is not UNSET:
            field_dict["image_urls"] = image_urls
        if n is not UNSET:
            field_dict["n"] = n
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if person_generation is not UNSET:
            field_dict["person_generation"] = person_generation
        if quality is not UNSET:
            field_dict["quality"] = quality
        if resize_mode is not UNSET:
            field_dict["resize_mode"] = resize_mode
        if seed is not UNSET:
            field_dict["seed"] = seed

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

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: Veo31GeneratePreviewRequestAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_veo_31_generate_preview_request_aspect_ratio(
                _aspect_ratio
            )

        callback_url = d.pop("callback_url", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: Veo31GeneratePreviewRequestDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = check_veo_31_generate_preview_request_duration(_duration)

        generate_audio = d.pop("generate_audio", UNSET)

        _generation_type = d.pop("generation_type", UNSET)
        generation_type: Veo31GeneratePreviewRequestGenerationType | Unset
        if isinstance(_generation_type, Unset):
            generation_type = UNSET
        else:
            generation_type = check_veo_31_generate_preview_request_generation_type(
                _generation_type
            )

        image_urls = cast(list[str], d.pop("image_urls", UNSET))

        n = d.pop("n", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        _person_generation = d.pop("person_generation", UNSET)
        person_generation: Veo31GeneratePreviewRequestPersonGeneration | Unset
        if isinstance(_person_generation, Unset):
            person_generation = UNSET
        else:
            person_generation = check_veo_31_generate_preview_request_person_generation(
                _person_generation
            )

        _quality = d.pop("quality", UNSET)
        quality: Veo31GeneratePreviewRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = check_veo_31_generate_preview_request_quality(_quality)

        _resize_mode = d.pop("resize_mode", UNSET)
        resize_mode: Veo31GeneratePreviewRequestResizeMode | Unset
        if isinstance(_resize_mode, Unset):
            resize_mode = UNSET
        else:
            resize_mode = check_veo_31_generate_preview_request_resize_mode(
                _resize_mode
            )

        seed = d.pop("seed", UNSET)

        veo_31_generate_preview_request = cls(
            model=model,
            prompt=prompt,
            aspect_ratio=aspect_ratio,
            callback_url=callback_url,
            duration=duration,
            generate_audio=generate_audio,
            generation_type=generation_type,
            image_urls=image_urls,
            n=n,
            negative_prompt=negative_prompt,
            person_generation=person_generation,
            quality=quality,
            resize_mode=resize_mode,
            seed=seed,
        )

        return veo_31_generate_preview_request
