from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Wan30ReferenceVideoRequestModelParams")


@_attrs_define
class Wan30ReferenceVideoRequestModelParams:
    """A document or a web page for the model to turn into a video - one or the other, not both."""

    file_url: str | Unset = UNSET
    """ One document (pdf, Office, Keynote/Pages/Numbers, txt or md; at most 100 MB and 50 pages) to base the video
    on. """
    link_url: str | Unset = UNSET
    """ One public web page (no login) whose content the video presents. """

    def to_dict(self) -> dict[str, Any]:
        file_url = self.file_url

        link_url = self.link_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if link_url is not UNSET:
            field_dict["link_url"] = link_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_url = d.pop("file_url", UNSET)

        link_url = d.pop("link_url", UNSET)

        wan_30_reference_video_request_model_params = cls(
            file_url=file_url,
            link_url=link_url,
        )

        return wan_30_reference_video_request_model_params
