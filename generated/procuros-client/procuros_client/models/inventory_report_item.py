# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.unit_of_measure import UnitOfMeasure
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryReportItem")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "name",
        "lineNumber",
        "availableQuantity",
        "blockedQuantity",
        "orderedQuantity",
        "identity",
        "unitOfMeasure",
        "unitPrice",
        "pricingUnitOfMeasure",
        "pricingUnitQuantity",
        "tax",
        "netWeight",
        "grossWeight",
        "hsCode",
        "originCountryCode",
        "colorCode",
        "colorName",
        "size",
        "dimension",
        "comment",
        "batches",
    }
)


@_attrs_define
class InventoryReportItem:
    """Stock of one product: quantities by status and batch.

    Attributes:
        name (str | Unset):
        line_number (int | Unset):
        available_quantity (float | Unset):
        blocked_quantity (float | Unset):
        ordered_quantity (float | Unset):
        identity (InventoryReportItemIdentity | Unset):
        unit_of_measure (UnitOfMeasure | Unset): Unit a quantity is given in.
        unit_price (float | Unset):
        pricing_unit_of_measure (str | Unset):
        pricing_unit_quantity (float | Unset):
        tax (Tax | Unset): Tax applied to a line or a modification: rate and amount.
        net_weight (int | Unset):
        gross_weight (int | Unset):
        hs_code (str | Unset):
        origin_country_code (str | Unset):
        color_code (str | Unset):
        color_name (str | Unset):
        size (str | Unset):
        dimension (str | Unset):
        comment (str | Unset):
        batches (list[InventoryReportItemBatch] | Unset):
    """

    name: str | Unset = UNSET
    line_number: int | Unset = UNSET
    available_quantity: float | Unset = UNSET
    blocked_quantity: float | Unset = UNSET
    ordered_quantity: float | Unset = UNSET
    identity: InventoryReportItemIdentity | Unset = UNSET
    unit_of_measure: UnitOfMeasure | Unset = UNSET
    unit_price: float | Unset = UNSET
    pricing_unit_of_measure: str | Unset = UNSET
    pricing_unit_quantity: float | Unset = UNSET
    tax: Tax | Unset = UNSET
    net_weight: int | Unset = UNSET
    gross_weight: int | Unset = UNSET
    hs_code: str | Unset = UNSET
    origin_country_code: str | Unset = UNSET
    color_code: str | Unset = UNSET
    color_name: str | Unset = UNSET
    size: str | Unset = UNSET
    dimension: str | Unset = UNSET
    comment: str | Unset = UNSET
    batches: list[InventoryReportItemBatch] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        line_number = self.line_number

        available_quantity = self.available_quantity

        blocked_quantity = self.blocked_quantity

        ordered_quantity = self.ordered_quantity

        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        unit_of_measure: str | Unset = UNSET
        if not isinstance(self.unit_of_measure, Unset):
            unit_of_measure = self.unit_of_measure.value

        unit_price = self.unit_price

        pricing_unit_of_measure = self.pricing_unit_of_measure

        pricing_unit_quantity = self.pricing_unit_quantity

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        net_weight = self.net_weight

        gross_weight = self.gross_weight

        hs_code = self.hs_code

        origin_country_code = self.origin_country_code

        color_code = self.color_code

        color_name = self.color_name

        size = self.size

        dimension = self.dimension

        comment = self.comment

        batches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = []
            for batches_item_data in self.batches:
                batches_item = batches_item_data.to_dict()
                batches.append(batches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if available_quantity is not UNSET:
            field_dict["availableQuantity"] = available_quantity
        if blocked_quantity is not UNSET:
            field_dict["blockedQuantity"] = blocked_quantity
        if ordered_quantity is not UNSET:
            field_dict["orderedQuantity"] = ordered_quantity
        if identity is not UNSET:
            field_dict["identity"] = identity
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if pricing_unit_of_measure is not UNSET:
            field_dict["pricingUnitOfMeasure"] = pricing_unit_of_measure
        if pricing_unit_quantity is not UNSET:
            field_dict["pricingUnitQuantity"] = pricing_unit_quantity
        if tax is not UNSET:
            field_dict["tax"] = tax
        if net_weight is not UNSET:
            field_dict["netWeight"] = net_weight
        if gross_weight is not UNSET:
            field_dict["grossWeight"] = gross_weight
        if hs_code is not UNSET:
            field_dict["hsCode"] = hs_code
        if origin_country_code is not UNSET:
            field_dict["originCountryCode"] = origin_country_code
        if color_code is not UNSET:
            field_dict["colorCode"] = color_code
        if color_name is not UNSET:
            field_dict["colorName"] = color_name
        if size is not UNSET:
            field_dict["size"] = size
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if comment is not UNSET:
            field_dict["comment"] = comment
        if batches is not UNSET:
            field_dict["batches"] = batches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "name"
            name = d.get("name", UNSET)

            _at = "lineNumber"
            line_number = d.get("lineNumber", UNSET)

            _at = "availableQuantity"
            available_quantity = d.get("availableQuantity", UNSET)

            _at = "blockedQuantity"
            blocked_quantity = d.get("blockedQuantity", UNSET)

            _at = "orderedQuantity"
            ordered_quantity = d.get("orderedQuantity", UNSET)

            _at = "identity"
            _identity = d.get("identity", UNSET)
            identity: InventoryReportItemIdentity | Unset
            if isinstance(_identity, Unset):
                identity = UNSET
            else:
                identity = InventoryReportItemIdentity.from_dict(_identity)

            _at = "unitOfMeasure"
            _unit_of_measure = d.get("unitOfMeasure", UNSET)
            unit_of_measure: UnitOfMeasure | Unset
            if isinstance(_unit_of_measure, Unset):
                unit_of_measure = UNSET
            else:
                unit_of_measure = cast(
                    "UnitOfMeasure", UnitOfMeasure._value2member_map_.get(_unit_of_measure)
                ) or UnitOfMeasure(_unit_of_measure)

            _at = "unitPrice"
            unit_price = d.get("unitPrice", UNSET)

            _at = "pricingUnitOfMeasure"
            pricing_unit_of_measure = d.get("pricingUnitOfMeasure", UNSET)

            _at = "pricingUnitQuantity"
            pricing_unit_quantity = d.get("pricingUnitQuantity", UNSET)

            _at = "tax"
            _tax = d.get("tax", UNSET)
            tax: Tax | Unset
            if isinstance(_tax, Unset):
                tax = UNSET
            else:
                tax = Tax.from_dict(_tax)

            _at = "netWeight"
            net_weight = d.get("netWeight", UNSET)

            _at = "grossWeight"
            gross_weight = d.get("grossWeight", UNSET)

            _at = "hsCode"
            hs_code = d.get("hsCode", UNSET)

            _at = "originCountryCode"
            origin_country_code = d.get("originCountryCode", UNSET)

            _at = "colorCode"
            color_code = d.get("colorCode", UNSET)

            _at = "colorName"
            color_name = d.get("colorName", UNSET)

            _at = "size"
            size = d.get("size", UNSET)

            _at = "dimension"
            dimension = d.get("dimension", UNSET)

            _at = "comment"
            comment = d.get("comment", UNSET)

            _at = "batches"
            _batches = d.get("batches", UNSET)
            batches: list[InventoryReportItemBatch] | Unset = UNSET
            if _batches is not UNSET:
                batches = []
                for batches_item_data in _batches:
                    batches_item = InventoryReportItemBatch.from_dict(batches_item_data)

                    batches.append(batches_item)

        except _ResponseParseError as exc:
            if _at == "batches" and isinstance(batches, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(batches)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        inventory_report_item = cls(
            name=name,
            line_number=line_number,
            available_quantity=available_quantity,
            blocked_quantity=blocked_quantity,
            ordered_quantity=ordered_quantity,
            identity=identity,
            unit_of_measure=unit_of_measure,
            unit_price=unit_price,
            pricing_unit_of_measure=pricing_unit_of_measure,
            pricing_unit_quantity=pricing_unit_quantity,
            tax=tax,
            net_weight=net_weight,
            gross_weight=gross_weight,
            hs_code=hs_code,
            origin_country_code=origin_country_code,
            color_code=color_code,
            color_name=color_name,
            size=size,
            dimension=dimension,
            comment=comment,
            batches=batches,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                inventory_report_item.additional_properties = extra

        return inventory_report_item

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
from ..models.inventory_report_item_batch import InventoryReportItemBatch  # noqa: E402
from ..models.inventory_report_item_identity import InventoryReportItemIdentity  # noqa: E402
from ..models.tax import Tax  # noqa: E402
