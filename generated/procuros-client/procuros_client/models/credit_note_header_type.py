# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class CreditNoteHeaderType(StrEnum):
    CORRECTION = "CORRECTION"
    VALUE_CREDIT = "VALUE_CREDIT"

    def __str__(self) -> str:
        return str(self.value)
