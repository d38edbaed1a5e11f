# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.product_catalog_item_allergens_item_presence import ProductCatalogItemAllergensItemPresence
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_catalog_item_allergens_item_identifiers import ProductCatalogItemAllergensItemIdentifiers


T = TypeVar("T", bound="ProductCatalogItemAllergensItem")


@_attrs_define
class ProductCatalogItemAllergensItem:
    """
    Attributes:
        identifiers (ProductCatalogItemAllergensItemIdentifiers | Unset):
        name (str | Unset):
        presence (ProductCatalogItemAllergensItemPresence | Unset):
    """

    identifiers: ProductCatalogItemAllergensItemIdentifiers | Unset = UNSET
    name: str | Unset = UNSET
    presence: ProductCatalogItemAllergensItemPresence | Unset = UNSET
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
        from ..models.product_catalog_item_allergens_item_identifiers import (
            ProductCatalogItemAllergensItemIdentifiers,  # noqa: PLC0415
        )

        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            d = dict(src_dict)
            _at = "identifiers"
            _identifiers = d.pop("identifiers", UNSET)
            identifiers: ProductCatalogItemAllergensItemIdentifiers | Unset
            if isinstance(_identifiers, Unset):
                identifiers = UNSET
            else:
                identifiers = ProductCatalogItemAllergensItemIdentifiers.from_dict(_identifiers)

            _at = "name"
            name = d.pop("name", UNSET)

            _at = "presence"
            _presence = d.pop("presence", UNSET)
            presence: ProductCatalogItemAllergensItemPresence | Unset
            if isinstance(_presence, Unset):
                presence = UNSET
            else:
                presence = ProductCatalogItemAllergensItemPresence(_presence)

        except _ResponseParseError as exc:
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _ResponseParseError.at(_at, exc) from exc
        product_catalog_item_allergens_item = cls(
            identifiers=identifiers,
            name=name,
            presence=presence,
        )

        product_catalog_item_allergens_item.additional_properties = d
        return product_catalog_item_allergens_item

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
