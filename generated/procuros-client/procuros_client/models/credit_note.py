# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_note_header import CreditNoteHeader
    from ..models.credit_note_item_with_sub_sub_items import CreditNoteItemWithSubSubItems
    from ..models.credit_note_summary import CreditNoteSummary


T = TypeVar("T", bound="CreditNote")


@_attrs_define
class CreditNote:
    """A supplier's credit against an invoice: header, at least one line and the totals.

    Attributes:
        header (CreditNoteHeader): The parties, credit note number and date, the invoice, order and shipping notice it
            refers to, and currency.
        items (list[CreditNoteItemWithSubSubItems]):
        summary (CreditNoteSummary | Unset):
    """

    header: CreditNoteHeader
    items: list[CreditNoteItemWithSubSubItems]
    summary: CreditNoteSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header = self.header.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "header": header,
                "items": items,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_note_header import CreditNoteHeader  # noqa: PLC0415
        from ..models.credit_note_item_with_sub_sub_items import CreditNoteItemWithSubSubItems  # noqa: PLC0415
        from ..models.credit_note_summary import CreditNoteSummary  # noqa: PLC0415

        d = dict(src_dict)
        header = CreditNoteHeader.from_dict(d.pop("header"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CreditNoteItemWithSubSubItems.from_dict(items_item_data)

            items.append(items_item)

        _summary = d.pop("summary", UNSET)
        summary: CreditNoteSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = CreditNoteSummary.from_dict(_summary)

        credit_note = cls(
            header=header,
            items=items,
            summary=summary,
        )

        credit_note.additional_properties = d
        return credit_note

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
