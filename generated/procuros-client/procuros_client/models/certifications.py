# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certifications_eudr import CertificationsEudr


T = TypeVar("T", bound="Certifications")


@_attrs_define
class Certifications:
    """Certifications a product holds.

    Attributes:
        de_bnn (str | Unset):
        eudr (CertificationsEudr | Unset):
    """

    de_bnn: str | Unset = UNSET
    eudr: CertificationsEudr | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        de_bnn = self.de_bnn

        eudr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eudr, Unset):
            eudr = self.eudr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if de_bnn is not UNSET:
            field_dict["deBnn"] = de_bnn
        if eudr is not UNSET:
            field_dict["eudr"] = eudr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.certifications_eudr import CertificationsEudr  # noqa: PLC0415

        d = dict(src_dict)
        de_bnn = d.pop("deBnn", UNSET)

        _eudr = d.pop("eudr", UNSET)
        eudr: CertificationsEudr | Unset
        if isinstance(_eudr, Unset):
            eudr = UNSET
        else:
            eudr = CertificationsEudr.from_dict(_eudr)

        certifications = cls(
            de_bnn=de_bnn,
            eudr=eudr,
        )

        certifications.additional_properties = d
        return certifications

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
