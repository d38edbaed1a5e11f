# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class ItemIdentifierDomain(StrEnum):
    BUYER = "BUYER"
    GS1 = "GS1"
    SUPPLIER = "SUPPLIER"

    def __str__(self) -> str:
        return str(self.value)
