# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.unit_of_measure import UnitOfMeasure
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesReportLocationItem")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "lineNumber",
        "identifiers",
        "salesQuantity",
        "description",
        "unitOfMeasure",
        "unitPrice",
        "pricingUnitOfMeasure",
        "pricingUnitQuantity",
        "netUnitPrice",
        "recommendedRetailPrice",
        "lineGrossAmount",
        "lineNetAmount",
        "lineTaxAmount",
        "comments",
        "netWeight",
        "grossWeight",
        "hsCode",
        "originCountryCode",
        "colorCode",
        "colorName",
        "size",
        "dimension",
        "organicControlPointNumber",
        "fscNumber",
        "mscNumber",
        "category",
        "subCategory",
        "tax",
    }
)


@_attrs_define
class SalesReportLocationItem:
    """Sales of one product at one location.

    Attributes:
        line_number (int):
        identifiers (list[ItemIdentifier]):
        sales_quantity (float):
        description (str | Unset):
        unit_of_measure (UnitOfMeasure | Unset): Unit a quantity is given in.
        unit_price (float | Unset):
        pricing_unit_of_measure (str | Unset):
        pricing_unit_quantity (float | Unset):
        net_unit_price (float | Unset):
        recommended_retail_price (float | Unset):
        line_gross_amount (float | Unset):
        line_net_amount (float | Unset):
        line_tax_amount (float | Unset):
        comments (str | Unset):
        net_weight (int | Unset):
        gross_weight (int | Unset):
        hs_code (str | Unset):
        origin_country_code (str | Unset):
        color_code (str | Unset):
        color_name (str | Unset):
        size (str | Unset):
        dimension (str | Unset):
        organic_control_point_number (str | Unset):
        fsc_number (str | Unset):
        msc_number (str | Unset):
        category (str | Unset):
        sub_category (str | Unset):
        tax (Tax | Unset): Tax applied to a line or a modification: rate and amount.
    """

    line_number: int
    identifiers: list[ItemIdentifier]
    sales_quantity: float
    description: str | Unset = UNSET
    unit_of_measure: UnitOfMeasure | Unset = UNSET
    unit_price: float | Unset = UNSET
    pricing_unit_of_measure: str | Unset = UNSET
    pricing_unit_quantity: float | Unset = UNSET
    net_unit_price: float | Unset = UNSET
    recommended_retail_price: float | Unset = UNSET
    line_gross_amount: float | Unset = UNSET
    line_net_amount: float | Unset = UNSET
    line_tax_amount: float | Unset = UNSET
    comments: str | Unset = UNSET
    net_weight: int | Unset = UNSET
    gross_weight: int | Unset = UNSET
    hs_code: str | Unset = UNSET
    origin_country_code: str | Unset = UNSET
    color_code: str | Unset = UNSET
    color_name: str | Unset = UNSET
    size: str | Unset = UNSET
    dimension: str | Unset = UNSET
    organic_control_point_number: str | Unset = UNSET
    fsc_number: str | Unset = UNSET
    msc_number: str | Unset = UNSET
    category: str | Unset = UNSET
    sub_category: str | Unset = UNSET
    tax: Tax | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        identifiers = []
        for identifiers_item_data in self.identifiers:
            identifiers_item = identifiers_item_data.to_dict()
            identifiers.append(identifiers_item)

        sales_quantity = self.sales_quantity

        description = self.description

        unit_of_measure: str | Unset = UNSET
        if not isinstance(self.unit_of_measure, Unset):
            unit_of_measure = self.unit_of_measure.value

        unit_price = self.unit_price

        pricing_unit_of_measure = self.pricing_unit_of_measure

        pricing_unit_quantity = self.pricing_unit_quantity

        net_unit_price = self.net_unit_price

        recommended_retail_price = self.recommended_retail_price

        line_gross_amount = self.line_gross_amount

        line_net_amount = self.line_net_amount

        line_tax_amount = self.line_tax_amount

        comments = self.comments

        net_weight = self.net_weight

        gross_weight = self.gross_weight

        hs_code = self.hs_code

        origin_country_code = self.origin_country_code

        color_code = self.color_code

        color_name = self.color_name

        size = self.size

        dimension = self.dimension

        organic_control_point_number = self.organic_control_point_number

        fsc_number = self.fsc_number

        msc_number = self.msc_number

        category = self.category

        sub_category = self.sub_category

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineNumber": line_number,
                "identifiers": identifiers,
                "salesQuantity": sales_quantity,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if pricing_unit_of_measure is not UNSET:
            field_dict["pricingUnitOfMeasure"] = pricing_unit_of_measure
        if pricing_unit_quantity is not UNSET:
            field_dict["pricingUnitQuantity"] = pricing_unit_quantity
        if net_unit_price is not UNSET:
            field_dict["netUnitPrice"] = net_unit_price
        if recommended_retail_price is not UNSET:
            field_dict["recommendedRetailPrice"] = recommended_retail_price
        if line_gross_amount is not UNSET:
            field_dict["lineGrossAmount"] = line_gross_amount
        if line_net_amount is not UNSET:
            field_dict["lineNetAmount"] = line_net_amount
        if line_tax_amount is not UNSET:
            field_dict["lineTaxAmount"] = line_tax_amount
        if comments is not UNSET:
            field_dict["comments"] = comments
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
        if organic_control_point_number is not UNSET:
            field_dict["organicControlPointNumber"] = organic_control_point_number
        if fsc_number is not UNSET:
            field_dict["fscNumber"] = fsc_number
        if msc_number is not UNSET:
            field_dict["mscNumber"] = msc_number
        if category is not UNSET:
            field_dict["category"] = category
        if sub_category is not UNSET:
            field_dict["subCategory"] = sub_category
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
            _at = "lineNumber"
            line_number = d["lineNumber"]

            _at = "identifiers"
            identifiers = []
            _identifiers = d["identifiers"]
            for identifiers_item_data in _identifiers:
                identifiers_item = ItemIdentifier.from_dict(identifiers_item_data)

                identifiers.append(identifiers_item)

            _at = "salesQuantity"
            sales_quantity = d["salesQuantity"]

            _at = "description"
            description = d.get("description", UNSET)

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

            _at = "netUnitPrice"
            net_unit_price = d.get("netUnitPrice", UNSET)

            _at = "recommendedRetailPrice"
            recommended_retail_price = d.get("recommendedRetailPrice", UNSET)

            _at = "lineGrossAmount"
            line_gross_amount = d.get("lineGrossAmount", UNSET)

            _at = "lineNetAmount"
            line_net_amount = d.get("lineNetAmount", UNSET)

            _at = "lineTaxAmount"
            line_tax_amount = d.get("lineTaxAmount", UNSET)

            _at = "comments"
            comments = d.get("comments", UNSET)

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

            _at = "organicControlPointNumber"
            organic_control_point_number = d.get("organicControlPointNumber", UNSET)

            _at = "fscNumber"
            fsc_number = d.get("fscNumber", UNSET)

            _at = "mscNumber"
            msc_number = d.get("mscNumber", UNSET)

            _at = "category"
            category = d.get("category", UNSET)

            _at = "subCategory"
            sub_category = d.get("subCategory", UNSET)

            _at = "tax"
            _tax = d.get("tax", UNSET)
            tax: Tax | Unset
            if isinstance(_tax, Unset):
                tax = UNSET
            else:
                tax = Tax.from_dict(_tax)

        except _ResponseParseError as exc:
            if _at == "identifiers" and isinstance(identifiers, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(identifiers)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        sales_report_location_item = cls(
            line_number,
            identifiers,
            sales_quantity,
            description=description,
            unit_of_measure=unit_of_measure,
            unit_price=unit_price,
            pricing_unit_of_measure=pricing_unit_of_measure,
            pricing_unit_quantity=pricing_unit_quantity,
            net_unit_price=net_unit_price,
            recommended_retail_price=recommended_retail_price,
            line_gross_amount=line_gross_amount,
            line_net_amount=line_net_amount,
            line_tax_amount=line_tax_amount,
            comments=comments,
            net_weight=net_weight,
            gross_weight=gross_weight,
            hs_code=hs_code,
            origin_country_code=origin_country_code,
            color_code=color_code,
            color_name=color_name,
            size=size,
            dimension=dimension,
            organic_control_point_number=organic_control_point_number,
            fsc_number=fsc_number,
            msc_number=msc_number,
            category=category,
            sub_category=sub_category,
            tax=tax,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 3:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                sales_report_location_item.additional_properties = extra

        return sales_report_location_item

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
from ..models.item_identifier import ItemIdentifier  # noqa: E402
from ..models.tax import Tax  # noqa: E402
