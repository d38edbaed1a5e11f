# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

T = TypeVar("T", bound="ShowTransactionResponse")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "data",
    }
)


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
    # The spec's discriminator names the member: parse that one only, so its error is the one reported.
    if isinstance(data, dict):
        kind = data.get("type")
        if kind == "CREDIT_NOTE":
            return CreditNoteTransaction.from_dict(data)
        elif kind == "DISPATCH_INSTRUCTION":
            return DispatchInstructionTransaction.from_dict(data)
        elif kind == "DISPATCH_INSTRUCTION_RESPONSE":
            return DispatchInstructionResponseTransaction.from_dict(data)
        elif kind == "INVENTORY_REPORT":
            return InventoryReportTransaction.from_dict(data)
        elif kind == "INVOICE":
            return InvoiceTransaction.from_dict(data)
        elif kind == "ORDER":
            return OrderTransaction.from_dict(data)
        elif kind == "ORDER_RESPONSE":
            return OrderResponseTransaction.from_dict(data)
        elif kind == "PRODUCT_CATALOG":
            return ProductCatalogTransaction.from_dict(data)
        elif kind == "RECEIVAL_NOTICE":
            return ReceivalNoticeTransaction.from_dict(data)
        elif kind == "REMITTANCE_ADVICE":
            return RemittanceAdviceTransaction.from_dict(data)
        elif kind == "SALES_REPORT":
            return SalesReportTransaction.from_dict(data)
        elif kind == "SHIPPING_NOTICE":
            return ShippingNoticeTransaction.from_dict(data)
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_transaction_type_12 = TransactionOfUnknownType.from_dict(data)

    return componentsschemas_transaction_type_12


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
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "data"
            data = _parse_data(d["data"])

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
        show_transaction_response = cls(
            data,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 1:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                show_transaction_response.additional_properties = extra

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


# Imported after the class, once per process instead of once per call: models that refer to each other import
# each other's module while it is still loading, and by then the class they need already exists.
from ..models.credit_note_transaction import CreditNoteTransaction  # noqa: E402
from ..models.dispatch_instruction_response_transaction import DispatchInstructionResponseTransaction  # noqa: E402
from ..models.dispatch_instruction_transaction import DispatchInstructionTransaction  # noqa: E402
from ..models.inventory_report_transaction import InventoryReportTransaction  # noqa: E402
from ..models.invoice_transaction import InvoiceTransaction  # noqa: E402
from ..models.order_response_transaction import OrderResponseTransaction  # noqa: E402
from ..models.order_transaction import OrderTransaction  # noqa: E402
from ..models.product_catalog_transaction import ProductCatalogTransaction  # noqa: E402
from ..models.receival_notice_transaction import ReceivalNoticeTransaction  # noqa: E402
from ..models.remittance_advice_transaction import RemittanceAdviceTransaction  # noqa: E402
from ..models.sales_report_transaction import SalesReportTransaction  # noqa: E402
from ..models.shipping_notice_transaction import ShippingNoticeTransaction  # noqa: E402
from ..models.transaction_of_unknown_type import TransactionOfUnknownType  # noqa: E402
