# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class UpdateStatusDisplay(StrEnum):
    APPROVED = "Approved"
    PENDING = "Pending"
    PROCESSED = "Processed"
    PROMOTED = "Promoted"
    REJECTED = "Rejected"

    def __str__(self) -> str:
        return str(self.value)
