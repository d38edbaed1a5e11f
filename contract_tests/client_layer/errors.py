"""What the client layer raises when a call breaks the vendor's spec, and the one line the run log counts it by."""

from __future__ import annotations

__all__ = ["ClientContractError", "first_line"]


class ClientContractError(AssertionError):
    """A request the generated client sent, or a response it received, breaks the vendor's spec."""


def first_line(text: object) -> str:
    """The first line of a failure message (the run log counts failures by it)."""
    lines = str(text or "").strip().splitlines()
    return lines[0] if lines else ""
