# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCatalogItemNutritionalInformationFats")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "totalInGrams",
        "saturatedInGrams",
        "monounsaturatedInGrams",
        "polyunsaturatedInGrams",
        "transFatsInGrams",
        "omega3FattyAcidsInGrams",
        "omega6FattyAcidsInGrams",
        "omega9FattyAcidsInGrams",
        "epaInGrams",
        "dhaInGrams",
        "cholesterolInMilligrams",
    }
)


@_attrs_define
class ProductCatalogItemNutritionalInformationFats:
    """
    Attributes:
        total_in_grams (float | Unset):
        saturated_in_grams (float | Unset):
        monounsaturated_in_grams (float | Unset):
        polyunsaturated_in_grams (float | Unset):
        trans_fats_in_grams (float | Unset):
        omega_3_fatty_acids_in_grams (float | Unset):
        omega_6_fatty_acids_in_grams (float | Unset):
        omega_9_fatty_acids_in_grams (float | Unset):
        epa_in_grams (float | Unset):
        dha_in_grams (float | Unset):
        cholesterol_in_milligrams (float | Unset):
    """

    total_in_grams: float | Unset = UNSET
    saturated_in_grams: float | Unset = UNSET
    monounsaturated_in_grams: float | Unset = UNSET
    polyunsaturated_in_grams: float | Unset = UNSET
    trans_fats_in_grams: float | Unset = UNSET
    omega_3_fatty_acids_in_grams: float | Unset = UNSET
    omega_6_fatty_acids_in_grams: float | Unset = UNSET
    omega_9_fatty_acids_in_grams: float | Unset = UNSET
    epa_in_grams: float | Unset = UNSET
    dha_in_grams: float | Unset = UNSET
    cholesterol_in_milligrams: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_in_grams = self.total_in_grams

        saturated_in_grams = self.saturated_in_grams

        monounsaturated_in_grams = self.monounsaturated_in_grams

        polyunsaturated_in_grams = self.polyunsaturated_in_grams

        trans_fats_in_grams = self.trans_fats_in_grams

        omega_3_fatty_acids_in_grams = self.omega_3_fatty_acids_in_grams

        omega_6_fatty_acids_in_grams = self.omega_6_fatty_acids_in_grams

        omega_9_fatty_acids_in_grams = self.omega_9_fatty_acids_in_grams

        epa_in_grams = self.epa_in_grams

        dha_in_grams = self.dha_in_grams

        cholesterol_in_milligrams = self.cholesterol_in_milligrams

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_in_grams is not UNSET:
            field_dict["totalInGrams"] = total_in_grams
        if saturated_in_grams is not UNSET:
            field_dict["saturatedInGrams"] = saturated_in_grams
        if monounsaturated_in_grams is not UNSET:
            field_dict["monounsaturatedInGrams"] = monounsaturated_in_grams
        if polyunsaturated_in_grams is not UNSET:
            field_dict["polyunsaturatedInGrams"] = polyunsaturated_in_grams
        if trans_fats_in_grams is not UNSET:
            field_dict["transFatsInGrams"] = trans_fats_in_grams
        if omega_3_fatty_acids_in_grams is not UNSET:
            field_dict["omega3FattyAcidsInGrams"] = omega_3_fatty_acids_in_grams
        if omega_6_fatty_acids_in_grams is not UNSET:
            field_dict["omega6FattyAcidsInGrams"] = omega_6_fatty_acids_in_grams
        if omega_9_fatty_acids_in_grams is not UNSET:
            field_dict["omega9FattyAcidsInGrams"] = omega_9_fatty_acids_in_grams
        if epa_in_grams is not UNSET:
            field_dict["epaInGrams"] = epa_in_grams
        if dha_in_grams is not UNSET:
            field_dict["dhaInGrams"] = dha_in_grams
        if cholesterol_in_milligrams is not UNSET:
            field_dict["cholesterolInMilligrams"] = cholesterol_in_milligrams

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "totalInGrams"
            total_in_grams = d.get("totalInGrams", UNSET)

            _at = "saturatedInGrams"
            saturated_in_grams = d.get("saturatedInGrams", UNSET)

            _at = "monounsaturatedInGrams"
            monounsaturated_in_grams = d.get("monounsaturatedInGrams", UNSET)

            _at = "polyunsaturatedInGrams"
            polyunsaturated_in_grams = d.get("polyunsaturatedInGrams", UNSET)

            _at = "transFatsInGrams"
            trans_fats_in_grams = d.get("transFatsInGrams", UNSET)

            _at = "omega3FattyAcidsInGrams"
            omega_3_fatty_acids_in_grams = d.get("omega3FattyAcidsInGrams", UNSET)

            _at = "omega6FattyAcidsInGrams"
            omega_6_fatty_acids_in_grams = d.get("omega6FattyAcidsInGrams", UNSET)

            _at = "omega9FattyAcidsInGrams"
            omega_9_fatty_acids_in_grams = d.get("omega9FattyAcidsInGrams", UNSET)

            _at = "epaInGrams"
            epa_in_grams = d.get("epaInGrams", UNSET)

            _at = "dhaInGrams"
            dha_in_grams = d.get("dhaInGrams", UNSET)

            _at = "cholesterolInMilligrams"
            cholesterol_in_milligrams = d.get("cholesterolInMilligrams", UNSET)

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
        product_catalog_item_nutritional_information_fats = cls(
            total_in_grams=total_in_grams,
            saturated_in_grams=saturated_in_grams,
            monounsaturated_in_grams=monounsaturated_in_grams,
            polyunsaturated_in_grams=polyunsaturated_in_grams,
            trans_fats_in_grams=trans_fats_in_grams,
            omega_3_fatty_acids_in_grams=omega_3_fatty_acids_in_grams,
            omega_6_fatty_acids_in_grams=omega_6_fatty_acids_in_grams,
            omega_9_fatty_acids_in_grams=omega_9_fatty_acids_in_grams,
            epa_in_grams=epa_in_grams,
            dha_in_grams=dha_in_grams,
            cholesterol_in_milligrams=cholesterol_in_milligrams,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                product_catalog_item_nutritional_information_fats.additional_properties = extra

        return product_catalog_item_nutritional_information_fats

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
