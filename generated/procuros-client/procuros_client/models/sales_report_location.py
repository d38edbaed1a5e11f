# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.party import Party
    from ..models.sales_report_location_item import SalesReportLocationItem


T = TypeVar("T", bound="SalesReportLocation")


@_attrs_define
class SalesReportLocation:
    """One selling location and the products sold there.

    Attributes:
        location (Party):
        items (list[SalesReportLocationItem]):
        sales_period_start_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        sales_period_end_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
    """

    location: Party
    items: list[SalesReportLocationItem]
    sales_period_start_date: str | Unset = UNSET
    sales_period_end_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location = self.location.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        sales_period_start_date = self.sales_period_start_date

        sales_period_end_date = self.sales_period_end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location": location,
                "items": items,
            }
        )
        if sales_period_start_date is not UNSET:
            field_dict["salesPeriodStartDate"] = sales_period_start_date
        if sales_period_end_date is not UNSET:
            field_dict["salesPeriodEndDate"] = sales_period_end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.party import Party  # noqa: PLC0415
        from ..models.sales_report_location_item import SalesReportLocationItem  # noqa: PLC0415

        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            d = dict(src_dict)
            _at = "location"
            location = Party.from_dict(d.pop("location"))

            _at = "items"
            items = []
            _items = d.pop("items")
            for items_item_data in _items:
                items_item = SalesReportLocationItem.from_dict(items_item_data)

                items.append(items_item)

            _at = "salesPeriodStartDate"
            sales_period_start_date = d.pop("salesPeriodStartDate", UNSET)

            _at = "salesPeriodEndDate"
            sales_period_end_date = d.pop("salesPeriodEndDate", UNSET)

        except _ResponseParseError as exc:
            if _at == "items" and isinstance(items, list):
                # A nested model failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(items)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        sales_report_location = cls(
            location=location,
            items=items,
            sales_period_start_date=sales_period_start_date,
            sales_period_end_date=sales_period_end_date,
        )

        sales_report_location.additional_properties = d
        return sales_report_location

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
