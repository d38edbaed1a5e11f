"""The promise kinds hold live too: the suite in live mode against a mock on loopback with one promise broken
(issue 31's five kinds of break) fails, naming the break.

As in test_live_faults.py: the `mutation` profile (ci's examples, no shrinking) and `-x` (the verdict, not a tour).
lies-about-more is the live last page: the walk pages at the largest size the spec allows, so it reaches ROIT's last
page within the live page cap and sees the continuation it still hands out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

# (vendor, fault, what the failure output names)
FAULTS = [
    ("roit", "clock-stands-still", "the write left the record's clock alone"),
    ("paymentworks", "unknown-id-forbidden", "(no such record), answered HTTP 403; x-not-found says 404"),
    ("paymentworks", "unscoped-sub-collection", "a member of another record"),
    ("paymentworks", "foreign-page-link", "a page link must stay on the same API"),
    ("roit", "lies-about-more", "the last page with items must say it is last"),
]


@pytest.mark.parametrize(("vendor", "fault", "named"), FAULTS, ids=[f"{v}-{f}" for v, f, _ in FAULTS])
def test_a_live_run_against_a_broken_promise_fails_naming_the_break(
    vendor: str, fault: str, named: str, tmp_path: Path, live_suite: Any
) -> None:
    live_suite.assert_fault_caught(vendor, fault, named, tmp_path)
