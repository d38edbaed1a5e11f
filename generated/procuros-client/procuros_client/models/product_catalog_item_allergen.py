# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.product_catalog_item_allergen_presence import ProductCatalogItemAllergenPresence
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCatalogItemAllergen")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "identifiers",
        "name",
        "presence",
    }
)


@_attrs_define
class ProductCatalogItemAllergen:
    """An allergen of a catalog product and whether it is present.

    Attributes:
        identifiers (ProductCatalogItemAllergenIdentifiers | Unset):
        name (str | Unset):
        presence (ProductCatalogItemAllergenPresence | Unset):
    """

    identifiers: ProductCatalogItemAllergenIdentifiers | Unset = UNSET
    name: str | Unset = UNSET
    presence: ProductCatalogItemAllergenPresence | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        name = self.name

        presence: str | Unset = UNSET
        if not isinstance(self.presence, Unset):
            presence = self.presence.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if name is not UNSET:
            field_dict["name"] = name
        if presence is not UNSET:
            field_dict["presence"] = presence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "identifiers"
            _identifiers = d.get("identifiers", UNSET)
            identifiers: ProductCatalogItemAllergenIdentifiers | Unset
            if isinstance(_identifiers, Unset):
                identifiers = UNSET
            else:
                identifiers = ProductCatalogItemAllergenIdentifiers.from_dict(_identifiers)

            _at = "name"
            name = d.get("name", UNSET)

            _at = "presence"
            _presence = d.get("presence", UNSET)
            presence: ProductCatalogItemAllergenPresence | Unset
            if isinstance(_presence, Unset):
                presence = UNSET
            else:
                presence = cast(
                    "ProductCatalogItemAllergenPresence",
                    ProductCatalogItemAllergenPresence._value2member_map_.get(_presence),
                ) or ProductCatalogItemAllergenPresence(_presence)

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
        product_catalog_item_allergen = cls(
            identifiers=identifiers,
            name=name,
            presence=presence,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                product_catalog_item_allergen.additional_properties = extra

        return product_catalog_item_allergen

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
from ..models.product_catalog_item_allergen_identifiers import ProductCatalogItemAllergenIdentifiers  # noqa: E402
