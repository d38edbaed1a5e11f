# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class ModificationReasonCode(StrEnum):
    DISCOUNT = "DISCOUNT"
    HANDLING = "HANDLING"
    INSURANCE = "INSURANCE"
    PACKAGING = "PACKAGING"
    SHIPPING = "SHIPPING"

    def __str__(self) -> str:
        return str(self.value)
