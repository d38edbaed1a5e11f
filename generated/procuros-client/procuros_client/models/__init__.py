# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
"""Contains all the data models used in inputs/outputs"""

from .additional_order_identifiers import AdditionalOrderIdentifiers
from .attachment import Attachment
from .batch import Batch
from .bulk_mark_transaction_processed_item import BulkMarkTransactionProcessedItem
from .bulk_mark_transactions_processed_request import BulkMarkTransactionsProcessedRequest
from .bulk_transaction_processed_result import BulkTransactionProcessedResult
from .bulk_transactions_processed_response import BulkTransactionsProcessedResponse
from .certifications import Certifications
from .certifications_eudr import CertificationsEudr
from .certifications_required import CertificationsRequired
from .client_error_response import ClientErrorResponse
from .contact import Contact
from .credit_note import CreditNote
from .credit_note_header import CreditNoteHeader
from .credit_note_header_type import CreditNoteHeaderType
from .credit_note_item import CreditNoteItem
from .credit_note_item_with_sub_items import CreditNoteItemWithSubItems
from .credit_note_item_with_sub_sub_items import CreditNoteItemWithSubSubItems
from .credit_note_summary import CreditNoteSummary
from .credit_note_summary_tax import CreditNoteSummaryTax
from .credit_note_transaction import CreditNoteTransaction
from .dispatch_instruction import DispatchInstruction
from .dispatch_instruction_header import DispatchInstructionHeader
from .dispatch_instruction_item import DispatchInstructionItem
from .dispatch_instruction_item_open_quantity_action import DispatchInstructionItemOpenQuantityAction
from .dispatch_instruction_item_with_sub_items import DispatchInstructionItemWithSubItems
from .dispatch_instruction_item_with_sub_sub_items import DispatchInstructionItemWithSubSubItems
from .dispatch_instruction_response import DispatchInstructionResponse
from .dispatch_instruction_response_header import DispatchInstructionResponseHeader
from .dispatch_instruction_response_item import DispatchInstructionResponseItem
from .dispatch_instruction_response_item_open_quantity_action import DispatchInstructionResponseItemOpenQuantityAction
from .dispatch_instruction_response_transaction import DispatchInstructionResponseTransaction
from .dispatch_instruction_response_transport_units import DispatchInstructionResponseTransportUnits
from .dispatch_instruction_response_transport_units_unit_type import DispatchInstructionResponseTransportUnitsUnitType
from .dispatch_instruction_transaction import DispatchInstructionTransaction
from .error_context import ErrorContext
from .error_type import ErrorType
from .financial_institution import FinancialInstitution
from .general_validation_error_response import GeneralValidationErrorResponse
from .inco_terms import IncoTerms
from .internal_error_response import InternalErrorResponse
from .inventory_report import InventoryReport
from .inventory_report_header import InventoryReportHeader
from .inventory_report_item import InventoryReportItem
from .inventory_report_item_batch import InventoryReportItemBatch
from .inventory_report_item_identity import InventoryReportItemIdentity
from .inventory_report_transaction import InventoryReportTransaction
from .invoice import Invoice
from .invoice_header import InvoiceHeader
from .invoice_item import InvoiceItem
from .invoice_item_with_sub_items import InvoiceItemWithSubItems
from .invoice_item_with_sub_sub_items import InvoiceItemWithSubSubItems
from .invoice_summary import InvoiceSummary
from .invoice_summary_tax import InvoiceSummaryTax
from .invoice_transaction import InvoiceTransaction
from .item_identifier import ItemIdentifier
from .item_identifier_domain import ItemIdentifierDomain
from .line_item_attachment import LineItemAttachment
from .line_item_attachment_type import LineItemAttachmentType
from .mark_task_processed_request import MarkTaskProcessedRequest
from .mark_transaction_processed_request import MarkTransactionProcessedRequest
from .mode_of_transport import ModeOfTransport
from .modification import Modification
from .modification_calculation_type import ModificationCalculationType
from .modification_group import ModificationGroup
from .modification_reason_code import ModificationReasonCode
from .modification_type import ModificationType
from .order import Order
from .order_header import OrderHeader
from .order_item import OrderItem
from .order_response import OrderResponse
from .order_response_header import OrderResponseHeader
from .order_response_header_type import OrderResponseHeaderType
from .order_response_item import OrderResponseItem
from .order_response_summary import OrderResponseSummary
from .order_response_summary_tax import OrderResponseSummaryTax
from .order_response_transaction import OrderResponseTransaction
from .order_summary import OrderSummary
from .order_summary_tax import OrderSummaryTax
from .order_transaction import OrderTransaction
from .party import Party
from .party_identifier import PartyIdentifier
from .party_identifier_domain import PartyIdentifierDomain
from .payment_term import PaymentTerm
from .postal_address import PostalAddress
from .product_catalog import ProductCatalog
from .product_catalog_header import ProductCatalogHeader
from .product_catalog_identity import ProductCatalogIdentity
from .product_catalog_item import ProductCatalogItem
from .product_catalog_item_action import ProductCatalogItemAction
from .product_catalog_item_additive import ProductCatalogItemAdditive
from .product_catalog_item_additive_identifiers import ProductCatalogItemAdditiveIdentifiers
from .product_catalog_item_allergen import ProductCatalogItemAllergen
from .product_catalog_item_allergen_identifiers import ProductCatalogItemAllergenIdentifiers
from .product_catalog_item_allergen_presence import ProductCatalogItemAllergenPresence
from .product_catalog_item_nutritional_information import ProductCatalogItemNutritionalInformation
from .product_catalog_item_nutritional_information_carbohydrates import (
    ProductCatalogItemNutritionalInformationCarbohydrates,
)
from .product_catalog_item_nutritional_information_energy import ProductCatalogItemNutritionalInformationEnergy
from .product_catalog_item_nutritional_information_fats import ProductCatalogItemNutritionalInformationFats
from .product_catalog_item_nutritional_information_fiber import ProductCatalogItemNutritionalInformationFiber
from .product_catalog_item_nutritional_information_minerals import ProductCatalogItemNutritionalInformationMinerals
from .product_catalog_item_nutritional_information_other_compounds import (
    ProductCatalogItemNutritionalInformationOtherCompounds,
)
from .product_catalog_item_nutritional_information_proteins import ProductCatalogItemNutritionalInformationProteins
from .product_catalog_item_nutritional_information_proteins_amino_acids import (
    ProductCatalogItemNutritionalInformationProteinsAminoAcids,
)
from .product_catalog_item_nutritional_information_special_dietary_info import (
    ProductCatalogItemNutritionalInformationSpecialDietaryInfo,
)
from .product_catalog_item_nutritional_information_vitamins import ProductCatalogItemNutritionalInformationVitamins
from .product_catalog_item_packaging_unit import ProductCatalogItemPackagingUnit
from .product_catalog_item_with_sub_items import ProductCatalogItemWithSubItems
from .product_catalog_item_with_sub_sub_items import ProductCatalogItemWithSubSubItems
from .product_catalog_transaction import ProductCatalogTransaction
from .receival_notice import ReceivalNotice
from .receival_notice_header import ReceivalNoticeHeader
from .receival_notice_item import ReceivalNoticeItem
from .receival_notice_item_open_quantity_action import ReceivalNoticeItemOpenQuantityAction
from .receival_notice_transaction import ReceivalNoticeTransaction
from .receival_notice_transport_units import ReceivalNoticeTransportUnits
from .receival_notice_transport_units_unit_type import ReceivalNoticeTransportUnitsUnitType
from .received_credit_note_transaction import ReceivedCreditNoteTransaction
from .received_dispatch_instruction_response_transaction import ReceivedDispatchInstructionResponseTransaction
from .received_dispatch_instruction_transaction import ReceivedDispatchInstructionTransaction
from .received_inventory_report_transaction import ReceivedInventoryReportTransaction
from .received_invoice_transaction import ReceivedInvoiceTransaction
from .received_order_response_transaction import ReceivedOrderResponseTransaction
from .received_order_transaction import ReceivedOrderTransaction
from .received_product_catalog_transaction import ReceivedProductCatalogTransaction
from .received_receival_notice_transaction import ReceivedReceivalNoticeTransaction
from .received_remittance_advice_transaction import ReceivedRemittanceAdviceTransaction
from .received_sales_report_transaction import ReceivedSalesReportTransaction
from .received_shipping_notice_transaction import ReceivedShippingNoticeTransaction
from .received_transaction_of_unknown_type import ReceivedTransactionOfUnknownType
from .received_transaction_of_unknown_type_content import ReceivedTransactionOfUnknownTypeContent
from .received_transaction_page import ReceivedTransactionPage
from .remittance_advice import RemittanceAdvice
from .remittance_advice_header import RemittanceAdviceHeader
from .remittance_advice_item import RemittanceAdviceItem
from .remittance_advice_item_correction import RemittanceAdviceItemCorrection
from .remittance_advice_summary import RemittanceAdviceSummary
from .remittance_advice_transaction import RemittanceAdviceTransaction
from .report_outgoing_error_request import ReportOutgoingErrorRequest
from .report_outgoing_error_response import ReportOutgoingErrorResponse
from .sales_report import SalesReport
from .sales_report_header import SalesReportHeader
from .sales_report_location import SalesReportLocation
from .sales_report_location_item import SalesReportLocationItem
from .sales_report_transaction import SalesReportTransaction
from .sent_credit_note_transaction import SentCreditNoteTransaction
from .sent_dispatch_instruction_response_transaction import SentDispatchInstructionResponseTransaction
from .sent_dispatch_instruction_transaction import SentDispatchInstructionTransaction
from .sent_inventory_report_transaction import SentInventoryReportTransaction
from .sent_invoice_transaction import SentInvoiceTransaction
from .sent_order_response_transaction import SentOrderResponseTransaction
from .sent_order_transaction import SentOrderTransaction
from .sent_product_catalog_transaction import SentProductCatalogTransaction
from .sent_receival_notice_transaction import SentReceivalNoticeTransaction
from .sent_remittance_advice_transaction import SentRemittanceAdviceTransaction
from .sent_sales_report_transaction import SentSalesReportTransaction
from .sent_shipping_notice_transaction import SentShippingNoticeTransaction
from .ship_to_party import ShipToParty
from .shipping_notice import ShippingNotice
from .shipping_notice_header import ShippingNoticeHeader
from .shipping_notice_item import ShippingNoticeItem
from .shipping_notice_item_gender import ShippingNoticeItemGender
from .shipping_notice_item_open_quantity_action import ShippingNoticeItemOpenQuantityAction
from .shipping_notice_item_with_sub_items import ShippingNoticeItemWithSubItems
from .shipping_notice_item_with_sub_sub_items import ShippingNoticeItemWithSubSubItems
from .shipping_notice_party import ShippingNoticeParty
from .shipping_notice_party_identifier import ShippingNoticePartyIdentifier
from .shipping_notice_party_identifier_domain import ShippingNoticePartyIdentifierDomain
from .shipping_notice_transaction import ShippingNoticeTransaction
from .shipping_notice_transport_unit import ShippingNoticeTransportUnit
from .shipping_notice_transport_unit_unit_type import ShippingNoticeTransportUnitUnitType
from .shipping_notice_transport_unit_with_sub_transport_units import ShippingNoticeTransportUnitWithSubTransportUnits
from .show_transaction_response import ShowTransactionResponse
from .summary_tax_item import SummaryTaxItem
from .sync_enabled_trade_partners_payload import SyncEnabledTradePartnersPayload
from .task import Task
from .task_page import TaskPage
from .task_processed_response import TaskProcessedResponse
from .task_type import TaskType
from .tax import Tax
from .trade_partner import TradePartner
from .trade_partner_additional_parties import TradePartnerAdditionalParties
from .transaction_accepted_response import TransactionAcceptedResponse
from .transaction_created_response import TransactionCreatedResponse
from .transaction_flow import TransactionFlow
from .transaction_of_unknown_type import TransactionOfUnknownType
from .transaction_of_unknown_type_content import TransactionOfUnknownTypeContent
from .transaction_page import TransactionPage
from .transaction_processed_response import TransactionProcessedResponse
from .transaction_processed_result import TransactionProcessedResult
from .transaction_status import TransactionStatus
from .transaction_type import TransactionType
from .transaction_validation_error_response import TransactionValidationErrorResponse
from .transport_unit_carrier import TransportUnitCarrier
from .unit_of_measure import UnitOfMeasure
from .validation_error import ValidationError

__all__ = (
    "AdditionalOrderIdentifiers",
    "Attachment",
    "Batch",
    "BulkMarkTransactionProcessedItem",
    "BulkMarkTransactionsProcessedRequest",
    "BulkTransactionProcessedResult",
    "BulkTransactionsProcessedResponse",
    "Certifications",
    "CertificationsEudr",
    "CertificationsRequired",
    "ClientErrorResponse",
    "Contact",
    "CreditNote",
    "CreditNoteHeader",
    "CreditNoteHeaderType",
    "CreditNoteItem",
    "CreditNoteItemWithSubItems",
    "CreditNoteItemWithSubSubItems",
    "CreditNoteSummary",
    "CreditNoteSummaryTax",
    "CreditNoteTransaction",
    "DispatchInstruction",
    "DispatchInstructionHeader",
    "DispatchInstructionItem",
    "DispatchInstructionItemOpenQuantityAction",
    "DispatchInstructionItemWithSubItems",
    "DispatchInstructionItemWithSubSubItems",
    "DispatchInstructionResponse",
    "DispatchInstructionResponseHeader",
    "DispatchInstructionResponseItem",
    "DispatchInstructionResponseItemOpenQuantityAction",
    "DispatchInstructionResponseTransaction",
    "DispatchInstructionResponseTransportUnits",
    "DispatchInstructionResponseTransportUnitsUnitType",
    "DispatchInstructionTransaction",
    "ErrorContext",
    "ErrorType",
    "FinancialInstitution",
    "GeneralValidationErrorResponse",
    "IncoTerms",
    "InternalErrorResponse",
    "InventoryReport",
    "InventoryReportHeader",
    "InventoryReportItem",
    "InventoryReportItemBatch",
    "InventoryReportItemIdentity",
    "InventoryReportTransaction",
    "Invoice",
    "InvoiceHeader",
    "InvoiceItem",
    "InvoiceItemWithSubItems",
    "InvoiceItemWithSubSubItems",
    "InvoiceSummary",
    "InvoiceSummaryTax",
    "InvoiceTransaction",
    "ItemIdentifier",
    "ItemIdentifierDomain",
    "LineItemAttachment",
    "LineItemAttachmentType",
    "MarkTaskProcessedRequest",
    "MarkTransactionProcessedRequest",
    "ModeOfTransport",
    "Modification",
    "ModificationCalculationType",
    "ModificationGroup",
    "ModificationReasonCode",
    "ModificationType",
    "Order",
    "OrderHeader",
    "OrderItem",
    "OrderResponse",
    "OrderResponseHeader",
    "OrderResponseHeaderType",
    "OrderResponseItem",
    "OrderResponseSummary",
    "OrderResponseSummaryTax",
    "OrderResponseTransaction",
    "OrderSummary",
    "OrderSummaryTax",
    "OrderTransaction",
    "Party",
    "PartyIdentifier",
    "PartyIdentifierDomain",
    "PaymentTerm",
    "PostalAddress",
    "ProductCatalog",
    "ProductCatalogHeader",
    "ProductCatalogIdentity",
    "ProductCatalogItem",
    "ProductCatalogItemAction",
    "ProductCatalogItemAdditive",
    "ProductCatalogItemAdditiveIdentifiers",
    "ProductCatalogItemAllergen",
    "ProductCatalogItemAllergenIdentifiers",
    "ProductCatalogItemAllergenPresence",
    "ProductCatalogItemNutritionalInformation",
    "ProductCatalogItemNutritionalInformationCarbohydrates",
    "ProductCatalogItemNutritionalInformationEnergy",
    "ProductCatalogItemNutritionalInformationFats",
    "ProductCatalogItemNutritionalInformationFiber",
    "ProductCatalogItemNutritionalInformationMinerals",
    "ProductCatalogItemNutritionalInformationOtherCompounds",
    "ProductCatalogItemNutritionalInformationProteins",
    "ProductCatalogItemNutritionalInformationProteinsAminoAcids",
    "ProductCatalogItemNutritionalInformationSpecialDietaryInfo",
    "ProductCatalogItemNutritionalInformationVitamins",
    "ProductCatalogItemPackagingUnit",
    "ProductCatalogItemWithSubItems",
    "ProductCatalogItemWithSubSubItems",
    "ProductCatalogTransaction",
    "ReceivalNotice",
    "ReceivalNoticeHeader",
    "ReceivalNoticeItem",
    "ReceivalNoticeItemOpenQuantityAction",
    "ReceivalNoticeTransaction",
    "ReceivalNoticeTransportUnits",
    "ReceivalNoticeTransportUnitsUnitType",
    "ReceivedCreditNoteTransaction",
    "ReceivedDispatchInstructionResponseTransaction",
    "ReceivedDispatchInstructionTransaction",
    "ReceivedInventoryReportTransaction",
    "ReceivedInvoiceTransaction",
    "ReceivedOrderResponseTransaction",
    "ReceivedOrderTransaction",
    "ReceivedProductCatalogTransaction",
    "ReceivedReceivalNoticeTransaction",
    "ReceivedRemittanceAdviceTransaction",
    "ReceivedSalesReportTransaction",
    "ReceivedShippingNoticeTransaction",
    "ReceivedTransactionOfUnknownType",
    "ReceivedTransactionOfUnknownTypeContent",
    "ReceivedTransactionPage",
    "RemittanceAdvice",
    "RemittanceAdviceHeader",
    "RemittanceAdviceItem",
    "RemittanceAdviceItemCorrection",
    "RemittanceAdviceSummary",
    "RemittanceAdviceTransaction",
    "ReportOutgoingErrorRequest",
    "ReportOutgoingErrorResponse",
    "SalesReport",
    "SalesReportHeader",
    "SalesReportLocation",
    "SalesReportLocationItem",
    "SalesReportTransaction",
    "SentCreditNoteTransaction",
    "SentDispatchInstructionResponseTransaction",
    "SentDispatchInstructionTransaction",
    "SentInventoryReportTransaction",
    "SentInvoiceTransaction",
    "SentOrderResponseTransaction",
    "SentOrderTransaction",
    "SentProductCatalogTransaction",
    "SentReceivalNoticeTransaction",
    "SentRemittanceAdviceTransaction",
    "SentSalesReportTransaction",
    "SentShippingNoticeTransaction",
    "ShippingNotice",
    "ShippingNoticeHeader",
    "ShippingNoticeItem",
    "ShippingNoticeItemGender",
    "ShippingNoticeItemOpenQuantityAction",
    "ShippingNoticeItemWithSubItems",
    "ShippingNoticeItemWithSubSubItems",
    "ShippingNoticeParty",
    "ShippingNoticePartyIdentifier",
    "ShippingNoticePartyIdentifierDomain",
    "ShippingNoticeTransaction",
    "ShippingNoticeTransportUnit",
    "ShippingNoticeTransportUnitUnitType",
    "ShippingNoticeTransportUnitWithSubTransportUnits",
    "ShipToParty",
    "ShowTransactionResponse",
    "SummaryTaxItem",
    "SyncEnabledTradePartnersPayload",
    "Task",
    "TaskPage",
    "TaskProcessedResponse",
    "TaskType",
    "Tax",
    "TradePartner",
    "TradePartnerAdditionalParties",
    "TransactionAcceptedResponse",
    "TransactionCreatedResponse",
    "TransactionFlow",
    "TransactionOfUnknownType",
    "TransactionOfUnknownTypeContent",
    "TransactionPage",
    "TransactionProcessedResponse",
    "TransactionProcessedResult",
    "TransactionStatus",
    "TransactionType",
    "TransactionValidationErrorResponse",
    "TransportUnitCarrier",
    "UnitOfMeasure",
    "ValidationError",
)
