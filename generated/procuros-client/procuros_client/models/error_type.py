# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class ErrorType(StrEnum):
    DATA = "DATA"
    INTERNAL = "INTERNAL"

    def __str__(self) -> str:
        return str(self.value)
