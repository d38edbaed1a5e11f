# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tax import Tax


T = TypeVar("T", bound="RemittanceAdviceItemCorrectionsItem")


@_attrs_define
class RemittanceAdviceItemCorrectionsItem:
    """
    Attributes:
        amount (float):
        total (float):
        basis (float | Unset):
        reason (str | Unset):
        tax (Tax | Unset): Tax applied to a line or a modification: rate and amount.
    """

    amount: float
    total: float
    basis: float | Unset = UNSET
    reason: str | Unset = UNSET
    tax: Tax | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        total = self.total

        basis = self.basis

        reason = self.reason

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "total": total,
            }
        )
        if basis is not UNSET:
            field_dict["basis"] = basis
        if reason is not UNSET:
            field_dict["reason"] = reason
        if tax is not UNSET:
            field_dict["tax"] = tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tax import Tax  # noqa: PLC0415

        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            d = dict(src_dict)
            _at = "amount"
            amount = d.pop("amount")

            _at = "total"
            total = d.pop("total")

            _at = "basis"
            basis = d.pop("basis", UNSET)

            _at = "reason"
            reason = d.pop("reason", UNSET)

            _at = "tax"
            _tax = d.pop("tax", UNSET)
            tax: Tax | Unset
            if isinstance(_tax, Unset):
                tax = UNSET
            else:
                tax = Tax.from_dict(_tax)

        except _ResponseParseError as exc:
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        remittance_advice_item_corrections_item = cls(
            amount=amount,
            total=total,
            basis=basis,
            reason=reason,
            tax=tax,
        )

        remittance_advice_item_corrections_item.additional_properties = d
        return remittance_advice_item_corrections_item

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
