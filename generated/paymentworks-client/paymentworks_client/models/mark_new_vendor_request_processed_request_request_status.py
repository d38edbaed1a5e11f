# generated from specs/paymentworks/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class MarkNewVendorRequestProcessedRequestRequestStatus(StrEnum):
    PROCESSED = "2"

    def __str__(self) -> str:
        return str(self.value)
