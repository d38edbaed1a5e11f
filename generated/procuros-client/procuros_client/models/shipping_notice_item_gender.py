# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class ShippingNoticeItemGender(StrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"

    def __str__(self) -> str:
        return str(self.value)
