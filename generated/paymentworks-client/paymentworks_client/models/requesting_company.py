# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestingCompany")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "id",
        "legal_first_name",
        "legal_last_name",
        "telephone",
        "uei",
        "duns",
        "tin",
        "tin_type",
        "tin_name_validation_status",
        "validated_tin_type_status",
        "validated_tin_type_status_code",
        "tax_country",
        "tax_classification",
        "description",
        "desc",
        "logo_url",
        "order_address",
        "remittance_addresses",
        "legal_name",
    }
)


def _parse_order_address(data: object) -> None | RequestingCompanyOrderAddress:
    if data is None:
        return data
    if isinstance(data, dict):
        try:
            order_address_type_0 = RequestingCompanyOrderAddress.from_dict(data)

            return order_address_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | RequestingCompanyOrderAddress, data)


@_attrs_define
class RequestingCompany:
    """The company that submitted the registration, with tax and address data.

    Attributes:
        id (int): Company id.
        legal_first_name (str): Legal first name (individuals); may be empty.
        legal_last_name (str): Legal last name (individuals); may be empty.
        telephone (str): Telephone number, e.g. +12023334445.
        uei (str): Unique Entity ID; may be empty.
        duns (str): DUNS number; may be empty.
        tin (str): Taxpayer identification number.
        tin_type (int): TIN type code, e.g. 1.
        tin_name_validation_status (str): TIN/name validation result, e.g. VALID.
        validated_tin_type_status (str): Validated TIN type status; may be empty.
        validated_tin_type_status_code (int): Validated TIN type status code, e.g. -1.
        tax_country (str): Tax country code, e.g. US.
        tax_classification (TaxClassification): Tax classification of the requesting company.
        description (str): Company description.
        desc (str): Company description (a second key with the same value in the sample).
        logo_url (str): URL of the company logo.
        order_address (None | RequestingCompanyOrderAddress): Order address; null when the payer does not collect one.
        remittance_addresses (list[RemittanceAddress]): Remit-to addresses.
        legal_name (str | Unset): Legal name of the company.
    """

    id: int
    legal_first_name: str
    legal_last_name: str
    telephone: str
    uei: str
    duns: str
    tin: str
    tin_type: int
    tin_name_validation_status: str
    validated_tin_type_status: str
    validated_tin_type_status_code: int
    tax_country: str
    tax_classification: TaxClassification
    description: str
    desc: str
    logo_url: str
    order_address: None | RequestingCompanyOrderAddress
    remittance_addresses: list[RemittanceAddress]
    legal_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        legal_first_name = self.legal_first_name

        legal_last_name = self.legal_last_name

        telephone = self.telephone

        uei = self.uei

        duns = self.duns

        tin = self.tin

        tin_type = self.tin_type

        tin_name_validation_status = self.tin_name_validation_status

        validated_tin_type_status = self.validated_tin_type_status

        validated_tin_type_status_code = self.validated_tin_type_status_code

        tax_country = self.tax_country

        tax_classification = self.tax_classification.to_dict()

        description = self.description

        desc = self.desc

        logo_url = self.logo_url

        order_address: dict[str, Any] | None
        if isinstance(self.order_address, RequestingCompanyOrderAddress):
            order_address = self.order_address.to_dict()
        else:
            order_address = self.order_address

        remittance_addresses = []
        for remittance_addresses_item_data in self.remittance_addresses:
            remittance_addresses_item = remittance_addresses_item_data.to_dict()
            remittance_addresses.append(remittance_addresses_item)

        legal_name = self.legal_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "legal_first_name": legal_first_name,
                "legal_last_name": legal_last_name,
                "telephone": telephone,
                "uei": uei,
                "duns": duns,
                "tin": tin,
                "tin_type": tin_type,
                "tin_name_validation_status": tin_name_validation_status,
                "validated_tin_type_status": validated_tin_type_status,
                "validated_tin_type_status_code": validated_tin_type_status_code,
                "tax_country": tax_country,
                "tax_classification": tax_classification,
                "description": description,
                "desc": desc,
                "logo_url": logo_url,
                "order_address": order_address,
                "remittance_addresses": remittance_addresses,
            }
        )
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name

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

            _at = "legal_first_name"
            legal_first_name = d["legal_first_name"]

            _at = "legal_last_name"
            legal_last_name = d["legal_last_name"]

            _at = "telephone"
            telephone = d["telephone"]

            _at = "uei"
            uei = d["uei"]

            _at = "duns"
            duns = d["duns"]

            _at = "tin"
            tin = d["tin"]

            _at = "tin_type"
            tin_type = d["tin_type"]

            _at = "tin_name_validation_status"
            tin_name_validation_status = d["tin_name_validation_status"]

            _at = "validated_tin_type_status"
            validated_tin_type_status = d["validated_tin_type_status"]

            _at = "validated_tin_type_status_code"
            validated_tin_type_status_code = d["validated_tin_type_status_code"]

            _at = "tax_country"
            tax_country = d["tax_country"]

            _at = "tax_classification"
            _tax_classification = d["tax_classification"]
            try:
                tax_classification = (
                    TaxClassification(_tax_classification["code"], _tax_classification["name"])
                    if len(_tax_classification) == 2
                    else TaxClassification.from_dict(_tax_classification)
                )
            except (KeyError, TypeError):
                # Not an object holding exactly the members: the model's own parser says what does not fit.
                tax_classification = TaxClassification.from_dict(_tax_classification)

            _at = "description"
            description = d["description"]

            _at = "desc"
            desc = d["desc"]

            _at = "logo_url"
            logo_url = d["logo_url"]

            _at = "order_address"
            order_address = _parse_order_address(d["order_address"])

            _at = "remittance_addresses"
            remittance_addresses = []
            _remittance_addresses = d["remittance_addresses"]
            for remittance_addresses_item_data in _remittance_addresses:
                try:
                    remittance_addresses_item = (
                        RemittanceAddress(
                            remittance_addresses_item_data["id"],
                            remittance_addresses_item_data["company"],
                            remittance_addresses_item_data["name"],
                            remittance_addresses_item_data["pay_to"],
                            remittance_addresses_item_data["street1"],
                            remittance_addresses_item_data["street2"],
                            remittance_addresses_item_data["city"],
                            remittance_addresses_item_data["state"],
                            remittance_addresses_item_data["zipcode"],
                            remittance_addresses_item_data["country"],
                            remittance_addresses_item_data["iso_3166_2"],
                            remittance_addresses_item_data["address_type"],
                            remittance_addresses_item_data["validated"],
                            remittance_addresses_item_data["bank_acct"],
                            remittance_addresses_item_data["created"],
                            remittance_addresses_item_data["modified"],
                        )
                        if len(remittance_addresses_item_data) == 16
                        else RemittanceAddress.from_dict(remittance_addresses_item_data)
                    )
                except (KeyError, TypeError):
                    # Not an object holding exactly the members: the model's own parser says what does not fit.
                    remittance_addresses_item = RemittanceAddress.from_dict(remittance_addresses_item_data)

                remittance_addresses.append(remittance_addresses_item)

            _at = "legal_name"
            legal_name = d.get("legal_name", UNSET)

        except _ResponseParseError as exc:
            if _at == "remittance_addresses" and isinstance(remittance_addresses, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(remittance_addresses)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        requesting_company = cls(
            id,
            legal_first_name,
            legal_last_name,
            telephone,
            uei,
            duns,
            tin,
            tin_type,
            tin_name_validation_status,
            validated_tin_type_status,
            validated_tin_type_status_code,
            tax_country,
            tax_classification,
            description,
            desc,
            logo_url,
            order_address,
            remittance_addresses,
            legal_name=legal_name,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 18:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                requesting_company.additional_properties = extra

        return requesting_company

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
from ..models.remittance_address import RemittanceAddress  # noqa: E402
from ..models.requesting_company_order_address import RequestingCompanyOrderAddress  # noqa: E402
from ..models.tax_classification import TaxClassification  # noqa: E402
