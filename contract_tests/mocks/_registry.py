"""Which behaviour module serves which vendor (imported lazily, so faults.py can ask without a cycle)."""

from __future__ import annotations

import importlib

from contract_tests.mocks.engine import VendorBehaviour
from contract_tests.specs import VENDORS

__all__ = ["behaviour"]


def behaviour(vendor: str) -> VendorBehaviour:
    """The behaviour of a vendor's mock (contract_tests.mocks.<vendor>.BEHAVIOUR)."""
    if vendor not in VENDORS:
        raise ValueError(f"unknown vendor {vendor!r}: expected one of {', '.join(VENDORS)}")
    found: VendorBehaviour = importlib.import_module(f"contract_tests.mocks.{vendor}").BEHAVIOUR
    return found
