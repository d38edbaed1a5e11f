# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostalAddress")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "name",
        "street",
        "addressExtra",
        "city",
        "postalCode",
        "state",
        "countryCode",
    }
)


@_attrs_define
class PostalAddress:
    """Which properties are needed depends on the transaction; only invoices need a full address.

    Attributes:
        name (str | Unset): Deprecated; use `name` on the Party instead.
        street (str | Unset):
        address_extra (str | Unset):
        city (str | Unset):
        postal_code (str | Unset):
        state (str | Unset):
        country_code (str | Unset): ISO 3166-1 alpha-2 country code.
    """

    name: str | Unset = UNSET
    street: str | Unset = UNSET
    address_extra: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state: str | Unset = UNSET
    country_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        street = self.street

        address_extra = self.address_extra

        city = self.city

        postal_code = self.postal_code

        state = self.state

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if street is not UNSET:
            field_dict["street"] = street
        if address_extra is not UNSET:
            field_dict["addressExtra"] = address_extra
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state is not UNSET:
            field_dict["state"] = state
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "name"
            name = d.get("name", UNSET)

            _at = "street"
            street = d.get("street", UNSET)

            _at = "addressExtra"
            address_extra = d.get("addressExtra", UNSET)

            _at = "city"
            city = d.get("city", UNSET)

            _at = "postalCode"
            postal_code = d.get("postalCode", UNSET)

            _at = "state"
            state = d.get("state", UNSET)

            _at = "countryCode"
            country_code = d.get("countryCode", UNSET)

        except _ResponseParseError as exc:
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        postal_address = cls(
            name=name,
            street=street,
            address_extra=address_extra,
            city=city,
            postal_code=postal_code,
            state=state,
            country_code=country_code,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                postal_address.additional_properties = extra

        return postal_address

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
