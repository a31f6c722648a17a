from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.token_credits import TokenCredits
    from ..models.user_credits import UserCredits


T = TypeVar("T", bound="CreditsAnswerData")


@_attrs_define
class CreditsAnswerData:
    token: TokenCredits
    """ The balance of the API key that asked. """
    user: UserCredits
    """ The balance of the account that owns the key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token.to_dict()

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.token_credits import TokenCredits
        from ..models.user_credits import UserCredits

        d = dict(src_dict)
        token = TokenCredits.from_dict(d.pop("token"))

        user = UserCredits.from_dict(d.pop("user"))

        credits_answer_data = cls(
            token=token,
            user=user,
        )

        credits_answer_data.additional_properties = d
        return credits_answer_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
