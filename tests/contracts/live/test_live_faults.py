"""A broken target still fails: the same live runs as test_live_every_vendor.py, against a mock with one fault
switched on, fail naming the break.

The runs use the `mutation` profile (ci's examples, no shrinking: the fault has to be caught, not minimised) and stop
at the first failing test (`-x`): the verdict, not a full tour, is what these runs are for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

# (vendor, fault, what the failure output names)
FAULTS = [
    ("roit", "wrong-type", "Response violates schema"),
    ("paymentworks", "auth-ignored", "API accepts requests without authentication"),
    ("procuros", "undocumented-status", "Undocumented status code"),
    ("procuros", "missing-required-field", "Response violates schema"),
]


@pytest.mark.parametrize(("vendor", "fault", "named"), FAULTS, ids=[f"{v}-{f}" for v, f, _ in FAULTS])
def test_a_live_run_against_a_broken_mock_fails_naming_the_break(
    vendor: str, fault: str, named: str, tmp_path: Path, live_suite: Any
) -> None:
    live_suite.assert_fault_caught(vendor, fault, named, tmp_path)
