# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
"""Contains all the data models used in inputs/outputs"""

from .bulk_mark_transaction_processed_item import BulkMarkTransactionProcessedItem
from .bulk_mark_transactions_processed_request import BulkMarkTransactionsProcessedRequest
from .bulk_transaction_processed_result import BulkTransactionProcessedResult
from .bulk_transactions_processed_response import BulkTransactionsProcessedResponse
from .client_error_response import ClientErrorResponse
from .contact import Contact
from .error_context import ErrorContext
from .error_type import ErrorType
from .financial_institution import FinancialInstitution
from .general_validation_error_response import GeneralValidationErrorResponse
from .internal_error_response import InternalErrorResponse
from .mark_task_processed_request import MarkTaskProcessedRequest
from .mark_transaction_processed_request import MarkTransactionProcessedRequest
from .party import Party
from .party_identifier import PartyIdentifier
from .party_identifier_domain import PartyIdentifierDomain
from .postal_address import PostalAddress
from .received_transaction import ReceivedTransaction
from .received_transaction_content import ReceivedTransactionContent
from .received_transaction_page import ReceivedTransactionPage
from .report_outgoing_error_request import ReportOutgoingErrorRequest
from .report_outgoing_error_response import ReportOutgoingErrorResponse
from .sent_transaction import SentTransaction
from .sent_transaction_content import SentTransactionContent
from .show_transaction_response import ShowTransactionResponse
from .sync_enabled_trade_partners_payload import SyncEnabledTradePartnersPayload
from .task import Task
from .task_page import TaskPage
from .task_processed_response import TaskProcessedResponse
from .task_type import TaskType
from .trade_partner import TradePartner
from .trade_partner_additional_parties import TradePartnerAdditionalParties
from .transaction import Transaction
from .transaction_accepted_response import TransactionAcceptedResponse
from .transaction_content import TransactionContent
from .transaction_created_response import TransactionCreatedResponse
from .transaction_flow import TransactionFlow
from .transaction_page import TransactionPage
from .transaction_processed_response import TransactionProcessedResponse
from .transaction_processed_result import TransactionProcessedResult
from .transaction_status import TransactionStatus
from .transaction_type import TransactionType
from .transaction_validation_error_response import TransactionValidationErrorResponse
from .validation_error import ValidationError

__all__ = (
    "BulkMarkTransactionProcessedItem",
    "BulkMarkTransactionsProcessedRequest",
    "BulkTransactionProcessedResult",
    "BulkTransactionsProcessedResponse",
    "ClientErrorResponse",
    "Contact",
    "ErrorContext",
    "ErrorType",
    "FinancialInstitution",
    "GeneralValidationErrorResponse",
    "InternalErrorResponse",
    "MarkTaskProcessedRequest",
    "MarkTransactionProcessedRequest",
    "Party",
    "PartyIdentifier",
    "PartyIdentifierDomain",
    "PostalAddress",
    "ReceivedTransaction",
    "ReceivedTransactionContent",
    "ReceivedTransactionPage",
    "ReportOutgoingErrorRequest",
    "ReportOutgoingErrorResponse",
    "SentTransaction",
    "SentTransactionContent",
    "ShowTransactionResponse",
    "SyncEnabledTradePartnersPayload",
    "Task",
    "TaskPage",
    "TaskProcessedResponse",
    "TaskType",
    "TradePartner",
    "TradePartnerAdditionalParties",
    "Transaction",
    "TransactionAcceptedResponse",
    "TransactionContent",
    "TransactionCreatedResponse",
    "TransactionFlow",
    "TransactionPage",
    "TransactionProcessedResponse",
    "TransactionProcessedResult",
    "TransactionStatus",
    "TransactionType",
    "TransactionValidationErrorResponse",
    "ValidationError",
)
