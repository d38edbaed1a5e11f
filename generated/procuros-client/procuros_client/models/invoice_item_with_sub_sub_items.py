# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.unit_of_measure import UnitOfMeasure
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItemWithSubSubItems")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "lineNumber",
        "identifiers",
        "isDepositItem",
        "quantity",
        "unitPrice",
        "tax",
        "shippingNoticeIdentifier",
        "shippingNoticeDate",
        "shippingNoticeLineNumber",
        "orderIdentifier",
        "orderDate",
        "orderLineNumber",
        "requestedDeliveryDate",
        "expectedDeliveryDate",
        "isInvoicedItem",
        "description",
        "comments",
        "freeQuantity",
        "orderedQuantity",
        "pricingUnitOfMeasure",
        "pricingUnitQuantity",
        "recommendedRetailPrice",
        "netWeight",
        "grossWeight",
        "originCountryCode",
        "colorCode",
        "colorName",
        "size",
        "dimension",
        "hsCode",
        "cnCode",
        "organicControlPointNumber",
        "fscNumber",
        "mscNumber",
        "certifications",
        "promotionCode",
        "contractReference",
        "batches",
        "modificationGroups",
        "unitOfMeasure",
        "subItems",
    }
)


@_attrs_define
class InvoiceItemWithSubSubItems:
    """An invoice line with sub-lines that may have sub-lines themselves (two levels).

    Attributes:
        line_number (int):
        identifiers (list[ItemIdentifier]):
        is_deposit_item (bool):
        quantity (float):
        unit_price (float | None):
        tax (Tax): Tax applied to a line or a modification: rate and amount.
        shipping_notice_identifier (str | Unset):
        shipping_notice_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        shipping_notice_line_number (int | Unset):
        order_identifier (str | Unset):
        order_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        order_line_number (int | Unset):
        requested_delivery_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        expected_delivery_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        is_invoiced_item (bool | Unset):
        description (str | Unset):
        comments (str | Unset):
        free_quantity (float | None | Unset):
        ordered_quantity (float | None | Unset):
        pricing_unit_of_measure (str | Unset):
        pricing_unit_quantity (float | Unset):
        recommended_retail_price (float | None | Unset):
        net_weight (float | Unset):
        gross_weight (float | Unset):
        origin_country_code (str | Unset):
        color_code (str | Unset):
        color_name (str | Unset):
        size (str | Unset):
        dimension (str | Unset):
        hs_code (str | Unset):
        cn_code (str | Unset):
        organic_control_point_number (str | Unset):
        fsc_number (str | Unset):
        msc_number (str | Unset):
        certifications (Certifications | Unset): Certifications a product holds.
        promotion_code (str | Unset):
        contract_reference (str | Unset):
        batches (list[Batch] | Unset):
        modification_groups (list[ModificationGroup] | Unset):
        unit_of_measure (UnitOfMeasure | Unset): Unit a quantity is given in.
        sub_items (list[InvoiceItemWithSubItems] | Unset):
    """

    line_number: int
    identifiers: list[ItemIdentifier]
    is_deposit_item: bool
    quantity: float
    unit_price: float | None
    tax: Tax
    shipping_notice_identifier: str | Unset = UNSET
    shipping_notice_date: str | Unset = UNSET
    shipping_notice_line_number: int | Unset = UNSET
    order_identifier: str | Unset = UNSET
    order_date: str | Unset = UNSET
    order_line_number: int | Unset = UNSET
    requested_delivery_date: str | Unset = UNSET
    expected_delivery_date: str | Unset = UNSET
    is_invoiced_item: bool | Unset = UNSET
    description: str | Unset = UNSET
    comments: str | Unset = UNSET
    free_quantity: float | None | Unset = UNSET
    ordered_quantity: float | None | Unset = UNSET
    pricing_unit_of_measure: str | Unset = UNSET
    pricing_unit_quantity: float | Unset = UNSET
    recommended_retail_price: float | None | Unset = UNSET
    net_weight: float | Unset = UNSET
    gross_weight: float | Unset = UNSET
    origin_country_code: str | Unset = UNSET
    color_code: str | Unset = UNSET
    color_name: str | Unset = UNSET
    size: str | Unset = UNSET
    dimension: str | Unset = UNSET
    hs_code: str | Unset = UNSET
    cn_code: str | Unset = UNSET
    organic_control_point_number: str | Unset = UNSET
    fsc_number: str | Unset = UNSET
    msc_number: str | Unset = UNSET
    certifications: Certifications | Unset = UNSET
    promotion_code: str | Unset = UNSET
    contract_reference: str | Unset = UNSET
    batches: list[Batch] | Unset = UNSET
    modification_groups: list[ModificationGroup] | Unset = UNSET
    unit_of_measure: UnitOfMeasure | Unset = UNSET
    sub_items: list[InvoiceItemWithSubItems] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        identifiers = []
        for identifiers_item_data in self.identifiers:
            identifiers_item = identifiers_item_data.to_dict()
            identifiers.append(identifiers_item)

        is_deposit_item = self.is_deposit_item

        quantity = self.quantity

        unit_price: float | None
        unit_price = self.unit_price

        tax = self.tax.to_dict()

        shipping_notice_identifier = self.shipping_notice_identifier

        shipping_notice_date = self.shipping_notice_date

        shipping_notice_line_number = self.shipping_notice_line_number

        order_identifier = self.order_identifier

        order_date = self.order_date

        order_line_number = self.order_line_number

        requested_delivery_date = self.requested_delivery_date

        expected_delivery_date = self.expected_delivery_date

        is_invoiced_item = self.is_invoiced_item

        description = self.description

        comments = self.comments

        free_quantity: float | None | Unset
        if isinstance(self.free_quantity, Unset):
            free_quantity = UNSET
        else:
            free_quantity = self.free_quantity

        ordered_quantity: float | None | Unset
        if isinstance(self.ordered_quantity, Unset):
            ordered_quantity = UNSET
        else:
            ordered_quantity = self.ordered_quantity

        pricing_unit_of_measure = self.pricing_unit_of_measure

        pricing_unit_quantity = self.pricing_unit_quantity

        recommended_retail_price: float | None | Unset
        if isinstance(self.recommended_retail_price, Unset):
            recommended_retail_price = UNSET
        else:
            recommended_retail_price = self.recommended_retail_price

        net_weight = self.net_weight

        gross_weight = self.gross_weight

        origin_country_code = self.origin_country_code

        color_code = self.color_code

        color_name = self.color_name

        size = self.size

        dimension = self.dimension

        hs_code = self.hs_code

        cn_code = self.cn_code

        organic_control_point_number = self.organic_control_point_number

        fsc_number = self.fsc_number

        msc_number = self.msc_number

        certifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = self.certifications.to_dict()

        promotion_code = self.promotion_code

        contract_reference = self.contract_reference

        batches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = []
            for batches_item_data in self.batches:
                batches_item = batches_item_data.to_dict()
                batches.append(batches_item)

        modification_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modification_groups, Unset):
            modification_groups = []
            for modification_groups_item_data in self.modification_groups:
                modification_groups_item = modification_groups_item_data.to_dict()
                modification_groups.append(modification_groups_item)

        unit_of_measure: str | Unset = UNSET
        if not isinstance(self.unit_of_measure, Unset):
            unit_of_measure = self.unit_of_measure.value

        sub_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_items, Unset):
            sub_items = []
            for sub_items_item_data in self.sub_items:
                sub_items_item = sub_items_item_data.to_dict()
                sub_items.append(sub_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineNumber": line_number,
                "identifiers": identifiers,
                "isDepositItem": is_deposit_item,
                "quantity": quantity,
                "unitPrice": unit_price,
                "tax": tax,
            }
        )
        if shipping_notice_identifier is not UNSET:
            field_dict["shippingNoticeIdentifier"] = shipping_notice_identifier
        if shipping_notice_date is not UNSET:
            field_dict["shippingNoticeDate"] = shipping_notice_date
        if shipping_notice_line_number is not UNSET:
            field_dict["shippingNoticeLineNumber"] = shipping_notice_line_number
        if order_identifier is not UNSET:
            field_dict["orderIdentifier"] = order_identifier
        if order_date is not UNSET:
            field_dict["orderDate"] = order_date
        if order_line_number is not UNSET:
            field_dict["orderLineNumber"] = order_line_number
        if requested_delivery_date is not UNSET:
            field_dict["requestedDeliveryDate"] = requested_delivery_date
        if expected_delivery_date is not UNSET:
            field_dict["expectedDeliveryDate"] = expected_delivery_date
        if is_invoiced_item is not UNSET:
            field_dict["isInvoicedItem"] = is_invoiced_item
        if description is not UNSET:
            field_dict["description"] = description
        if comments is not UNSET:
            field_dict["comments"] = comments
        if free_quantity is not UNSET:
            field_dict["freeQuantity"] = free_quantity
        if ordered_quantity is not UNSET:
            field_dict["orderedQuantity"] = ordered_quantity
        if pricing_unit_of_measure is not UNSET:
            field_dict["pricingUnitOfMeasure"] = pricing_unit_of_measure
        if pricing_unit_quantity is not UNSET:
            field_dict["pricingUnitQuantity"] = pricing_unit_quantity
        if recommended_retail_price is not UNSET:
            field_dict["recommendedRetailPrice"] = recommended_retail_price
        if net_weight is not UNSET:
            field_dict["netWeight"] = net_weight
        if gross_weight is not UNSET:
            field_dict["grossWeight"] = gross_weight
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
        if hs_code is not UNSET:
            field_dict["hsCode"] = hs_code
        if cn_code is not UNSET:
            field_dict["cnCode"] = cn_code
        if organic_control_point_number is not UNSET:
            field_dict["organicControlPointNumber"] = organic_control_point_number
        if fsc_number is not UNSET:
            field_dict["fscNumber"] = fsc_number
        if msc_number is not UNSET:
            field_dict["mscNumber"] = msc_number
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if promotion_code is not UNSET:
            field_dict["promotionCode"] = promotion_code
        if contract_reference is not UNSET:
            field_dict["contractReference"] = contract_reference
        if batches is not UNSET:
            field_dict["batches"] = batches
        if modification_groups is not UNSET:
            field_dict["modificationGroups"] = modification_groups
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure
        if sub_items is not UNSET:
            field_dict["subItems"] = sub_items

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

            _at = "isDepositItem"
            is_deposit_item = d["isDepositItem"]

            _at = "quantity"
            quantity = d["quantity"]

            _at = "unitPrice"
            unit_price = d["unitPrice"]

            _at = "tax"
            tax = Tax.from_dict(d["tax"])

            _at = "shippingNoticeIdentifier"
            shipping_notice_identifier = d.get("shippingNoticeIdentifier", UNSET)

            _at = "shippingNoticeDate"
            shipping_notice_date = d.get("shippingNoticeDate", UNSET)

            _at = "shippingNoticeLineNumber"
            shipping_notice_line_number = d.get("shippingNoticeLineNumber", UNSET)

            _at = "orderIdentifier"
            order_identifier = d.get("orderIdentifier", UNSET)

            _at = "orderDate"
            order_date = d.get("orderDate", UNSET)

            _at = "orderLineNumber"
            order_line_number = d.get("orderLineNumber", UNSET)

            _at = "requestedDeliveryDate"
            requested_delivery_date = d.get("requestedDeliveryDate", UNSET)

            _at = "expectedDeliveryDate"
            expected_delivery_date = d.get("expectedDeliveryDate", UNSET)

            _at = "isInvoicedItem"
            is_invoiced_item = d.get("isInvoicedItem", UNSET)

            _at = "description"
            description = d.get("description", UNSET)

            _at = "comments"
            comments = d.get("comments", UNSET)

            _at = "freeQuantity"
            free_quantity = d.get("freeQuantity", UNSET)

            _at = "orderedQuantity"
            ordered_quantity = d.get("orderedQuantity", UNSET)

            _at = "pricingUnitOfMeasure"
            pricing_unit_of_measure = d.get("pricingUnitOfMeasure", UNSET)

            _at = "pricingUnitQuantity"
            pricing_unit_quantity = d.get("pricingUnitQuantity", UNSET)

            _at = "recommendedRetailPrice"
            recommended_retail_price = d.get("recommendedRetailPrice", UNSET)

            _at = "netWeight"
            net_weight = d.get("netWeight", UNSET)

            _at = "grossWeight"
            gross_weight = d.get("grossWeight", UNSET)

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

            _at = "hsCode"
            hs_code = d.get("hsCode", UNSET)

            _at = "cnCode"
            cn_code = d.get("cnCode", UNSET)

            _at = "organicControlPointNumber"
            organic_control_point_number = d.get("organicControlPointNumber", UNSET)

            _at = "fscNumber"
            fsc_number = d.get("fscNumber", UNSET)

            _at = "mscNumber"
            msc_number = d.get("mscNumber", UNSET)

            _at = "certifications"
            _certifications = d.get("certifications", UNSET)
            certifications: Certifications | Unset
            if isinstance(_certifications, Unset):
                certifications = UNSET
            else:
                certifications = Certifications.from_dict(_certifications)

            _at = "promotionCode"
            promotion_code = d.get("promotionCode", UNSET)

            _at = "contractReference"
            contract_reference = d.get("contractReference", UNSET)

            _at = "batches"
            _batches = d.get("batches", UNSET)
            batches: list[Batch] | Unset = UNSET
            if _batches is not UNSET:
                batches = []
                for batches_item_data in _batches:
                    batches_item = Batch.from_dict(batches_item_data)

                    batches.append(batches_item)

            _at = "modificationGroups"
            _modification_groups = d.get("modificationGroups", UNSET)
            modification_groups: list[ModificationGroup] | Unset = UNSET
            if _modification_groups is not UNSET:
                modification_groups = []
                for modification_groups_item_data in _modification_groups:
                    modification_groups_item = ModificationGroup.from_dict(modification_groups_item_data)

                    modification_groups.append(modification_groups_item)

            _at = "unitOfMeasure"
            _unit_of_measure = d.get("unitOfMeasure", UNSET)
            unit_of_measure: UnitOfMeasure | Unset
            if isinstance(_unit_of_measure, Unset):
                unit_of_measure = UNSET
            else:
                unit_of_measure = cast(
                    "UnitOfMeasure", UnitOfMeasure._value2member_map_.get(_unit_of_measure)
                ) or UnitOfMeasure(_unit_of_measure)

            _at = "subItems"
            _sub_items = d.get("subItems", UNSET)
            sub_items: list[InvoiceItemWithSubItems] | Unset = UNSET
            if _sub_items is not UNSET:
                sub_items = []
                for sub_items_item_data in _sub_items:
                    sub_items_item = InvoiceItemWithSubItems.from_dict(sub_items_item_data)

                    sub_items.append(sub_items_item)

        except _ResponseParseError as exc:
            if _at == "identifiers" and isinstance(identifiers, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(identifiers)) from None
            if _at == "batches" and isinstance(batches, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(batches)) from None
            if _at == "modificationGroups" and isinstance(modification_groups, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(modification_groups)) from None
            if _at == "subItems" and isinstance(sub_items, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(sub_items)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        invoice_item_with_sub_sub_items = cls(
            line_number,
            identifiers,
            is_deposit_item,
            quantity,
            unit_price,
            tax,
            shipping_notice_identifier=shipping_notice_identifier,
            shipping_notice_date=shipping_notice_date,
            shipping_notice_line_number=shipping_notice_line_number,
            order_identifier=order_identifier,
            order_date=order_date,
            order_line_number=order_line_number,
            requested_delivery_date=requested_delivery_date,
            expected_delivery_date=expected_delivery_date,
            is_invoiced_item=is_invoiced_item,
            description=description,
            comments=comments,
            free_quantity=free_quantity,
            ordered_quantity=ordered_quantity,
            pricing_unit_of_measure=pricing_unit_of_measure,
            pricing_unit_quantity=pricing_unit_quantity,
            recommended_retail_price=recommended_retail_price,
            net_weight=net_weight,
            gross_weight=gross_weight,
            origin_country_code=origin_country_code,
            color_code=color_code,
            color_name=color_name,
            size=size,
            dimension=dimension,
            hs_code=hs_code,
            cn_code=cn_code,
            organic_control_point_number=organic_control_point_number,
            fsc_number=fsc_number,
            msc_number=msc_number,
            certifications=certifications,
            promotion_code=promotion_code,
            contract_reference=contract_reference,
            batches=batches,
            modification_groups=modification_groups,
            unit_of_measure=unit_of_measure,
            sub_items=sub_items,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 6:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                invoice_item_with_sub_sub_items.additional_properties = extra

        return invoice_item_with_sub_sub_items

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
from ..models.batch import Batch  # noqa: E402
from ..models.certifications import Certifications  # noqa: E402
from ..models.invoice_item_with_sub_items import InvoiceItemWithSubItems  # noqa: E402
from ..models.item_identifier import ItemIdentifier  # noqa: E402
from ..models.modification_group import ModificationGroup  # noqa: E402
from ..models.tax import Tax  # noqa: E402
