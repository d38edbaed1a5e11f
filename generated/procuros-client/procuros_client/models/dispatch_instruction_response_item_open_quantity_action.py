# generated from specs/procuros/openapi.yaml; DO NOT EDIT; run make regen
from enum import StrEnum
from typing import Any


class DispatchInstructionResponseItemOpenQuantityAction(StrEnum):
    """Members the spec lists; a value it does not list parses to an unknown member (`is_unknown`)."""

    DELIVERED_LATER = "DELIVERED_LATER"
    DISCARDED = "DISCARDED"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value the spec does not list (the vendor added it); `value` holds it unchanged."""
        return self._name_.startswith("UNKNOWN:")

    @classmethod
    def _missing_(cls, value: Any) -> "DispatchInstructionResponseItemOpenQuantityAction | None":
        # Vendors add enum values without notice: keep the raw value in a pseudo-member instead of raising.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN:{value}"
        member._value_ = value
        return member
