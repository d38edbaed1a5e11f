# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

T = TypeVar("T", bound="RequestingCompanyOrderAddress")


@_attrs_define
class RequestingCompanyOrderAddress:
    """The order address of a requesting company (RequestingCompany.order_address); its keys are not documented, so it is
    open.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            d = src_dict if isinstance(src_dict, dict) else dict(src_dict)
        except _ResponseParseError as exc:
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        requesting_company_order_address = cls()

        extra = dict(d)
        # Empty: the instance keeps the empty dict attrs gave it.
        if extra:
            requesting_company_order_address.additional_properties = extra

        return requesting_company_order_address

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
