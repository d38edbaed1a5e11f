# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCatalogItemNutritionalInformationMinerals")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "calciumInMilligrams",
        "chlorideInMilligrams",
        "chromiumInMicrograms",
        "cobaltInMicrograms",
        "copperInMilligrams",
        "fluorideInMilligrams",
        "iodineInMicrograms",
        "ironInMilligrams",
        "lithiumInMicrograms",
        "magnesiumInMilligrams",
        "manganeseInMilligrams",
        "molybdenumInMicrograms",
        "nickelInMicrograms",
        "phosphorusInMilligrams",
        "potassiumInMilligrams",
        "seleniumInMicrograms",
        "siliconInMilligrams",
        "zincInMilligrams",
    }
)


@_attrs_define
class ProductCatalogItemNutritionalInformationMinerals:
    """
    Attributes:
        calcium_in_milligrams (float | Unset):
        chloride_in_milligrams (float | Unset):
        chromium_in_micrograms (float | Unset):
        cobalt_in_micrograms (float | Unset):
        copper_in_milligrams (float | Unset):
        fluoride_in_milligrams (float | Unset):
        iodine_in_micrograms (float | Unset):
        iron_in_milligrams (float | Unset):
        lithium_in_micrograms (float | Unset):
        magnesium_in_milligrams (float | Unset):
        manganese_in_milligrams (float | Unset):
        molybdenum_in_micrograms (float | Unset):
        nickel_in_micrograms (float | Unset):
        phosphorus_in_milligrams (float | Unset):
        potassium_in_milligrams (float | Unset):
        selenium_in_micrograms (float | Unset):
        silicon_in_milligrams (float | Unset):
        zinc_in_milligrams (float | Unset):
    """

    calcium_in_milligrams: float | Unset = UNSET
    chloride_in_milligrams: float | Unset = UNSET
    chromium_in_micrograms: float | Unset = UNSET
    cobalt_in_micrograms: float | Unset = UNSET
    copper_in_milligrams: float | Unset = UNSET
    fluoride_in_milligrams: float | Unset = UNSET
    iodine_in_micrograms: float | Unset = UNSET
    iron_in_milligrams: float | Unset = UNSET
    lithium_in_micrograms: float | Unset = UNSET
    magnesium_in_milligrams: float | Unset = UNSET
    manganese_in_milligrams: float | Unset = UNSET
    molybdenum_in_micrograms: float | Unset = UNSET
    nickel_in_micrograms: float | Unset = UNSET
    phosphorus_in_milligrams: float | Unset = UNSET
    potassium_in_milligrams: float | Unset = UNSET
    selenium_in_micrograms: float | Unset = UNSET
    silicon_in_milligrams: float | Unset = UNSET
    zinc_in_milligrams: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calcium_in_milligrams = self.calcium_in_milligrams

        chloride_in_milligrams = self.chloride_in_milligrams

        chromium_in_micrograms = self.chromium_in_micrograms

        cobalt_in_micrograms = self.cobalt_in_micrograms

        copper_in_milligrams = self.copper_in_milligrams

        fluoride_in_milligrams = self.fluoride_in_milligrams

        iodine_in_micrograms = self.iodine_in_micrograms

        iron_in_milligrams = self.iron_in_milligrams

        lithium_in_micrograms = self.lithium_in_micrograms

        magnesium_in_milligrams = self.magnesium_in_milligrams

        manganese_in_milligrams = self.manganese_in_milligrams

        molybdenum_in_micrograms = self.molybdenum_in_micrograms

        nickel_in_micrograms = self.nickel_in_micrograms

        phosphorus_in_milligrams = self.phosphorus_in_milligrams

        potassium_in_milligrams = self.potassium_in_milligrams

        selenium_in_micrograms = self.selenium_in_micrograms

        silicon_in_milligrams = self.silicon_in_milligrams

        zinc_in_milligrams = self.zinc_in_milligrams

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if calcium_in_milligrams is not UNSET:
            field_dict["calciumInMilligrams"] = calcium_in_milligrams
        if chloride_in_milligrams is not UNSET:
            field_dict["chlorideInMilligrams"] = chloride_in_milligrams
        if chromium_in_micrograms is not UNSET:
            field_dict["chromiumInMicrograms"] = chromium_in_micrograms
        if cobalt_in_micrograms is not UNSET:
            field_dict["cobaltInMicrograms"] = cobalt_in_micrograms
        if copper_in_milligrams is not UNSET:
            field_dict["copperInMilligrams"] = copper_in_milligrams
        if fluoride_in_milligrams is not UNSET:
            field_dict["fluorideInMilligrams"] = fluoride_in_milligrams
        if iodine_in_micrograms is not UNSET:
            field_dict["iodineInMicrograms"] = iodine_in_micrograms
        if iron_in_milligrams is not UNSET:
            field_dict["ironInMilligrams"] = iron_in_milligrams
        if lithium_in_micrograms is not UNSET:
            field_dict["lithiumInMicrograms"] = lithium_in_micrograms
        if magnesium_in_milligrams is not UNSET:
            field_dict["magnesiumInMilligrams"] = magnesium_in_milligrams
        if manganese_in_milligrams is not UNSET:
            field_dict["manganeseInMilligrams"] = manganese_in_milligrams
        if molybdenum_in_micrograms is not UNSET:
            field_dict["molybdenumInMicrograms"] = molybdenum_in_micrograms
        if nickel_in_micrograms is not UNSET:
            field_dict["nickelInMicrograms"] = nickel_in_micrograms
        if phosphorus_in_milligrams is not UNSET:
            field_dict["phosphorusInMilligrams"] = phosphorus_in_milligrams
        if potassium_in_milligrams is not UNSET:
            field_dict["potassiumInMilligrams"] = potassium_in_milligrams
        if selenium_in_micrograms is not UNSET:
            field_dict["seleniumInMicrograms"] = selenium_in_micrograms
        if silicon_in_milligrams is not UNSET:
            field_dict["siliconInMilligrams"] = silicon_in_milligrams
        if zinc_in_milligrams is not UNSET:
            field_dict["zincInMilligrams"] = zinc_in_milligrams

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "calciumInMilligrams"
            calcium_in_milligrams = d.get("calciumInMilligrams", UNSET)

            _at = "chlorideInMilligrams"
            chloride_in_milligrams = d.get("chlorideInMilligrams", UNSET)

            _at = "chromiumInMicrograms"
            chromium_in_micrograms = d.get("chromiumInMicrograms", UNSET)

            _at = "cobaltInMicrograms"
            cobalt_in_micrograms = d.get("cobaltInMicrograms", UNSET)

            _at = "copperInMilligrams"
            copper_in_milligrams = d.get("copperInMilligrams", UNSET)

            _at = "fluorideInMilligrams"
            fluoride_in_milligrams = d.get("fluorideInMilligrams", UNSET)

            _at = "iodineInMicrograms"
            iodine_in_micrograms = d.get("iodineInMicrograms", UNSET)

            _at = "ironInMilligrams"
            iron_in_milligrams = d.get("ironInMilligrams", UNSET)

            _at = "lithiumInMicrograms"
            lithium_in_micrograms = d.get("lithiumInMicrograms", UNSET)

            _at = "magnesiumInMilligrams"
            magnesium_in_milligrams = d.get("magnesiumInMilligrams", UNSET)

            _at = "manganeseInMilligrams"
            manganese_in_milligrams = d.get("manganeseInMilligrams", UNSET)

            _at = "molybdenumInMicrograms"
            molybdenum_in_micrograms = d.get("molybdenumInMicrograms", UNSET)

            _at = "nickelInMicrograms"
            nickel_in_micrograms = d.get("nickelInMicrograms", UNSET)

            _at = "phosphorusInMilligrams"
            phosphorus_in_milligrams = d.get("phosphorusInMilligrams", UNSET)

            _at = "potassiumInMilligrams"
            potassium_in_milligrams = d.get("potassiumInMilligrams", UNSET)

            _at = "seleniumInMicrograms"
            selenium_in_micrograms = d.get("seleniumInMicrograms", UNSET)

            _at = "siliconInMilligrams"
            silicon_in_milligrams = d.get("siliconInMilligrams", UNSET)

            _at = "zincInMilligrams"
            zinc_in_milligrams = d.get("zincInMilligrams", UNSET)

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
        product_catalog_item_nutritional_information_minerals = cls(
            calcium_in_milligrams=calcium_in_milligrams,
            chloride_in_milligrams=chloride_in_milligrams,
            chromium_in_micrograms=chromium_in_micrograms,
            cobalt_in_micrograms=cobalt_in_micrograms,
            copper_in_milligrams=copper_in_milligrams,
            fluoride_in_milligrams=fluoride_in_milligrams,
            iodine_in_micrograms=iodine_in_micrograms,
            iron_in_milligrams=iron_in_milligrams,
            lithium_in_micrograms=lithium_in_micrograms,
            magnesium_in_milligrams=magnesium_in_milligrams,
            manganese_in_milligrams=manganese_in_milligrams,
            molybdenum_in_micrograms=molybdenum_in_micrograms,
            nickel_in_micrograms=nickel_in_micrograms,
            phosphorus_in_milligrams=phosphorus_in_milligrams,
            potassium_in_milligrams=potassium_in_milligrams,
            selenium_in_micrograms=selenium_in_micrograms,
            silicon_in_milligrams=silicon_in_milligrams,
            zinc_in_milligrams=zinc_in_milligrams,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                product_catalog_item_nutritional_information_minerals.additional_properties = extra

        return product_catalog_item_nutritional_information_minerals

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
