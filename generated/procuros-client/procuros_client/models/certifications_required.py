# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CertificationsRequired")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "fairtrade",
        "supplierQa",
        "eudr",
    }
)


@_attrs_define
class CertificationsRequired:
    """Certifications a line requires.

    Attributes:
        fairtrade (bool | None | Unset):
        supplier_qa (bool | None | Unset):
        eudr (bool | None | Unset):
    """

    fairtrade: bool | None | Unset = UNSET
    supplier_qa: bool | None | Unset = UNSET
    eudr: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fairtrade: bool | None | Unset
        if isinstance(self.fairtrade, Unset):
            fairtrade = UNSET
        else:
            fairtrade = self.fairtrade

        supplier_qa: bool | None | Unset
        if isinstance(self.supplier_qa, Unset):
            supplier_qa = UNSET
        else:
            supplier_qa = self.supplier_qa

        eudr: bool | None | Unset
        if isinstance(self.eudr, Unset):
            eudr = UNSET
        else:
            eudr = self.eudr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fairtrade is not UNSET:
            field_dict["fairtrade"] = fairtrade
        if supplier_qa is not UNSET:
            field_dict["supplierQa"] = supplier_qa
        if eudr is not UNSET:
            field_dict["eudr"] = eudr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "fairtrade"
            fairtrade = d.get("fairtrade", UNSET)

            _at = "supplierQa"
            supplier_qa = d.get("supplierQa", UNSET)

            _at = "eudr"
            eudr = d.get("eudr", UNSET)

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
        certifications_required = cls(
            fairtrade=fairtrade,
            supplier_qa=supplier_qa,
            eudr=eudr,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                certifications_required.additional_properties = extra

        return certifications_required

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
