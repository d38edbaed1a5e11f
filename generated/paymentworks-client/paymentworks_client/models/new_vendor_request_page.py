# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

if TYPE_CHECKING:
    from ..models.new_vendor_request import NewVendorRequest


T = TypeVar("T", bound="NewVendorRequestPage")


@_attrs_define
class NewVendorRequestPage:
    """One page of new vendor requests.

    Attributes:
        count (int): Total number of matching records across all pages (DRF page-number pagination).
        next_ (None | str): URL of the next page, or null if there are no further pages.
        previous (None | str): URL of the previous page, or null if this is the first page.
        results (list[NewVendorRequest]): The records on this page; never longer than one page.
    """

    count: int
    next_: None | str
    previous: None | str
    results: list[NewVendorRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next": next_,
                "previous": previous,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_vendor_request import NewVendorRequest  # noqa: PLC0415

        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            d = dict(src_dict)
            _at = "count"
            count = d.pop("count")

            _at = "next"

            def _parse_next_(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            next_ = _parse_next_(d.pop("next"))

            _at = "previous"

            def _parse_previous(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            previous = _parse_previous(d.pop("previous"))

            _at = "results"
            results = []
            _results = d.pop("results")
            for results_item_data in _results:
                results_item = NewVendorRequest.from_dict(results_item_data)

                results.append(results_item)

        except _ResponseParseError as exc:
            if _at == "results" and isinstance(results, list):
                # A nested model failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(results)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        new_vendor_request_page = cls(
            count=count,
            next_=next_,
            previous=previous,
            results=results,
        )

        new_vendor_request_page.additional_properties = d
        return new_vendor_request_page

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
