# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class NewVendorRequestStatusDisplay(StrEnum):
    APPROVED = "Approved"
    CONNECTED = "Connected"
    PENDING = "Pending"
    PROCESSED = "Processed"
    REJECTED = "Rejected"
    RETURNED = "Returned"

    def __str__(self) -> str:
        return str(self.value)
