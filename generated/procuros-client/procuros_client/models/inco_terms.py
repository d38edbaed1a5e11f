# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class IncoTerms(StrEnum):
    CFR = "CFR"
    CIF = "CIF"
    CIP = "CIP"
    CPT = "CPT"
    DAP = "DAP"
    DAT = "DAT"
    DDP = "DDP"
    EXW = "EXW"
    FAS = "FAS"
    FCA = "FCA"
    FOB = "FOB"

    def __str__(self) -> str:
        return str(self.value)
