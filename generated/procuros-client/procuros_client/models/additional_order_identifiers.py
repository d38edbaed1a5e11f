# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalOrderIdentifiers")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "supplierOrderIdentifier",
        "shipToOrderIdentifier",
        "shipFromOrderIdentifier",
        "billToOrderIdentifier",
        "billFromOrderIdentifier",
        "finalRecipientOrderIdentifier",
        "technicalRecipientOrderIdentifier",
    }
)


@_attrs_define
class AdditionalOrderIdentifiers:
    """Further references of the order (contract, promotion, ...).

    Attributes:
        supplier_order_identifier (str | Unset):
        ship_to_order_identifier (str | Unset):
        ship_from_order_identifier (str | Unset):
        bill_to_order_identifier (str | Unset):
        bill_from_order_identifier (str | Unset):
        final_recipient_order_identifier (str | Unset):
        technical_recipient_order_identifier (str | Unset):
    """

    supplier_order_identifier: str | Unset = UNSET
    ship_to_order_identifier: str | Unset = UNSET
    ship_from_order_identifier: str | Unset = UNSET
    bill_to_order_identifier: str | Unset = UNSET
    bill_from_order_identifier: str | Unset = UNSET
    final_recipient_order_identifier: str | Unset = UNSET
    technical_recipient_order_identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier_order_identifier = self.supplier_order_identifier

        ship_to_order_identifier = self.ship_to_order_identifier

        ship_from_order_identifier = self.ship_from_order_identifier

        bill_to_order_identifier = self.bill_to_order_identifier

        bill_from_order_identifier = self.bill_from_order_identifier

        final_recipient_order_identifier = self.final_recipient_order_identifier

        technical_recipient_order_identifier = self.technical_recipient_order_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplier_order_identifier is not UNSET:
            field_dict["supplierOrderIdentifier"] = supplier_order_identifier
        if ship_to_order_identifier is not UNSET:
            field_dict["shipToOrderIdentifier"] = ship_to_order_identifier
        if ship_from_order_identifier is not UNSET:
            field_dict["shipFromOrderIdentifier"] = ship_from_order_identifier
        if bill_to_order_identifier is not UNSET:
            field_dict["billToOrderIdentifier"] = bill_to_order_identifier
        if bill_from_order_identifier is not UNSET:
            field_dict["billFromOrderIdentifier"] = bill_from_order_identifier
        if final_recipient_order_identifier is not UNSET:
            field_dict["finalRecipientOrderIdentifier"] = final_recipient_order_identifier
        if technical_recipient_order_identifier is not UNSET:
            field_dict["technicalRecipientOrderIdentifier"] = technical_recipient_order_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "supplierOrderIdentifier"
            supplier_order_identifier = d.get("supplierOrderIdentifier", UNSET)

            _at = "shipToOrderIdentifier"
            ship_to_order_identifier = d.get("shipToOrderIdentifier", UNSET)

            _at = "shipFromOrderIdentifier"
            ship_from_order_identifier = d.get("shipFromOrderIdentifier", UNSET)

            _at = "billToOrderIdentifier"
            bill_to_order_identifier = d.get("billToOrderIdentifier", UNSET)

            _at = "billFromOrderIdentifier"
            bill_from_order_identifier = d.get("billFromOrderIdentifier", UNSET)

            _at = "finalRecipientOrderIdentifier"
            final_recipient_order_identifier = d.get("finalRecipientOrderIdentifier", UNSET)

            _at = "technicalRecipientOrderIdentifier"
            technical_recipient_order_identifier = d.get("technicalRecipientOrderIdentifier", UNSET)

        except _ResponseParseError as exc:
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        additional_order_identifiers = cls(
            supplier_order_identifier=supplier_order_identifier,
            ship_to_order_identifier=ship_to_order_identifier,
            ship_from_order_identifier=ship_from_order_identifier,
            bill_to_order_identifier=bill_to_order_identifier,
            bill_from_order_identifier=bill_from_order_identifier,
            final_recipient_order_identifier=final_recipient_order_identifier,
            technical_recipient_order_identifier=technical_recipient_order_identifier,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                additional_order_identifiers.additional_properties = extra

        return additional_order_identifiers

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
