# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.inco_terms import IncoTerms
from ..models.mode_of_transport import ModeOfTransport
from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchInstructionResponseHeader")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "shippingNoticeIdentifier",
        "supplier",
        "orderIdentifier",
        "orderDate",
        "requestedDespatchDate",
        "dispatchInstructionResponseDate",
        "shippingNoticeDate",
        "requestedDeliveryDate",
        "expectedDeliveryDate",
        "carrier",
        "trackingNumber",
        "trackingUrl",
        "comments",
        "buyer",
        "shipTo",
        "billTo",
        "shipFrom",
        "finalRecipient",
        "technicalRecipient",
        "technicalSender",
        "modeOfTransport",
        "incoTerms",
        "shippingMethod",
        "status",
        "currency",
        "version",
    }
)


@_attrs_define
class DispatchInstructionResponseHeader:
    """The instruction answered, the shipment, the dates, the parties and the carrier.

    Attributes:
        shipping_notice_identifier (str):
        supplier (Party):
        order_identifier (str | Unset):
        order_date (None | str | Unset):
        requested_despatch_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        dispatch_instruction_response_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        shipping_notice_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        requested_delivery_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        expected_delivery_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        carrier (str | Unset):
        tracking_number (str | Unset):
        tracking_url (str | Unset):
        comments (None | str | Unset):
        buyer (Party | Unset):
        ship_to (ShipToParty | Unset): A ship-to party whose identifiers may be omitted (an address is enough).
        bill_to (Party | Unset):
        ship_from (Party | Unset):
        final_recipient (Party | Unset):
        technical_recipient (Party | Unset):
        technical_sender (Party | Unset):
        mode_of_transport (ModeOfTransport | Unset): How goods travel.
        inco_terms (IncoTerms | Unset): Incoterms rule agreed for the delivery.
        shipping_method (str | Unset):
        status (str | Unset):
        currency (str | Unset): ISO 4217 three-letter currency code.
        version (int | Unset):
    """

    shipping_notice_identifier: str
    supplier: Party
    order_identifier: str | Unset = UNSET
    order_date: None | str | Unset = UNSET
    requested_despatch_date: str | Unset = UNSET
    dispatch_instruction_response_date: str | Unset = UNSET
    shipping_notice_date: str | Unset = UNSET
    requested_delivery_date: str | Unset = UNSET
    expected_delivery_date: str | Unset = UNSET
    carrier: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
    tracking_url: str | Unset = UNSET
    comments: None | str | Unset = UNSET
    buyer: Party | Unset = UNSET
    ship_to: ShipToParty | Unset = UNSET
    bill_to: Party | Unset = UNSET
    ship_from: Party | Unset = UNSET
    final_recipient: Party | Unset = UNSET
    technical_recipient: Party | Unset = UNSET
    technical_sender: Party | Unset = UNSET
    mode_of_transport: ModeOfTransport | Unset = UNSET
    inco_terms: IncoTerms | Unset = UNSET
    shipping_method: str | Unset = UNSET
    status: str | Unset = UNSET
    currency: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipping_notice_identifier = self.shipping_notice_identifier

        supplier = self.supplier.to_dict()

        order_identifier = self.order_identifier

        order_date: None | str | Unset
        if isinstance(self.order_date, Unset):
            order_date = UNSET
        else:
            order_date = self.order_date

        requested_despatch_date = self.requested_despatch_date

        dispatch_instruction_response_date = self.dispatch_instruction_response_date

        shipping_notice_date = self.shipping_notice_date

        requested_delivery_date = self.requested_delivery_date

        expected_delivery_date = self.expected_delivery_date

        carrier = self.carrier

        tracking_number = self.tracking_number

        tracking_url = self.tracking_url

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        buyer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.buyer, Unset):
            buyer = self.buyer.to_dict()

        ship_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to, Unset):
            ship_to = self.ship_to.to_dict()

        bill_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_to, Unset):
            bill_to = self.bill_to.to_dict()

        ship_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_from, Unset):
            ship_from = self.ship_from.to_dict()

        final_recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.final_recipient, Unset):
            final_recipient = self.final_recipient.to_dict()

        technical_recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technical_recipient, Unset):
            technical_recipient = self.technical_recipient.to_dict()

        technical_sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technical_sender, Unset):
            technical_sender = self.technical_sender.to_dict()

        mode_of_transport: str | Unset = UNSET
        if not isinstance(self.mode_of_transport, Unset):
            mode_of_transport = self.mode_of_transport.value

        inco_terms: str | Unset = UNSET
        if not isinstance(self.inco_terms, Unset):
            inco_terms = self.inco_terms.value

        shipping_method = self.shipping_method

        status = self.status

        currency = self.currency

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shippingNoticeIdentifier": shipping_notice_identifier,
                "supplier": supplier,
            }
        )
        if order_identifier is not UNSET:
            field_dict["orderIdentifier"] = order_identifier
        if order_date is not UNSET:
            field_dict["orderDate"] = order_date
        if requested_despatch_date is not UNSET:
            field_dict["requestedDespatchDate"] = requested_despatch_date
        if dispatch_instruction_response_date is not UNSET:
            field_dict["dispatchInstructionResponseDate"] = dispatch_instruction_response_date
        if shipping_notice_date is not UNSET:
            field_dict["shippingNoticeDate"] = shipping_notice_date
        if requested_delivery_date is not UNSET:
            field_dict["requestedDeliveryDate"] = requested_delivery_date
        if expected_delivery_date is not UNSET:
            field_dict["expectedDeliveryDate"] = expected_delivery_date
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number
        if tracking_url is not UNSET:
            field_dict["trackingUrl"] = tracking_url
        if comments is not UNSET:
            field_dict["comments"] = comments
        if buyer is not UNSET:
            field_dict["buyer"] = buyer
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if bill_to is not UNSET:
            field_dict["billTo"] = bill_to
        if ship_from is not UNSET:
            field_dict["shipFrom"] = ship_from
        if final_recipient is not UNSET:
            field_dict["finalRecipient"] = final_recipient
        if technical_recipient is not UNSET:
            field_dict["technicalRecipient"] = technical_recipient
        if technical_sender is not UNSET:
            field_dict["technicalSender"] = technical_sender
        if mode_of_transport is not UNSET:
            field_dict["modeOfTransport"] = mode_of_transport
        if inco_terms is not UNSET:
            field_dict["incoTerms"] = inco_terms
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
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
            _at = "shippingNoticeIdentifier"
            shipping_notice_identifier = d["shippingNoticeIdentifier"]

            _at = "supplier"
            supplier = Party.from_dict(d["supplier"])

            _at = "orderIdentifier"
            order_identifier = d.get("orderIdentifier", UNSET)

            _at = "orderDate"
            order_date = d.get("orderDate", UNSET)

            _at = "requestedDespatchDate"
            requested_despatch_date = d.get("requestedDespatchDate", UNSET)

            _at = "dispatchInstructionResponseDate"
            dispatch_instruction_response_date = d.get("dispatchInstructionResponseDate", UNSET)

            _at = "shippingNoticeDate"
            shipping_notice_date = d.get("shippingNoticeDate", UNSET)

            _at = "requestedDeliveryDate"
            requested_delivery_date = d.get("requestedDeliveryDate", UNSET)

            _at = "expectedDeliveryDate"
            expected_delivery_date = d.get("expectedDeliveryDate", UNSET)

            _at = "carrier"
            carrier = d.get("carrier", UNSET)

            _at = "trackingNumber"
            tracking_number = d.get("trackingNumber", UNSET)

            _at = "trackingUrl"
            tracking_url = d.get("trackingUrl", UNSET)

            _at = "comments"
            comments = d.get("comments", UNSET)

            _at = "buyer"
            _buyer = d.get("buyer", UNSET)
            buyer: Party | Unset
            if isinstance(_buyer, Unset):
                buyer = UNSET
            else:
                buyer = Party.from_dict(_buyer)

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

            _at = "shipFrom"
            _ship_from = d.get("shipFrom", UNSET)
            ship_from: Party | Unset
            if isinstance(_ship_from, Unset):
                ship_from = UNSET
            else:
                ship_from = Party.from_dict(_ship_from)

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

            _at = "modeOfTransport"
            _mode_of_transport = d.get("modeOfTransport", UNSET)
            mode_of_transport: ModeOfTransport | Unset
            if isinstance(_mode_of_transport, Unset):
                mode_of_transport = UNSET
            else:
                mode_of_transport = cast(
                    "ModeOfTransport", ModeOfTransport._value2member_map_.get(_mode_of_transport)
                ) or ModeOfTransport(_mode_of_transport)

            _at = "incoTerms"
            _inco_terms = d.get("incoTerms", UNSET)
            inco_terms: IncoTerms | Unset
            if isinstance(_inco_terms, Unset):
                inco_terms = UNSET
            else:
                inco_terms = cast("IncoTerms", IncoTerms._value2member_map_.get(_inco_terms)) or IncoTerms(_inco_terms)

            _at = "shippingMethod"
            shipping_method = d.get("shippingMethod", UNSET)

            _at = "status"
            status = d.get("status", UNSET)

            _at = "currency"
            currency = d.get("currency", UNSET)

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
        dispatch_instruction_response_header = cls(
            shipping_notice_identifier,
            supplier,
            order_identifier=order_identifier,
            order_date=order_date,
            requested_despatch_date=requested_despatch_date,
            dispatch_instruction_response_date=dispatch_instruction_response_date,
            shipping_notice_date=shipping_notice_date,
            requested_delivery_date=requested_delivery_date,
            expected_delivery_date=expected_delivery_date,
            carrier=carrier,
            tracking_number=tracking_number,
            tracking_url=tracking_url,
            comments=comments,
            buyer=buyer,
            ship_to=ship_to,
            bill_to=bill_to,
            ship_from=ship_from,
            final_recipient=final_recipient,
            technical_recipient=technical_recipient,
            technical_sender=technical_sender,
            mode_of_transport=mode_of_transport,
            inco_terms=inco_terms,
            shipping_method=shipping_method,
            status=status,
            currency=currency,
            version=version,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 2:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                dispatch_instruction_response_header.additional_properties = extra

        return dispatch_instruction_response_header

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
from ..models.ship_to_party import ShipToParty  # noqa: E402
