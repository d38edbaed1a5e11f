# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_catalog_item_nutritional_information_proteins_amino_acids import (
        ProductCatalogItemNutritionalInformationProteinsAminoAcids,
    )


T = TypeVar("T", bound="ProductCatalogItemNutritionalInformationProteins")


@_attrs_define
class ProductCatalogItemNutritionalInformationProteins:
    """
    Attributes:
        total_in_grams (float | Unset):
        amino_acids (ProductCatalogItemNutritionalInformationProteinsAminoAcids | Unset):
    """

    total_in_grams: float | Unset = UNSET
    amino_acids: ProductCatalogItemNutritionalInformationProteinsAminoAcids | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_in_grams = self.total_in_grams

        amino_acids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amino_acids, Unset):
            amino_acids = self.amino_acids.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_in_grams is not UNSET:
            field_dict["totalInGrams"] = total_in_grams
        if amino_acids is not UNSET:
            field_dict["aminoAcids"] = amino_acids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_catalog_item_nutritional_information_proteins_amino_acids import (
            ProductCatalogItemNutritionalInformationProteinsAminoAcids,  # noqa: PLC0415
        )

        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            d = dict(src_dict)
            _at = "totalInGrams"
            total_in_grams = d.pop("totalInGrams", UNSET)

            _at = "aminoAcids"
            _amino_acids = d.pop("aminoAcids", UNSET)
            amino_acids: ProductCatalogItemNutritionalInformationProteinsAminoAcids | Unset
            if isinstance(_amino_acids, Unset):
                amino_acids = UNSET
            else:
                amino_acids = ProductCatalogItemNutritionalInformationProteinsAminoAcids.from_dict(_amino_acids)

        except _ResponseParseError as exc:
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        product_catalog_item_nutritional_information_proteins = cls(
            total_in_grams=total_in_grams,
            amino_acids=amino_acids,
        )

        product_catalog_item_nutritional_information_proteins.additional_properties = d
        return product_catalog_item_nutritional_information_proteins

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
