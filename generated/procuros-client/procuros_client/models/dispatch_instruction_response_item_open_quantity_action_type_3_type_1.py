# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class DispatchInstructionResponseItemOpenQuantityActionType3Type1(StrEnum):
    DELIVERED_LATER = "DELIVERED_LATER"
    DISCARDED = "DISCARDED"

    def __str__(self) -> str:
        return str(self.value)
