# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="RemittanceAdviceHeader")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "adviceNumber",
        "adviceDate",
        "paymentMethod",
        "paymentReference",
        "remittanceDate",
        "currency",
        "payFrom",
        "payTo",
        "buyer",
        "supplier",
        "technicalRecipient",
        "technicalSender",
        "version",
    }
)


@_attrs_define
class RemittanceAdviceHeader:
    """Advice number and date, payment method, reference and date, and the paying and paid parties.

    Attributes:
        advice_number (str):
        advice_date (str): A date, or an RFC 3339 date-time, inside a business document.
        payment_method (str | Unset):
        payment_reference (str | Unset):
        remittance_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        currency (str | Unset): ISO 4217 three-letter currency code.
        pay_from (Party | Unset):
        pay_to (Party | Unset):
        buyer (Party | Unset):
        supplier (Party | Unset):
        technical_recipient (Party | Unset):
        technical_sender (Party | Unset):
        version (int | Unset):
    """

    advice_number: str
    advice_date: str
    payment_method: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    remittance_date: str | Unset = UNSET
    currency: str | Unset = UNSET
    pay_from: Party | Unset = UNSET
    pay_to: Party | Unset = UNSET
    buyer: Party | Unset = UNSET
    supplier: Party | Unset = UNSET
    technical_recipient: Party | Unset = UNSET
    technical_sender: Party | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advice_number = self.advice_number

        advice_date = self.advice_date

        payment_method = self.payment_method

        payment_reference = self.payment_reference

        remittance_date = self.remittance_date

        currency = self.currency

        pay_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_from, Unset):
            pay_from = self.pay_from.to_dict()

        pay_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pay_to, Unset):
            pay_to = self.pay_to.to_dict()

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        supplier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = self.supplier.to_dict()

        technical_recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technical_recipient, Unset):
            technical_recipient = self.technical_recipient.to_dict()

        technical_sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technical_sender, Unset):
            technical_sender = self.technical_sender.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adviceNumber": advice_number,
                "adviceDate": advice_date,
            }
        )
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if payment_reference is not UNSET:
            field_dict["paymentReference"] = payment_reference
        if remittance_date is not UNSET:
            field_dict["remittanceDate"] = remittance_date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if pay_from is not UNSET:
            field_dict["payFrom"] = pay_from
        if pay_to is not UNSET:
            field_dict["payTo"] = pay_to
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if technical_recipient is not UNSET:
            field_dict["technicalRecipient"] = technical_recipient
        if technical_sender is not UNSET:
            field_dict["technicalSender"] = technical_sender
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "adviceNumber"
            advice_number = d["adviceNumber"]

            _at = "adviceDate"
            advice_date = d["adviceDate"]

            _at = "paymentMethod"
            payment_method = d.get("paymentMethod", UNSET)

            _at = "paymentReference"
            payment_reference = d.get("paymentReference", UNSET)

            _at = "remittanceDate"
            remittance_date = d.get("remittanceDate", UNSET)

            _at = "currency"
            currency = d.get("currency", UNSET)

            _at = "payFrom"
            _pay_from = d.get("payFrom", UNSET)
            pay_from: Party | Unset
            if isinstance(_pay_from, Unset):
                pay_from = UNSET
            else:
                pay_from = Party.from_dict(_pay_from)

            _at = "payTo"
            _pay_to = d.get("payTo", UNSET)
            pay_to: Party | Unset
            if isinstance(_pay_to, Unset):
                pay_to = UNSET
            else:
                pay_to = Party.from_dict(_pay_to)

            _at = "buyer"
            _buyer = d.get("buyer", UNSET)
            buyer: Party | Unset
            if isinstance(_buyer, Unset):
                buyer = UNSET
            else:
                buyer = Party.from_dict(_buyer)

            _at = "supplier"
            _supplier = d.get("supplier", UNSET)
            supplier: Party | Unset
            if isinstance(_supplier, Unset):
                supplier = UNSET
            else:
                supplier = Party.from_dict(_supplier)

            _at = "technicalRecipient"
            _technical_recipient = d.get("technicalRecipient", UNSET)
            technical_recipient: Party | Unset
            if isinstance(_technical_recipient, Unset):
                technical_recipient = UNSET
            else:
                technical_recipient = Party.from_dict(_technical_recipient)

            _at = "technicalSender"
            _technical_sender = d.get("technicalSender", UNSET)
            technical_sender: Party | Unset
            if isinstance(_technical_sender, Unset):
                technical_sender = UNSET
            else:
                technical_sender = Party.from_dict(_technical_sender)

            _at = "version"
            version = d.get("version", UNSET)

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
        remittance_advice_header = cls(
            advice_number,
            advice_date,
            payment_method=payment_method,
            payment_reference=payment_reference,
            remittance_date=remittance_date,
            currency=currency,
            pay_from=pay_from,
            pay_to=pay_to,
            buyer=buyer,
            supplier=supplier,
            technical_recipient=technical_recipient,
            technical_sender=technical_sender,
            version=version,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 2:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                remittance_advice_header.additional_properties = extra

        return remittance_advice_header

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
from ..models.party import Party  # noqa: E402
