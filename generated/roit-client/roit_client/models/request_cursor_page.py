# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

if TYPE_CHECKING:
    from ..models.request_record import RequestRecord


T = TypeVar("T", bound="RequestCursorPage")


@_attrs_define
class RequestCursorPage:
    """One page of requests. Page through with `start_after = nextStartAfter` until `nextStartAfter` is null.

    Attributes:
        items (list[RequestRecord]):
        next_start_after (None | str): processUniqueId of the last record of this page, or null when there are no more
            pages.
    """

    items: list[RequestRecord]
    next_start_after: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_start_after: None | str
        next_start_after = self.next_start_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "nextStartAfter": next_start_after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_record import RequestRecord  # noqa: PLC0415

        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            d = dict(src_dict)
            _at = "items"
            items = []
            _items = d.pop("items")
            for items_item_data in _items:
                items_item = RequestRecord.from_dict(items_item_data)

                items.append(items_item)

            _at = "nextStartAfter"

            def _parse_next_start_after(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            next_start_after = _parse_next_start_after(d.pop("nextStartAfter"))

        except _ResponseParseError as exc:
            if _at == "items" and isinstance(items, list):
                # A nested model failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(items)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        request_cursor_page = cls(
            items=items,
            next_start_after=next_start_after,
        )

        request_cursor_page.additional_properties = d
        return request_cursor_page

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
