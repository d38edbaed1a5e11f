"""Interop in `make test`: procuros_client against Prism serving Procuros's own published document.

A short run of `make interop` (3 dynamic calls per read operation instead of 30, about 30 s with Prism's install;
a fixed seed, so the dynamic server's random data, and so the outcome, replays):
all 8 operations on the static and the dynamic server, every answer parsed into its documented model, and the one
static parse failure the published document causes (SOURCES.md, Doc discrepancy 8) recorded, not hidden.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import interop

pytestmark = pytest.mark.skipif(
    not interop.PUBLISHED.exists(), reason=f"{interop.PUBLISHED} (the published document) is not beside the repo"
)


def test_every_prism_answer_parses_or_is_a_recorded_fault_of_the_published_document(tmp_path: Path) -> None:
    report = tmp_path / "interop.md"
    assert interop.main(["--calls", "3", "--seed", "interop", "--report", str(report)]) == 0
    lines = report.read_text(encoding="utf-8").splitlines()
    rows = {r.split("|")[1].strip(): r.split("|")[2:5] for r in lines if r.startswith("| ")}
    assert [cell.strip() for cell in rows["static"]] == ["8", "1", "1"]  # calls, parse failures, recorded
    calls, failures, recorded = (int(cell) for cell in rows["dynamic (-d)"])
    assert calls == 20 and failures == recorded
