# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class ShippingNoticePartyIdentifierDomain(StrEnum):
    DUNS = "DUNS"
    FED_TAX = "FED_TAX"
    GS1 = "GS1"
    RECEIVER_INTERNAL = "RECEIVER_INTERNAL"
    SENDER_INTERNAL = "SENDER_INTERNAL"
    VAT_DE = "VAT_DE"
    VETERINARY = "VETERINARY"
    VVVO = "VVVO"

    def __str__(self) -> str:
        return str(self.value)
