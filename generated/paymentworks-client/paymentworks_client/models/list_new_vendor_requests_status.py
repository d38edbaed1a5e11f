# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from enum import IntEnum


class ListNewVendorRequestsStatus(IntEnum):
    PENDING = 0
    APPROVED = 1
    PROCESSED = 2
    CONNECTED = 3
    REJECTED = 4
    RETURNED = 5

    def __str__(self) -> str:
        return str(self.value)
