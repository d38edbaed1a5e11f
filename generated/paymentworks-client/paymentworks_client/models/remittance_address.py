# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

T = TypeVar("T", bound="RemittanceAddress")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "id",
        "company",
        "name",
        "pay_to",
        "street1",
        "street2",
        "city",
        "state",
        "zipcode",
        "country",
        "iso_3166_2",
        "address_type",
        "validated",
        "bank_acct",
        "created",
        "modified",
    }
)


@_attrs_define
class RemittanceAddress:
    """A remit-to address of the requesting company.

    Attributes:
        id (int): Address id.
        company (int): Id of the company the address belongs to.
        name (str): Address name.
        pay_to (str): Payee name for this address.
        street1 (str):
        street2 (str):
        city (str):
        state (str): State / region code, e.g. VA.
        zipcode (str): Postal code, e.g. 20148-1809.
        country (str): Country code, e.g. US.
        iso_3166_2 (str): ISO 3166-2 subdivision code, e.g. US-VA.
        address_type (str): Address type; 'R' (remit) in the sample. Other codes are not documented.
        validated (bool): Whether the address was validated.
        bank_acct (int | None): Bank account linked to this address; null when none.
        created (str): When the address was created.
        modified (str): When the address was last modified.
    """

    id: int
    company: int
    name: str
    pay_to: str
    street1: str
    street2: str
    city: str
    state: str
    zipcode: str
    country: str
    iso_3166_2: str
    address_type: str
    validated: bool
    bank_acct: int | None
    created: str
    modified: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        company = self.company

        name = self.name

        pay_to = self.pay_to

        street1 = self.street1

        street2 = self.street2

        city = self.city

        state = self.state

        zipcode = self.zipcode

        country = self.country

        iso_3166_2 = self.iso_3166_2

        address_type = self.address_type

        validated = self.validated

        bank_acct: int | None
        bank_acct = self.bank_acct

        created = self.created

        modified = self.modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "company": company,
                "name": name,
                "pay_to": pay_to,
                "street1": street1,
                "street2": street2,
                "city": city,
                "state": state,
                "zipcode": zipcode,
                "country": country,
                "iso_3166_2": iso_3166_2,
                "address_type": address_type,
                "validated": validated,
                "bank_acct": bank_acct,
                "created": created,
                "modified": modified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "id"
            id = d["id"]

            _at = "company"
            company = d["company"]

            _at = "name"
            name = d["name"]

            _at = "pay_to"
            pay_to = d["pay_to"]

            _at = "street1"
            street1 = d["street1"]

            _at = "street2"
            street2 = d["street2"]

            _at = "city"
            city = d["city"]

            _at = "state"
            state = d["state"]

            _at = "zipcode"
            zipcode = d["zipcode"]

            _at = "country"
            country = d["country"]

            _at = "iso_3166_2"
            iso_3166_2 = d["iso_3166_2"]

            _at = "address_type"
            address_type = d["address_type"]

            _at = "validated"
            validated = d["validated"]

            _at = "bank_acct"
            bank_acct = d["bank_acct"]

            _at = "created"
            created = d["created"]

            _at = "modified"
            modified = d["modified"]

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
        remittance_address = cls(
            id,
            company,
            name,
            pay_to,
            street1,
            street2,
            city,
            state,
            zipcode,
            country,
            iso_3166_2,
            address_type,
            validated,
            bank_acct,
            created,
            modified,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 16:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                remittance_address.additional_properties = extra

        return remittance_address

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
