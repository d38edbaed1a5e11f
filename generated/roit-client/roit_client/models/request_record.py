# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.process_status import ProcessStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_record_error import RequestRecordError
    from ..models.request_record_metadata import RequestRecordMetadata


T = TypeVar("T", bound="RequestRecord")


@_attrs_define
class RequestRecord:
    """A processing request as stored by ROIT.

    Attributes:
        process_unique_id (str): Unique ID of the request
        process_status (ProcessStatus): Status of the request (processing lifecycle).
        created_at (str): Date and time the request was created
        updated_at (str): Date and time the request was updated
        callback_url (str | Unset): Callback URL to send the result of the request
        operation_type (str | Unset): Type of operation to be processed
        document_type (str | Unset): Type of fiscal document to be processed. Known values from the documented examples:
            `ECF`, `NFE`, `NFSE`. Other Brazilian fiscal document types (e.g. `CTE`, `NFCE`) are likely but unconfirmed, so
            this is an open string, not an enum.
        metadata (RequestRecordMetadata | Unset): Additional metadata about the request
        error (RequestRecordError | Unset): Error message
    """

    process_unique_id: str
    process_status: ProcessStatus
    created_at: str
    updated_at: str
    callback_url: str | Unset = UNSET
    operation_type: str | Unset = UNSET
    document_type: str | Unset = UNSET
    metadata: RequestRecordMetadata | Unset = UNSET
    error: RequestRecordError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        process_unique_id = self.process_unique_id

        process_status = self.process_status.value

        created_at = self.created_at

        updated_at = self.updated_at

        callback_url = self.callback_url

        operation_type = self.operation_type

        document_type = self.document_type

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processUniqueId": process_unique_id,
                "processStatus": process_status,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if operation_type is not UNSET:
            field_dict["operationType"] = operation_type
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_record_error import RequestRecordError  # noqa: PLC0415
        from ..models.request_record_metadata import RequestRecordMetadata  # noqa: PLC0415

        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            d = dict(src_dict)
            _at = "processUniqueId"
            process_unique_id = d.pop("processUniqueId")

            _at = "processStatus"
            process_status = ProcessStatus(d.pop("processStatus"))

            _at = "createdAt"
            created_at = d.pop("createdAt")

            _at = "updatedAt"
            updated_at = d.pop("updatedAt")

            _at = "callbackUrl"
            callback_url = d.pop("callbackUrl", UNSET)

            _at = "operationType"
            operation_type = d.pop("operationType", UNSET)

            _at = "documentType"
            document_type = d.pop("documentType", UNSET)

            _at = "metadata"
            _metadata = d.pop("metadata", UNSET)
            metadata: RequestRecordMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = RequestRecordMetadata.from_dict(_metadata)

            _at = "error"
            _error = d.pop("error", UNSET)
            error: RequestRecordError | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = RequestRecordError.from_dict(_error)

        except _ResponseParseError as exc:
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        request_record = cls(
            process_unique_id=process_unique_id,
            process_status=process_status,
            created_at=created_at,
            updated_at=updated_at,
            callback_url=callback_url,
            operation_type=operation_type,
            document_type=document_type,
            metadata=metadata,
            error=error,
        )

        request_record.additional_properties = d
        return request_record

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
