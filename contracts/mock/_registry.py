"""Which behaviour module serves which vendor: the vendor table's row names it (contracts.mock.<vendor>)."""

from __future__ import annotations

import importlib

from contracts.mock.behaviour import VendorBehaviour
from contracts.model.vendors import VENDORS

__all__ = ["behaviour"]


def behaviour(vendor: str) -> VendorBehaviour:
    """The behaviour of a vendor's mock (the BEHAVIOUR of the module its vendor row names)."""
    if vendor not in VENDORS:
        raise ValueError(f"unknown vendor {vendor!r}: expected one of {', '.join(VENDORS)}")
    module = VENDORS[vendor].behaviour
    found = getattr(importlib.import_module(module), "BEHAVIOUR", None)
    if not isinstance(found, VendorBehaviour):
        raise ValueError(f"{module} has no BEHAVIOUR = VendorBehaviour(...): the mock of {vendor!r} needs one")
    return found
