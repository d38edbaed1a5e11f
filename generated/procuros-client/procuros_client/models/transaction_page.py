# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

if TYPE_CHECKING:
    from ..models.credit_note_transaction import CreditNoteTransaction
    from ..models.dispatch_instruction_response_transaction import DispatchInstructionResponseTransaction
    from ..models.dispatch_instruction_transaction import DispatchInstructionTransaction
    from ..models.inventory_report_transaction import InventoryReportTransaction
    from ..models.invoice_transaction import InvoiceTransaction
    from ..models.order_response_transaction import OrderResponseTransaction
    from ..models.order_transaction import OrderTransaction
    from ..models.product_catalog_transaction import ProductCatalogTransaction
    from ..models.receival_notice_transaction import ReceivalNoticeTransaction
    from ..models.remittance_advice_transaction import RemittanceAdviceTransaction
    from ..models.sales_report_transaction import SalesReportTransaction
    from ..models.shipping_notice_transaction import ShippingNoticeTransaction
    from ..models.transaction_of_unknown_type import TransactionOfUnknownType


T = TypeVar("T", bound="TransactionPage")


@_attrs_define
class TransactionPage:
    """One page of transactions in both directions (cursor pagination).

    Attributes:
        items (list[CreditNoteTransaction | DispatchInstructionResponseTransaction | DispatchInstructionTransaction |
            InventoryReportTransaction | InvoiceTransaction | OrderResponseTransaction | OrderTransaction |
            ProductCatalogTransaction | ReceivalNoticeTransaction | RemittanceAdviceTransaction | SalesReportTransaction |
            ShippingNoticeTransaction | TransactionOfUnknownType]):
        has_more (bool): Whether or not more transactions can be fetched on the next page.
        per_page (int): Amount of transactions returned per page.
        count (int): Amount of transactions on the current page.
        next_cursor (None | str): Supplied to the `cursor` query parameter.
        next_page_url (None | str): Prebuilt URL to retrieve the next page of transactions.
    """

    items: list[
        CreditNoteTransaction
        | DispatchInstructionResponseTransaction
        | DispatchInstructionTransaction
        | InventoryReportTransaction
        | InvoiceTransaction
        | OrderResponseTransaction
        | OrderTransaction
        | ProductCatalogTransaction
        | ReceivalNoticeTransaction
        | RemittanceAdviceTransaction
        | SalesReportTransaction
        | ShippingNoticeTransaction
        | TransactionOfUnknownType
    ]
    has_more: bool
    per_page: int
    count: int
    next_cursor: None | str
    next_page_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credit_note_transaction import CreditNoteTransaction  # noqa: PLC0415
        from ..models.dispatch_instruction_response_transaction import (
            DispatchInstructionResponseTransaction,  # noqa: PLC0415
        )
        from ..models.dispatch_instruction_transaction import DispatchInstructionTransaction  # noqa: PLC0415
        from ..models.inventory_report_transaction import InventoryReportTransaction  # noqa: PLC0415
        from ..models.invoice_transaction import InvoiceTransaction  # noqa: PLC0415
        from ..models.order_response_transaction import OrderResponseTransaction  # noqa: PLC0415
        from ..models.order_transaction import OrderTransaction  # noqa: PLC0415
        from ..models.product_catalog_transaction import ProductCatalogTransaction  # noqa: PLC0415
        from ..models.receival_notice_transaction import ReceivalNoticeTransaction  # noqa: PLC0415
        from ..models.remittance_advice_transaction import RemittanceAdviceTransaction  # noqa: PLC0415
        from ..models.sales_report_transaction import SalesReportTransaction  # noqa: PLC0415
        from ..models.shipping_notice_transaction import ShippingNoticeTransaction  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, OrderTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, OrderResponseTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ShippingNoticeTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, InvoiceTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, CreditNoteTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, DispatchInstructionTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, DispatchInstructionResponseTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ReceivalNoticeTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, RemittanceAdviceTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ProductCatalogTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, InventoryReportTransaction):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, SalesReportTransaction):
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
        from ..models.credit_note_transaction import CreditNoteTransaction  # noqa: PLC0415
        from ..models.dispatch_instruction_response_transaction import (
            DispatchInstructionResponseTransaction,  # noqa: PLC0415
        )
        from ..models.dispatch_instruction_transaction import DispatchInstructionTransaction  # noqa: PLC0415
        from ..models.inventory_report_transaction import InventoryReportTransaction  # noqa: PLC0415
        from ..models.invoice_transaction import InvoiceTransaction  # noqa: PLC0415
        from ..models.order_response_transaction import OrderResponseTransaction  # noqa: PLC0415
        from ..models.order_transaction import OrderTransaction  # noqa: PLC0415
        from ..models.product_catalog_transaction import ProductCatalogTransaction  # noqa: PLC0415
        from ..models.receival_notice_transaction import ReceivalNoticeTransaction  # noqa: PLC0415
        from ..models.remittance_advice_transaction import RemittanceAdviceTransaction  # noqa: PLC0415
        from ..models.sales_report_transaction import SalesReportTransaction  # noqa: PLC0415
        from ..models.shipping_notice_transaction import ShippingNoticeTransaction  # noqa: PLC0415
        from ..models.transaction_of_unknown_type import TransactionOfUnknownType  # noqa: PLC0415

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
                    CreditNoteTransaction
                    | DispatchInstructionResponseTransaction
                    | DispatchInstructionTransaction
                    | InventoryReportTransaction
                    | InvoiceTransaction
                    | OrderResponseTransaction
                    | OrderTransaction
                    | ProductCatalogTransaction
                    | ReceivalNoticeTransaction
                    | RemittanceAdviceTransaction
                    | SalesReportTransaction
                    | ShippingNoticeTransaction
                    | TransactionOfUnknownType
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transaction_type_0 = OrderTransaction.from_dict(data)

                        return componentsschemas_transaction_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transaction_type_1 = OrderResponseTransaction.from_dict(data)

                        return componentsschemas_transaction_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transaction_type_2 = ShippingNoticeTransaction.from_dict(data)

                        return componentsschemas_transaction_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transaction_type_3 = InvoiceTransaction.from_dict(data)

                        return componentsschemas_transaction_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transaction_type_4 = CreditNoteTransaction.from_dict(data)

                        return componentsschemas_transaction_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transaction_type_5 = DispatchInstructionTransaction.from_dict(data)

                        return componentsschemas_transaction_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transaction_type_6 = DispatchInstructionResponseTransaction.from_dict(data)

                        return componentsschemas_transaction_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transaction_type_7 = ReceivalNoticeTransaction.from_dict(data)

                        return componentsschemas_transaction_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transaction_type_8 = RemittanceAdviceTransaction.from_dict(data)

                        return componentsschemas_transaction_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transaction_type_9 = ProductCatalogTransaction.from_dict(data)

                        return componentsschemas_transaction_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transaction_type_10 = InventoryReportTransaction.from_dict(data)

                        return componentsschemas_transaction_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_transaction_type_11 = SalesReportTransaction.from_dict(data)

                        return componentsschemas_transaction_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_transaction_type_12 = TransactionOfUnknownType.from_dict(data)

                    return componentsschemas_transaction_type_12

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
        transaction_page = cls(
            items=items,
            has_more=has_more,
            per_page=per_page,
            count=count,
            next_cursor=next_cursor,
            next_page_url=next_page_url,
        )

        transaction_page.additional_properties = d
        return transaction_page

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
