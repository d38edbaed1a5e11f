# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
"""Contains all the data models used in inputs/outputs"""

from .list_new_vendor_requests_status import ListNewVendorRequestsStatus
from .list_new_vendor_requests_type import ListNewVendorRequestsType
from .list_updates_status import ListUpdatesStatus
from .mark_new_vendor_request_processed_request import MarkNewVendorRequestProcessedRequest
from .mark_new_vendor_request_processed_request_request_status import MarkNewVendorRequestProcessedRequestRequestStatus
from .mark_update_processed_request import MarkUpdateProcessedRequest
from .mark_update_processed_request_status import MarkUpdateProcessedRequestStatus
from .new_vendor_request import NewVendorRequest
from .new_vendor_request_details import NewVendorRequestDetails
from .new_vendor_request_page import NewVendorRequestPage
from .new_vendor_request_status_display import NewVendorRequestStatusDisplay
from .new_vendor_request_type_display import NewVendorRequestTypeDisplay
from .payment_works_error import PaymentWorksError
from .registration_routing import RegistrationRouting
from .remittance_address import RemittanceAddress
from .requesting_company import RequestingCompany
from .requesting_company_order_address import RequestingCompanyOrderAddress
from .requesting_company_summary import RequestingCompanySummary
from .tag import Tag
from .tag_page import TagPage
from .tax_classification import TaxClassification
from .update import Update
from .update_bank_verification_reason_context import UpdateBankVerificationReasonContext
from .update_field_change import UpdateFieldChange
from .update_metadata import UpdateMetadata
from .update_page import UpdatePage
from .update_status_display import UpdateStatusDisplay
from .update_vendor_number import UpdateVendorNumber

__all__ = (
    "ListNewVendorRequestsStatus",
    "ListNewVendorRequestsType",
    "ListUpdatesStatus",
    "MarkNewVendorRequestProcessedRequest",
    "MarkNewVendorRequestProcessedRequestRequestStatus",
    "MarkUpdateProcessedRequest",
    "MarkUpdateProcessedRequestStatus",
    "NewVendorRequest",
    "NewVendorRequestDetails",
    "NewVendorRequestPage",
    "NewVendorRequestStatusDisplay",
    "NewVendorRequestTypeDisplay",
    "PaymentWorksError",
    "RegistrationRouting",
    "RemittanceAddress",
    "RequestingCompany",
    "RequestingCompanyOrderAddress",
    "RequestingCompanySummary",
    "Tag",
    "TagPage",
    "TaxClassification",
    "Update",
    "UpdateBankVerificationReasonContext",
    "UpdateFieldChange",
    "UpdateMetadata",
    "UpdatePage",
    "UpdateStatusDisplay",
    "UpdateVendorNumber",
)
