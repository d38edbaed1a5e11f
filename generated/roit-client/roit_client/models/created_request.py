# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.process_status import ProcessStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedRequest")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "processUniqueId",
        "processStatus",
        "callbackUrl",
        "operationType",
        "documentType",
        "createdAt",
        "updatedAt",
        "metadata",
    }
)


@_attrs_define
class CreatedRequest:
    """The request that was just created.

    Attributes:
        process_unique_id (str): Unique ID of the request
        process_status (ProcessStatus | Unset): Status of the request (processing lifecycle).
        callback_url (str | Unset):
        operation_type (str | Unset):
        document_type (str | Unset): Type of fiscal document to be processed. Known values from the documented examples:
            `ECF`, `NFE`, `NFSE`. Other Brazilian fiscal document types (e.g. `CTE`, `NFCE`) are likely but unconfirmed, so
            this is an open string, not an enum.
        created_at (str | Unset):
        updated_at (str | Unset):
        metadata (CreatedRequestMetadata | Unset):
    """

    process_unique_id: str
    process_status: ProcessStatus | Unset = UNSET
    callback_url: str | Unset = UNSET
    operation_type: str | Unset = UNSET
    document_type: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    metadata: CreatedRequestMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        process_unique_id = self.process_unique_id

        process_status: str | Unset = UNSET
        if not isinstance(self.process_status, Unset):
            process_status = self.process_status.value

        callback_url = self.callback_url

        operation_type = self.operation_type

        document_type = self.document_type

        created_at = self.created_at

        updated_at = self.updated_at

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "processUniqueId": process_unique_id,
            }
        )
        if process_status is not UNSET:
            field_dict["processStatus"] = process_status
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if operation_type is not UNSET:
            field_dict["operationType"] = operation_type
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
            _process_status = d.get("processStatus", UNSET)
            process_status: ProcessStatus | Unset
            if isinstance(_process_status, Unset):
                process_status = UNSET
            else:
                process_status = cast(
                    "ProcessStatus", ProcessStatus._value2member_map_.get(_process_status)
                ) or ProcessStatus(_process_status)

            _at = "callbackUrl"
            callback_url = d.get("callbackUrl", UNSET)

            _at = "operationType"
            operation_type = d.get("operationType", UNSET)

            _at = "documentType"
            document_type = d.get("documentType", UNSET)

            _at = "createdAt"
            created_at = d.get("createdAt", UNSET)

            _at = "updatedAt"
            updated_at = d.get("updatedAt", UNSET)

            _at = "metadata"
            _metadata = d.get("metadata", UNSET)
            metadata: CreatedRequestMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                try:
                    metadata = (
                        CreatedRequestMetadata() if len(_metadata) == 0 else CreatedRequestMetadata.from_dict(_metadata)
                    )
                except (KeyError, TypeError):
                    # Not an object holding exactly the members: the model's own parser says what does not fit.
                    metadata = CreatedRequestMetadata.from_dict(_metadata)

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
        created_request = cls(
            process_unique_id,
            process_status=process_status,
            callback_url=callback_url,
            operation_type=operation_type,
            document_type=document_type,
            created_at=created_at,
            updated_at=updated_at,
            metadata=metadata,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 1:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                created_request.additional_properties = extra

        return created_request

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
from ..models.created_request_metadata import CreatedRequestMetadata  # noqa: E402
