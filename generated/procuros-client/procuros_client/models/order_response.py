# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderResponse")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "header",
        "items",
        "summary",
    }
)


@_attrs_define
class OrderResponse:
    """A supplier's answer to an order: accepted, rejected or changed, with the lines as confirmed.

    Attributes:
        header (OrderResponseHeader): The parties, the order answered, the response number, date and kind, and the
            confirmed delivery.
        items (list[OrderResponseItem] | Unset):
        summary (OrderResponseSummary | Unset):
    """

    header: OrderResponseHeader
    items: list[OrderResponseItem] | Unset = UNSET
    summary: OrderResponseSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header = self.header.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "header": header,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "header"
            header = OrderResponseHeader.from_dict(d["header"])

            _at = "items"
            _items = d.get("items", UNSET)
            items: list[OrderResponseItem] | Unset = UNSET
            if _items is not UNSET:
                items = []
                for items_item_data in _items:
                    items_item = OrderResponseItem.from_dict(items_item_data)

                    items.append(items_item)

            _at = "summary"
            _summary = d.get("summary", UNSET)
            summary: OrderResponseSummary | Unset
            if isinstance(_summary, Unset):
                summary = UNSET
            else:
                summary = OrderResponseSummary.from_dict(_summary)

        except _ResponseParseError as exc:
            if _at == "items" and isinstance(items, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(items)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        order_response = cls(
            header,
            items=items,
            summary=summary,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 1:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                order_response.additional_properties = extra

        return order_response

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


# Imported after the class, once per process instead of once per call: models that refer to each other import
# each other's module while it is still loading, and by then the class they need already exists.
from ..models.order_response_header import OrderResponseHeader  # noqa: E402
from ..models.order_response_item import OrderResponseItem  # noqa: E402
from ..models.order_response_summary import OrderResponseSummary  # noqa: E402
