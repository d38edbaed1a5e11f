# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

if TYPE_CHECKING:
    from ..models.received_credit_note_transaction import ReceivedCreditNoteTransaction
    from ..models.received_dispatch_instruction_response_transaction import (
        ReceivedDispatchInstructionResponseTransaction,
    )
    from ..models.received_dispatch_instruction_transaction import ReceivedDispatchInstructionTransaction
    from ..models.received_inventory_report_transaction import ReceivedInventoryReportTransaction
    from ..models.received_invoice_transaction import ReceivedInvoiceTransaction
    from ..models.received_order_response_transaction import ReceivedOrderResponseTransaction
    from ..models.received_order_transaction import ReceivedOrderTransaction
    from ..models.received_product_catalog_transaction import ReceivedProductCatalogTransaction
    from ..models.received_receival_notice_transaction import ReceivedReceivalNoticeTransaction
    from ..models.received_remittance_advice_transaction import ReceivedRemittanceAdviceTransaction
    from ..models.received_sales_report_transaction import ReceivedSalesReportTransaction
    from ..models.received_shipping_notice_transaction import ReceivedShippingNoticeTransaction
    from ..models.received_transaction_of_unknown_type import ReceivedTransactionOfUnknownType


T = TypeVar("T", bound="ReceivedTransactionPage")


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
        from ..models.received_credit_note_transaction import ReceivedCreditNoteTransaction  # noqa: PLC0415
        from ..models.received_dispatch_instruction_response_transaction import (
            ReceivedDispatchInstructionResponseTransaction,  # noqa: PLC0415
        )
        from ..models.received_dispatch_instruction_transaction import (
            ReceivedDispatchInstructionTransaction,  # noqa: PLC0415
        )
        from ..models.received_inventory_report_transaction import ReceivedInventoryReportTransaction  # noqa: PLC0415
        from ..models.received_invoice_transaction import ReceivedInvoiceTransaction  # noqa: PLC0415
        from ..models.received_order_response_transaction import ReceivedOrderResponseTransaction  # noqa: PLC0415
        from ..models.received_order_transaction import ReceivedOrderTransaction  # noqa: PLC0415
        from ..models.received_product_catalog_transaction import ReceivedProductCatalogTransaction  # noqa: PLC0415
        from ..models.received_receival_notice_transaction import ReceivedReceivalNoticeTransaction  # noqa: PLC0415
        from ..models.received_remittance_advice_transaction import ReceivedRemittanceAdviceTransaction  # noqa: PLC0415
        from ..models.received_sales_report_transaction import ReceivedSalesReportTransaction  # noqa: PLC0415
        from ..models.received_shipping_notice_transaction import ReceivedShippingNoticeTransaction  # noqa: PLC0415

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
        from ..models.received_credit_note_transaction import ReceivedCreditNoteTransaction  # noqa: PLC0415
        from ..models.received_dispatch_instruction_response_transaction import (
            ReceivedDispatchInstructionResponseTransaction,  # noqa: PLC0415
        )
        from ..models.received_dispatch_instruction_transaction import (
            ReceivedDispatchInstructionTransaction,  # noqa: PLC0415
        )
        from ..models.received_inventory_report_transaction import ReceivedInventoryReportTransaction  # noqa: PLC0415
        from ..models.received_invoice_transaction import ReceivedInvoiceTransaction  # noqa: PLC0415
        from ..models.received_order_response_transaction import ReceivedOrderResponseTransaction  # noqa: PLC0415
        from ..models.received_order_transaction import ReceivedOrderTransaction  # noqa: PLC0415
        from ..models.received_product_catalog_transaction import ReceivedProductCatalogTransaction  # noqa: PLC0415
        from ..models.received_receival_notice_transaction import ReceivedReceivalNoticeTransaction  # noqa: PLC0415
        from ..models.received_remittance_advice_transaction import ReceivedRemittanceAdviceTransaction  # noqa: PLC0415
        from ..models.received_sales_report_transaction import ReceivedSalesReportTransaction  # noqa: PLC0415
        from ..models.received_shipping_notice_transaction import ReceivedShippingNoticeTransaction  # noqa: PLC0415
        from ..models.received_transaction_of_unknown_type import ReceivedTransactionOfUnknownType  # noqa: PLC0415

        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            d = dict(src_dict)
            _at = "items"
            items = []
            _items = d.pop("items")
            for items_item_data in _items:

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
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_received_transaction_type_0 = ReceivedOrderTransaction.from_dict(data)

                        return componentsschemas_received_transaction_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_received_transaction_type_1 = ReceivedOrderResponseTransaction.from_dict(data)

                        return componentsschemas_received_transaction_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_received_transaction_type_2 = ReceivedShippingNoticeTransaction.from_dict(
                            data
                        )

                        return componentsschemas_received_transaction_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_received_transaction_type_3 = ReceivedInvoiceTransaction.from_dict(data)

                        return componentsschemas_received_transaction_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_received_transaction_type_4 = ReceivedCreditNoteTransaction.from_dict(data)

                        return componentsschemas_received_transaction_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_received_transaction_type_5 = (
                            ReceivedDispatchInstructionTransaction.from_dict(data)
                        )

                        return componentsschemas_received_transaction_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_received_transaction_type_6 = (
                            ReceivedDispatchInstructionResponseTransaction.from_dict(data)
                        )

                        return componentsschemas_received_transaction_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_received_transaction_type_7 = ReceivedReceivalNoticeTransaction.from_dict(
                            data
                        )

                        return componentsschemas_received_transaction_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_received_transaction_type_8 = ReceivedRemittanceAdviceTransaction.from_dict(
                            data
                        )

                        return componentsschemas_received_transaction_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_received_transaction_type_9 = ReceivedProductCatalogTransaction.from_dict(
                            data
                        )

                        return componentsschemas_received_transaction_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_received_transaction_type_10 = ReceivedInventoryReportTransaction.from_dict(
                            data
                        )

                        return componentsschemas_received_transaction_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_received_transaction_type_11 = ReceivedSalesReportTransaction.from_dict(data)

                        return componentsschemas_received_transaction_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_received_transaction_type_12 = ReceivedTransactionOfUnknownType.from_dict(data)

                    return componentsschemas_received_transaction_type_12

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

            _at = "hasMore"
            has_more = d.pop("hasMore")

            _at = "perPage"
            per_page = d.pop("perPage")

            _at = "count"
            count = d.pop("count")

            _at = "nextCursor"

            def _parse_next_cursor(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            next_cursor = _parse_next_cursor(d.pop("nextCursor"))

            _at = "nextPageUrl"

            def _parse_next_page_url(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            next_page_url = _parse_next_page_url(d.pop("nextPageUrl"))

        except _ResponseParseError as exc:
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        received_transaction_page = cls(
            items=items,
            has_more=has_more,
            per_page=per_page,
            count=count,
            next_cursor=next_cursor,
            next_page_url=next_page_url,
        )

        received_transaction_page.additional_properties = d
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
