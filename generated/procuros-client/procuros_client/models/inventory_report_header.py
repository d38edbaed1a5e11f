# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InventoryReportHeader")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "inventoryReportIdentifier",
        "inventoryReportDate",
        "warehouse",
        "goodsOwner",
        "technicalRecipient",
        "technicalSender",
        "comments",
        "version",
    }
)


@_attrs_define
class InventoryReportHeader:
    """Report number and date, the warehouse and the goods owner.

    Attributes:
        inventory_report_identifier (str):
        inventory_report_date (str): A date, or an RFC 3339 date-time, inside a business document.
        warehouse (Party):
        goods_owner (Party):
        technical_recipient (Party | Unset):
        technical_sender (Party | Unset):
        comments (str | Unset):
        version (int | Unset):
    """

    inventory_report_identifier: str
    inventory_report_date: str
    warehouse: Party
    goods_owner: Party
    technical_recipient: Party | Unset = UNSET
    technical_sender: Party | Unset = UNSET
    comments: str | Unset = UNSET
    version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inventory_report_identifier = self.inventory_report_identifier

        inventory_report_date = self.inventory_report_date

        warehouse = self.warehouse.to_dict()

        goods_owner = self.goods_owner.to_dict()

        technical_recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technical_recipient, Unset):
            technical_recipient = self.technical_recipient.to_dict()

        technical_sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.technical_sender, Unset):
            technical_sender = self.technical_sender.to_dict()

        comments = self.comments

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inventoryReportIdentifier": inventory_report_identifier,
                "inventoryReportDate": inventory_report_date,
                "warehouse": warehouse,
                "goodsOwner": goods_owner,
            }
        )
        if technical_recipient is not UNSET:
            field_dict["technicalRecipient"] = technical_recipient
        if technical_sender is not UNSET:
            field_dict["technicalSender"] = technical_sender
        if comments is not UNSET:
            field_dict["comments"] = comments
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "inventoryReportIdentifier"
            inventory_report_identifier = d["inventoryReportIdentifier"]

            _at = "inventoryReportDate"
            inventory_report_date = d["inventoryReportDate"]

            _at = "warehouse"
            warehouse = Party.from_dict(d["warehouse"])

            _at = "goodsOwner"
            goods_owner = Party.from_dict(d["goodsOwner"])

            _at = "technicalRecipient"
            _technical_recipient = d.get("technicalRecipient", UNSET)
            technical_recipient: Party | Unset
            if isinstance(_technical_recipient, Unset):
                technical_recipient = UNSET
            else:
                technical_recipient = Party.from_dict(_technical_recipient)

            _at = "technicalSender"
            _technical_sender = d.get("technicalSender", UNSET)
            technical_sender: Party | Unset
            if isinstance(_technical_sender, Unset):
                technical_sender = UNSET
            else:
                technical_sender = Party.from_dict(_technical_sender)

            _at = "comments"
            comments = d.get("comments", UNSET)

            _at = "version"
            version = d.get("version", UNSET)

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
        inventory_report_header = cls(
            inventory_report_identifier,
            inventory_report_date,
            warehouse,
            goods_owner,
            technical_recipient=technical_recipient,
            technical_sender=technical_sender,
            comments=comments,
            version=version,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 4:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                inventory_report_header.additional_properties = extra

        return inventory_report_header

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
from ..models.party import Party  # noqa: E402
