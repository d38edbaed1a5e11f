# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class ProductCatalogItemAction(StrEnum):
    CHANGED = "CHANGED"
    DELETED = "DELETED"
    NEW = "NEW"

    def __str__(self) -> str:
        return str(self.value)
