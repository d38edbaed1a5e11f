# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum


class ModeOfTransport(StrEnum):
    AIR = "AIR"
    MULTIMODAL = "MULTIMODAL"
    RAIL = "RAIL"
    ROAD = "ROAD"
    SEA = "SEA"

    def __str__(self) -> str:
        return str(self.value)
