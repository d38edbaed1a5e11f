# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.unit_of_measure import UnitOfMeasure
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCatalogItemPackagingUnit")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "quantity",
        "identity",
        "isOrderable",
        "length",
        "width",
        "height",
        "netWeight",
        "grossWeight",
        "volume",
        "unitOfMeasure",
    }
)


@_attrs_define
class ProductCatalogItemPackagingUnit:
    """A packaging unit a catalogue product is sold in, with its own identifiers and sizes.

    Attributes:
        quantity (float):
        identity (ProductCatalogIdentity | Unset): A name for a catalogue product in one language.
        is_orderable (bool | Unset):
        length (int | Unset):
        width (int | Unset):
        height (int | Unset):
        net_weight (int | Unset):
        gross_weight (int | Unset):
        volume (int | Unset):
        unit_of_measure (UnitOfMeasure | Unset): Unit a quantity is given in.
    """

    quantity: float
    identity: ProductCatalogIdentity | Unset = UNSET
    is_orderable: bool | Unset = UNSET
    length: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    net_weight: int | Unset = UNSET
    gross_weight: int | Unset = UNSET
    volume: int | Unset = UNSET
    unit_of_measure: UnitOfMeasure | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        is_orderable = self.is_orderable

        length = self.length

        width = self.width

        height = self.height

        net_weight = self.net_weight

        gross_weight = self.gross_weight

        volume = self.volume

        unit_of_measure: str | Unset = UNSET
        if not isinstance(self.unit_of_measure, Unset):
            unit_of_measure = self.unit_of_measure.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
            }
        )
        if identity is not UNSET:
            field_dict["identity"] = identity
        if is_orderable is not UNSET:
            field_dict["isOrderable"] = is_orderable
        if length is not UNSET:
            field_dict["length"] = length
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if net_weight is not UNSET:
            field_dict["netWeight"] = net_weight
        if gross_weight is not UNSET:
            field_dict["grossWeight"] = gross_weight
        if volume is not UNSET:
            field_dict["volume"] = volume
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "quantity"
            quantity = d["quantity"]

            _at = "identity"
            _identity = d.get("identity", UNSET)
            identity: ProductCatalogIdentity | Unset
            if isinstance(_identity, Unset):
                identity = UNSET
            else:
                identity = ProductCatalogIdentity.from_dict(_identity)

            _at = "isOrderable"
            is_orderable = d.get("isOrderable", UNSET)

            _at = "length"
            length = d.get("length", UNSET)

            _at = "width"
            width = d.get("width", UNSET)

            _at = "height"
            height = d.get("height", UNSET)

            _at = "netWeight"
            net_weight = d.get("netWeight", UNSET)

            _at = "grossWeight"
            gross_weight = d.get("grossWeight", UNSET)

            _at = "volume"
            volume = d.get("volume", UNSET)

            _at = "unitOfMeasure"
            _unit_of_measure = d.get("unitOfMeasure", UNSET)
            unit_of_measure: UnitOfMeasure | Unset
            if isinstance(_unit_of_measure, Unset):
                unit_of_measure = UNSET
            else:
                unit_of_measure = cast(
                    "UnitOfMeasure", UnitOfMeasure._value2member_map_.get(_unit_of_measure)
                ) or UnitOfMeasure(_unit_of_measure)

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
        product_catalog_item_packaging_unit = cls(
            quantity,
            identity=identity,
            is_orderable=is_orderable,
            length=length,
            width=width,
            height=height,
            net_weight=net_weight,
            gross_weight=gross_weight,
            volume=volume,
            unit_of_measure=unit_of_measure,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 1:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                product_catalog_item_packaging_unit.additional_properties = extra

        return product_catalog_item_packaging_unit

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
from ..models.product_catalog_identity import ProductCatalogIdentity  # noqa: E402
