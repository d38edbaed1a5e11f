# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivalNoticeHeader")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "receivalAdviceNumber",
        "receivalDate",
        "customer",
        "supplier",
        "deliveryNoteNumber",
        "customerOrderNumber",
        "shipTo",
        "deliveryNoteDate",
        "orderDate",
        "shipFrom",
        "billTo",
        "technicalRecipient",
        "technicalSender",
        "comments",
        "carrierId",
        "carrierDomain",
        "trackingNumber",
        "trackingUrl",
        "version",
    }
)


@_attrs_define
class ReceivalNoticeHeader:
    """The receival and delivery note numbers, dates, the order and the parties.

    Attributes:
        receival_advice_number (str):
        receival_date (str): A date, or an RFC 3339 date-time, inside a business document.
        customer (Party):
        supplier (Party):
        delivery_note_number (str | Unset):
        customer_order_number (str | Unset):
        ship_to (ShipToParty | Unset): A ship-to party whose identifiers may be omitted (an address is enough).
        delivery_note_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        order_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        ship_from (Party | Unset):
        bill_to (Party | Unset):
        technical_recipient (Party | Unset):
        technical_sender (Party | Unset):
        comments (str | Unset):
        carrier_id (str | Unset):
        carrier_domain (str | Unset):
        tracking_number (str | Unset):
        tracking_url (str | Unset):
        version (int | Unset):
    """

    receival_advice_number: str
    receival_date: str
    customer: Party
    supplier: Party
    delivery_note_number: str | Unset = UNSET
    customer_order_number: str | Unset = UNSET
    ship_to: ShipToParty | Unset = UNSET
    delivery_note_date: str | Unset = UNSET
    order_date: str | Unset = UNSET
    ship_from: Party | Unset = UNSET
    bill_to: Party | Unset = UNSET
    technical_recipient: Party | Unset = UNSET
    technical_sender: Party | Unset = UNSET
    comments: str | Unset = UNSET
    carrier_id: str | Unset = UNSET
    carrier_domain: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
    tracking_url: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receival_advice_number = self.receival_advice_number

        receival_date = self.receival_date

        customer = self.customer.to_dict()

        supplier = self.supplier.to_dict()

        delivery_note_number = self.delivery_note_number

        customer_order_number = self.customer_order_number

        ship_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_to, Unset):
            ship_to = self.ship_to.to_dict()

        delivery_note_date = self.delivery_note_date

        order_date = self.order_date

        ship_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ship_from, Unset):
            ship_from = self.ship_from.to_dict()

        bill_to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bill_to, Unset):
            bill_to = self.bill_to.to_dict()

        technical_recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technical_recipient, Unset):
            technical_recipient = self.technical_recipient.to_dict()

        technical_sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technical_sender, Unset):
            technical_sender = self.technical_sender.to_dict()

        comments = self.comments

        carrier_id = self.carrier_id

        carrier_domain = self.carrier_domain

        tracking_number = self.tracking_number

        tracking_url = self.tracking_url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "receivalAdviceNumber": receival_advice_number,
                "receivalDate": receival_date,
                "customer": customer,
                "supplier": supplier,
            }
        )
        if delivery_note_number is not UNSET:
            field_dict["deliveryNoteNumber"] = delivery_note_number
        if customer_order_number is not UNSET:
            field_dict["customerOrderNumber"] = customer_order_number
        if ship_to is not UNSET:
            field_dict["shipTo"] = ship_to
        if delivery_note_date is not UNSET:
            field_dict["deliveryNoteDate"] = delivery_note_date
        if order_date is not UNSET:
            field_dict["orderDate"] = order_date
        if ship_from is not UNSET:
            field_dict["shipFrom"] = ship_from
        if bill_to is not UNSET:
            field_dict["billTo"] = bill_to
        if technical_recipient is not UNSET:
            field_dict["technicalRecipient"] = technical_recipient
        if technical_sender is not UNSET:
            field_dict["technicalSender"] = technical_sender
        if comments is not UNSET:
            field_dict["comments"] = comments
        if carrier_id is not UNSET:
            field_dict["carrierId"] = carrier_id
        if carrier_domain is not UNSET:
            field_dict["carrierDomain"] = carrier_domain
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number
        if tracking_url is not UNSET:
            field_dict["trackingUrl"] = tracking_url
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
            _at = "receivalAdviceNumber"
            receival_advice_number = d["receivalAdviceNumber"]

            _at = "receivalDate"
            receival_date = d["receivalDate"]

            _at = "customer"
            customer = Party.from_dict(d["customer"])

            _at = "supplier"
            supplier = Party.from_dict(d["supplier"])

            _at = "deliveryNoteNumber"
            delivery_note_number = d.get("deliveryNoteNumber", UNSET)

            _at = "customerOrderNumber"
            customer_order_number = d.get("customerOrderNumber", UNSET)

            _at = "shipTo"
            _ship_to = d.get("shipTo", UNSET)
            ship_to: ShipToParty | Unset
            if isinstance(_ship_to, Unset):
                ship_to = UNSET
            else:
                ship_to = ShipToParty.from_dict(_ship_to)

            _at = "deliveryNoteDate"
            delivery_note_date = d.get("deliveryNoteDate", UNSET)

            _at = "orderDate"
            order_date = d.get("orderDate", UNSET)

            _at = "shipFrom"
            _ship_from = d.get("shipFrom", UNSET)
            ship_from: Party | Unset
            if isinstance(_ship_from, Unset):
                ship_from = UNSET
            else:
                ship_from = Party.from_dict(_ship_from)

            _at = "billTo"
            _bill_to = d.get("billTo", UNSET)
            bill_to: Party | Unset
            if isinstance(_bill_to, Unset):
                bill_to = UNSET
            else:
                bill_to = Party.from_dict(_bill_to)

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

            _at = "comments"
            comments = d.get("comments", UNSET)

            _at = "carrierId"
            carrier_id = d.get("carrierId", UNSET)

            _at = "carrierDomain"
            carrier_domain = d.get("carrierDomain", UNSET)

            _at = "trackingNumber"
            tracking_number = d.get("trackingNumber", UNSET)

            _at = "trackingUrl"
            tracking_url = d.get("trackingUrl", UNSET)

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
        receival_notice_header = cls(
            receival_advice_number,
            receival_date,
            customer,
            supplier,
            delivery_note_number=delivery_note_number,
            customer_order_number=customer_order_number,
            ship_to=ship_to,
            delivery_note_date=delivery_note_date,
            order_date=order_date,
            ship_from=ship_from,
            bill_to=bill_to,
            technical_recipient=technical_recipient,
            technical_sender=technical_sender,
            comments=comments,
            carrier_id=carrier_id,
            carrier_domain=carrier_domain,
            tracking_number=tracking_number,
            tracking_url=tracking_url,
            version=version,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 4:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                receival_notice_header.additional_properties = extra

        return receival_notice_header

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
