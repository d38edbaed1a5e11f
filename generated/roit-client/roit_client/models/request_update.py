# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.process_status import ProcessStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestUpdate")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "processUniqueId",
        "processStatus",
        "callbackUrl",
        "callbackAuthToken",
        "operationType",
        "documentType",
        "dataBaseDest",
        "nationalRegister",
        "metadata",
        "audit",
    }
)


@_attrs_define
class RequestUpdate:
    """The request-update model shared by update_request_status, update_request and each item of
    batch_update_request_statuses.

        Attributes:
            process_unique_id (str): Unique ID of the request
            process_status (ProcessStatus): Status of the request (processing lifecycle).
            callback_url (str | Unset): Callback URL to send the result of the request
            callback_auth_token (str | Unset): Authentication token to send the result of the request
            operation_type (str | Unset): Type of operation to be performed (e.g. `entrada` in the batch example)
            document_type (str | Unset): Type of fiscal document to be processed. Known values from the documented examples:
                `ECF`, `NFE`, `NFSE`. Other Brazilian fiscal document types (e.g. `CTE`, `NFCE`) are likely but unconfirmed, so
                this is an open string, not an enum.
            data_base_dest (DataBaseDest | Unset): Where the processed data is written.
            national_register (str | Unset): Company tax ID (CNPJ), e.g. `12345678000195`
            metadata (RequestUpdateMetadata | Unset): Free-form metadata
            audit (RequestUpdateAudit | Unset): Free-form audit data
    """

    process_unique_id: str
    process_status: ProcessStatus
    callback_url: str | Unset = UNSET
    callback_auth_token: str | Unset = UNSET
    operation_type: str | Unset = UNSET
    document_type: str | Unset = UNSET
    data_base_dest: DataBaseDest | Unset = UNSET
    national_register: str | Unset = UNSET
    metadata: RequestUpdateMetadata | Unset = UNSET
    audit: RequestUpdateAudit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        process_unique_id = self.process_unique_id

        process_status = self.process_status.value

        callback_url = self.callback_url

        callback_auth_token = self.callback_auth_token

        operation_type = self.operation_type

        document_type = self.document_type

        data_base_dest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_base_dest, Unset):
            data_base_dest = self.data_base_dest.to_dict()

        national_register = self.national_register

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        audit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit, Unset):
            audit = self.audit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processUniqueId": process_unique_id,
                "processStatus": process_status,
            }
        )
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if callback_auth_token is not UNSET:
            field_dict["callbackAuthToken"] = callback_auth_token
        if operation_type is not UNSET:
            field_dict["operationType"] = operation_type
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if data_base_dest is not UNSET:
            field_dict["dataBaseDest"] = data_base_dest
        if national_register is not UNSET:
            field_dict["nationalRegister"] = national_register
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if audit is not UNSET:
            field_dict["audit"] = audit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "processUniqueId"
            process_unique_id = d["processUniqueId"]

            _at = "processStatus"
            process_status = cast(
                "ProcessStatus", ProcessStatus._value2member_map_.get(d["processStatus"])
            ) or ProcessStatus(d["processStatus"])

            _at = "callbackUrl"
            callback_url = d.get("callbackUrl", UNSET)

            _at = "callbackAuthToken"
            callback_auth_token = d.get("callbackAuthToken", UNSET)

            _at = "operationType"
            operation_type = d.get("operationType", UNSET)

            _at = "documentType"
            document_type = d.get("documentType", UNSET)

            _at = "dataBaseDest"
            _data_base_dest = d.get("dataBaseDest", UNSET)
            data_base_dest: DataBaseDest | Unset
            if isinstance(_data_base_dest, Unset):
                data_base_dest = UNSET
            else:
                data_base_dest = DataBaseDest.from_dict(_data_base_dest)

            _at = "nationalRegister"
            national_register = d.get("nationalRegister", UNSET)

            _at = "metadata"
            _metadata = d.get("metadata", UNSET)
            metadata: RequestUpdateMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                try:
                    metadata = (
                        RequestUpdateMetadata() if len(_metadata) == 0 else RequestUpdateMetadata.from_dict(_metadata)
                    )
                except (KeyError, TypeError):
                    # Not an object holding exactly the members: the model's own parser says what does not fit.
                    metadata = RequestUpdateMetadata.from_dict(_metadata)

            _at = "audit"
            _audit = d.get("audit", UNSET)
            audit: RequestUpdateAudit | Unset
            if isinstance(_audit, Unset):
                audit = UNSET
            else:
                try:
                    audit = RequestUpdateAudit() if len(_audit) == 0 else RequestUpdateAudit.from_dict(_audit)
                except (KeyError, TypeError):
                    # Not an object holding exactly the members: the model's own parser says what does not fit.
                    audit = RequestUpdateAudit.from_dict(_audit)

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
        request_update = cls(
            process_unique_id,
            process_status,
            callback_url=callback_url,
            callback_auth_token=callback_auth_token,
            operation_type=operation_type,
            document_type=document_type,
            data_base_dest=data_base_dest,
            national_register=national_register,
            metadata=metadata,
            audit=audit,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 2:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                request_update.additional_properties = extra

        return request_update

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
from ..models.data_base_dest import DataBaseDest  # noqa: E402
from ..models.request_update_audit import RequestUpdateAudit  # noqa: E402
from ..models.request_update_metadata import RequestUpdateMetadata  # noqa: E402
