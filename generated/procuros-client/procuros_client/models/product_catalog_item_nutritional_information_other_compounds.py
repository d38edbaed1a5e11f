# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCatalogItemNutritionalInformationOtherCompounds")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "oxalicAcidInMilligrams",
        "purinesInMilligrams",
        "uricAcidInMilligrams",
        "bicarbonateInMilligrams",
    }
)


@_attrs_define
class ProductCatalogItemNutritionalInformationOtherCompounds:
    """
    Attributes:
        oxalic_acid_in_milligrams (float | Unset):
        purines_in_milligrams (float | Unset):
        uric_acid_in_milligrams (float | Unset):
        bicarbonate_in_milligrams (float | Unset):
    """

    oxalic_acid_in_milligrams: float | Unset = UNSET
    purines_in_milligrams: float | Unset = UNSET
    uric_acid_in_milligrams: float | Unset = UNSET
    bicarbonate_in_milligrams: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oxalic_acid_in_milligrams = self.oxalic_acid_in_milligrams

        purines_in_milligrams = self.purines_in_milligrams

        uric_acid_in_milligrams = self.uric_acid_in_milligrams

        bicarbonate_in_milligrams = self.bicarbonate_in_milligrams

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if oxalic_acid_in_milligrams is not UNSET:
            field_dict["oxalicAcidInMilligrams"] = oxalic_acid_in_milligrams
        if purines_in_milligrams is not UNSET:
            field_dict["purinesInMilligrams"] = purines_in_milligrams
        if uric_acid_in_milligrams is not UNSET:
            field_dict["uricAcidInMilligrams"] = uric_acid_in_milligrams
        if bicarbonate_in_milligrams is not UNSET:
            field_dict["bicarbonateInMilligrams"] = bicarbonate_in_milligrams

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "oxalicAcidInMilligrams"
            oxalic_acid_in_milligrams = d.get("oxalicAcidInMilligrams", UNSET)

            _at = "purinesInMilligrams"
            purines_in_milligrams = d.get("purinesInMilligrams", UNSET)

            _at = "uricAcidInMilligrams"
            uric_acid_in_milligrams = d.get("uricAcidInMilligrams", UNSET)

            _at = "bicarbonateInMilligrams"
            bicarbonate_in_milligrams = d.get("bicarbonateInMilligrams", UNSET)

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
        product_catalog_item_nutritional_information_other_compounds = cls(
            oxalic_acid_in_milligrams=oxalic_acid_in_milligrams,
            purines_in_milligrams=purines_in_milligrams,
            uric_acid_in_milligrams=uric_acid_in_milligrams,
            bicarbonate_in_milligrams=bicarbonate_in_milligrams,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                product_catalog_item_nutritional_information_other_compounds.additional_properties = extra

        return product_catalog_item_nutritional_information_other_compounds

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
