# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCatalogItemNutritionalInformationProteinsAminoAcids")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "alanineInGrams",
        "arginineInGrams",
        "asparticAcidInGrams",
        "cysteineInGrams",
        "glutamicAcidInGrams",
        "glycineInGrams",
        "histidineInGrams",
        "isoleucineInGrams",
        "leucineInGrams",
        "lysineInGrams",
        "methionineInGrams",
        "phenylalanineInGrams",
        "prolineInGrams",
        "serineInGrams",
        "threonineInGrams",
        "tryptophanInGrams",
        "tyrosineInGrams",
        "valineInGrams",
    }
)


@_attrs_define
class ProductCatalogItemNutritionalInformationProteinsAminoAcids:
    """
    Attributes:
        alanine_in_grams (float | Unset):
        arginine_in_grams (float | Unset):
        aspartic_acid_in_grams (float | Unset):
        cysteine_in_grams (float | Unset):
        glutamic_acid_in_grams (float | Unset):
        glycine_in_grams (float | Unset):
        histidine_in_grams (float | Unset):
        isoleucine_in_grams (float | Unset):
        leucine_in_grams (float | Unset):
        lysine_in_grams (float | Unset):
        methionine_in_grams (float | Unset):
        phenylalanine_in_grams (float | Unset):
        proline_in_grams (float | Unset):
        serine_in_grams (float | Unset):
        threonine_in_grams (float | Unset):
        tryptophan_in_grams (float | Unset):
        tyrosine_in_grams (float | Unset):
        valine_in_grams (float | Unset):
    """

    alanine_in_grams: float | Unset = UNSET
    arginine_in_grams: float | Unset = UNSET
    aspartic_acid_in_grams: float | Unset = UNSET
    cysteine_in_grams: float | Unset = UNSET
    glutamic_acid_in_grams: float | Unset = UNSET
    glycine_in_grams: float | Unset = UNSET
    histidine_in_grams: float | Unset = UNSET
    isoleucine_in_grams: float | Unset = UNSET
    leucine_in_grams: float | Unset = UNSET
    lysine_in_grams: float | Unset = UNSET
    methionine_in_grams: float | Unset = UNSET
    phenylalanine_in_grams: float | Unset = UNSET
    proline_in_grams: float | Unset = UNSET
    serine_in_grams: float | Unset = UNSET
    threonine_in_grams: float | Unset = UNSET
    tryptophan_in_grams: float | Unset = UNSET
    tyrosine_in_grams: float | Unset = UNSET
    valine_in_grams: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alanine_in_grams = self.alanine_in_grams

        arginine_in_grams = self.arginine_in_grams

        aspartic_acid_in_grams = self.aspartic_acid_in_grams

        cysteine_in_grams = self.cysteine_in_grams

        glutamic_acid_in_grams = self.glutamic_acid_in_grams

        glycine_in_grams = self.glycine_in_grams

        histidine_in_grams = self.histidine_in_grams

        isoleucine_in_grams = self.isoleucine_in_grams

        leucine_in_grams = self.leucine_in_grams

        lysine_in_grams = self.lysine_in_grams

        methionine_in_grams = self.methionine_in_grams

        phenylalanine_in_grams = self.phenylalanine_in_grams

        proline_in_grams = self.proline_in_grams

        serine_in_grams = self.serine_in_grams

        threonine_in_grams = self.threonine_in_grams

        tryptophan_in_grams = self.tryptophan_in_grams

        tyrosine_in_grams = self.tyrosine_in_grams

        valine_in_grams = self.valine_in_grams

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alanine_in_grams is not UNSET:
            field_dict["alanineInGrams"] = alanine_in_grams
        if arginine_in_grams is not UNSET:
            field_dict["arginineInGrams"] = arginine_in_grams
        if aspartic_acid_in_grams is not UNSET:
            field_dict["asparticAcidInGrams"] = aspartic_acid_in_grams
        if cysteine_in_grams is not UNSET:
            field_dict["cysteineInGrams"] = cysteine_in_grams
        if glutamic_acid_in_grams is not UNSET:
            field_dict["glutamicAcidInGrams"] = glutamic_acid_in_grams
        if glycine_in_grams is not UNSET:
            field_dict["glycineInGrams"] = glycine_in_grams
        if histidine_in_grams is not UNSET:
            field_dict["histidineInGrams"] = histidine_in_grams
        if isoleucine_in_grams is not UNSET:
            field_dict["isoleucineInGrams"] = isoleucine_in_grams
        if leucine_in_grams is not UNSET:
            field_dict["leucineInGrams"] = leucine_in_grams
        if lysine_in_grams is not UNSET:
            field_dict["lysineInGrams"] = lysine_in_grams
        if methionine_in_grams is not UNSET:
            field_dict["methionineInGrams"] = methionine_in_grams
        if phenylalanine_in_grams is not UNSET:
            field_dict["phenylalanineInGrams"] = phenylalanine_in_grams
        if proline_in_grams is not UNSET:
            field_dict["prolineInGrams"] = proline_in_grams
        if serine_in_grams is not UNSET:
            field_dict["serineInGrams"] = serine_in_grams
        if threonine_in_grams is not UNSET:
            field_dict["threonineInGrams"] = threonine_in_grams
        if tryptophan_in_grams is not UNSET:
            field_dict["tryptophanInGrams"] = tryptophan_in_grams
        if tyrosine_in_grams is not UNSET:
            field_dict["tyrosineInGrams"] = tyrosine_in_grams
        if valine_in_grams is not UNSET:
            field_dict["valineInGrams"] = valine_in_grams

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "alanineInGrams"
            alanine_in_grams = d.get("alanineInGrams", UNSET)

            _at = "arginineInGrams"
            arginine_in_grams = d.get("arginineInGrams", UNSET)

            _at = "asparticAcidInGrams"
            aspartic_acid_in_grams = d.get("asparticAcidInGrams", UNSET)

            _at = "cysteineInGrams"
            cysteine_in_grams = d.get("cysteineInGrams", UNSET)

            _at = "glutamicAcidInGrams"
            glutamic_acid_in_grams = d.get("glutamicAcidInGrams", UNSET)

            _at = "glycineInGrams"
            glycine_in_grams = d.get("glycineInGrams", UNSET)

            _at = "histidineInGrams"
            histidine_in_grams = d.get("histidineInGrams", UNSET)

            _at = "isoleucineInGrams"
            isoleucine_in_grams = d.get("isoleucineInGrams", UNSET)

            _at = "leucineInGrams"
            leucine_in_grams = d.get("leucineInGrams", UNSET)

            _at = "lysineInGrams"
            lysine_in_grams = d.get("lysineInGrams", UNSET)

            _at = "methionineInGrams"
            methionine_in_grams = d.get("methionineInGrams", UNSET)

            _at = "phenylalanineInGrams"
            phenylalanine_in_grams = d.get("phenylalanineInGrams", UNSET)

            _at = "prolineInGrams"
            proline_in_grams = d.get("prolineInGrams", UNSET)

            _at = "serineInGrams"
            serine_in_grams = d.get("serineInGrams", UNSET)

            _at = "threonineInGrams"
            threonine_in_grams = d.get("threonineInGrams", UNSET)

            _at = "tryptophanInGrams"
            tryptophan_in_grams = d.get("tryptophanInGrams", UNSET)

            _at = "tyrosineInGrams"
            tyrosine_in_grams = d.get("tyrosineInGrams", UNSET)

            _at = "valineInGrams"
            valine_in_grams = d.get("valineInGrams", UNSET)

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
        product_catalog_item_nutritional_information_proteins_amino_acids = cls(
            alanine_in_grams=alanine_in_grams,
            arginine_in_grams=arginine_in_grams,
            aspartic_acid_in_grams=aspartic_acid_in_grams,
            cysteine_in_grams=cysteine_in_grams,
            glutamic_acid_in_grams=glutamic_acid_in_grams,
            glycine_in_grams=glycine_in_grams,
            histidine_in_grams=histidine_in_grams,
            isoleucine_in_grams=isoleucine_in_grams,
            leucine_in_grams=leucine_in_grams,
            lysine_in_grams=lysine_in_grams,
            methionine_in_grams=methionine_in_grams,
            phenylalanine_in_grams=phenylalanine_in_grams,
            proline_in_grams=proline_in_grams,
            serine_in_grams=serine_in_grams,
            threonine_in_grams=threonine_in_grams,
            tryptophan_in_grams=tryptophan_in_grams,
            tyrosine_in_grams=tyrosine_in_grams,
            valine_in_grams=valine_in_grams,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                product_catalog_item_nutritional_information_proteins_amino_acids.additional_properties = extra

        return product_catalog_item_nutritional_information_proteins_amino_acids

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
