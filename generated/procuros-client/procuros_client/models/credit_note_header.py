# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.credit_note_header_type import CreditNoteHeaderType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditNoteHeader")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "buyer",
        "supplier",
        "creditNoteIdentifier",
        "creditNoteDate",
        "shipTo",
        "billTo",
        "billFrom",
        "finalRecipient",
        "technicalRecipient",
        "technicalSender",
        "creditNoteValueDate",
        "creditNoteDueDate",
        "type",
        "invoiceIdentifier",
        "invoiceDate",
        "shippingNoticeIdentifier",
        "shippingNoticeDate",
        "orderIdentifier",
        "orderDate",
        "requestedDeliveryDate",
        "expectedDeliveryDate",
        "paymentTerms",
        "comments",
        "deliveryInformation",
        "purchasingInformation",
        "legalInformation",
        "currency",
        "promotionCode",
        "contractReference",
        "reason",
        "organicControlPointNumber",
        "version",
    }
)


@_attrs_define
class CreditNoteHeader:
    """The parties, credit note number and date, the invoice, order and shipping notice it refers to, and currency.

    Attributes:
        buyer (Party):
        supplier (Party):
        credit_note_identifier (str):
        credit_note_date (str): A date, or an RFC 3339 date-time, inside a business document.
        ship_to (ShipToParty | Unset): A ship-to party whose identifiers may be omitted (an address is enough).
        bill_to (Party | Unset):
        bill_from (Party | Unset):
        final_recipient (Party | Unset):
        technical_recipient (Party | Unset):
        technical_sender (Party | Unset):
        credit_note_value_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        credit_note_due_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        type_ (CreditNoteHeaderType | Unset):
        invoice_identifier (str | Unset):
        invoice_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        shipping_notice_identifier (str | Unset):
        shipping_notice_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        order_identifier (str | Unset):
        order_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        requested_delivery_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        expected_delivery_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        payment_terms (list[PaymentTerm] | Unset):
        comments (str | Unset):
        delivery_information (str | Unset):
        purchasing_information (str | Unset):
        legal_information (str | Unset):
        currency (str | Unset): ISO 4217 three-letter currency code.
        promotion_code (str | Unset):
        contract_reference (str | Unset):
        reason (str | Unset):
        organic_control_point_number (str | Unset):
        version (int | Unset):
    """

    buyer: Party
    supplier: Party
    credit_note_identifier: str
    credit_note_date: str
    ship_to: ShipToParty | Unset = UNSET
    bill_to: Party | Unset = UNSET
    bill_from: Party | Unset = UNSET
    final_recipient: Party | Unset = UNSET
    technical_recipient: Party | Unset = UNSET
    technical_sender: Party | Unset = UNSET
    credit_note_value_date: str | Unset = UNSET
    credit_note_due_date: str | Unset = UNSET
    type_: CreditNoteHeaderType | Unset = UNSET
    invoice_identifier: str | Unset = UNSET
    invoice_date: str | Unset = UNSET
    shipping_notice_identifier: str | Unset = UNSET
    shipping_notice_date: str | Unset = UNSET
    order_identifier: str | Unset = UNSET
    order_date: str | Unset = UNSET
    requested_delivery_date: str | Unset = UNSET
    expected_delivery_date: str | Unset = UNSET
    payment_terms: list[PaymentTerm] | Unset = UNSET
    comments: str | Unset = UNSET
    delivery_information: str | Unset = UNSET
    purchasing_information: str | Unset = UNSET
    legal_information: str | Unset = UNSET
    currency: str | Unset = UNSET
    promotion_code: str | Unset = UNSET
    contract_reference: str | Unset = UNSET
    reason: str | Unset = UNSET
    organic_control_point_number: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer = self.buyer.to_dict()

        supplier = self.supplier.to_dict()

        credit_note_identifier = self.credit_note_identifier

        credit_note_date = self.credit_note_date

        ship_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to, Unset):
            ship_to = self.ship_to.to_dict()

        bill_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_to, Unset):
            bill_to = self.bill_to.to_dict()

        bill_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_from, Unset):
            bill_from = self.bill_from.to_dict()

        final_recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.final_recipient, Unset):
            final_recipient = self.final_recipient.to_dict()

        technical_recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technical_recipient, Unset):
            technical_recipient = self.technical_recipient.to_dict()

        technical_sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technical_sender, Unset):
            technical_sender = self.technical_sender.to_dict()

        credit_note_value_date = self.credit_note_value_date

        credit_note_due_date = self.credit_note_due_date

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        invoice_identifier = self.invoice_identifier

        invoice_date = self.invoice_date

        shipping_notice_identifier = self.shipping_notice_identifier

        shipping_notice_date = self.shipping_notice_date

        order_identifier = self.order_identifier

        order_date = self.order_date

        requested_delivery_date = self.requested_delivery_date

        expected_delivery_date = self.expected_delivery_date

        payment_terms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = []
            for payment_terms_item_data in self.payment_terms:
                payment_terms_item = payment_terms_item_data.to_dict()
                payment_terms.append(payment_terms_item)

        comments = self.comments

        delivery_information = self.delivery_information

        purchasing_information = self.purchasing_information

        legal_information = self.legal_information

        currency = self.currency

        promotion_code = self.promotion_code

        contract_reference = self.contract_reference

        reason = self.reason

        organic_control_point_number = self.organic_control_point_number

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buyer": buyer,
                "supplier": supplier,
                "creditNoteIdentifier": credit_note_identifier,
                "creditNoteDate": credit_note_date,
            }
        )
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if bill_to is not UNSET:
            field_dict["billTo"] = bill_to
        if bill_from is not UNSET:
            field_dict["billFrom"] = bill_from
        if final_recipient is not UNSET:
            field_dict["finalRecipient"] = final_recipient
        if technical_recipient is not UNSET:
            field_dict["technicalRecipient"] = technical_recipient
        if technical_sender is not UNSET:
            field_dict["technicalSender"] = technical_sender
        if credit_note_value_date is not UNSET:
            field_dict["creditNoteValueDate"] = credit_note_value_date
        if credit_note_due_date is not UNSET:
            field_dict["creditNoteDueDate"] = credit_note_due_date
        if type_ is not UNSET:
            field_dict["type"] = type_
        if invoice_identifier is not UNSET:
            field_dict["invoiceIdentifier"] = invoice_identifier
        if invoice_date is not UNSET:
            field_dict["invoiceDate"] = invoice_date
        if shipping_notice_identifier is not UNSET:
            field_dict["shippingNoticeIdentifier"] = shipping_notice_identifier
        if shipping_notice_date is not UNSET:
            field_dict["shippingNoticeDate"] = shipping_notice_date
        if order_identifier is not UNSET:
            field_dict["orderIdentifier"] = order_identifier
        if order_date is not UNSET:
            field_dict["orderDate"] = order_date
        if requested_delivery_date is not UNSET:
            field_dict["requestedDeliveryDate"] = requested_delivery_date
        if expected_delivery_date is not UNSET:
            field_dict["expectedDeliveryDate"] = expected_delivery_date
        if payment_terms is not UNSET:
            field_dict["paymentTerms"] = payment_terms
        if comments is not UNSET:
            field_dict["comments"] = comments
        if delivery_information is not UNSET:
            field_dict["deliveryInformation"] = delivery_information
        if purchasing_information is not UNSET:
            field_dict["purchasingInformation"] = purchasing_information
        if legal_information is not UNSET:
            field_dict["legalInformation"] = legal_information
        if currency is not UNSET:
            field_dict["currency"] = currency
        if promotion_code is not UNSET:
            field_dict["promotionCode"] = promotion_code
        if contract_reference is not UNSET:
            field_dict["contractReference"] = contract_reference
        if reason is not UNSET:
            field_dict["reason"] = reason
        if organic_control_point_number is not UNSET:
            field_dict["organicControlPointNumber"] = organic_control_point_number
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
            _at = "buyer"
            buyer = Party.from_dict(d["buyer"])

            _at = "supplier"
            supplier = Party.from_dict(d["supplier"])

            _at = "creditNoteIdentifier"
            credit_note_identifier = d["creditNoteIdentifier"]

            _at = "creditNoteDate"
            credit_note_date = d["creditNoteDate"]

            _at = "shipTo"
            _ship_to = d.get("shipTo", UNSET)
            ship_to: ShipToParty | Unset
            if isinstance(_ship_to, Unset):
                ship_to = UNSET
            else:
                ship_to = ShipToParty.from_dict(_ship_to)

            _at = "billTo"
            _bill_to = d.get("billTo", UNSET)
            bill_to: Party | Unset
            if isinstance(_bill_to, Unset):
                bill_to = UNSET
            else:
                bill_to = Party.from_dict(_bill_to)

            _at = "billFrom"
            _bill_from = d.get("billFrom", UNSET)
            bill_from: Party | Unset
            if isinstance(_bill_from, Unset):
                bill_from = UNSET
            else:
                bill_from = Party.from_dict(_bill_from)

            _at = "finalRecipient"
            _final_recipient = d.get("finalRecipient", UNSET)
            final_recipient: Party | Unset
            if isinstance(_final_recipient, Unset):
                final_recipient = UNSET
            else:
                final_recipient = Party.from_dict(_final_recipient)

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

            _at = "creditNoteValueDate"
            credit_note_value_date = d.get("creditNoteValueDate", UNSET)

            _at = "creditNoteDueDate"
            credit_note_due_date = d.get("creditNoteDueDate", UNSET)

            _at = "type"
            _type_ = d.get("type", UNSET)
            type_: CreditNoteHeaderType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = cast(
                    "CreditNoteHeaderType", CreditNoteHeaderType._value2member_map_.get(_type_)
                ) or CreditNoteHeaderType(_type_)

            _at = "invoiceIdentifier"
            invoice_identifier = d.get("invoiceIdentifier", UNSET)

            _at = "invoiceDate"
            invoice_date = d.get("invoiceDate", UNSET)

            _at = "shippingNoticeIdentifier"
            shipping_notice_identifier = d.get("shippingNoticeIdentifier", UNSET)

            _at = "shippingNoticeDate"
            shipping_notice_date = d.get("shippingNoticeDate", UNSET)

            _at = "orderIdentifier"
            order_identifier = d.get("orderIdentifier", UNSET)

            _at = "orderDate"
            order_date = d.get("orderDate", UNSET)

            _at = "requestedDeliveryDate"
            requested_delivery_date = d.get("requestedDeliveryDate", UNSET)

            _at = "expectedDeliveryDate"
            expected_delivery_date = d.get("expectedDeliveryDate", UNSET)

            _at = "paymentTerms"
            _payment_terms = d.get("paymentTerms", UNSET)
            payment_terms: list[PaymentTerm] | Unset = UNSET
            if _payment_terms is not UNSET:
                payment_terms = []
                for payment_terms_item_data in _payment_terms:
                    try:
                        payment_terms_item = (
                            PaymentTerm(
                                payment_terms_item_data["payInNumberOfDays"], payment_terms_item_data["percentage"]
                            )
                            if len(payment_terms_item_data) == 2
                            else PaymentTerm.from_dict(payment_terms_item_data)
                        )
                    except (KeyError, TypeError):
                        # Not an object holding exactly the members: the model's own parser says what does not fit.
                        payment_terms_item = PaymentTerm.from_dict(payment_terms_item_data)

                    payment_terms.append(payment_terms_item)

            _at = "comments"
            comments = d.get("comments", UNSET)

            _at = "deliveryInformation"
            delivery_information = d.get("deliveryInformation", UNSET)

            _at = "purchasingInformation"
            purchasing_information = d.get("purchasingInformation", UNSET)

            _at = "legalInformation"
            legal_information = d.get("legalInformation", UNSET)

            _at = "currency"
            currency = d.get("currency", UNSET)

            _at = "promotionCode"
            promotion_code = d.get("promotionCode", UNSET)

            _at = "contractReference"
            contract_reference = d.get("contractReference", UNSET)

            _at = "reason"
            reason = d.get("reason", UNSET)

            _at = "organicControlPointNumber"
            organic_control_point_number = d.get("organicControlPointNumber", UNSET)

            _at = "version"
            version = d.get("version", UNSET)

        except _ResponseParseError as exc:
            if _at == "paymentTerms" and isinstance(payment_terms, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(payment_terms)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        credit_note_header = cls(
            buyer,
            supplier,
            credit_note_identifier,
            credit_note_date,
            ship_to=ship_to,
            bill_to=bill_to,
            bill_from=bill_from,
            final_recipient=final_recipient,
            technical_recipient=technical_recipient,
            technical_sender=technical_sender,
            credit_note_value_date=credit_note_value_date,
            credit_note_due_date=credit_note_due_date,
            type_=type_,
            invoice_identifier=invoice_identifier,
            invoice_date=invoice_date,
            shipping_notice_identifier=shipping_notice_identifier,
            shipping_notice_date=shipping_notice_date,
            order_identifier=order_identifier,
            order_date=order_date,
            requested_delivery_date=requested_delivery_date,
            expected_delivery_date=expected_delivery_date,
            payment_terms=payment_terms,
            comments=comments,
            delivery_information=delivery_information,
            purchasing_information=purchasing_information,
            legal_information=legal_information,
            currency=currency,
            promotion_code=promotion_code,
            contract_reference=contract_reference,
            reason=reason,
            organic_control_point_number=organic_control_point_number,
            version=version,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 4:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                credit_note_header.additional_properties = extra

        return credit_note_header

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
from ..models.payment_term import PaymentTerm  # noqa: E402
from ..models.ship_to_party import ShipToParty  # noqa: E402
