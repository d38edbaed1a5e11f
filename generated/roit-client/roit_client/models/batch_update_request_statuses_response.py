# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

if TYPE_CHECKING:
    from ..models.request_update_result import RequestUpdateResult


T = TypeVar("T", bound="BatchUpdateRequestStatusesResponse")


@_attrs_define
class BatchUpdateRequestStatusesResponse:
    """{status, message, data} envelope with one result per updated request.

    Attributes:
        status (str):
        message (str):
        data (list[RequestUpdateResult]):
    """

    status: str
    message: str
    data: list[RequestUpdateResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_update_result import RequestUpdateResult  # noqa: PLC0415

        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            d = dict(src_dict)
            _at = "status"
            status = d.pop("status")

            _at = "message"
            message = d.pop("message")

            _at = "data"
            data = []
            _data = d.pop("data")
            for data_item_data in _data:
                data_item = RequestUpdateResult.from_dict(data_item_data)

                data.append(data_item)

        except _ResponseParseError as exc:
            if _at == "data" and isinstance(data, list):
                # A nested model failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(data)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        batch_update_request_statuses_response = cls(
            status=status,
            message=message,
            data=data,
        )

        batch_update_request_statuses_response.additional_properties = d
        return batch_update_request_statuses_response

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
