# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class DispatchInstructionResponseTransportUnitsUnitTypeType3Type1(StrEnum):
    CARTON = "CARTON"
    EURO_PALLET = "EURO_PALLET"
    EURO_PALLET_HALF = "EURO_PALLET_HALF"
    EURO_PALLET_QUARTER = "EURO_PALLET_QUARTER"

    def __str__(self) -> str:
        return str(self.value)
