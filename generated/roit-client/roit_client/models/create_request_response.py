# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.created_request import CreatedRequest


T = TypeVar("T", bound="CreateRequestResponse")


@_attrs_define
class CreateRequestResponse:
    """CRUD envelope with the created request.

    Attributes:
        status_code (int | Unset): Status Code Default: 200.
        message (str | Unset): Message Default: ''.
        data (CreatedRequest | Unset): The request that was just created.
    """

    status_code: int | Unset = 200
    message: str | Unset = ""
    data: CreatedRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        message = self.message

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if message is not UNSET:
            field_dict["message"] = message
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.created_request import CreatedRequest  # noqa: PLC0415

        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            d = dict(src_dict)
            _at = "status_code"
            status_code = d.pop("status_code", UNSET)

            _at = "message"
            message = d.pop("message", UNSET)

            _at = "data"
            _data = d.pop("data", UNSET)
            data: CreatedRequest | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = CreatedRequest.from_dict(_data)

        except _ResponseParseError as exc:
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        create_request_response = cls(
            status_code=status_code,
            message=message,
            data=data,
        )

        create_request_response.additional_properties = d
        return create_request_response

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
