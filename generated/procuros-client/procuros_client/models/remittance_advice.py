# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.remittance_advice_header import RemittanceAdviceHeader
    from ..models.remittance_advice_items_item import RemittanceAdviceItemsItem
    from ..models.remittance_advice_summary import RemittanceAdviceSummary


T = TypeVar("T", bound="RemittanceAdvice")


@_attrs_define
class RemittanceAdvice:
    """A buyer's notice of a payment and the documents it settles.

    Attributes:
        header (RemittanceAdviceHeader): Advice number and date, payment method, reference and date, and the paying and
            paid parties.
        items (list[RemittanceAdviceItemsItem]):
        summary (RemittanceAdviceSummary): Totals of the remittance advice.
    """

    header: RemittanceAdviceHeader
    items: list[RemittanceAdviceItemsItem]
    summary: RemittanceAdviceSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header = self.header.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "header": header,
                "items": items,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remittance_advice_header import RemittanceAdviceHeader  # noqa: PLC0415
        from ..models.remittance_advice_items_item import RemittanceAdviceItemsItem  # noqa: PLC0415
        from ..models.remittance_advice_summary import RemittanceAdviceSummary  # noqa: PLC0415

        d = dict(src_dict)
        header = RemittanceAdviceHeader.from_dict(d.pop("header"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = RemittanceAdviceItemsItem.from_dict(items_item_data)

            items.append(items_item)

        summary = RemittanceAdviceSummary.from_dict(d.pop("summary"))

        remittance_advice = cls(
            header=header,
            items=items,
            summary=summary,
        )

        remittance_advice.additional_properties = d
        return remittance_advice

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
