# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderResponseSummary")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "subtotalAmount",
        "grossAmount",
        "netAmount",
        "dueAmount",
        "totalCharges",
        "totalAllowances",
        "tax",
        "modificationGroups",
    }
)


@_attrs_define
class OrderResponseSummary:
    """
    Attributes:
        subtotal_amount (float):
        gross_amount (float):
        net_amount (float):
        due_amount (float):
        total_charges (float):
        total_allowances (float):
        tax (OrderResponseSummaryTax):
        modification_groups (list[ModificationGroup] | Unset):
    """

    subtotal_amount: float
    gross_amount: float
    net_amount: float
    due_amount: float
    total_charges: float
    total_allowances: float
    tax: OrderResponseSummaryTax
    modification_groups: list[ModificationGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtotal_amount = self.subtotal_amount

        gross_amount = self.gross_amount

        net_amount = self.net_amount

        due_amount = self.due_amount

        total_charges = self.total_charges

        total_allowances = self.total_allowances

        tax = self.tax.to_dict()

        modification_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modification_groups, Unset):
            modification_groups = []
            for modification_groups_item_data in self.modification_groups:
                modification_groups_item = modification_groups_item_data.to_dict()
                modification_groups.append(modification_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtotalAmount": subtotal_amount,
                "grossAmount": gross_amount,
                "netAmount": net_amount,
                "dueAmount": due_amount,
                "totalCharges": total_charges,
                "totalAllowances": total_allowances,
                "tax": tax,
            }
        )
        if modification_groups is not UNSET:
            field_dict["modificationGroups"] = modification_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "subtotalAmount"
            subtotal_amount = d["subtotalAmount"]

            _at = "grossAmount"
            gross_amount = d["grossAmount"]

            _at = "netAmount"
            net_amount = d["netAmount"]

            _at = "dueAmount"
            due_amount = d["dueAmount"]

            _at = "totalCharges"
            total_charges = d["totalCharges"]

            _at = "totalAllowances"
            total_allowances = d["totalAllowances"]

            _at = "tax"
            tax = OrderResponseSummaryTax.from_dict(d["tax"])

            _at = "modificationGroups"
            _modification_groups = d.get("modificationGroups", UNSET)
            modification_groups: list[ModificationGroup] | Unset = UNSET
            if _modification_groups is not UNSET:
                modification_groups = []
                for modification_groups_item_data in _modification_groups:
                    modification_groups_item = ModificationGroup.from_dict(modification_groups_item_data)

                    modification_groups.append(modification_groups_item)

        except _ResponseParseError as exc:
            if _at == "modificationGroups" and isinstance(modification_groups, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(modification_groups)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        order_response_summary = cls(
            subtotal_amount,
            gross_amount,
            net_amount,
            due_amount,
            total_charges,
            total_allowances,
            tax,
            modification_groups=modification_groups,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 7:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                order_response_summary.additional_properties = extra

        return order_response_summary

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
from ..models.modification_group import ModificationGroup  # noqa: E402
from ..models.order_response_summary_tax import OrderResponseSummaryTax  # noqa: E402
