# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class ProductCatalogItemAllergensItemPresence(StrEnum):
    FREE_FROM = "FREE_FROM"
    PRESENT = "PRESENT"
    TRACES = "TRACES"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
