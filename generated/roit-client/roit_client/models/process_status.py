# generated from specs/roit/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class ProcessStatus(StrEnum):
    AUDIT = "AUDIT"
    CONSOLIDATION = "CONSOLIDATION"
    FAILED = "FAILED"
    FINISHED = "FINISHED"
    PENDING = "PENDING"
    PROCESSING = "PROCESSING"
    START = "START"

    def __str__(self) -> str:
        return str(self.value)
