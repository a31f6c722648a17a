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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kling_custom_element_request_model_params import (
        KlingCustomElementRequestModelParams,
    )


T = TypeVar("T", bound="KlingCustomElementRequest")


@_attrs_define
class KlingCustomElementRequest:
    """Kling custom element - register a character from reference images or a video, for use as <<<element_N>>>."""

    model_params: KlingCustomElementRequestModelParams
    model: Literal["kling-custom-element"] = "kling-custom-element"
    callback_url: str | Unset = UNSET
    """ HTTPS URL that receives the finished task (completed, failed or cancelled) as a POST; internal addresses are
    refused. Callbacks are not signed: confirm by querying the task. """

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        model_params = self.model_params.to_dict()

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "model_params": model_params,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kling_custom_element_request_model_params import (
            KlingCustomElementRequestModelParams,
        )

        d = dict(src_dict)
        model = cast(Literal["kling-custom-element"], d.pop("model"))
        if model != "kling-custom-element":
            raise ValueError(
                f"model must match const 'kling-custom-element', got '{model}'"
            )

        model_params = KlingCustomElementRequestModelParams.from_dict(
            d.pop("model_params")
        )

        callback_url = d.pop("callback_url", UNSET)

        kling_custom_element_request = cls(
            model=model,
            model_params=model_params,
            callback_url=callback_url,
        )

        return kling_custom_element_request
