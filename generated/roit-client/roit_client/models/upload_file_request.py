# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadFileRequest")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "nationalRegister",
        "processUniqueId",
        "type",
        "fileName",
        "force",
    }
)


@_attrs_define
class UploadFileRequest:
    """One file to upload: the body of generate_signed_url and each item of batch_generate_upload_paths.

    Attributes:
        national_register (str): Company tax ID (CNPJ), e.g. `12345678000195`
        process_unique_id (str):
        type_ (str): Type of fiscal document to be processed. Known values from the documented examples: `ECF`, `NFE`,
            `NFSE`. Other Brazilian fiscal document types (e.g. `CTE`, `NFCE`) are likely but unconfirmed, so this is an
            open string, not an enum.
        file_name (str):
        force (bool | Unset): Example `false`. Meaning undocumented; presumably regenerates/overwrites an existing
            destination.
    """

    national_register: str
    process_unique_id: str
    type_: str
    file_name: str
    force: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        national_register = self.national_register

        process_unique_id = self.process_unique_id

        type_ = self.type_

        file_name = self.file_name

        force = self.force

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nationalRegister": national_register,
                "processUniqueId": process_unique_id,
                "type": type_,
                "fileName": file_name,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "nationalRegister"
            national_register = d["nationalRegister"]

            _at = "processUniqueId"
            process_unique_id = d["processUniqueId"]

            _at = "type"
            type_ = d["type"]

            _at = "fileName"
            file_name = d["fileName"]

            _at = "force"
            force = d.get("force", UNSET)

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
        upload_file_request = cls(
            national_register,
            process_unique_id,
            type_,
            file_name,
            force=force,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 4:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                upload_file_request.additional_properties = extra

        return upload_file_request

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
