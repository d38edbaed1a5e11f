# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class NewVendorRequestTypeDisplay(StrEnum):
    EDIT = "Edit"
    FULL = "Full"
    PARTIAL = "Partial"

    def __str__(self) -> str:
        return str(self.value)
