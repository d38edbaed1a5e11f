# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RemittanceAdviceItemsItem")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "documentNumber",
        "documentDate",
        "externalDocumentNumber",
        "documentType",
        "dueTotal",
        "remittedTotal",
        "tax",
        "correctionTotal",
        "buyer",
        "supplier",
        "shipTo",
        "corrections",
    }
)


@_attrs_define
class RemittanceAdviceItemsItem:
    """
    Attributes:
        document_number (str | Unset):
        document_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        external_document_number (str | Unset):
        document_type (str | Unset):
        due_total (float | Unset):
        remitted_total (float | Unset):
        tax (Tax | Unset): Tax applied to a line or a modification: rate and amount.
        correction_total (float | Unset):
        buyer (Party | Unset):
        supplier (Party | Unset):
        ship_to (ShipToParty | Unset): A ship-to party whose identifiers may be omitted (an address is enough).
        corrections (list[RemittanceAdviceItemCorrectionsItem] | Unset):
    """

    document_number: str | Unset = UNSET
    document_date: str | Unset = UNSET
    external_document_number: str | Unset = UNSET
    document_type: str | Unset = UNSET
    due_total: float | Unset = UNSET
    remitted_total: float | Unset = UNSET
    tax: Tax | Unset = UNSET
    correction_total: float | Unset = UNSET
    buyer: Party | Unset = UNSET
    supplier: Party | Unset = UNSET
    ship_to: ShipToParty | Unset = UNSET
    corrections: list[RemittanceAdviceItemCorrectionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_number = self.document_number

        document_date = self.document_date

        external_document_number = self.external_document_number

        document_type = self.document_type

        due_total = self.due_total

        remitted_total = self.remitted_total

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        correction_total = self.correction_total

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        ship_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to, Unset):
            ship_to = self.ship_to.to_dict()

        corrections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.corrections, Unset):
            corrections = []
            for corrections_item_data in self.corrections:
                corrections_item = corrections_item_data.to_dict()
                corrections.append(corrections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_number is not UNSET:
            field_dict["documentNumber"] = document_number
        if document_date is not UNSET:
            field_dict["documentDate"] = document_date
        if external_document_number is not UNSET:
            field_dict["externalDocumentNumber"] = external_document_number
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if due_total is not UNSET:
            field_dict["dueTotal"] = due_total
        if remitted_total is not UNSET:
            field_dict["remittedTotal"] = remitted_total
        if tax is not UNSET:
            field_dict["tax"] = tax
        if correction_total is not UNSET:
            field_dict["correctionTotal"] = correction_total
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if corrections is not UNSET:
            field_dict["corrections"] = corrections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "documentNumber"
            document_number = d.get("documentNumber", UNSET)

            _at = "documentDate"
            document_date = d.get("documentDate", UNSET)

            _at = "externalDocumentNumber"
            external_document_number = d.get("externalDocumentNumber", UNSET)

            _at = "documentType"
            document_type = d.get("documentType", UNSET)

            _at = "dueTotal"
            due_total = d.get("dueTotal", UNSET)

            _at = "remittedTotal"
            remitted_total = d.get("remittedTotal", UNSET)

            _at = "tax"
            _tax = d.get("tax", UNSET)
            tax: Tax | Unset
            if isinstance(_tax, Unset):
                tax = UNSET
            else:
                tax = Tax.from_dict(_tax)

            _at = "correctionTotal"
            correction_total = d.get("correctionTotal", UNSET)

            _at = "buyer"
            _buyer = d.get("buyer", UNSET)
            buyer: Party | Unset
            if isinstance(_buyer, Unset):
                buyer = UNSET
            else:
                buyer = Party.from_dict(_buyer)

            _at = "supplier"
            _supplier = d.get("supplier", UNSET)
            supplier: Party | Unset
            if isinstance(_supplier, Unset):
                supplier = UNSET
            else:
                supplier = Party.from_dict(_supplier)

            _at = "shipTo"
            _ship_to = d.get("shipTo", UNSET)
            ship_to: ShipToParty | Unset
            if isinstance(_ship_to, Unset):
                ship_to = UNSET
            else:
                ship_to = ShipToParty.from_dict(_ship_to)

            _at = "corrections"
            _corrections = d.get("corrections", UNSET)
            corrections: list[RemittanceAdviceItemCorrectionsItem] | Unset = UNSET
            if _corrections is not UNSET:
                corrections = []
                for corrections_item_data in _corrections:
                    corrections_item = RemittanceAdviceItemCorrectionsItem.from_dict(corrections_item_data)

                    corrections.append(corrections_item)

        except _ResponseParseError as exc:
            if _at == "corrections" and isinstance(corrections, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(corrections)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        remittance_advice_items_item = cls(
            document_number=document_number,
            document_date=document_date,
            external_document_number=external_document_number,
            document_type=document_type,
            due_total=due_total,
            remitted_total=remitted_total,
            tax=tax,
            correction_total=correction_total,
            buyer=buyer,
            supplier=supplier,
            ship_to=ship_to,
            corrections=corrections,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                remittance_advice_items_item.additional_properties = extra

        return remittance_advice_items_item

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
from ..models.party import Party  # noqa: E402
from ..models.remittance_advice_item_corrections_item import RemittanceAdviceItemCorrectionsItem  # noqa: E402
from ..models.ship_to_party import ShipToParty  # noqa: E402
from ..models.tax import Tax  # noqa: E402
