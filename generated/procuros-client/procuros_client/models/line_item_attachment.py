# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.line_item_attachment_type import LineItemAttachmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItemAttachment")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "fileName",
        "url",
        "mimeType",
        "type",
    }
)


@_attrs_define
class LineItemAttachment:
    """A file attached to a line (label, certificate, ...).

    Attributes:
        file_name (str | Unset):
        url (str | Unset):
        mime_type (str | Unset):
        type_ (LineItemAttachmentType | Unset): Kind of file attached to a line.
    """

    file_name: str | Unset = UNSET
    url: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    type_: LineItemAttachmentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        url = self.url

        mime_type = self.mime_type

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if url is not UNSET:
            field_dict["url"] = url
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "fileName"
            file_name = d.get("fileName", UNSET)

            _at = "url"
            url = d.get("url", UNSET)

            _at = "mimeType"
            mime_type = d.get("mimeType", UNSET)

            _at = "type"
            _type_ = d.get("type", UNSET)
            type_: LineItemAttachmentType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = cast(
                    "LineItemAttachmentType", LineItemAttachmentType._value2member_map_.get(_type_)
                ) or LineItemAttachmentType(_type_)

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
        line_item_attachment = cls(
            file_name=file_name,
            url=url,
            mime_type=mime_type,
            type_=type_,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                line_item_attachment.additional_properties = extra

        return line_item_attachment

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
