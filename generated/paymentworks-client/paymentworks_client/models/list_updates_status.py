# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from enum import IntEnum


class ListUpdatesStatus(IntEnum):
    PENDING = 0
    APPROVED = 1
    REJECTED = 2
    PROCESSED = 3
    PROMOTED = 4

    def __str__(self) -> str:
        return str(self.value)
