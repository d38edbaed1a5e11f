# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dispatch_instruction_response_header import DispatchInstructionResponseHeader
    from ..models.dispatch_instruction_response_transport_units_item import (
        DispatchInstructionResponseTransportUnitsItem,
    )


T = TypeVar("T", bound="DispatchInstructionResponse")


@_attrs_define
class DispatchInstructionResponse:
    """A fulfilment provider's report of what it shipped for a dispatch instruction, by transport unit.

    Attributes:
        header (DispatchInstructionResponseHeader): The instruction answered, the shipment, the dates, the parties and
            the carrier.
        transport_units (list[DispatchInstructionResponseTransportUnitsItem]):
    """

    header: DispatchInstructionResponseHeader
    transport_units: list[DispatchInstructionResponseTransportUnitsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header = self.header.to_dict()

        transport_units = []
        for transport_units_item_data in self.transport_units:
            transport_units_item = transport_units_item_data.to_dict()
            transport_units.append(transport_units_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "header": header,
                "transportUnits": transport_units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dispatch_instruction_response_header import DispatchInstructionResponseHeader  # noqa: PLC0415
        from ..models.dispatch_instruction_response_transport_units_item import (
            DispatchInstructionResponseTransportUnitsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        header = DispatchInstructionResponseHeader.from_dict(d.pop("header"))

        transport_units = []
        _transport_units = d.pop("transportUnits")
        for transport_units_item_data in _transport_units:
            transport_units_item = DispatchInstructionResponseTransportUnitsItem.from_dict(transport_units_item_data)

            transport_units.append(transport_units_item)

        dispatch_instruction_response = cls(
            header=header,
            transport_units=transport_units,
        )

        dispatch_instruction_response.additional_properties = d
        return dispatch_instruction_response

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
