# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class ShippingNoticeTransportUnitUnitType(StrEnum):
    CARTON = "CARTON"
    CONTAINER = "CONTAINER"
    EURO_PALLET = "EURO_PALLET"
    EURO_PALLET_HALF = "EURO_PALLET_HALF"
    EURO_PALLET_QUARTER = "EURO_PALLET_QUARTER"
    PACKAGE = "PACKAGE"
    PALLET = "PALLET"

    def __str__(self) -> str:
        return str(self.value)
