# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.dispatch_instruction_item_open_quantity_action import DispatchInstructionItemOpenQuantityAction
from ..models.unit_of_measure import UnitOfMeasure
from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchInstructionItemWithSubSubItems")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "shippingNoticeLineNumber",
        "shippedQuantity",
        "orderedQuantity",
        "identifiers",
        "batches",
        "orderLineNumber",
        "orderIdentifier",
        "requestedDeliveryDate",
        "requestedDespatchDate",
        "unitOfMeasure",
        "unitPrice",
        "pricingUnitOfMeasure",
        "pricingUnitQuantity",
        "recommendedRetailPrice",
        "tax",
        "currency",
        "description",
        "comments",
        "minimumRemainingShelfLifeInDays",
        "netWeight",
        "grossWeight",
        "originCountryCode",
        "colorCode",
        "colorName",
        "size",
        "dimension",
        "hsCode",
        "organicControlPointNumber",
        "openQuantityAction",
        "subItems",
    }
)


@_attrs_define
class DispatchInstructionItemWithSubSubItems:
    """A line to ship with sub-lines that may have sub-lines themselves (two levels).

    Attributes:
        shipping_notice_line_number (int):
        shipped_quantity (float):
        ordered_quantity (float):
        identifiers (list[ItemIdentifier]):
        batches (list[Batch]):
        order_line_number (int | Unset):
        order_identifier (str | Unset):
        requested_delivery_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        requested_despatch_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        unit_of_measure (UnitOfMeasure | Unset): Unit a quantity is given in.
        unit_price (float | None | Unset):
        pricing_unit_of_measure (str | Unset):
        pricing_unit_quantity (float | Unset):
        recommended_retail_price (float | None | Unset):
        tax (Tax | Unset): Tax applied to a line or a modification: rate and amount.
        currency (str | Unset): ISO 4217 three-letter currency code.
        description (str | Unset):
        comments (str | Unset):
        minimum_remaining_shelf_life_in_days (int | Unset):
        net_weight (float | Unset):
        gross_weight (float | Unset):
        origin_country_code (str | Unset):
        color_code (str | Unset):
        color_name (str | Unset):
        size (str | Unset):
        dimension (str | Unset):
        hs_code (str | Unset):
        organic_control_point_number (str | Unset):
        open_quantity_action (DispatchInstructionItemOpenQuantityAction | Unset):
        sub_items (list[DispatchInstructionItemWithSubItems] | Unset):
    """

    shipping_notice_line_number: int
    shipped_quantity: float
    ordered_quantity: float
    identifiers: list[ItemIdentifier]
    batches: list[Batch]
    order_line_number: int | Unset = UNSET
    order_identifier: str | Unset = UNSET
    requested_delivery_date: str | Unset = UNSET
    requested_despatch_date: str | Unset = UNSET
    unit_of_measure: UnitOfMeasure | Unset = UNSET
    unit_price: float | None | Unset = UNSET
    pricing_unit_of_measure: str | Unset = UNSET
    pricing_unit_quantity: float | Unset = UNSET
    recommended_retail_price: float | None | Unset = UNSET
    tax: Tax | Unset = UNSET
    currency: str | Unset = UNSET
    description: str | Unset = UNSET
    comments: str | Unset = UNSET
    minimum_remaining_shelf_life_in_days: int | Unset = UNSET
    net_weight: float | Unset = UNSET
    gross_weight: float | Unset = UNSET
    origin_country_code: str | Unset = UNSET
    color_code: str | Unset = UNSET
    color_name: str | Unset = UNSET
    size: str | Unset = UNSET
    dimension: str | Unset = UNSET
    hs_code: str | Unset = UNSET
    organic_control_point_number: str | Unset = UNSET
    open_quantity_action: DispatchInstructionItemOpenQuantityAction | Unset = UNSET
    sub_items: list[DispatchInstructionItemWithSubItems] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipping_notice_line_number = self.shipping_notice_line_number

        shipped_quantity = self.shipped_quantity

        ordered_quantity = self.ordered_quantity

        identifiers = []
        for identifiers_item_data in self.identifiers:
            identifiers_item = identifiers_item_data.to_dict()
            identifiers.append(identifiers_item)

        batches = []
        for batches_item_data in self.batches:
            batches_item = batches_item_data.to_dict()
            batches.append(batches_item)

        order_line_number = self.order_line_number

        order_identifier = self.order_identifier

        requested_delivery_date = self.requested_delivery_date

        requested_despatch_date = self.requested_despatch_date

        unit_of_measure: str | Unset = UNSET
        if not isinstance(self.unit_of_measure, Unset):
            unit_of_measure = self.unit_of_measure.value

        unit_price: float | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        pricing_unit_of_measure = self.pricing_unit_of_measure

        pricing_unit_quantity = self.pricing_unit_quantity

        recommended_retail_price: float | None | Unset
        if isinstance(self.recommended_retail_price, Unset):
            recommended_retail_price = UNSET
        else:
            recommended_retail_price = self.recommended_retail_price

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        currency = self.currency

        description = self.description

        comments = self.comments

        minimum_remaining_shelf_life_in_days = self.minimum_remaining_shelf_life_in_days

        net_weight = self.net_weight

        gross_weight = self.gross_weight

        origin_country_code = self.origin_country_code

        color_code = self.color_code

        color_name = self.color_name

        size = self.size

        dimension = self.dimension

        hs_code = self.hs_code

        organic_control_point_number = self.organic_control_point_number

        open_quantity_action: str | Unset = UNSET
        if not isinstance(self.open_quantity_action, Unset):
            open_quantity_action = self.open_quantity_action.value

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
                "shippingNoticeLineNumber": shipping_notice_line_number,
                "shippedQuantity": shipped_quantity,
                "orderedQuantity": ordered_quantity,
                "identifiers": identifiers,
                "batches": batches,
            }
        )
        if order_line_number is not UNSET:
            field_dict["orderLineNumber"] = order_line_number
        if order_identifier is not UNSET:
            field_dict["orderIdentifier"] = order_identifier
        if requested_delivery_date is not UNSET:
            field_dict["requestedDeliveryDate"] = requested_delivery_date
        if requested_despatch_date is not UNSET:
            field_dict["requestedDespatchDate"] = requested_despatch_date
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if pricing_unit_of_measure is not UNSET:
            field_dict["pricingUnitOfMeasure"] = pricing_unit_of_measure
        if pricing_unit_quantity is not UNSET:
            field_dict["pricingUnitQuantity"] = pricing_unit_quantity
        if recommended_retail_price is not UNSET:
            field_dict["recommendedRetailPrice"] = recommended_retail_price
        if tax is not UNSET:
            field_dict["tax"] = tax
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if comments is not UNSET:
            field_dict["comments"] = comments
        if minimum_remaining_shelf_life_in_days is not UNSET:
            field_dict["minimumRemainingShelfLifeInDays"] = minimum_remaining_shelf_life_in_days
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
        if organic_control_point_number is not UNSET:
            field_dict["organicControlPointNumber"] = organic_control_point_number
        if open_quantity_action is not UNSET:
            field_dict["openQuantityAction"] = open_quantity_action
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
            _at = "shippingNoticeLineNumber"
            shipping_notice_line_number = d["shippingNoticeLineNumber"]

            _at = "shippedQuantity"
            shipped_quantity = d["shippedQuantity"]

            _at = "orderedQuantity"
            ordered_quantity = d["orderedQuantity"]

            _at = "identifiers"
            identifiers = []
            _identifiers = d["identifiers"]
            for identifiers_item_data in _identifiers:
                identifiers_item = ItemIdentifier.from_dict(identifiers_item_data)

                identifiers.append(identifiers_item)

            _at = "batches"
            batches = []
            _batches = d["batches"]
            for batches_item_data in _batches:
                batches_item = Batch.from_dict(batches_item_data)

                batches.append(batches_item)

            _at = "orderLineNumber"
            order_line_number = d.get("orderLineNumber", UNSET)

            _at = "orderIdentifier"
            order_identifier = d.get("orderIdentifier", UNSET)

            _at = "requestedDeliveryDate"
            requested_delivery_date = d.get("requestedDeliveryDate", UNSET)

            _at = "requestedDespatchDate"
            requested_despatch_date = d.get("requestedDespatchDate", UNSET)

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

            _at = "recommendedRetailPrice"
            recommended_retail_price = d.get("recommendedRetailPrice", UNSET)

            _at = "tax"
            _tax = d.get("tax", UNSET)
            tax: Tax | Unset
            if isinstance(_tax, Unset):
                tax = UNSET
            else:
                tax = Tax.from_dict(_tax)

            _at = "currency"
            currency = d.get("currency", UNSET)

            _at = "description"
            description = d.get("description", UNSET)

            _at = "comments"
            comments = d.get("comments", UNSET)

            _at = "minimumRemainingShelfLifeInDays"
            minimum_remaining_shelf_life_in_days = d.get("minimumRemainingShelfLifeInDays", UNSET)

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

            _at = "organicControlPointNumber"
            organic_control_point_number = d.get("organicControlPointNumber", UNSET)

            _at = "openQuantityAction"
            _open_quantity_action = d.get("openQuantityAction", UNSET)
            open_quantity_action: DispatchInstructionItemOpenQuantityAction | Unset
            if isinstance(_open_quantity_action, Unset):
                open_quantity_action = UNSET
            else:
                open_quantity_action = cast(
                    "DispatchInstructionItemOpenQuantityAction",
                    DispatchInstructionItemOpenQuantityAction._value2member_map_.get(_open_quantity_action),
                ) or DispatchInstructionItemOpenQuantityAction(_open_quantity_action)

            _at = "subItems"
            _sub_items = d.get("subItems", UNSET)
            sub_items: list[DispatchInstructionItemWithSubItems] | Unset = UNSET
            if _sub_items is not UNSET:
                sub_items = []
                for sub_items_item_data in _sub_items:
                    sub_items_item = DispatchInstructionItemWithSubItems.from_dict(sub_items_item_data)

                    sub_items.append(sub_items_item)

        except _ResponseParseError as exc:
            if _at == "identifiers" and isinstance(identifiers, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(identifiers)) from None
            if _at == "batches" and isinstance(batches, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(batches)) from None
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
        dispatch_instruction_item_with_sub_sub_items = cls(
            shipping_notice_line_number,
            shipped_quantity,
            ordered_quantity,
            identifiers,
            batches,
            order_line_number=order_line_number,
            order_identifier=order_identifier,
            requested_delivery_date=requested_delivery_date,
            requested_despatch_date=requested_despatch_date,
            unit_of_measure=unit_of_measure,
            unit_price=unit_price,
            pricing_unit_of_measure=pricing_unit_of_measure,
            pricing_unit_quantity=pricing_unit_quantity,
            recommended_retail_price=recommended_retail_price,
            tax=tax,
            currency=currency,
            description=description,
            comments=comments,
            minimum_remaining_shelf_life_in_days=minimum_remaining_shelf_life_in_days,
            net_weight=net_weight,
            gross_weight=gross_weight,
            origin_country_code=origin_country_code,
            color_code=color_code,
            color_name=color_name,
            size=size,
            dimension=dimension,
            hs_code=hs_code,
            organic_control_point_number=organic_control_point_number,
            open_quantity_action=open_quantity_action,
            sub_items=sub_items,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 5:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                dispatch_instruction_item_with_sub_sub_items.additional_properties = extra

        return dispatch_instruction_item_with_sub_sub_items

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
from ..models.dispatch_instruction_item_with_sub_items import DispatchInstructionItemWithSubItems  # noqa: E402
from ..models.item_identifier import ItemIdentifier  # noqa: E402
from ..models.tax import Tax  # noqa: E402
