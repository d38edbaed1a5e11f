# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CertificationsRequired")


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
            d = dict(src_dict)
            _at = "fairtrade"

            def _parse_fairtrade(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            fairtrade = _parse_fairtrade(d.pop("fairtrade", UNSET))

            _at = "supplierQa"

            def _parse_supplier_qa(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            supplier_qa = _parse_supplier_qa(d.pop("supplierQa", UNSET))

            _at = "eudr"

            def _parse_eudr(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            eudr = _parse_eudr(d.pop("eudr", UNSET))

        except _ResponseParseError as exc:
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        certifications_required = cls(
            fairtrade=fairtrade,
            supplier_qa=supplier_qa,
            eudr=eudr,
        )

        certifications_required.additional_properties = d
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
