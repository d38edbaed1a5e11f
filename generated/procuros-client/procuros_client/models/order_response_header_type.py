# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class OrderResponseHeaderType(StrEnum):
    ACCEPT = "ACCEPT"
    CHANGE = "CHANGE"
    REJECT = "REJECT"

    def __str__(self) -> str:
        return str(self.value)
