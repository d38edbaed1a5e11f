# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class TransactionStatus(StrEnum):
    DROPPED = "DROPPED"
    FAILED = "FAILED"
    PENDING = "PENDING"
    SUCCESS = "SUCCESS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
