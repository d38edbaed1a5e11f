# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryReportItemBatch")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "batchIdentifier",
        "expirationDate",
        "quantity",
        "netWeight",
        "grossWeight",
        "status",
        "statusReason",
    }
)


@_attrs_define
class InventoryReportItemBatch:
    """A batch of a reported stock line, with its status.

    Attributes:
        batch_identifier (str | Unset):
        expiration_date (datetime.date | Unset): A calendar date (YYYY-MM-DD).
        quantity (float | Unset):
        net_weight (float | Unset):
        gross_weight (float | Unset):
        status (str | Unset):
        status_reason (str | Unset):
    """

    batch_identifier: str | Unset = UNSET
    expiration_date: datetime.date | Unset = UNSET
    quantity: float | Unset = UNSET
    net_weight: float | Unset = UNSET
    gross_weight: float | Unset = UNSET
    status: str | Unset = UNSET
    status_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_identifier = self.batch_identifier

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        quantity = self.quantity

        net_weight = self.net_weight

        gross_weight = self.gross_weight

        status = self.status

        status_reason = self.status_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_identifier is not UNSET:
            field_dict["batchIdentifier"] = batch_identifier
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if net_weight is not UNSET:
            field_dict["netWeight"] = net_weight
        if gross_weight is not UNSET:
            field_dict["grossWeight"] = gross_weight
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["statusReason"] = status_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "batchIdentifier"
            batch_identifier = d.get("batchIdentifier", UNSET)

            _at = "expirationDate"
            _expiration_date = d.get("expirationDate", UNSET)
            expiration_date: datetime.date | Unset
            if isinstance(_expiration_date, Unset):
                expiration_date = UNSET
            else:
                expiration_date = datetime.date.fromisoformat(_expiration_date)

            _at = "quantity"
            quantity = d.get("quantity", UNSET)

            _at = "netWeight"
            net_weight = d.get("netWeight", UNSET)

            _at = "grossWeight"
            gross_weight = d.get("grossWeight", UNSET)

            _at = "status"
            status = d.get("status", UNSET)

            _at = "statusReason"
            status_reason = d.get("statusReason", UNSET)

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
        inventory_report_item_batch = cls(
            batch_identifier=batch_identifier,
            expiration_date=expiration_date,
            quantity=quantity,
            net_weight=net_weight,
            gross_weight=gross_weight,
            status=status,
            status_reason=status_reason,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                inventory_report_item_batch.additional_properties = extra

        return inventory_report_item_batch

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
