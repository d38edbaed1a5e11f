# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

T = TypeVar("T", bound="DispatchInstruction")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "header",
        "items",
    }
)


@_attrs_define
class DispatchInstruction:
    """A supplier's instruction to its fulfilment provider to ship goods to a recipient.

    Attributes:
        header (DispatchInstructionHeader): The order and shipment it belongs to, the dates, the parties and how to
            ship.
        items (list[DispatchInstructionItemWithSubSubItems]):
    """

    header: DispatchInstructionHeader
    items: list[DispatchInstructionItemWithSubSubItems]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header = self.header.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "header": header,
                "items": items,
            }
        )

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
            header = DispatchInstructionHeader.from_dict(d["header"])

            _at = "items"
            items = []
            _items = d["items"]
            for items_item_data in _items:
                items_item = DispatchInstructionItemWithSubSubItems.from_dict(items_item_data)

                items.append(items_item)

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
        dispatch_instruction = cls(
            header,
            items,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 2:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                dispatch_instruction.additional_properties = extra

        return dispatch_instruction

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
from ..models.dispatch_instruction_header import DispatchInstructionHeader  # noqa: E402
from ..models.dispatch_instruction_item_with_sub_sub_items import DispatchInstructionItemWithSubSubItems  # noqa: E402
