# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum
from typing import Any


class UnitOfMeasure(StrEnum):
    """Members the spec lists; a value it does not list parses to an unknown member (`is_unknown`)."""

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

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list (the vendor added it); `value` holds it unchanged."""
        return self._name_.startswith("UNKNOWN:")

    @classmethod
    def _missing_(cls, value: Any) -> "UnitOfMeasure | None":
        # Vendors add enum values without notice: keep the raw value in a pseudo-member instead of raising.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN:{value}"
        member._value_ = value
        return member
