# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.receival_notice_item_open_quantity_action import ReceivalNoticeItemOpenQuantityAction
from ..models.unit_of_measure import UnitOfMeasure
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivalNoticeItem")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "lineNumber",
        "receivedQuantity",
        "shippedQuantity",
        "identifiers",
        "orderLineNumber",
        "orderedQuantity",
        "rejectedQuantity",
        "rejectReason",
        "openQuantityAction",
        "unitPrice",
        "currency",
        "unitOfMeasure",
        "description",
        "batches",
    }
)


def _parse_open_quantity_action(data: object) -> None | ReceivalNoticeItemOpenQuantityAction | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, str):
        try:
            open_quantity_action_type_0 = cast(
                "ReceivalNoticeItemOpenQuantityAction",
                ReceivalNoticeItemOpenQuantityAction._value2member_map_.get(data),
            ) or ReceivalNoticeItemOpenQuantityAction(data)

            return open_quantity_action_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | ReceivalNoticeItemOpenQuantityAction | Unset, data)


@_attrs_define
class ReceivalNoticeItem:
    """One received line: product, expected and received quantities.

    Attributes:
        line_number (int | Unset):
        received_quantity (float | Unset):
        shipped_quantity (float | Unset):
        identifiers (list[ItemIdentifier] | Unset):
        order_line_number (int | Unset):
        ordered_quantity (float | Unset):
        rejected_quantity (float | Unset):
        reject_reason (str | Unset):
        open_quantity_action (None | ReceivalNoticeItemOpenQuantityAction | Unset):
        unit_price (float | None | Unset):
        currency (None | str | Unset):
        unit_of_measure (UnitOfMeasure | Unset): Unit a quantity is given in.
        description (str | Unset):
        batches (list[Batch] | Unset):
    """

    line_number: int | Unset = UNSET
    received_quantity: float | Unset = UNSET
    shipped_quantity: float | Unset = UNSET
    identifiers: list[ItemIdentifier] | Unset = UNSET
    order_line_number: int | Unset = UNSET
    ordered_quantity: float | Unset = UNSET
    rejected_quantity: float | Unset = UNSET
    reject_reason: str | Unset = UNSET
    open_quantity_action: None | ReceivalNoticeItemOpenQuantityAction | Unset = UNSET
    unit_price: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    unit_of_measure: UnitOfMeasure | Unset = UNSET
    description: str | Unset = UNSET
    batches: list[Batch] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        received_quantity = self.received_quantity

        shipped_quantity = self.shipped_quantity

        identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = []
            for identifiers_item_data in self.identifiers:
                identifiers_item = identifiers_item_data.to_dict()
                identifiers.append(identifiers_item)

        order_line_number = self.order_line_number

        ordered_quantity = self.ordered_quantity

        rejected_quantity = self.rejected_quantity

        reject_reason = self.reject_reason

        open_quantity_action: None | str | Unset
        if isinstance(self.open_quantity_action, Unset):
            open_quantity_action = UNSET
        elif isinstance(self.open_quantity_action, ReceivalNoticeItemOpenQuantityAction):
            open_quantity_action = self.open_quantity_action.value
        else:
            open_quantity_action = self.open_quantity_action

        unit_price: float | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        unit_of_measure: str | Unset = UNSET
        if not isinstance(self.unit_of_measure, Unset):
            unit_of_measure = self.unit_of_measure.value

        description = self.description

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
        if received_quantity is not UNSET:
            field_dict["receivedQuantity"] = received_quantity
        if shipped_quantity is not UNSET:
            field_dict["shippedQuantity"] = shipped_quantity
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if order_line_number is not UNSET:
            field_dict["orderLineNumber"] = order_line_number
        if ordered_quantity is not UNSET:
            field_dict["orderedQuantity"] = ordered_quantity
        if rejected_quantity is not UNSET:
            field_dict["rejectedQuantity"] = rejected_quantity
        if reject_reason is not UNSET:
            field_dict["rejectReason"] = reject_reason
        if open_quantity_action is not UNSET:
            field_dict["openQuantityAction"] = open_quantity_action
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure
        if description is not UNSET:
            field_dict["description"] = description
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

            _at = "receivedQuantity"
            received_quantity = d.get("receivedQuantity", UNSET)

            _at = "shippedQuantity"
            shipped_quantity = d.get("shippedQuantity", UNSET)

            _at = "identifiers"
            _identifiers = d.get("identifiers", UNSET)
            identifiers: list[ItemIdentifier] | Unset = UNSET
            if _identifiers is not UNSET:
                identifiers = []
                for identifiers_item_data in _identifiers:
                    identifiers_item = ItemIdentifier.from_dict(identifiers_item_data)

                    identifiers.append(identifiers_item)

            _at = "orderLineNumber"
            order_line_number = d.get("orderLineNumber", UNSET)

            _at = "orderedQuantity"
            ordered_quantity = d.get("orderedQuantity", UNSET)

            _at = "rejectedQuantity"
            rejected_quantity = d.get("rejectedQuantity", UNSET)

            _at = "rejectReason"
            reject_reason = d.get("rejectReason", UNSET)

            _at = "openQuantityAction"
            open_quantity_action = _parse_open_quantity_action(d.get("openQuantityAction", UNSET))

            _at = "unitPrice"
            unit_price = d.get("unitPrice", UNSET)

            _at = "currency"
            currency = d.get("currency", UNSET)

            _at = "unitOfMeasure"
            _unit_of_measure = d.get("unitOfMeasure", UNSET)
            unit_of_measure: UnitOfMeasure | Unset
            if isinstance(_unit_of_measure, Unset):
                unit_of_measure = UNSET
            else:
                unit_of_measure = cast(
                    "UnitOfMeasure", UnitOfMeasure._value2member_map_.get(_unit_of_measure)
                ) or UnitOfMeasure(_unit_of_measure)

            _at = "description"
            description = d.get("description", UNSET)

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
        receival_notice_item = cls(
            line_number=line_number,
            received_quantity=received_quantity,
            shipped_quantity=shipped_quantity,
            identifiers=identifiers,
            order_line_number=order_line_number,
            ordered_quantity=ordered_quantity,
            rejected_quantity=rejected_quantity,
            reject_reason=reject_reason,
            open_quantity_action=open_quantity_action,
            unit_price=unit_price,
            currency=currency,
            unit_of_measure=unit_of_measure,
            description=description,
            batches=batches,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                receival_notice_item.additional_properties = extra

        return receival_notice_item

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
