# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.modification import Modification


T = TypeVar("T", bound="ModificationGroup")


@_attrs_define
class ModificationGroup:
    """Allowances and charges applied together at one level, on one base amount.

    Attributes:
        basis (float):
        level (int):
        modifications (list[Modification]):
    """

    basis: float
    level: int
    modifications: list[Modification]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basis = self.basis

        level = self.level

        modifications = []
        for modifications_item_data in self.modifications:
            modifications_item = modifications_item_data.to_dict()
            modifications.append(modifications_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basis": basis,
                "level": level,
                "modifications": modifications,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.modification import Modification  # noqa: PLC0415

        d = dict(src_dict)
        basis = d.pop("basis")

        level = d.pop("level")

        modifications = []
        _modifications = d.pop("modifications")
        for modifications_item_data in _modifications:
            modifications_item = Modification.from_dict(modifications_item_data)

            modifications.append(modifications_item)

        modification_group = cls(
            basis=basis,
            level=level,
            modifications=modifications,
        )

        modification_group.additional_properties = d
        return modification_group

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
