# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.receival_notice_transport_units_unit_type import ReceivalNoticeTransportUnitsUnitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivalNoticeTransportUnits")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "items",
        "unitIdentifier",
        "unitType",
        "containedTradeUnitCount",
        "carrier",
    }
)


def _parse_unit_type(data: object) -> None | ReceivalNoticeTransportUnitsUnitType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            unit_type_type_0 = cast(
                "ReceivalNoticeTransportUnitsUnitType",
                ReceivalNoticeTransportUnitsUnitType._value2member_map_.get(data),
            ) or ReceivalNoticeTransportUnitsUnitType(data)

            return unit_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | ReceivalNoticeTransportUnitsUnitType | Unset, data)


@_attrs_define
class ReceivalNoticeTransportUnits:
    """One transport unit received and its lines.

    Attributes:
        items (list[ReceivalNoticeItem]):
        unit_identifier (str | Unset):
        unit_type (None | ReceivalNoticeTransportUnitsUnitType | Unset):
        contained_trade_unit_count (int | None | Unset):
        carrier (TransportUnitCarrier | Unset): The carrier of a transport unit and its tracking reference.
    """

    items: list[ReceivalNoticeItem]
    unit_identifier: str | Unset = UNSET
    unit_type: None | ReceivalNoticeTransportUnitsUnitType | Unset = UNSET
    contained_trade_unit_count: int | None | Unset = UNSET
    carrier: TransportUnitCarrier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        unit_identifier = self.unit_identifier

        unit_type: None | str | Unset
        if isinstance(self.unit_type, Unset):
            unit_type = UNSET
        elif isinstance(self.unit_type, ReceivalNoticeTransportUnitsUnitType):
            unit_type = self.unit_type.value
        else:
            unit_type = self.unit_type

        contained_trade_unit_count: int | None | Unset
        if isinstance(self.contained_trade_unit_count, Unset):
            contained_trade_unit_count = UNSET
        else:
            contained_trade_unit_count = self.contained_trade_unit_count

        carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier, Unset):
            carrier = self.carrier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if unit_identifier is not UNSET:
            field_dict["unitIdentifier"] = unit_identifier
        if unit_type is not UNSET:
            field_dict["unitType"] = unit_type
        if contained_trade_unit_count is not UNSET:
            field_dict["containedTradeUnitCount"] = contained_trade_unit_count
        if carrier is not UNSET:
            field_dict["carrier"] = carrier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "items"
            items = []
            _items = d["items"]
            for items_item_data in _items:
                items_item = ReceivalNoticeItem.from_dict(items_item_data)

                items.append(items_item)

            _at = "unitIdentifier"
            unit_identifier = d.get("unitIdentifier", UNSET)

            _at = "unitType"
            unit_type = _parse_unit_type(d.get("unitType", UNSET))

            _at = "containedTradeUnitCount"
            contained_trade_unit_count = d.get("containedTradeUnitCount", UNSET)

            _at = "carrier"
            _carrier = d.get("carrier", UNSET)
            carrier: TransportUnitCarrier | Unset
            if isinstance(_carrier, Unset):
                carrier = UNSET
            else:
                carrier = TransportUnitCarrier.from_dict(_carrier)

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
        receival_notice_transport_units = cls(
            items,
            unit_identifier=unit_identifier,
            unit_type=unit_type,
            contained_trade_unit_count=contained_trade_unit_count,
            carrier=carrier,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 1:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                receival_notice_transport_units.additional_properties = extra

        return receival_notice_transport_units

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
from ..models.receival_notice_item import ReceivalNoticeItem  # noqa: E402
from ..models.transport_unit_carrier import TransportUnitCarrier  # noqa: E402
