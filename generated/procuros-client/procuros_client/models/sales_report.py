# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

if TYPE_CHECKING:
    from ..models.sales_report_header import SalesReportHeader
    from ..models.sales_report_location import SalesReportLocation


T = TypeVar("T", bound="SalesReport")


@_attrs_define
class SalesReport:
    """A buyer's report of units sold per location over a period.

    Attributes:
        header (SalesReportHeader): Report number and date, the period covered, and the buyer and supplier.
        locations (list[SalesReportLocation]):
    """

    header: SalesReportHeader
    locations: list[SalesReportLocation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header = self.header.to_dict()

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "header": header,
                "locations": locations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sales_report_header import SalesReportHeader  # noqa: PLC0415
        from ..models.sales_report_location import SalesReportLocation  # noqa: PLC0415

        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            d = dict(src_dict)
            _at = "header"
            header = SalesReportHeader.from_dict(d.pop("header"))

            _at = "locations"
            locations = []
            _locations = d.pop("locations")
            for locations_item_data in _locations:
                locations_item = SalesReportLocation.from_dict(locations_item_data)

                locations.append(locations_item)

        except _ResponseParseError as exc:
            if _at == "locations" and isinstance(locations, list):
                # A nested model failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(locations)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        sales_report = cls(
            header=header,
            locations=locations,
        )

        sales_report.additional_properties = d
        return sales_report

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
