# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class LineItemAttachmentType(StrEnum):
    DECLARATION_OF_CONFORMITY = "DECLARATION_OF_CONFORMITY"
    ENERGY_LABEL = "ENERGY_LABEL"
    EU_DATASHEET = "EU_DATASHEET"
    PRODUCT_LABEL = "PRODUCT_LABEL"
    SAFETY_DATASHEET = "SAFETY_DATASHEET"
    TECHNICAL_DATASHEET = "TECHNICAL_DATASHEET"

    def __str__(self) -> str:
        return str(self.value)
