# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from enum import IntEnum


class ListNewVendorRequestsType(IntEnum):
    FULL = 0
    PARTIAL = 1
    EDIT = 2

    def __str__(self) -> str:
        return str(self.value)
