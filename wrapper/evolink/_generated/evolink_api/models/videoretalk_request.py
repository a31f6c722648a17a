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

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoretalkRequest")


@_attrs_define
class VideoretalkRequest:
    """VideoRetalk - redo the lip movements of the person in a video to match a new audio track (e.g. dubbing)."""

    audio_url: str
    """ The speech the person should lip-sync to (WAV, MP3, M4A and other common formats). """
    video_url: str
    """ Video showing a clear human face (MP4, MOV and other common formats; 2 to 300 seconds advised). """
    model: Literal["videoretalk"] = "videoretalk"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """
    query_face_threshold: int | Unset = 170
    """ How strictly the face is matched (120-200); lower it if no face is found, raise it if the wrong one is
    picked. """
    ref_image_url: str | Unset = UNSET
    """ A frontal photo of the face to re-sync; only needed when the video shows more than one face. """
    video_extension: bool | Unset = False
    """ If the audio is longer than the video, lengthen the video to the audio's length; otherwise the result stops
    at the shorter of the two. """

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        model = self.model

        video_url = self.video_url

        callback_url = self.callback_url

        query_face_threshold = self.query_face_threshold

        ref_image_url = self.ref_image_url

        video_extension = self.video_extension

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "audio_url": audio_url,
                "model": model,
                "video_url": video_url,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if query_face_threshold is not UNSET:
            field_dict["query_face_threshold"] = query_face_threshold
        if ref_image_url is not UNSET:
            field_dict["ref_image_url"] = ref_image_url
        if video_extension is not UNSET:
            field_dict["video_extension"] = video_extension

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_url = d.pop("audio_url")

        model = cast(Literal["videoretalk"], d.pop("model"))
        if model != "videoretalk":
            raise ValueError(f"model must match const 'videoretalk', got '{model}'")

        video_url = d.pop("video_url")

        callback_url = d.pop("callback_url", UNSET)

        query_face_threshold = d.pop("query_face_threshold", UNSET)

        ref_image_url = d.pop("ref_image_url", UNSET)

        video_extension = d.pop("video_extension", UNSET)

        videoretalk_request = cls(
            audio_url=audio_url,
            model=model,
            video_url=video_url,
            callback_url=callback_url,
            query_face_threshold=query_face_threshold,
            ref_image_url=ref_image_url,
            video_extension=video_extension,
        )

        return videoretalk_request
