# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError

T = TypeVar("T", bound="RegistrationRouting")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "op_code",
        "annotation",
        "related_site_code",
        "related_vendor_number",
    }
)


@_attrs_define
class RegistrationRouting:
    """Routing the approver chose for a registration whose TIN matches an existing ERP vendor (create a new vendor, add an
    address, overwrite an address).

        Attributes:
            op_code (str): Routing action code (configurable per payer). The sample shows 'overwrite_exiting' (sic); third-
                party material mentions add_new and new_address.
            annotation (str): Approver's annotation; may be empty.
            related_site_code (str): Site code of the matched ERP vendor address.
            related_vendor_number (str): Vendor number of the matched ERP vendor.
    """

    op_code: str
    annotation: str
    related_site_code: str
    related_vendor_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op_code = self.op_code

        annotation = self.annotation

        related_site_code = self.related_site_code

        related_vendor_number = self.related_vendor_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op_code": op_code,
                "annotation": annotation,
                "related_site_code": related_site_code,
                "related_vendor_number": related_vendor_number,
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
            _at = "op_code"
            op_code = d["op_code"]

            _at = "annotation"
            annotation = d["annotation"]

            _at = "related_site_code"
            related_site_code = d["related_site_code"]

            _at = "related_vendor_number"
            related_vendor_number = d["related_vendor_number"]

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
        registration_routing = cls(
            op_code,
            annotation,
            related_site_code,
            related_vendor_number,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 4:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                registration_routing.additional_properties = extra

        return registration_routing

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
