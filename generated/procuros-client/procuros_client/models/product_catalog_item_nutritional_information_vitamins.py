# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCatalogItemNutritionalInformationVitamins")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "vitaminAInMicrograms",
        "betaCaroteneInMicrograms",
        "vitaminDInMicrograms",
        "vitaminEInMicrograms",
        "vitaminKInMicrograms",
        "vitaminCInMicrograms",
        "vitaminB1ThiaminInMicrograms",
        "vitaminB2RiboflavinInMicrograms",
        "vitaminB3NiacinInMicrograms",
        "vitaminB5PantothenicAcidInMicrograms",
        "vitaminB6PyridoxinInMicrograms",
        "vitaminB7BiotinInMicrograms",
        "vitaminB9FolicAcidInMicrograms",
        "vitaminB12CyanocobalaminInMicrograms",
    }
)


@_attrs_define
class ProductCatalogItemNutritionalInformationVitamins:
    """
    Attributes:
        vitamin_a_in_micrograms (float | Unset):
        beta_carotene_in_micrograms (float | Unset):
        vitamin_d_in_micrograms (float | Unset):
        vitamin_e_in_micrograms (float | Unset):
        vitamin_k_in_micrograms (float | Unset):
        vitamin_c_in_micrograms (float | Unset):
        vitamin_b1_thiamin_in_micrograms (float | Unset):
        vitamin_b2_riboflavin_in_micrograms (float | Unset):
        vitamin_b3_niacin_in_micrograms (float | Unset):
        vitamin_b5_pantothenic_acid_in_micrograms (float | Unset):
        vitamin_b6_pyridoxin_in_micrograms (float | Unset):
        vitamin_b7_biotin_in_micrograms (float | Unset):
        vitamin_b9_folic_acid_in_micrograms (float | Unset):
        vitamin_b12_cyanocobalamin_in_micrograms (float | Unset):
    """

    vitamin_a_in_micrograms: float | Unset = UNSET
    beta_carotene_in_micrograms: float | Unset = UNSET
    vitamin_d_in_micrograms: float | Unset = UNSET
    vitamin_e_in_micrograms: float | Unset = UNSET
    vitamin_k_in_micrograms: float | Unset = UNSET
    vitamin_c_in_micrograms: float | Unset = UNSET
    vitamin_b1_thiamin_in_micrograms: float | Unset = UNSET
    vitamin_b2_riboflavin_in_micrograms: float | Unset = UNSET
    vitamin_b3_niacin_in_micrograms: float | Unset = UNSET
    vitamin_b5_pantothenic_acid_in_micrograms: float | Unset = UNSET
    vitamin_b6_pyridoxin_in_micrograms: float | Unset = UNSET
    vitamin_b7_biotin_in_micrograms: float | Unset = UNSET
    vitamin_b9_folic_acid_in_micrograms: float | Unset = UNSET
    vitamin_b12_cyanocobalamin_in_micrograms: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vitamin_a_in_micrograms = self.vitamin_a_in_micrograms

        beta_carotene_in_micrograms = self.beta_carotene_in_micrograms

        vitamin_d_in_micrograms = self.vitamin_d_in_micrograms

        vitamin_e_in_micrograms = self.vitamin_e_in_micrograms

        vitamin_k_in_micrograms = self.vitamin_k_in_micrograms

        vitamin_c_in_micrograms = self.vitamin_c_in_micrograms

        vitamin_b1_thiamin_in_micrograms = self.vitamin_b1_thiamin_in_micrograms

        vitamin_b2_riboflavin_in_micrograms = self.vitamin_b2_riboflavin_in_micrograms

        vitamin_b3_niacin_in_micrograms = self.vitamin_b3_niacin_in_micrograms

        vitamin_b5_pantothenic_acid_in_micrograms = self.vitamin_b5_pantothenic_acid_in_micrograms

        vitamin_b6_pyridoxin_in_micrograms = self.vitamin_b6_pyridoxin_in_micrograms

        vitamin_b7_biotin_in_micrograms = self.vitamin_b7_biotin_in_micrograms

        vitamin_b9_folic_acid_in_micrograms = self.vitamin_b9_folic_acid_in_micrograms

        vitamin_b12_cyanocobalamin_in_micrograms = self.vitamin_b12_cyanocobalamin_in_micrograms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vitamin_a_in_micrograms is not UNSET:
            field_dict["vitaminAInMicrograms"] = vitamin_a_in_micrograms
        if beta_carotene_in_micrograms is not UNSET:
            field_dict["betaCaroteneInMicrograms"] = beta_carotene_in_micrograms
        if vitamin_d_in_micrograms is not UNSET:
            field_dict["vitaminDInMicrograms"] = vitamin_d_in_micrograms
        if vitamin_e_in_micrograms is not UNSET:
            field_dict["vitaminEInMicrograms"] = vitamin_e_in_micrograms
        if vitamin_k_in_micrograms is not UNSET:
            field_dict["vitaminKInMicrograms"] = vitamin_k_in_micrograms
        if vitamin_c_in_micrograms is not UNSET:
            field_dict["vitaminCInMicrograms"] = vitamin_c_in_micrograms
        if vitamin_b1_thiamin_in_micrograms is not UNSET:
            field_dict["vitaminB1ThiaminInMicrograms"] = vitamin_b1_thiamin_in_micrograms
        if vitamin_b2_riboflavin_in_micrograms is not UNSET:
            field_dict["vitaminB2RiboflavinInMicrograms"] = vitamin_b2_riboflavin_in_micrograms
        if vitamin_b3_niacin_in_micrograms is not UNSET:
            field_dict["vitaminB3NiacinInMicrograms"] = vitamin_b3_niacin_in_micrograms
        if vitamin_b5_pantothenic_acid_in_micrograms is not UNSET:
            field_dict["vitaminB5PantothenicAcidInMicrograms"] = vitamin_b5_pantothenic_acid_in_micrograms
        if vitamin_b6_pyridoxin_in_micrograms is not UNSET:
            field_dict["vitaminB6PyridoxinInMicrograms"] = vitamin_b6_pyridoxin_in_micrograms
        if vitamin_b7_biotin_in_micrograms is not UNSET:
            field_dict["vitaminB7BiotinInMicrograms"] = vitamin_b7_biotin_in_micrograms
        if vitamin_b9_folic_acid_in_micrograms is not UNSET:
            field_dict["vitaminB9FolicAcidInMicrograms"] = vitamin_b9_folic_acid_in_micrograms
        if vitamin_b12_cyanocobalamin_in_micrograms is not UNSET:
            field_dict["vitaminB12CyanocobalaminInMicrograms"] = vitamin_b12_cyanocobalamin_in_micrograms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "vitaminAInMicrograms"
            vitamin_a_in_micrograms = d.get("vitaminAInMicrograms", UNSET)

            _at = "betaCaroteneInMicrograms"
            beta_carotene_in_micrograms = d.get("betaCaroteneInMicrograms", UNSET)

            _at = "vitaminDInMicrograms"
            vitamin_d_in_micrograms = d.get("vitaminDInMicrograms", UNSET)

            _at = "vitaminEInMicrograms"
            vitamin_e_in_micrograms = d.get("vitaminEInMicrograms", UNSET)

            _at = "vitaminKInMicrograms"
            vitamin_k_in_micrograms = d.get("vitaminKInMicrograms", UNSET)

            _at = "vitaminCInMicrograms"
            vitamin_c_in_micrograms = d.get("vitaminCInMicrograms", UNSET)

            _at = "vitaminB1ThiaminInMicrograms"
            vitamin_b1_thiamin_in_micrograms = d.get("vitaminB1ThiaminInMicrograms", UNSET)

            _at = "vitaminB2RiboflavinInMicrograms"
            vitamin_b2_riboflavin_in_micrograms = d.get("vitaminB2RiboflavinInMicrograms", UNSET)

            _at = "vitaminB3NiacinInMicrograms"
            vitamin_b3_niacin_in_micrograms = d.get("vitaminB3NiacinInMicrograms", UNSET)

            _at = "vitaminB5PantothenicAcidInMicrograms"
            vitamin_b5_pantothenic_acid_in_micrograms = d.get("vitaminB5PantothenicAcidInMicrograms", UNSET)

            _at = "vitaminB6PyridoxinInMicrograms"
            vitamin_b6_pyridoxin_in_micrograms = d.get("vitaminB6PyridoxinInMicrograms", UNSET)

            _at = "vitaminB7BiotinInMicrograms"
            vitamin_b7_biotin_in_micrograms = d.get("vitaminB7BiotinInMicrograms", UNSET)

            _at = "vitaminB9FolicAcidInMicrograms"
            vitamin_b9_folic_acid_in_micrograms = d.get("vitaminB9FolicAcidInMicrograms", UNSET)

            _at = "vitaminB12CyanocobalaminInMicrograms"
            vitamin_b12_cyanocobalamin_in_micrograms = d.get("vitaminB12CyanocobalaminInMicrograms", UNSET)

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
        product_catalog_item_nutritional_information_vitamins = cls(
            vitamin_a_in_micrograms=vitamin_a_in_micrograms,
            beta_carotene_in_micrograms=beta_carotene_in_micrograms,
            vitamin_d_in_micrograms=vitamin_d_in_micrograms,
            vitamin_e_in_micrograms=vitamin_e_in_micrograms,
            vitamin_k_in_micrograms=vitamin_k_in_micrograms,
            vitamin_c_in_micrograms=vitamin_c_in_micrograms,
            vitamin_b1_thiamin_in_micrograms=vitamin_b1_thiamin_in_micrograms,
            vitamin_b2_riboflavin_in_micrograms=vitamin_b2_riboflavin_in_micrograms,
            vitamin_b3_niacin_in_micrograms=vitamin_b3_niacin_in_micrograms,
            vitamin_b5_pantothenic_acid_in_micrograms=vitamin_b5_pantothenic_acid_in_micrograms,
            vitamin_b6_pyridoxin_in_micrograms=vitamin_b6_pyridoxin_in_micrograms,
            vitamin_b7_biotin_in_micrograms=vitamin_b7_biotin_in_micrograms,
            vitamin_b9_folic_acid_in_micrograms=vitamin_b9_folic_acid_in_micrograms,
            vitamin_b12_cyanocobalamin_in_micrograms=vitamin_b12_cyanocobalamin_in_micrograms,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                product_catalog_item_nutritional_information_vitamins.additional_properties = extra

        return product_catalog_item_nutritional_information_vitamins

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
