# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.dispatch_instruction_response_item_open_quantity_action import (
    DispatchInstructionResponseItemOpenQuantityAction,
)
from ..models.unit_of_measure import UnitOfMeasure
from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchInstructionResponseItem")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "lineNumber",
        "instructionLineNumber",
        "orderLineNumber",
        "isDepositItem",
        "description",
        "comments",
        "netWeight",
        "grossWeight",
        "originCountryCode",
        "colorCode",
        "colorName",
        "size",
        "dimension",
        "hsCode",
        "organicControlPointNumber",
        "orderedQuantity",
        "shippedQuantity",
        "openQuantityAction",
        "unitOfMeasure",
        "unitPrice",
        "pricingUnitOfMeasure",
        "pricingUnitQuantity",
        "recommendedRetailPrice",
        "tax",
        "identifiers",
        "batches",
    }
)


def _parse_open_quantity_action(data: object) -> DispatchInstructionResponseItemOpenQuantityAction | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            open_quantity_action_type_0 = cast(
                "DispatchInstructionResponseItemOpenQuantityAction",
                DispatchInstructionResponseItemOpenQuantityAction._value2member_map_.get(data),
            ) or DispatchInstructionResponseItemOpenQuantityAction(data)

            return open_quantity_action_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(DispatchInstructionResponseItemOpenQuantityAction | None | Unset, data)


@_attrs_define
class DispatchInstructionResponseItem:
    """One shipped line of the dispatch instruction response.

    Attributes:
        line_number (int | Unset):
        instruction_line_number (int | Unset):
        order_line_number (int | Unset):
        is_deposit_item (bool | Unset):
        description (str | Unset):
        comments (str | Unset):
        net_weight (float | Unset):
        gross_weight (float | Unset):
        origin_country_code (str | Unset):
        color_code (str | Unset):
        color_name (str | Unset):
        size (str | Unset):
        dimension (str | Unset):
        hs_code (str | Unset):
        organic_control_point_number (str | Unset):
        ordered_quantity (float | Unset):
        shipped_quantity (float | Unset):
        open_quantity_action (DispatchInstructionResponseItemOpenQuantityAction | None | Unset):
        unit_of_measure (UnitOfMeasure | Unset): Unit a quantity is given in.
        unit_price (float | None | Unset):
        pricing_unit_of_measure (str | Unset):
        pricing_unit_quantity (float | Unset):
        recommended_retail_price (float | None | Unset):
        tax (Tax | Unset): Tax applied to a line or a modification: rate and amount.
        identifiers (list[ItemIdentifier] | Unset):
        batches (list[Batch] | Unset):
    """

    line_number: int | Unset = UNSET
    instruction_line_number: int | Unset = UNSET
    order_line_number: int | Unset = UNSET
    is_deposit_item: bool | Unset = UNSET
    description: str | Unset = UNSET
    comments: str | Unset = UNSET
    net_weight: float | Unset = UNSET
    gross_weight: float | Unset = UNSET
    origin_country_code: str | Unset = UNSET
    color_code: str | Unset = UNSET
    color_name: str | Unset = UNSET
    size: str | Unset = UNSET
    dimension: str | Unset = UNSET
    hs_code: str | Unset = UNSET
    organic_control_point_number: str | Unset = UNSET
    ordered_quantity: float | Unset = UNSET
    shipped_quantity: float | Unset = UNSET
    open_quantity_action: DispatchInstructionResponseItemOpenQuantityAction | None | Unset = UNSET
    unit_of_measure: UnitOfMeasure | Unset = UNSET
    unit_price: float | None | Unset = UNSET
    pricing_unit_of_measure: str | Unset = UNSET
    pricing_unit_quantity: float | Unset = UNSET
    recommended_retail_price: float | None | Unset = UNSET
    tax: Tax | Unset = UNSET
    identifiers: list[ItemIdentifier] | Unset = UNSET
    batches: list[Batch] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        instruction_line_number = self.instruction_line_number

        order_line_number = self.order_line_number

        is_deposit_item = self.is_deposit_item

        description = self.description

        comments = self.comments

        net_weight = self.net_weight

        gross_weight = self.gross_weight

        origin_country_code = self.origin_country_code

        color_code = self.color_code

        color_name = self.color_name

        size = self.size

        dimension = self.dimension

        hs_code = self.hs_code

        organic_control_point_number = self.organic_control_point_number

        ordered_quantity = self.ordered_quantity

        shipped_quantity = self.shipped_quantity

        open_quantity_action: None | str | Unset
        if isinstance(self.open_quantity_action, Unset):
            open_quantity_action = UNSET
        elif isinstance(self.open_quantity_action, DispatchInstructionResponseItemOpenQuantityAction):
            open_quantity_action = self.open_quantity_action.value
        else:
            open_quantity_action = self.open_quantity_action

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

        identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = []
            for identifiers_item_data in self.identifiers:
                identifiers_item = identifiers_item_data.to_dict()
                identifiers.append(identifiers_item)

        batches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = []
            for batches_item_data in self.batches:
                batches_item = batches_item_data.to_dict()
                batches.append(batches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if instruction_line_number is not UNSET:
            field_dict["instructionLineNumber"] = instruction_line_number
        if order_line_number is not UNSET:
            field_dict["orderLineNumber"] = order_line_number
        if is_deposit_item is not UNSET:
            field_dict["isDepositItem"] = is_deposit_item
        if description is not UNSET:
            field_dict["description"] = description
        if comments is not UNSET:
            field_dict["comments"] = comments
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
        if ordered_quantity is not UNSET:
            field_dict["orderedQuantity"] = ordered_quantity
        if shipped_quantity is not UNSET:
            field_dict["shippedQuantity"] = shipped_quantity
        if open_quantity_action is not UNSET:
            field_dict["openQuantityAction"] = open_quantity_action
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
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
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
            _at = "lineNumber"
            line_number = d.get("lineNumber", UNSET)

            _at = "instructionLineNumber"
            instruction_line_number = d.get("instructionLineNumber", UNSET)

            _at = "orderLineNumber"
            order_line_number = d.get("orderLineNumber", UNSET)

            _at = "isDepositItem"
            is_deposit_item = d.get("isDepositItem", UNSET)

            _at = "description"
            description = d.get("description", UNSET)

            _at = "comments"
            comments = d.get("comments", UNSET)

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

            _at = "orderedQuantity"
            ordered_quantity = d.get("orderedQuantity", UNSET)

            _at = "shippedQuantity"
            shipped_quantity = d.get("shippedQuantity", UNSET)

            _at = "openQuantityAction"
            open_quantity_action = _parse_open_quantity_action(d.get("openQuantityAction", UNSET))

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

            _at = "identifiers"
            _identifiers = d.get("identifiers", UNSET)
            identifiers: list[ItemIdentifier] | Unset = UNSET
            if _identifiers is not UNSET:
                identifiers = []
                for identifiers_item_data in _identifiers:
                    identifiers_item = ItemIdentifier.from_dict(identifiers_item_data)

                    identifiers.append(identifiers_item)

            _at = "batches"
            _batches = d.get("batches", UNSET)
            batches: list[Batch] | Unset = UNSET
            if _batches is not UNSET:
                batches = []
                for batches_item_data in _batches:
                    batches_item = Batch.from_dict(batches_item_data)

                    batches.append(batches_item)

        except _ResponseParseError as exc:
            if _at == "identifiers" and isinstance(identifiers, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(identifiers)) from None
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
        dispatch_instruction_response_item = cls(
            line_number=line_number,
            instruction_line_number=instruction_line_number,
            order_line_number=order_line_number,
            is_deposit_item=is_deposit_item,
            description=description,
            comments=comments,
            net_weight=net_weight,
            gross_weight=gross_weight,
            origin_country_code=origin_country_code,
            color_code=color_code,
            color_name=color_name,
            size=size,
            dimension=dimension,
            hs_code=hs_code,
            organic_control_point_number=organic_control_point_number,
            ordered_quantity=ordered_quantity,
            shipped_quantity=shipped_quantity,
            open_quantity_action=open_quantity_action,
            unit_of_measure=unit_of_measure,
            unit_price=unit_price,
            pricing_unit_of_measure=pricing_unit_of_measure,
            pricing_unit_quantity=pricing_unit_quantity,
            recommended_retail_price=recommended_retail_price,
            tax=tax,
            identifiers=identifiers,
            batches=batches,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                dispatch_instruction_response_item.additional_properties = extra

        return dispatch_instruction_response_item

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
from ..models.item_identifier import ItemIdentifier  # noqa: E402
from ..models.tax import Tax  # noqa: E402
