# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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


T = TypeVar("T", bound="ShowTransactionResponse")


@_attrs_define
class ShowTransactionResponse:
    """
    Attributes:
        data (CreditNoteTransaction | DispatchInstructionResponseTransaction | DispatchInstructionTransaction |
            InventoryReportTransaction | InvoiceTransaction | OrderResponseTransaction | OrderTransaction |
            ProductCatalogTransaction | ReceivalNoticeTransaction | RemittanceAdviceTransaction | SalesReportTransaction |
            ShippingNoticeTransaction | TransactionOfUnknownType): A transaction in either direction: `type` decides the
            schema of `content`; a type this spec does not list parses as TransactionOfUnknownType.
    """

    data: (
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
    )
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

        data: dict[str, Any]
        if isinstance(self.data, OrderTransaction):
            data = self.data.to_dict()
        elif isinstance(self.data, OrderResponseTransaction):
            data = self.data.to_dict()
        elif isinstance(self.data, ShippingNoticeTransaction):
            data = self.data.to_dict()
        elif isinstance(self.data, InvoiceTransaction):
            data = self.data.to_dict()
        elif isinstance(self.data, CreditNoteTransaction):
            data = self.data.to_dict()
        elif isinstance(self.data, DispatchInstructionTransaction):
            data = self.data.to_dict()
        elif isinstance(self.data, DispatchInstructionResponseTransaction):
            data = self.data.to_dict()
        elif isinstance(self.data, ReceivalNoticeTransaction):
            data = self.data.to_dict()
        elif isinstance(self.data, RemittanceAdviceTransaction):
            data = self.data.to_dict()
        elif isinstance(self.data, ProductCatalogTransaction):
            data = self.data.to_dict()
        elif isinstance(self.data, InventoryReportTransaction):
            data = self.data.to_dict()
        elif isinstance(self.data, SalesReportTransaction):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
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
            _at = "data"

            def _parse_data(
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

            data = _parse_data(d.pop("data"))

        except _ResponseParseError as exc:
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        show_transaction_response = cls(
            data=data,
        )

        show_transaction_response.additional_properties = d
        return show_transaction_response

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
