# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
"""Contains all the data models used in inputs/outputs"""

from .batch_generate_upload_paths_request import BatchGenerateUploadPathsRequest
from .batch_generate_upload_paths_response import BatchGenerateUploadPathsResponse
from .batch_update_request_statuses_request import BatchUpdateRequestStatusesRequest
from .batch_update_request_statuses_response import BatchUpdateRequestStatusesResponse
from .create_request_response import CreateRequestResponse
from .created_request import CreatedRequest
from .created_request_metadata import CreatedRequestMetadata
from .data_base_dest import DataBaseDest
from .data_base_table import DataBaseTable
from .data_base_table_metadata import DataBaseTableMetadata
from .delete_request_response import DeleteRequestResponse
from .deleted_request import DeletedRequest
from .error_detail import ErrorDetail
from .error_envelope import ErrorEnvelope
from .error_info import ErrorInfo
from .error_info_metadata import ErrorInfoMetadata
from .generate_signed_url_response import GenerateSignedUrlResponse
from .get_request_response import GetRequestResponse
from .http_validation_error import HTTPValidationError
from .list_requests_response import ListRequestsResponse
from .process_status import ProcessStatus
from .request_cursor_page import RequestCursorPage
from .request_record import RequestRecord
from .request_record_error import RequestRecordError
from .request_record_metadata import RequestRecordMetadata
from .request_update import RequestUpdate
from .request_update_audit import RequestUpdateAudit
from .request_update_metadata import RequestUpdateMetadata
from .request_update_result import RequestUpdateResult
from .signed_upload_url import SignedUploadUrl
from .update_request_response import UpdateRequestResponse
from .update_request_status_response import UpdateRequestStatusResponse
from .upload_file_request import UploadFileRequest
from .upload_path import UploadPath
from .validation_error import ValidationError

__all__ = (
    "BatchGenerateUploadPathsRequest",
    "BatchGenerateUploadPathsResponse",
    "BatchUpdateRequestStatusesRequest",
    "BatchUpdateRequestStatusesResponse",
    "CreatedRequest",
    "CreatedRequestMetadata",
    "CreateRequestResponse",
    "DataBaseDest",
    "DataBaseTable",
    "DataBaseTableMetadata",
    "DeletedRequest",
    "DeleteRequestResponse",
    "ErrorDetail",
    "ErrorEnvelope",
    "ErrorInfo",
    "ErrorInfoMetadata",
    "GenerateSignedUrlResponse",
    "GetRequestResponse",
    "HTTPValidationError",
    "ListRequestsResponse",
    "ProcessStatus",
    "RequestCursorPage",
    "RequestRecord",
    "RequestRecordError",
    "RequestRecordMetadata",
    "RequestUpdate",
    "RequestUpdateAudit",
    "RequestUpdateMetadata",
    "RequestUpdateResult",
    "SignedUploadUrl",
    "UpdateRequestResponse",
    "UpdateRequestStatusResponse",
    "UploadFileRequest",
    "UploadPath",
    "ValidationError",
)
