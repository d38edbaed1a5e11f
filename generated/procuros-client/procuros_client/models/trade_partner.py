# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseParseError as _ResponseParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="TradePartner")
# The members the spec names; from_dict keeps every other key in additional_properties.
_MEMBERS = frozenset(
    {
        "systemIdentifier",
        "isEnabled",
        "mainParty",
        "additionalParties",
    }
)


@_attrs_define
class TradePartner:
    """One customer or supplier of your ERP (vendor schemas ExportCustomersResult / ExportSuppliersResult items, which are
    identical).

        Attributes:
            system_identifier (str): Your ERP's identifier for this trade partner; returned later in
                SYNC_ENABLED_TRADE_PARTNERS.
            is_enabled (bool): Whether the trade partner is enabled for Procuros.
            main_party (Party):
            additional_parties (TradePartnerAdditionalParties | Unset): Additional parties that exist for this trade
                partner.
    """

    system_identifier: str
    is_enabled: bool
    main_party: Party
    additional_parties: TradePartnerAdditionalParties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_identifier = self.system_identifier

        is_enabled = self.is_enabled

        main_party = self.main_party.to_dict()

        additional_parties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_parties, Unset):
            additional_parties = self.additional_parties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "systemIdentifier": system_identifier,
                "isEnabled": is_enabled,
                "mainParty": main_party,
            }
        )
        if additional_parties is not UNSET:
            field_dict["additionalParties"] = additional_parties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # _at names the member being parsed, so a failure reports its JSON pointer instead of a bare KeyError.
        _at: str | None = None
        try:
            # Read, never copied: the members the spec names are looked up, the rest collected once at the end.
            # Any mapping reads the same; anything else fails at its first member and is named below.
            d = src_dict
            _at = "systemIdentifier"
            system_identifier = d["systemIdentifier"]

            _at = "isEnabled"
            is_enabled = d["isEnabled"]

            _at = "mainParty"
            main_party = Party.from_dict(d["mainParty"])

            _at = "additionalParties"
            _additional_parties = d.get("additionalParties", UNSET)
            additional_parties: TradePartnerAdditionalParties | Unset
            if isinstance(_additional_parties, Unset):
                additional_parties = UNSET
            else:
                additional_parties = TradePartnerAdditionalParties.from_dict(_additional_parties)

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
        trade_partner = cls(
            system_identifier,
            is_enabled,
            main_party,
            additional_parties=additional_parties,
        )

        # Every required member was found, so a mapping of exactly that size holds nothing else; otherwise the keys
        # beyond the members are kept (none: the instance keeps the empty dict attrs gave it).
        if len(d) != 3:
            extra = {key: value for key, value in d.items() if key not in _MEMBERS}
            if extra:
                trade_partner.additional_properties = extra

        return trade_partner

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
from ..models.trade_partner_additional_parties import TradePartnerAdditionalParties  # noqa: E402
