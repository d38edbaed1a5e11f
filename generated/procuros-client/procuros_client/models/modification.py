# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.modification_calculation_type import ModificationCalculationType
from ..models.modification_reason_code import ModificationReasonCode
from ..models.modification_type import ModificationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Modification")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "type",
        "calculationType",
        "reasonCode",
        "description",
        "percentage",
        "amount",
        "tax",
    }
)


@_attrs_define
class Modification:
    """One allowance or charge, absolute or relative; percentage or amount is given.

    Attributes:
        type_ (ModificationType | Unset):
        calculation_type (ModificationCalculationType | Unset):
        reason_code (ModificationReasonCode | Unset):
        description (str | Unset):
        percentage (float | Unset):
        amount (float | Unset):
        tax (Tax | Unset): Tax applied to a line or a modification: rate and amount.
    """

    type_: ModificationType | Unset = UNSET
    calculation_type: ModificationCalculationType | Unset = UNSET
    reason_code: ModificationReasonCode | Unset = UNSET
    description: str | Unset = UNSET
    percentage: float | Unset = UNSET
    amount: float | Unset = UNSET
    tax: Tax | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        calculation_type: str | Unset = UNSET
        if not isinstance(self.calculation_type, Unset):
            calculation_type = self.calculation_type.value

        reason_code: str | Unset = UNSET
        if not isinstance(self.reason_code, Unset):
            reason_code = self.reason_code.value

        description = self.description

        percentage = self.percentage

        amount = self.amount

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if calculation_type is not UNSET:
            field_dict["calculationType"] = calculation_type
        if reason_code is not UNSET:
            field_dict["reasonCode"] = reason_code
        if description is not UNSET:
            field_dict["description"] = description
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax is not UNSET:
            field_dict["tax"] = tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "type"
            _type_ = d.get("type", UNSET)
            type_: ModificationType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = cast("ModificationType", ModificationType._value2member_map_.get(_type_)) or ModificationType(
                    _type_
                )

            _at = "calculationType"
            _calculation_type = d.get("calculationType", UNSET)
            calculation_type: ModificationCalculationType | Unset
            if isinstance(_calculation_type, Unset):
                calculation_type = UNSET
            else:
                calculation_type = cast(
                    "ModificationCalculationType", ModificationCalculationType._value2member_map_.get(_calculation_type)
                ) or ModificationCalculationType(_calculation_type)

            _at = "reasonCode"
            _reason_code = d.get("reasonCode", UNSET)
            reason_code: ModificationReasonCode | Unset
            if isinstance(_reason_code, Unset):
                reason_code = UNSET
            else:
                reason_code = cast(
                    "ModificationReasonCode", ModificationReasonCode._value2member_map_.get(_reason_code)
                ) or ModificationReasonCode(_reason_code)

            _at = "description"
            description = d.get("description", UNSET)

            _at = "percentage"
            percentage = d.get("percentage", UNSET)

            _at = "amount"
            amount = d.get("amount", UNSET)

            _at = "tax"
            _tax = d.get("tax", UNSET)
            tax: Tax | Unset
            if isinstance(_tax, Unset):
                tax = UNSET
            else:
                tax = Tax.from_dict(_tax)

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
        modification = cls(
            type_=type_,
            calculation_type=calculation_type,
            reason_code=reason_code,
            description=description,
            percentage=percentage,
            amount=amount,
            tax=tax,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                modification.additional_properties = extra

        return modification

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
from ..models.tax import Tax  # noqa: E402
