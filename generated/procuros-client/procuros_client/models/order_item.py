# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..models.unit_of_measure import UnitOfMeasure
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItem")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "lineNumber",
        "identifiers",
        "isDepositItem",
        "quantity",
        "unitOfMeasure",
        "description",
        "comments",
        "unitPrice",
        "pricingUnitOfMeasure",
        "pricingUnitQuantity",
        "recommendedRetailPrice",
        "tax",
        "promotionCode",
        "contractReference",
        "requestedDeliveryDate",
        "requestedEarliestDeliveryDate",
        "requestedLatestDeliveryDate",
        "deliveryGracePeriodInDays",
        "minimumRemainingShelfLifeInDays",
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
        "season",
        "gender",
        "brand",
        "consumerGroup",
        "assortment",
        "category",
        "subCategory",
        "certificationsRequired",
        "attachments",
        "modificationGroups",
    }
)


@_attrs_define
class OrderItem:
    """One ordered line: the product's identifiers, quantity, price and delivery details.

    Attributes:
        line_number (int | Unset):
        identifiers (list[ItemIdentifier] | Unset):
        is_deposit_item (bool | Unset):
        quantity (float | Unset):
        unit_of_measure (UnitOfMeasure | Unset): Unit a quantity is given in.
        description (str | Unset):
        comments (str | Unset):
        unit_price (float | Unset):
        pricing_unit_of_measure (str | Unset):
        pricing_unit_quantity (float | Unset):
        recommended_retail_price (float | Unset):
        tax (Tax | Unset): Tax applied to a line or a modification: rate and amount.
        promotion_code (str | Unset):
        contract_reference (str | Unset):
        requested_delivery_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        requested_earliest_delivery_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        requested_latest_delivery_date (str | Unset): A date, or an RFC 3339 date-time, inside a business document.
        delivery_grace_period_in_days (int | Unset):
        minimum_remaining_shelf_life_in_days (int | Unset):
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
        season (str | Unset):
        gender (str | Unset):
        brand (str | Unset):
        consumer_group (str | Unset):
        assortment (str | Unset):
        category (str | Unset):
        sub_category (str | Unset):
        certifications_required (CertificationsRequired | Unset): Certifications a line requires.
        attachments (list[LineItemAttachment] | Unset):
        modification_groups (list[ModificationGroup] | Unset):
    """

    line_number: int | Unset = UNSET
    identifiers: list[ItemIdentifier] | Unset = UNSET
    is_deposit_item: bool | Unset = UNSET
    quantity: float | Unset = UNSET
    unit_of_measure: UnitOfMeasure | Unset = UNSET
    description: str | Unset = UNSET
    comments: str | Unset = UNSET
    unit_price: float | Unset = UNSET
    pricing_unit_of_measure: str | Unset = UNSET
    pricing_unit_quantity: float | Unset = UNSET
    recommended_retail_price: float | Unset = UNSET
    tax: Tax | Unset = UNSET
    promotion_code: str | Unset = UNSET
    contract_reference: str | Unset = UNSET
    requested_delivery_date: str | Unset = UNSET
    requested_earliest_delivery_date: str | Unset = UNSET
    requested_latest_delivery_date: str | Unset = UNSET
    delivery_grace_period_in_days: int | Unset = UNSET
    minimum_remaining_shelf_life_in_days: int | Unset = UNSET
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
    season: str | Unset = UNSET
    gender: str | Unset = UNSET
    brand: str | Unset = UNSET
    consumer_group: str | Unset = UNSET
    assortment: str | Unset = UNSET
    category: str | Unset = UNSET
    sub_category: str | Unset = UNSET
    certifications_required: CertificationsRequired | Unset = UNSET
    attachments: list[LineItemAttachment] | Unset = UNSET
    modification_groups: list[ModificationGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = []
            for identifiers_item_data in self.identifiers:
                identifiers_item = identifiers_item_data.to_dict()
                identifiers.append(identifiers_item)

        is_deposit_item = self.is_deposit_item

        quantity = self.quantity

        unit_of_measure: str | Unset = UNSET
        if not isinstance(self.unit_of_measure, Unset):
            unit_of_measure = self.unit_of_measure.value

        description = self.description

        comments = self.comments

        unit_price = self.unit_price

        pricing_unit_of_measure = self.pricing_unit_of_measure

        pricing_unit_quantity = self.pricing_unit_quantity

        recommended_retail_price = self.recommended_retail_price

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        promotion_code = self.promotion_code

        contract_reference = self.contract_reference

        requested_delivery_date = self.requested_delivery_date

        requested_earliest_delivery_date = self.requested_earliest_delivery_date

        requested_latest_delivery_date = self.requested_latest_delivery_date

        delivery_grace_period_in_days = self.delivery_grace_period_in_days

        minimum_remaining_shelf_life_in_days = self.minimum_remaining_shelf_life_in_days

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

        season = self.season

        gender = self.gender

        brand = self.brand

        consumer_group = self.consumer_group

        assortment = self.assortment

        category = self.category

        sub_category = self.sub_category

        certifications_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.certifications_required, Unset):
            certifications_required = self.certifications_required.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        modification_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.modification_groups, Unset):
            modification_groups = []
            for modification_groups_item_data in self.modification_groups:
                modification_groups_item = modification_groups_item_data.to_dict()
                modification_groups.append(modification_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if is_deposit_item is not UNSET:
            field_dict["isDepositItem"] = is_deposit_item
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure
        if description is not UNSET:
            field_dict["description"] = description
        if comments is not UNSET:
            field_dict["comments"] = comments
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if pricing_unit_of_measure is not UNSET:
            field_dict["pricingUnitOfMeasure"] = pricing_unit_of_measure
        if pricing_unit_quantity is not UNSET:
            field_dict["pricingUnitQuantity"] = pricing_unit_quantity
        if recommended_retail_price is not UNSET:
            field_dict["recommendedRetailPrice"] = recommended_retail_price
        if tax is not UNSET:
            field_dict["tax"] = tax
        if promotion_code is not UNSET:
            field_dict["promotionCode"] = promotion_code
        if contract_reference is not UNSET:
            field_dict["contractReference"] = contract_reference
        if requested_delivery_date is not UNSET:
            field_dict["requestedDeliveryDate"] = requested_delivery_date
        if requested_earliest_delivery_date is not UNSET:
            field_dict["requestedEarliestDeliveryDate"] = requested_earliest_delivery_date
        if requested_latest_delivery_date is not UNSET:
            field_dict["requestedLatestDeliveryDate"] = requested_latest_delivery_date
        if delivery_grace_period_in_days is not UNSET:
            field_dict["deliveryGracePeriodInDays"] = delivery_grace_period_in_days
        if minimum_remaining_shelf_life_in_days is not UNSET:
            field_dict["minimumRemainingShelfLifeInDays"] = minimum_remaining_shelf_life_in_days
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
        if season is not UNSET:
            field_dict["season"] = season
        if gender is not UNSET:
            field_dict["gender"] = gender
        if brand is not UNSET:
            field_dict["brand"] = brand
        if consumer_group is not UNSET:
            field_dict["consumerGroup"] = consumer_group
        if assortment is not UNSET:
            field_dict["assortment"] = assortment
        if category is not UNSET:
            field_dict["category"] = category
        if sub_category is not UNSET:
            field_dict["subCategory"] = sub_category
        if certifications_required is not UNSET:
            field_dict["certificationsRequired"] = certifications_required
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if modification_groups is not UNSET:
            field_dict["modificationGroups"] = modification_groups

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
            line_number = d.get("lineNumber", UNSET)

            _at = "identifiers"
            _identifiers = d.get("identifiers", UNSET)
            identifiers: list[ItemIdentifier] | Unset = UNSET
            if _identifiers is not UNSET:
                identifiers = []
                for identifiers_item_data in _identifiers:
                    identifiers_item = ItemIdentifier.from_dict(identifiers_item_data)

                    identifiers.append(identifiers_item)

            _at = "isDepositItem"
            is_deposit_item = d.get("isDepositItem", UNSET)

            _at = "quantity"
            quantity = d.get("quantity", UNSET)

            _at = "unitOfMeasure"
            _unit_of_measure = d.get("unitOfMeasure", UNSET)
            unit_of_measure: UnitOfMeasure | Unset
            if isinstance(_unit_of_measure, Unset):
                unit_of_measure = UNSET
            else:
                unit_of_measure = cast(
                    "UnitOfMeasure", UnitOfMeasure._value2member_map_.get(_unit_of_measure)
                ) or UnitOfMeasure(_unit_of_measure)

            _at = "description"
            description = d.get("description", UNSET)

            _at = "comments"
            comments = d.get("comments", UNSET)

            _at = "unitPrice"
            unit_price = d.get("unitPrice", UNSET)

            _at = "pricingUnitOfMeasure"
            pricing_unit_of_measure = d.get("pricingUnitOfMeasure", UNSET)

            _at = "pricingUnitQuantity"
            pricing_unit_quantity = d.get("pricingUnitQuantity", UNSET)

            _at = "recommendedRetailPrice"
            recommended_retail_price = d.get("recommendedRetailPrice", UNSET)

            _at = "tax"
            _tax = d.get("tax", UNSET)
            tax: Tax | Unset
            if isinstance(_tax, Unset):
                tax = UNSET
            else:
                tax = Tax.from_dict(_tax)

            _at = "promotionCode"
            promotion_code = d.get("promotionCode", UNSET)

            _at = "contractReference"
            contract_reference = d.get("contractReference", UNSET)

            _at = "requestedDeliveryDate"
            requested_delivery_date = d.get("requestedDeliveryDate", UNSET)

            _at = "requestedEarliestDeliveryDate"
            requested_earliest_delivery_date = d.get("requestedEarliestDeliveryDate", UNSET)

            _at = "requestedLatestDeliveryDate"
            requested_latest_delivery_date = d.get("requestedLatestDeliveryDate", UNSET)

            _at = "deliveryGracePeriodInDays"
            delivery_grace_period_in_days = d.get("deliveryGracePeriodInDays", UNSET)

            _at = "minimumRemainingShelfLifeInDays"
            minimum_remaining_shelf_life_in_days = d.get("minimumRemainingShelfLifeInDays", UNSET)

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

            _at = "season"
            season = d.get("season", UNSET)

            _at = "gender"
            gender = d.get("gender", UNSET)

            _at = "brand"
            brand = d.get("brand", UNSET)

            _at = "consumerGroup"
            consumer_group = d.get("consumerGroup", UNSET)

            _at = "assortment"
            assortment = d.get("assortment", UNSET)

            _at = "category"
            category = d.get("category", UNSET)

            _at = "subCategory"
            sub_category = d.get("subCategory", UNSET)

            _at = "certificationsRequired"
            _certifications_required = d.get("certificationsRequired", UNSET)
            certifications_required: CertificationsRequired | Unset
            if isinstance(_certifications_required, Unset):
                certifications_required = UNSET
            else:
                certifications_required = CertificationsRequired.from_dict(_certifications_required)

            _at = "attachments"
            _attachments = d.get("attachments", UNSET)
            attachments: list[LineItemAttachment] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    attachments_item = LineItemAttachment.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

            _at = "modificationGroups"
            _modification_groups = d.get("modificationGroups", UNSET)
            modification_groups: list[ModificationGroup] | Unset = UNSET
            if _modification_groups is not UNSET:
                modification_groups = []
                for modification_groups_item_data in _modification_groups:
                    modification_groups_item = ModificationGroup.from_dict(modification_groups_item_data)

                    modification_groups.append(modification_groups_item)

        except _ResponseParseError as exc:
            if _at == "identifiers" and isinstance(identifiers, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(identifiers)) from None
            if _at == "attachments" and isinstance(attachments, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(attachments)) from None
            if _at == "modificationGroups" and isinstance(modification_groups, list):
                # A nested item failed inside the loop: the items parsed so far give its index.
                raise _ResponseParseError.at(_at, exc, len(modification_groups)) from None
            raise _ResponseParseError.at(_at, exc) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if not isinstance(src_dict, Mapping):
                # Not an object at all: say so, at the object's own pointer.
                cause = TypeError(f"expected an object, got {type(src_dict).__name__}")
                raise _ResponseParseError.at(None, cause) from exc
            raise _ResponseParseError.at(_at, exc) from exc
        # The members without a default are attrs' leading positional parameters, in declaration order: passing
        # them by position costs less than by keyword (~0.5 µs on a 19-member model).
        order_item = cls(
            line_number=line_number,
            identifiers=identifiers,
            is_deposit_item=is_deposit_item,
            quantity=quantity,
            unit_of_measure=unit_of_measure,
            description=description,
            comments=comments,
            unit_price=unit_price,
            pricing_unit_of_measure=pricing_unit_of_measure,
            pricing_unit_quantity=pricing_unit_quantity,
            recommended_retail_price=recommended_retail_price,
            tax=tax,
            promotion_code=promotion_code,
            contract_reference=contract_reference,
            requested_delivery_date=requested_delivery_date,
            requested_earliest_delivery_date=requested_earliest_delivery_date,
            requested_latest_delivery_date=requested_latest_delivery_date,
            delivery_grace_period_in_days=delivery_grace_period_in_days,
            minimum_remaining_shelf_life_in_days=minimum_remaining_shelf_life_in_days,
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
            season=season,
            gender=gender,
            brand=brand,
            consumer_group=consumer_group,
            assortment=assortment,
            category=category,
            sub_category=sub_category,
            certifications_required=certifications_required,
            attachments=attachments,
            modification_groups=modification_groups,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 0:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                order_item.additional_properties = extra

        return order_item

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
from ..models.certifications_required import CertificationsRequired  # noqa: E402
from ..models.item_identifier import ItemIdentifier  # noqa: E402
from ..models.line_item_attachment import LineItemAttachment  # noqa: E402
from ..models.modification_group import ModificationGroup  # noqa: E402
from ..models.tax import Tax  # noqa: E402
