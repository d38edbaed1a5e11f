# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class ModificationType(StrEnum):
    ALLOWANCE = "ALLOWANCE"
    CHARGE = "CHARGE"

    def __str__(self) -> str:
        return str(self.value)
