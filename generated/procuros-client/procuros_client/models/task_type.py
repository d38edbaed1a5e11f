# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class TaskType(StrEnum):
    EXPORT_CUSTOMERS = "EXPORT_CUSTOMERS"
    EXPORT_SUPPLIERS = "EXPORT_SUPPLIERS"
    SYNC_ENABLED_TRADE_PARTNERS = "SYNC_ENABLED_TRADE_PARTNERS"

    def __str__(self) -> str:
        return str(self.value)
