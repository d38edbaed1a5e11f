# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCatalogItemNutritionalInformation")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "energy",
        "fats",
        "carbohydrates",
        "fiber",
        "proteins",
        "saltInGrams",
        "sodiumInGrams",
        "alcoholInGrams",
        "waterInGrams",
        "caffeineInMilligrams",
        "taurineInMilligrams",
        "vitamins",
        "minerals",
        "otherCompounds",
        "specialDietaryInfo",
    }
)


@_attrs_define
class ProductCatalogItemNutritionalInformation:
    """
    Attributes:
        energy (ProductCatalogItemNutritionalInformationEnergy | Unset):
        fats (ProductCatalogItemNutritionalInformationFats | Unset):
        carbohydrates (ProductCatalogItemNutritionalInformationCarbohydrates | Unset):
        fiber (ProductCatalogItemNutritionalInformationFiber | Unset):
        proteins (ProductCatalogItemNutritionalInformationProteins | Unset):
        salt_in_grams (float | Unset):
        sodium_in_grams (float | Unset):
        alcohol_in_grams (float | Unset):
        water_in_grams (float | Unset):
        caffeine_in_milligrams (float | Unset):
        taurine_in_milligrams (float | Unset):
        vitamins (ProductCatalogItemNutritionalInformationVitamins | Unset):
        minerals (ProductCatalogItemNutritionalInformationMinerals | Unset):
        other_compounds (ProductCatalogItemNutritionalInformationOtherCompounds | Unset):
        special_dietary_info (ProductCatalogItemNutritionalInformationSpecialDietaryInfo | Unset):
    """

    energy: ProductCatalogItemNutritionalInformationEnergy | Unset = UNSET
    fats: ProductCatalogItemNutritionalInformationFats | Unset = UNSET
    carbohydrates: ProductCatalogItemNutritionalInformationCarbohydrates | Unset = UNSET
    fiber: ProductCatalogItemNutritionalInformationFiber | Unset = UNSET
    proteins: ProductCatalogItemNutritionalInformationProteins | Unset = UNSET
    salt_in_grams: float | Unset = UNSET
    sodium_in_grams: float | Unset = UNSET
    alcohol_in_grams: float | Unset = UNSET
    water_in_grams: float | Unset = UNSET
    caffeine_in_milligrams: float | Unset = UNSET
    taurine_in_milligrams: float | Unset = UNSET
    vitamins: ProductCatalogItemNutritionalInformationVitamins | Unset = UNSET
    minerals: ProductCatalogItemNutritionalInformationMinerals | Unset = UNSET
    other_compounds: ProductCatalogItemNutritionalInformationOtherCompounds | Unset = UNSET
    special_dietary_info: ProductCatalogItemNutritionalInformationSpecialDietaryInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        energy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.energy, Unset):
            energy = self.energy.to_dict()

        fats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fats, Unset):
            fats = self.fats.to_dict()

        carbohydrates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carbohydrates, Unset):
            carbohydrates = self.carbohydrates.to_dict()

        fiber: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fiber, Unset):
            fiber = self.fiber.to_dict()

        proteins: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proteins, Unset):
            proteins = self.proteins.to_dict()

        salt_in_grams = self.salt_in_grams

        sodium_in_grams = self.sodium_in_grams

        alcohol_in_grams = self.alcohol_in_grams

        water_in_grams = self.water_in_grams

        caffeine_in_milligrams = self.caffeine_in_milligrams

        taurine_in_milligrams = self.taurine_in_milligrams

        vitamins: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vitamins, Unset):
            vitamins = self.vitamins.to_dict()

        minerals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.minerals, Unset):
            minerals = self.minerals.to_dict()

        other_compounds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_compounds, Unset):
            other_compounds = self.other_compounds.to_dict()

        special_dietary_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.special_dietary_info, Unset):
            special_dietary_info = self.special_dietary_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if energy is not UNSET:
            field_dict["energy"] = energy
        if fats is not UNSET:
            field_dict["fats"] = fats
        if carbohydrates is not UNSET:
            field_dict["carbohydrates"] = carbohydrates
        if fiber is not UNSET:
            field_dict["fiber"] = fiber
        if proteins is not UNSET:
            field_dict["proteins"] = proteins
        if salt_in_grams is not UNSET:
            field_dict["saltInGrams"] = salt_in_grams
        if sodium_in_grams is not UNSET:
            field_dict["sodiumInGrams"] = sodium_in_grams
        if alcohol_in_grams is not UNSET:
            field_dict["alcoholInGrams"] = alcohol_in_grams
        if water_in_grams is not UNSET:
            field_dict["waterInGrams"] = water_in_grams
        if caffeine_in_milligrams is not UNSET:
            field_dict["caffeineInMilligrams"] = caffeine_in_milligrams
        if taurine_in_milligrams is not UNSET:
            field_dict["taurineInMilligrams"] = taurine_in_milligrams
        if vitamins is not UNSET:
            field_dict["vitamins"] = vitamins
        if minerals is not UNSET:
            field_dict["minerals"] = minerals
        if other_compounds is not UNSET:
            field_dict["otherCompounds"] = other_compounds
        if special_dietary_info is not UNSET:
            field_dict["specialDietaryInfo"] = special_dietary_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "energy"
            _energy = d.get("energy", UNSET)
            energy: ProductCatalogItemNutritionalInformationEnergy | Unset
            if isinstance(_energy, Unset):
                energy = UNSET
            else:
                energy = ProductCatalogItemNutritionalInformationEnergy.from_dict(_energy)

            _at = "fats"
            _fats = d.get("fats", UNSET)
            fats: ProductCatalogItemNutritionalInformationFats | Unset
            if isinstance(_fats, Unset):
                fats = UNSET
            else:
                fats = ProductCatalogItemNutritionalInformationFats.from_dict(_fats)

            _at = "carbohydrates"
            _carbohydrates = d.get("carbohydrates", UNSET)
            carbohydrates: ProductCatalogItemNutritionalInformationCarbohydrates | Unset
            if isinstance(_carbohydrates, Unset):
                carbohydrates = UNSET
            else:
                carbohydrates = ProductCatalogItemNutritionalInformationCarbohydrates.from_dict(_carbohydrates)

            _at = "fiber"
            _fiber = d.get("fiber", UNSET)
            fiber: ProductCatalogItemNutritionalInformationFiber | Unset
            if isinstance(_fiber, Unset):
                fiber = UNSET
            else:
                fiber = ProductCatalogItemNutritionalInformationFiber.from_dict(_fiber)

            _at = "proteins"
            _proteins = d.get("proteins", UNSET)
            proteins: ProductCatalogItemNutritionalInformationProteins | Unset
            if isinstance(_proteins, Unset):
                proteins = UNSET
            else:
                proteins = ProductCatalogItemNutritionalInformationProteins.from_dict(_proteins)

            _at = "saltInGrams"
            salt_in_grams = d.get("saltInGrams", UNSET)

            _at = "sodiumInGrams"
            sodium_in_grams = d.get("sodiumInGrams", UNSET)

            _at = "alcoholInGrams"
            alcohol_in_grams = d.get("alcoholInGrams", UNSET)

            _at = "waterInGrams"
            water_in_grams = d.get("waterInGrams", UNSET)

            _at = "caffeineInMilligrams"
            caffeine_in_milligrams = d.get("caffeineInMilligrams", UNSET)

            _at = "taurineInMilligrams"
            taurine_in_milligrams = d.get("taurineInMilligrams", UNSET)

            _at = "vitamins"
            _vitamins = d.get("vitamins", UNSET)
            vitamins: ProductCatalogItemNutritionalInformationVitamins | Unset
            if isinstance(_vitamins, Unset):
                vitamins = UNSET
            else:
                vitamins = ProductCatalogItemNutritionalInformationVitamins.from_dict(_vitamins)

            _at = "minerals"
            _minerals = d.get("minerals", UNSET)
            minerals: ProductCatalogItemNutritionalInformationMinerals | Unset
            if isinstance(_minerals, Unset):
                minerals = UNSET
            else:
                minerals = ProductCatalogItemNutritionalInformationMinerals.from_dict(_minerals)

            _at = "otherCompounds"
            _other_compounds = d.get("otherCompounds", UNSET)
            other_compounds: ProductCatalogItemNutritionalInformationOtherCompounds | Unset
            if isinstance(_other_compounds, Unset):
                other_compounds = UNSET
            else:
                other_compounds = ProductCatalogItemNutritionalInformationOtherCompounds.from_dict(_other_compounds)

            _at = "specialDietaryInfo"
            _special_dietary_info = d.get("specialDietaryInfo", UNSET)
            special_dietary_info: ProductCatalogItemNutritionalInformationSpecialDietaryInfo | Unset
            if isinstance(_special_dietary_info, Unset):
                special_dietary_info = UNSET
            else:
                special_dietary_info = ProductCatalogItemNutritionalInformationSpecialDietaryInfo.from_dict(
                    _special_dietary_info
                )

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
        product_catalog_item_nutritional_information = cls(
            energy=energy,
            fats=fats,
            carbohydrates=carbohydrates,
            fiber=fiber,
            proteins=proteins,
            salt_in_grams=salt_in_grams,
            sodium_in_grams=sodium_in_grams,
            alcohol_in_grams=alcohol_in_grams,
            water_in_grams=water_in_grams,
            caffeine_in_milligrams=caffeine_in_milligrams,
            taurine_in_milligrams=taurine_in_milligrams,
            vitamins=vitamins,
            minerals=minerals,
            other_compounds=other_compounds,
            special_dietary_info=special_dietary_info,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                product_catalog_item_nutritional_information.additional_properties = extra

        return product_catalog_item_nutritional_information

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


# Imported after the class, once per process instead of once per call: models that refer to each other import
# each other's module while it is still loading, and by then the class they need already exists.
from ..models.product_catalog_item_nutritional_information_carbohydrates import (
    ProductCatalogItemNutritionalInformationCarbohydrates,  # noqa: E402
)
from ..models.product_catalog_item_nutritional_information_energy import (
    ProductCatalogItemNutritionalInformationEnergy,  # noqa: E402
)
from ..models.product_catalog_item_nutritional_information_fats import (
    ProductCatalogItemNutritionalInformationFats,  # noqa: E402
)
from ..models.product_catalog_item_nutritional_information_fiber import (
    ProductCatalogItemNutritionalInformationFiber,  # noqa: E402
)
from ..models.product_catalog_item_nutritional_information_minerals import (
    ProductCatalogItemNutritionalInformationMinerals,  # noqa: E402
)
from ..models.product_catalog_item_nutritional_information_other_compounds import (
    ProductCatalogItemNutritionalInformationOtherCompounds,  # noqa: E402
)
from ..models.product_catalog_item_nutritional_information_proteins import (
    ProductCatalogItemNutritionalInformationProteins,  # noqa: E402
)
from ..models.product_catalog_item_nutritional_information_special_dietary_info import (
    ProductCatalogItemNutritionalInformationSpecialDietaryInfo,  # noqa: E402
)
from ..models.product_catalog_item_nutritional_information_vitamins import (
    ProductCatalogItemNutritionalInformationVitamins,  # noqa: E402
)
