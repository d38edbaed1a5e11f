# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCatalogItemNutritionalInformationCarbohydrates")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "totalInGrams",
        "sugarsInGrams",
        "addedSugarsInGrams",
        "polyolsInGrams",
        "starchInGrams",
        "lactoseInGrams",
    }
)


@_attrs_define
class ProductCatalogItemNutritionalInformationCarbohydrates:
    """
    Attributes:
        total_in_grams (float | Unset):
        sugars_in_grams (float | Unset):
        added_sugars_in_grams (float | Unset):
        polyols_in_grams (float | Unset):
        starch_in_grams (float | Unset):
        lactose_in_grams (float | Unset):
    """

    total_in_grams: float | Unset = UNSET
    sugars_in_grams: float | Unset = UNSET
    added_sugars_in_grams: float | Unset = UNSET
    polyols_in_grams: float | Unset = UNSET
    starch_in_grams: float | Unset = UNSET
    lactose_in_grams: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_in_grams = self.total_in_grams

        sugars_in_grams = self.sugars_in_grams

        added_sugars_in_grams = self.added_sugars_in_grams

        polyols_in_grams = self.polyols_in_grams

        starch_in_grams = self.starch_in_grams

        lactose_in_grams = self.lactose_in_grams

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_in_grams is not UNSET:
            field_dict["totalInGrams"] = total_in_grams
        if sugars_in_grams is not UNSET:
            field_dict["sugarsInGrams"] = sugars_in_grams
        if added_sugars_in_grams is not UNSET:
            field_dict["addedSugarsInGrams"] = added_sugars_in_grams
        if polyols_in_grams is not UNSET:
            field_dict["polyolsInGrams"] = polyols_in_grams
        if starch_in_grams is not UNSET:
            field_dict["starchInGrams"] = starch_in_grams
        if lactose_in_grams is not UNSET:
            field_dict["lactoseInGrams"] = lactose_in_grams

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

            _at = "sugarsInGrams"
            sugars_in_grams = d.get("sugarsInGrams", UNSET)

            _at = "addedSugarsInGrams"
            added_sugars_in_grams = d.get("addedSugarsInGrams", UNSET)

            _at = "polyolsInGrams"
            polyols_in_grams = d.get("polyolsInGrams", UNSET)

            _at = "starchInGrams"
            starch_in_grams = d.get("starchInGrams", UNSET)

            _at = "lactoseInGrams"
            lactose_in_grams = d.get("lactoseInGrams", UNSET)

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
        product_catalog_item_nutritional_information_carbohydrates = cls(
            total_in_grams=total_in_grams,
            sugars_in_grams=sugars_in_grams,
            added_sugars_in_grams=added_sugars_in_grams,
            polyols_in_grams=polyols_in_grams,
            starch_in_grams=starch_in_grams,
            lactose_in_grams=lactose_in_grams,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                product_catalog_item_nutritional_information_carbohydrates.additional_properties = extra

        return product_catalog_item_nutritional_information_carbohydrates

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
