# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class ModificationCalculationType(StrEnum):
    ABSOLUTE = "ABSOLUTE"
    RELATIVE = "RELATIVE"

    def __str__(self) -> str:
        return str(self.value)
