# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipToParty")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "name",
        "identifiers",
        "postalAddress",
        "contacts",
        "financialInstitution",
    }
)


@_attrs_define
class ShipToParty:
    """A ship-to party whose identifiers may be omitted (an address is enough).

    Attributes:
        name (str | Unset):
        identifiers (list[PartyIdentifier] | Unset):
        postal_address (PostalAddress | Unset): Which properties are needed depends on the transaction; only invoices
            need a full address.
        contacts (list[Contact] | Unset):
        financial_institution (FinancialInstitution | Unset): Bank details of the party.
    """

    name: str | Unset = UNSET
    identifiers: list[PartyIdentifier] | Unset = UNSET
    postal_address: PostalAddress | Unset = UNSET
    contacts: list[Contact] | Unset = UNSET
    financial_institution: FinancialInstitution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = []
            for identifiers_item_data in self.identifiers:
                identifiers_item = identifiers_item_data.to_dict()
                identifiers.append(identifiers_item)

        postal_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_address, Unset):
            postal_address = self.postal_address.to_dict()

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        financial_institution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.financial_institution, Unset):
            financial_institution = self.financial_institution.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if postal_address is not UNSET:
            field_dict["postalAddress"] = postal_address
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if financial_institution is not UNSET:
            field_dict["financialInstitution"] = financial_institution

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

            _at = "identifiers"
            _identifiers = d.get("identifiers", UNSET)
            identifiers: list[PartyIdentifier] | Unset = UNSET
            if _identifiers is not UNSET:
                identifiers = []
                for identifiers_item_data in _identifiers:
                    identifiers_item = PartyIdentifier.from_dict(identifiers_item_data)

                    identifiers.append(identifiers_item)

            _at = "postalAddress"
            _postal_address = d.get("postalAddress", UNSET)
            postal_address: PostalAddress | Unset
            if isinstance(_postal_address, Unset):
                postal_address = UNSET
            else:
                postal_address = PostalAddress.from_dict(_postal_address)

            _at = "contacts"
            _contacts = d.get("contacts", UNSET)
            contacts: list[Contact] | Unset = UNSET
            if _contacts is not UNSET:
                contacts = []
                for contacts_item_data in _contacts:
                    contacts_item = Contact.from_dict(contacts_item_data)

                    contacts.append(contacts_item)

            _at = "financialInstitution"
            _financial_institution = d.get("financialInstitution", UNSET)
            financial_institution: FinancialInstitution | Unset
            if isinstance(_financial_institution, Unset):
                financial_institution = UNSET
            else:
                financial_institution = FinancialInstitution.from_dict(_financial_institution)

        except _ResponseParseError as exc:
            if _at == "identifiers" and isinstance(identifiers, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(identifiers)) from None
            if _at == "contacts" and isinstance(contacts, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(contacts)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        ship_to_party = cls(
            name=name,
            identifiers=identifiers,
            postal_address=postal_address,
            contacts=contacts,
            financial_institution=financial_institution,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                ship_to_party.additional_properties = extra

        return ship_to_party

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
from ..models.contact import Contact  # noqa: E402
from ..models.financial_institution import FinancialInstitution  # noqa: E402
from ..models.party_identifier import PartyIdentifier  # noqa: E402
from ..models.postal_address import PostalAddress  # noqa: E402
