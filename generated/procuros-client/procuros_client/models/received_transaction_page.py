# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

T = TypeVar("T", bound="ReceivedTransactionPage")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "items",
        "hasMore",
        "perPage",
        "count",
        "nextCursor",
        "nextPageUrl",
    }
)


def _parse_items_item(
    data: object,
) -> (
    ReceivedCreditNoteTransaction
    | ReceivedDispatchInstructionResponseTransaction
    | ReceivedDispatchInstructionTransaction
    | ReceivedInventoryReportTransaction
    | ReceivedInvoiceTransaction
    | ReceivedOrderResponseTransaction
    | ReceivedOrderTransaction
    | ReceivedProductCatalogTransaction
    | ReceivedReceivalNoticeTransaction
    | ReceivedRemittanceAdviceTransaction
    | ReceivedSalesReportTransaction
    | ReceivedShippingNoticeTransaction
    | ReceivedTransactionOfUnknownType
):
    # The spec's discriminator names the member: parse that one only, so its error is the one reported.
    if isinstance(data, dict):
        kind = data.get("type")
        if kind == "CREDIT_NOTE":
            return ReceivedCreditNoteTransaction.from_dict(data)
        elif kind == "DISPATCH_INSTRUCTION":
            return ReceivedDispatchInstructionTransaction.from_dict(data)
        elif kind == "DISPATCH_INSTRUCTION_RESPONSE":
            return ReceivedDispatchInstructionResponseTransaction.from_dict(data)
        elif kind == "INVENTORY_REPORT":
            return ReceivedInventoryReportTransaction.from_dict(data)
        elif kind == "INVOICE":
            return ReceivedInvoiceTransaction.from_dict(data)
        elif kind == "ORDER":
            return ReceivedOrderTransaction.from_dict(data)
        elif kind == "ORDER_RESPONSE":
            return ReceivedOrderResponseTransaction.from_dict(data)
        elif kind == "PRODUCT_CATALOG":
            return ReceivedProductCatalogTransaction.from_dict(data)
        elif kind == "RECEIVAL_NOTICE":
            return ReceivedReceivalNoticeTransaction.from_dict(data)
        elif kind == "REMITTANCE_ADVICE":
            return ReceivedRemittanceAdviceTransaction.from_dict(data)
        elif kind == "SALES_REPORT":
            return ReceivedSalesReportTransaction.from_dict(data)
        elif kind == "SHIPPING_NOTICE":
            return ReceivedShippingNoticeTransaction.from_dict(data)
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_received_transaction_type_12 = ReceivedTransactionOfUnknownType.from_dict(data)

    return componentsschemas_received_transaction_type_12


@_attrs_define
class ReceivedTransactionPage:
    """One page of incoming transactions (cursor pagination).

    Attributes:
        items (list[ReceivedCreditNoteTransaction | ReceivedDispatchInstructionResponseTransaction |
            ReceivedDispatchInstructionTransaction | ReceivedInventoryReportTransaction | ReceivedInvoiceTransaction |
            ReceivedOrderResponseTransaction | ReceivedOrderTransaction | ReceivedProductCatalogTransaction |
            ReceivedReceivalNoticeTransaction | ReceivedRemittanceAdviceTransaction | ReceivedSalesReportTransaction |
            ReceivedShippingNoticeTransaction | ReceivedTransactionOfUnknownType]):
        has_more (bool): Whether or not more transactions can be fetched on the next page.
        per_page (int): Amount of transactions returned per page.
        count (int): Amount of transactions on the current page.
        next_cursor (None | str): Supplied to the `cursor` query parameter.
        next_page_url (None | str): Prebuilt URL to retrieve the next page of transactions.
    """

    items: list[
        ReceivedCreditNoteTransaction
        | ReceivedDispatchInstructionResponseTransaction
        | ReceivedDispatchInstructionTransaction
        | ReceivedInventoryReportTransaction
        | ReceivedInvoiceTransaction
        | ReceivedOrderResponseTransaction
        | ReceivedOrderTransaction
        | ReceivedProductCatalogTransaction
        | ReceivedReceivalNoticeTransaction
        | ReceivedRemittanceAdviceTransaction
        | ReceivedSalesReportTransaction
        | ReceivedShippingNoticeTransaction
        | ReceivedTransactionOfUnknownType
    ]
    has_more: bool
    per_page: int
    count: int
    next_cursor: None | str
    next_page_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, ReceivedOrderTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ReceivedOrderResponseTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ReceivedShippingNoticeTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ReceivedInvoiceTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ReceivedCreditNoteTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ReceivedDispatchInstructionTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ReceivedDispatchInstructionResponseTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ReceivedReceivalNoticeTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ReceivedRemittanceAdviceTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ReceivedProductCatalogTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ReceivedInventoryReportTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ReceivedSalesReportTransaction):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        has_more = self.has_more

        per_page = self.per_page

        count = self.count

        next_cursor: None | str
        next_cursor = self.next_cursor

        next_page_url: None | str
        next_page_url = self.next_page_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "hasMore": has_more,
                "perPage": per_page,
                "count": count,
                "nextCursor": next_cursor,
                "nextPageUrl": next_page_url,
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
            _at = "items"
            items = []
            _items = d["items"]
            for items_item_data in _items:
                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

            _at = "hasMore"
            has_more = d["hasMore"]

            _at = "perPage"
            per_page = d["perPage"]

            _at = "count"
            count = d["count"]

            _at = "nextCursor"
            next_cursor = d["nextCursor"]

            _at = "nextPageUrl"
            next_page_url = d["nextPageUrl"]

        except _ResponseParseError as exc:
            if _at == "items" and isinstance(items, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(items)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        received_transaction_page = cls(
            items,
            has_more,
            per_page,
            count,
            next_cursor,
            next_page_url,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 6:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                received_transaction_page.additional_properties = extra

        return received_transaction_page

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
from ..models.received_credit_note_transaction import ReceivedCreditNoteTransaction  # noqa: E402
from ..models.received_dispatch_instruction_response_transaction import (
    ReceivedDispatchInstructionResponseTransaction,  # noqa: E402
)
from ..models.received_dispatch_instruction_transaction import ReceivedDispatchInstructionTransaction  # noqa: E402
from ..models.received_inventory_report_transaction import ReceivedInventoryReportTransaction  # noqa: E402
from ..models.received_invoice_transaction import ReceivedInvoiceTransaction  # noqa: E402
from ..models.received_order_response_transaction import ReceivedOrderResponseTransaction  # noqa: E402
from ..models.received_order_transaction import ReceivedOrderTransaction  # noqa: E402
from ..models.received_product_catalog_transaction import ReceivedProductCatalogTransaction  # noqa: E402
from ..models.received_receival_notice_transaction import ReceivedReceivalNoticeTransaction  # noqa: E402
from ..models.received_remittance_advice_transaction import ReceivedRemittanceAdviceTransaction  # noqa: E402
from ..models.received_sales_report_transaction import ReceivedSalesReportTransaction  # noqa: E402
from ..models.received_shipping_notice_transaction import ReceivedShippingNoticeTransaction  # noqa: E402
from ..models.received_transaction_of_unknown_type import ReceivedTransactionOfUnknownType  # noqa: E402
