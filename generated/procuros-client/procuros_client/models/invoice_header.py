# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceHeader")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "buyer",
        "supplier",
        "invoiceIdentifier",
        "invoiceDate",
        "shippingNoticeIdentifier",
        "shippingNoticeDate",
        "orderIdentifier",
        "orderDate",
        "shipTo",
        "billTo",
        "billFrom",
        "finalRecipient",
        "technicalRecipient",
        "technicalSender",
        "invoiceValueDate",
        "invoiceDueDate",
        "AdditionalOrderIdentifiers",
        "requestedDeliveryDate",
        "expectedDeliveryDate",
        "paymentTerms",
        "comments",
        "deliveryInformation",
        "purchasingInformation",
        "legalInformation",
        "currency",
        "promotionCode",
        "organicControlPointNumber",
        "contractReference",
        "version",
    }
)


@_attrs_define
class InvoiceHeader:
    """The parties, invoice number and date, the order and shipping notice it refers to, currency and payment terms.

    Attributes:
        buyer (Party):
        supplier (Party):
        invoice_identifier (str):
        invoice_date (str): A date, or an RFC 3339 date-time, inside a business document.
        shipping_notice_identifier (str):
        shipping_notice_date (str): A date, or an RFC 3339 date-time, inside a business document.
        order_identifier (str):
        order_date (str): A date, or an RFC 3339 date-time, inside a business document.
        ship_to (ShipToParty | Unset): A ship-to party whose identifiers may be omitted (an address is enough).
        bill_to (Party | Unset):
        bill_from (Party | Unset):
        final_recipient (Party | Unset):
        technical_recipient (Party | Unset):
        technical_sender (Party | Unset):
        invoice_value_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        invoice_due_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        additional_order_identifiers (AdditionalOrderIdentifiers | Unset): Further references of the order (contract,
            promotion, ...).
        requested_delivery_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        expected_delivery_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        payment_terms (list[PaymentTerm] | Unset):
        comments (str | Unset):
        delivery_information (str | Unset):
        purchasing_information (str | Unset):
        legal_information (str | Unset):
        currency (str | Unset): ISO 4217 three-letter currency code.
        promotion_code (str | Unset):
        organic_control_point_number (str | Unset):
        contract_reference (str | Unset):
        version (int | Unset):
    """

    buyer: Party
    supplier: Party
    invoice_identifier: str
    invoice_date: str
    shipping_notice_identifier: str
    shipping_notice_date: str
    order_identifier: str
    order_date: str
    ship_to: ShipToParty | Unset = UNSET
    bill_to: Party | Unset = UNSET
    bill_from: Party | Unset = UNSET
    final_recipient: Party | Unset = UNSET
    technical_recipient: Party | Unset = UNSET
    technical_sender: Party | Unset = UNSET
    invoice_value_date: str | Unset = UNSET
    invoice_due_date: str | Unset = UNSET
    additional_order_identifiers: AdditionalOrderIdentifiers | Unset = UNSET
    requested_delivery_date: str | Unset = UNSET
    expected_delivery_date: str | Unset = UNSET
    payment_terms: list[PaymentTerm] | Unset = UNSET
    comments: str | Unset = UNSET
    delivery_information: str | Unset = UNSET
    purchasing_information: str | Unset = UNSET
    legal_information: str | Unset = UNSET
    currency: str | Unset = UNSET
    promotion_code: str | Unset = UNSET
    organic_control_point_number: str | Unset = UNSET
    contract_reference: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer = self.buyer.to_dict()

        supplier = self.supplier.to_dict()

        invoice_identifier = self.invoice_identifier

        invoice_date = self.invoice_date

        shipping_notice_identifier = self.shipping_notice_identifier

        shipping_notice_date = self.shipping_notice_date

        order_identifier = self.order_identifier

        order_date = self.order_date

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

        invoice_value_date = self.invoice_value_date

        invoice_due_date = self.invoice_due_date

        additional_order_identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_order_identifiers, Unset):
            additional_order_identifiers = self.additional_order_identifiers.to_dict()

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

        organic_control_point_number = self.organic_control_point_number

        contract_reference = self.contract_reference

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buyer": buyer,
                "supplier": supplier,
                "invoiceIdentifier": invoice_identifier,
                "invoiceDate": invoice_date,
                "shippingNoticeIdentifier": shipping_notice_identifier,
                "shippingNoticeDate": shipping_notice_date,
                "orderIdentifier": order_identifier,
                "orderDate": order_date,
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
        if invoice_value_date is not UNSET:
            field_dict["invoiceValueDate"] = invoice_value_date
        if invoice_due_date is not UNSET:
            field_dict["invoiceDueDate"] = invoice_due_date
        if additional_order_identifiers is not UNSET:
            field_dict["AdditionalOrderIdentifiers"] = additional_order_identifiers
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
        if organic_control_point_number is not UNSET:
            field_dict["organicControlPointNumber"] = organic_control_point_number
        if contract_reference is not UNSET:
            field_dict["contractReference"] = contract_reference
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

            _at = "invoiceIdentifier"
            invoice_identifier = d["invoiceIdentifier"]

            _at = "invoiceDate"
            invoice_date = d["invoiceDate"]

            _at = "shippingNoticeIdentifier"
            shipping_notice_identifier = d["shippingNoticeIdentifier"]

            _at = "shippingNoticeDate"
            shipping_notice_date = d["shippingNoticeDate"]

            _at = "orderIdentifier"
            order_identifier = d["orderIdentifier"]

            _at = "orderDate"
            order_date = d["orderDate"]

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

            _at = "invoiceValueDate"
            invoice_value_date = d.get("invoiceValueDate", UNSET)

            _at = "invoiceDueDate"
            invoice_due_date = d.get("invoiceDueDate", UNSET)

            _at = "AdditionalOrderIdentifiers"
            _additional_order_identifiers = d.get("AdditionalOrderIdentifiers", UNSET)
            additional_order_identifiers: AdditionalOrderIdentifiers | Unset
            if isinstance(_additional_order_identifiers, Unset):
                additional_order_identifiers = UNSET
            else:
                additional_order_identifiers = AdditionalOrderIdentifiers.from_dict(_additional_order_identifiers)

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

            _at = "organicControlPointNumber"
            organic_control_point_number = d.get("organicControlPointNumber", UNSET)

            _at = "contractReference"
            contract_reference = d.get("contractReference", UNSET)

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
        invoice_header = cls(
            buyer,
            supplier,
            invoice_identifier,
            invoice_date,
            shipping_notice_identifier,
            shipping_notice_date,
            order_identifier,
            order_date,
            ship_to=ship_to,
            bill_to=bill_to,
            bill_from=bill_from,
            final_recipient=final_recipient,
            technical_recipient=technical_recipient,
            technical_sender=technical_sender,
            invoice_value_date=invoice_value_date,
            invoice_due_date=invoice_due_date,
            additional_order_identifiers=additional_order_identifiers,
            requested_delivery_date=requested_delivery_date,
            expected_delivery_date=expected_delivery_date,
            payment_terms=payment_terms,
            comments=comments,
            delivery_information=delivery_information,
            purchasing_information=purchasing_information,
            legal_information=legal_information,
            currency=currency,
            promotion_code=promotion_code,
            organic_control_point_number=organic_control_point_number,
            contract_reference=contract_reference,
            version=version,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 8:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                invoice_header.additional_properties = extra

        return invoice_header

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
from ..models.additional_order_identifiers import AdditionalOrderIdentifiers  # noqa: E402
from ..models.party import Party  # noqa: E402
from ..models.payment_term import PaymentTerm  # noqa: E402
from ..models.ship_to_party import ShipToParty  # noqa: E402
