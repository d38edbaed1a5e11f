# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class UnitOfMeasure(StrEnum):
    BE = "BE"
    BG = "BG"
    BJ = "BJ"
    BO = "BO"
    CA = "CA"
    CMT = "CMT"
    CQ = "CQ"
    CS = "CS"
    CT = "CT"
    CU = "CU"
    DAY = "DAY"
    EA = "EA"
    GRM = "GRM"
    HUR = "HUR"
    KGM = "KGM"
    KMT = "KMT"
    LTR = "LTR"
    MLT = "MLT"
    MON = "MON"
    MTK = "MTK"
    MTQ = "MTQ"
    MTR = "MTR"
    PCK = "PCK"
    PF = "PF"
    PR = "PR"
    RO = "RO"
    SET = "SET"
    TNE = "TNE"
    TU = "TU"
    WEE = "WEE"

    def __str__(self) -> str:
        return str(self.value)
