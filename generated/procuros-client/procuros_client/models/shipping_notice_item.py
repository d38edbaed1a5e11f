# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.shipping_notice_item_gender import ShippingNoticeItemGender
from ..models.shipping_notice_item_open_quantity_action import ShippingNoticeItemOpenQuantityAction
from ..models.unit_of_measure import UnitOfMeasure
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShippingNoticeItem")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "lineNumber",
        "identifiers",
        "isDepositItem",
        "orderedQuantity",
        "shippedQuantity",
        "orderLineNumber",
        "orderIdentifier",
        "description",
        "comments",
        "openQuantityAction",
        "batches",
        "unitPrice",
        "recommendedRetailPrice",
        "tax",
        "minimumRemainingShelfLifeInDays",
        "promotionCode",
        "contractReference",
        "netWeight",
        "grossWeight",
        "originCountryCode",
        "colorCode",
        "colorName",
        "size",
        "dimension",
        "hsCode",
        "cnCode",
        "organicControlPointNumber",
        "fscNumber",
        "mscNumber",
        "certifications",
        "unitOfMeasure",
        "breeder",
        "fattener",
        "slaughterer",
        "cutter",
        "slaughterDate",
        "tradeClass",
        "earTag",
        "birthdate",
        "gender",
    }
)


@_attrs_define
class ShippingNoticeItem:
    """One shipped line: the product, ordered and shipped quantities, batches and prices.

    Attributes:
        line_number (int):
        identifiers (list[ItemIdentifier]):
        is_deposit_item (bool):
        ordered_quantity (float):
        shipped_quantity (float):
        order_line_number (int | Unset):
        order_identifier (str | Unset):
        description (str | Unset):
        comments (str | Unset):
        open_quantity_action (ShippingNoticeItemOpenQuantityAction | Unset):
        batches (list[Batch] | Unset):
        unit_price (float | None | Unset):
        recommended_retail_price (float | None | Unset):
        tax (Tax | Unset): Tax applied to a line or a modification: rate and amount.
        minimum_remaining_shelf_life_in_days (int | Unset):
        promotion_code (str | Unset):
        contract_reference (str | Unset):
        net_weight (float | Unset):
        gross_weight (float | Unset):
        origin_country_code (str | Unset):
        color_code (str | Unset):
        color_name (str | Unset):
        size (str | Unset):
        dimension (str | Unset):
        hs_code (str | Unset):
        cn_code (str | Unset):
        organic_control_point_number (str | Unset):
        fsc_number (str | Unset):
        msc_number (str | Unset):
        certifications (Certifications | Unset): Certifications a product holds.
        unit_of_measure (UnitOfMeasure | Unset): Unit a quantity is given in.
        breeder (ShippingNoticeParty | Unset): A party along a shipped line's supply chain (breeder, fattener,
            slaughterer, cutter); a Party whose identifiers may also use the shipping-notice domains (VVVO, VETERINARY).
        fattener (ShippingNoticeParty | Unset): A party along a shipped line's supply chain (breeder, fattener,
            slaughterer, cutter); a Party whose identifiers may also use the shipping-notice domains (VVVO, VETERINARY).
        slaughterer (ShippingNoticeParty | Unset): A party along a shipped line's supply chain (breeder, fattener,
            slaughterer, cutter); a Party whose identifiers may also use the shipping-notice domains (VVVO, VETERINARY).
        cutter (ShippingNoticeParty | Unset): A party along a shipped line's supply chain (breeder, fattener,
            slaughterer, cutter); a Party whose identifiers may also use the shipping-notice domains (VVVO, VETERINARY).
        slaughter_date (datetime.date | Unset): A calendar date (YYYY-MM-DD).
        trade_class (str | Unset):
        ear_tag (str | Unset):
        birthdate (datetime.date | Unset): A calendar date (YYYY-MM-DD).
        gender (ShippingNoticeItemGender | Unset):
    """

    line_number: int
    identifiers: list[ItemIdentifier]
    is_deposit_item: bool
    ordered_quantity: float
    shipped_quantity: float
    order_line_number: int | Unset = UNSET
    order_identifier: str | Unset = UNSET
    description: str | Unset = UNSET
    comments: str | Unset = UNSET
    open_quantity_action: ShippingNoticeItemOpenQuantityAction | Unset = UNSET
    batches: list[Batch] | Unset = UNSET
    unit_price: float | None | Unset = UNSET
    recommended_retail_price: float | None | Unset = UNSET
    tax: Tax | Unset = UNSET
    minimum_remaining_shelf_life_in_days: int | Unset = UNSET
    promotion_code: str | Unset = UNSET
    contract_reference: str | Unset = UNSET
    net_weight: float | Unset = UNSET
    gross_weight: float | Unset = UNSET
    origin_country_code: str | Unset = UNSET
    color_code: str | Unset = UNSET
    color_name: str | Unset = UNSET
    size: str | Unset = UNSET
    dimension: str | Unset = UNSET
    hs_code: str | Unset = UNSET
    cn_code: str | Unset = UNSET
    organic_control_point_number: str | Unset = UNSET
    fsc_number: str | Unset = UNSET
    msc_number: str | Unset = UNSET
    certifications: Certifications | Unset = UNSET
    unit_of_measure: UnitOfMeasure | Unset = UNSET
    breeder: ShippingNoticeParty | Unset = UNSET
    fattener: ShippingNoticeParty | Unset = UNSET
    slaughterer: ShippingNoticeParty | Unset = UNSET
    cutter: ShippingNoticeParty | Unset = UNSET
    slaughter_date: datetime.date | Unset = UNSET
    trade_class: str | Unset = UNSET
    ear_tag: str | Unset = UNSET
    birthdate: datetime.date | Unset = UNSET
    gender: ShippingNoticeItemGender | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        identifiers = []
        for identifiers_item_data in self.identifiers:
            identifiers_item = identifiers_item_data.to_dict()
            identifiers.append(identifiers_item)

        is_deposit_item = self.is_deposit_item

        ordered_quantity = self.ordered_quantity

        shipped_quantity = self.shipped_quantity

        order_line_number = self.order_line_number

        order_identifier = self.order_identifier

        description = self.description

        comments = self.comments

        open_quantity_action: str | Unset = UNSET
        if not isinstance(self.open_quantity_action, Unset):
            open_quantity_action = self.open_quantity_action.value

        batches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = []
            for batches_item_data in self.batches:
                batches_item = batches_item_data.to_dict()
                batches.append(batches_item)

        unit_price: float | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        recommended_retail_price: float | None | Unset
        if isinstance(self.recommended_retail_price, Unset):
            recommended_retail_price = UNSET
        else:
            recommended_retail_price = self.recommended_retail_price

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        minimum_remaining_shelf_life_in_days = self.minimum_remaining_shelf_life_in_days

        promotion_code = self.promotion_code

        contract_reference = self.contract_reference

        net_weight = self.net_weight

        gross_weight = self.gross_weight

        origin_country_code = self.origin_country_code

        color_code = self.color_code

        color_name = self.color_name

        size = self.size

        dimension = self.dimension

        hs_code = self.hs_code

        cn_code = self.cn_code

        organic_control_point_number = self.organic_control_point_number

        fsc_number = self.fsc_number

        msc_number = self.msc_number

        certifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certifications, Unset):
            certifications = self.certifications.to_dict()

        unit_of_measure: str | Unset = UNSET
        if not isinstance(self.unit_of_measure, Unset):
            unit_of_measure = self.unit_of_measure.value

        breeder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.breeder, Unset):
            breeder = self.breeder.to_dict()

        fattener: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fattener, Unset):
            fattener = self.fattener.to_dict()

        slaughterer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slaughterer, Unset):
            slaughterer = self.slaughterer.to_dict()

        cutter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cutter, Unset):
            cutter = self.cutter.to_dict()

        slaughter_date: str | Unset = UNSET
        if not isinstance(self.slaughter_date, Unset):
            slaughter_date = self.slaughter_date.isoformat()

        trade_class = self.trade_class

        ear_tag = self.ear_tag

        birthdate: str | Unset = UNSET
        if not isinstance(self.birthdate, Unset):
            birthdate = self.birthdate.isoformat()

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineNumber": line_number,
                "identifiers": identifiers,
                "isDepositItem": is_deposit_item,
                "orderedQuantity": ordered_quantity,
                "shippedQuantity": shipped_quantity,
            }
        )
        if order_line_number is not UNSET:
            field_dict["orderLineNumber"] = order_line_number
        if order_identifier is not UNSET:
            field_dict["orderIdentifier"] = order_identifier
        if description is not UNSET:
            field_dict["description"] = description
        if comments is not UNSET:
            field_dict["comments"] = comments
        if open_quantity_action is not UNSET:
            field_dict["openQuantityAction"] = open_quantity_action
        if batches is not UNSET:
            field_dict["batches"] = batches
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if recommended_retail_price is not UNSET:
            field_dict["recommendedRetailPrice"] = recommended_retail_price
        if tax is not UNSET:
            field_dict["tax"] = tax
        if minimum_remaining_shelf_life_in_days is not UNSET:
            field_dict["minimumRemainingShelfLifeInDays"] = minimum_remaining_shelf_life_in_days
        if promotion_code is not UNSET:
            field_dict["promotionCode"] = promotion_code
        if contract_reference is not UNSET:
            field_dict["contractReference"] = contract_reference
        if net_weight is not UNSET:
            field_dict["netWeight"] = net_weight
        if gross_weight is not UNSET:
            field_dict["grossWeight"] = gross_weight
        if origin_country_code is not UNSET:
            field_dict["originCountryCode"] = origin_country_code
        if color_code is not UNSET:
            field_dict["colorCode"] = color_code
        if color_name is not UNSET:
            field_dict["colorName"] = color_name
        if size is not UNSET:
            field_dict["size"] = size
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if hs_code is not UNSET:
            field_dict["hsCode"] = hs_code
        if cn_code is not UNSET:
            field_dict["cnCode"] = cn_code
        if organic_control_point_number is not UNSET:
            field_dict["organicControlPointNumber"] = organic_control_point_number
        if fsc_number is not UNSET:
            field_dict["fscNumber"] = fsc_number
        if msc_number is not UNSET:
            field_dict["mscNumber"] = msc_number
        if certifications is not UNSET:
            field_dict["certifications"] = certifications
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure
        if breeder is not UNSET:
            field_dict["breeder"] = breeder
        if fattener is not UNSET:
            field_dict["fattener"] = fattener
        if slaughterer is not UNSET:
            field_dict["slaughterer"] = slaughterer
        if cutter is not UNSET:
            field_dict["cutter"] = cutter
        if slaughter_date is not UNSET:
            field_dict["slaughterDate"] = slaughter_date
        if trade_class is not UNSET:
            field_dict["tradeClass"] = trade_class
        if ear_tag is not UNSET:
            field_dict["earTag"] = ear_tag
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if gender is not UNSET:
            field_dict["gender"] = gender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "lineNumber"
            line_number = d["lineNumber"]

            _at = "identifiers"
            identifiers = []
            _identifiers = d["identifiers"]
            for identifiers_item_data in _identifiers:
                identifiers_item = ItemIdentifier.from_dict(identifiers_item_data)

                identifiers.append(identifiers_item)

            _at = "isDepositItem"
            is_deposit_item = d["isDepositItem"]

            _at = "orderedQuantity"
            ordered_quantity = d["orderedQuantity"]

            _at = "shippedQuantity"
            shipped_quantity = d["shippedQuantity"]

            _at = "orderLineNumber"
            order_line_number = d.get("orderLineNumber", UNSET)

            _at = "orderIdentifier"
            order_identifier = d.get("orderIdentifier", UNSET)

            _at = "description"
            description = d.get("description", UNSET)

            _at = "comments"
            comments = d.get("comments", UNSET)

            _at = "openQuantityAction"
            _open_quantity_action = d.get("openQuantityAction", UNSET)
            open_quantity_action: ShippingNoticeItemOpenQuantityAction | Unset
            if isinstance(_open_quantity_action, Unset):
                open_quantity_action = UNSET
            else:
                open_quantity_action = cast(
                    "ShippingNoticeItemOpenQuantityAction",
                    ShippingNoticeItemOpenQuantityAction._value2member_map_.get(_open_quantity_action),
                ) or ShippingNoticeItemOpenQuantityAction(_open_quantity_action)

            _at = "batches"
            _batches = d.get("batches", UNSET)
            batches: list[Batch] | Unset = UNSET
            if _batches is not UNSET:
                batches = []
                for batches_item_data in _batches:
                    batches_item = Batch.from_dict(batches_item_data)

                    batches.append(batches_item)

            _at = "unitPrice"
            unit_price = d.get("unitPrice", UNSET)

            _at = "recommendedRetailPrice"
            recommended_retail_price = d.get("recommendedRetailPrice", UNSET)

            _at = "tax"
            _tax = d.get("tax", UNSET)
            tax: Tax | Unset
            if isinstance(_tax, Unset):
                tax = UNSET
            else:
                tax = Tax.from_dict(_tax)

            _at = "minimumRemainingShelfLifeInDays"
            minimum_remaining_shelf_life_in_days = d.get("minimumRemainingShelfLifeInDays", UNSET)

            _at = "promotionCode"
            promotion_code = d.get("promotionCode", UNSET)

            _at = "contractReference"
            contract_reference = d.get("contractReference", UNSET)

            _at = "netWeight"
            net_weight = d.get("netWeight", UNSET)

            _at = "grossWeight"
            gross_weight = d.get("grossWeight", UNSET)

            _at = "originCountryCode"
            origin_country_code = d.get("originCountryCode", UNSET)

            _at = "colorCode"
            color_code = d.get("colorCode", UNSET)

            _at = "colorName"
            color_name = d.get("colorName", UNSET)

            _at = "size"
            size = d.get("size", UNSET)

            _at = "dimension"
            dimension = d.get("dimension", UNSET)

            _at = "hsCode"
            hs_code = d.get("hsCode", UNSET)

            _at = "cnCode"
            cn_code = d.get("cnCode", UNSET)

            _at = "organicControlPointNumber"
            organic_control_point_number = d.get("organicControlPointNumber", UNSET)

            _at = "fscNumber"
            fsc_number = d.get("fscNumber", UNSET)

            _at = "mscNumber"
            msc_number = d.get("mscNumber", UNSET)

            _at = "certifications"
            _certifications = d.get("certifications", UNSET)
            certifications: Certifications | Unset
            if isinstance(_certifications, Unset):
                certifications = UNSET
            else:
                certifications = Certifications.from_dict(_certifications)

            _at = "unitOfMeasure"
            _unit_of_measure = d.get("unitOfMeasure", UNSET)
            unit_of_measure: UnitOfMeasure | Unset
            if isinstance(_unit_of_measure, Unset):
                unit_of_measure = UNSET
            else:
                unit_of_measure = cast(
                    "UnitOfMeasure", UnitOfMeasure._value2member_map_.get(_unit_of_measure)
                ) or UnitOfMeasure(_unit_of_measure)

            _at = "breeder"
            _breeder = d.get("breeder", UNSET)
            breeder: ShippingNoticeParty | Unset
            if isinstance(_breeder, Unset):
                breeder = UNSET
            else:
                breeder = ShippingNoticeParty.from_dict(_breeder)

            _at = "fattener"
            _fattener = d.get("fattener", UNSET)
            fattener: ShippingNoticeParty | Unset
            if isinstance(_fattener, Unset):
                fattener = UNSET
            else:
                fattener = ShippingNoticeParty.from_dict(_fattener)

            _at = "slaughterer"
            _slaughterer = d.get("slaughterer", UNSET)
            slaughterer: ShippingNoticeParty | Unset
            if isinstance(_slaughterer, Unset):
                slaughterer = UNSET
            else:
                slaughterer = ShippingNoticeParty.from_dict(_slaughterer)

            _at = "cutter"
            _cutter = d.get("cutter", UNSET)
            cutter: ShippingNoticeParty | Unset
            if isinstance(_cutter, Unset):
                cutter = UNSET
            else:
                cutter = ShippingNoticeParty.from_dict(_cutter)

            _at = "slaughterDate"
            _slaughter_date = d.get("slaughterDate", UNSET)
            slaughter_date: datetime.date | Unset
            if isinstance(_slaughter_date, Unset):
                slaughter_date = UNSET
            else:
                slaughter_date = datetime.date.fromisoformat(_slaughter_date)

            _at = "tradeClass"
            trade_class = d.get("tradeClass", UNSET)

            _at = "earTag"
            ear_tag = d.get("earTag", UNSET)

            _at = "birthdate"
            _birthdate = d.get("birthdate", UNSET)
            birthdate: datetime.date | Unset
            if isinstance(_birthdate, Unset):
                birthdate = UNSET
            else:
                birthdate = datetime.date.fromisoformat(_birthdate)

            _at = "gender"
            _gender = d.get("gender", UNSET)
            gender: ShippingNoticeItemGender | Unset
            if isinstance(_gender, Unset):
                gender = UNSET
            else:
                gender = cast(
                    "ShippingNoticeItemGender", ShippingNoticeItemGender._value2member_map_.get(_gender)
                ) or ShippingNoticeItemGender(_gender)

        except _ResponseParseError as exc:
            if _at == "identifiers" and isinstance(identifiers, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(identifiers)) from None
            if _at == "batches" and isinstance(batches, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(batches)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        shipping_notice_item = cls(
            line_number,
            identifiers,
            is_deposit_item,
            ordered_quantity,
            shipped_quantity,
            order_line_number=order_line_number,
            order_identifier=order_identifier,
            description=description,
            comments=comments,
            open_quantity_action=open_quantity_action,
            batches=batches,
            unit_price=unit_price,
            recommended_retail_price=recommended_retail_price,
            tax=tax,
            minimum_remaining_shelf_life_in_days=minimum_remaining_shelf_life_in_days,
            promotion_code=promotion_code,
            contract_reference=contract_reference,
            net_weight=net_weight,
            gross_weight=gross_weight,
            origin_country_code=origin_country_code,
            color_code=color_code,
            color_name=color_name,
            size=size,
            dimension=dimension,
            hs_code=hs_code,
            cn_code=cn_code,
            organic_control_point_number=organic_control_point_number,
            fsc_number=fsc_number,
            msc_number=msc_number,
            certifications=certifications,
            unit_of_measure=unit_of_measure,
            breeder=breeder,
            fattener=fattener,
            slaughterer=slaughterer,
            cutter=cutter,
            slaughter_date=slaughter_date,
            trade_class=trade_class,
            ear_tag=ear_tag,
            birthdate=birthdate,
            gender=gender,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 5:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                shipping_notice_item.additional_properties = extra

        return shipping_notice_item

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
from ..models.batch import Batch  # noqa: E402
from ..models.certifications import Certifications  # noqa: E402
from ..models.item_identifier import ItemIdentifier  # noqa: E402
from ..models.shipping_notice_party import ShippingNoticeParty  # noqa: E402
from ..models.tax import Tax  # noqa: E402
