# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TradePartnerAdditionalParties")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "shipTo",
        "billTo",
        "payTo",
    }
)


@_attrs_define
class TradePartnerAdditionalParties:
    """Additional parties that exist for this trade partner.

    Attributes:
        ship_to (list[Party] | Unset): Additional ship-to (delivery) parties.
        bill_to (list[Party] | Unset): Additional bill-to (billing) parties.
        pay_to (list[Party] | Unset): Additional pay-to (remittance) parties.
    """

    ship_to: list[Party] | Unset = UNSET
    bill_to: list[Party] | Unset = UNSET
    pay_to: list[Party] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ship_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ship_to, Unset):
            ship_to = []
            for ship_to_item_data in self.ship_to:
                ship_to_item = ship_to_item_data.to_dict()
                ship_to.append(ship_to_item)

        bill_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bill_to, Unset):
            bill_to = []
            for bill_to_item_data in self.bill_to:
                bill_to_item = bill_to_item_data.to_dict()
                bill_to.append(bill_to_item)

        pay_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pay_to, Unset):
            pay_to = []
            for pay_to_item_data in self.pay_to:
                pay_to_item = pay_to_item_data.to_dict()
                pay_to.append(pay_to_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if bill_to is not UNSET:
            field_dict["billTo"] = bill_to
        if pay_to is not UNSET:
            field_dict["payTo"] = pay_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "shipTo"
            _ship_to = d.get("shipTo", UNSET)
            ship_to: list[Party] | Unset = UNSET
            if _ship_to is not UNSET:
                ship_to = []
                for ship_to_item_data in _ship_to:
                    ship_to_item = Party.from_dict(ship_to_item_data)

                    ship_to.append(ship_to_item)

            _at = "billTo"
            _bill_to = d.get("billTo", UNSET)
            bill_to: list[Party] | Unset = UNSET
            if _bill_to is not UNSET:
                bill_to = []
                for bill_to_item_data in _bill_to:
                    bill_to_item = Party.from_dict(bill_to_item_data)

                    bill_to.append(bill_to_item)

            _at = "payTo"
            _pay_to = d.get("payTo", UNSET)
            pay_to: list[Party] | Unset = UNSET
            if _pay_to is not UNSET:
                pay_to = []
                for pay_to_item_data in _pay_to:
                    pay_to_item = Party.from_dict(pay_to_item_data)

                    pay_to.append(pay_to_item)

        except _ResponseParseError as exc:
            if _at == "shipTo" and isinstance(ship_to, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(ship_to)) from None
            if _at == "billTo" and isinstance(bill_to, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(bill_to)) from None
            if _at == "payTo" and isinstance(pay_to, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(pay_to)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        trade_partner_additional_parties = cls(
            ship_to=ship_to,
            bill_to=bill_to,
            pay_to=pay_to,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                trade_partner_additional_parties.additional_properties = extra

        return trade_partner_additional_parties

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
from ..models.party import Party  # noqa: E402
