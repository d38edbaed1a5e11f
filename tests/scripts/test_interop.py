"""Interop in `make test`: procuros_client against Prism serving Procuros's own published document.

The whole of `make interop` (30 dynamic calls per read operation, about 40 s: under a minute, so `make test` runs
all of it), with a fixed seed, so the dynamic server's random data, and so the outcome, replays:
all 8 operations on the static and the dynamic server, every answer parsed into its documented model, and the one
static parse failure the published document causes (SOURCES.md, Doc discrepancy 8) recorded, not hidden.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml

from scripts import interop
from scripts._interop_calls import _set_aside

pytestmark = pytest.mark.skipif(
    not interop.PUBLISHED.exists(), reason=f"{interop.PUBLISHED} (the published document) is not beside the repo"
)


def test_every_prism_answer_parses_or_is_a_recorded_fault_of_the_published_document(tmp_path: Path) -> None:
    report = tmp_path / "interop.md"
    assert interop.main(["--seed", "interop", "--report", str(report)]) == 0
    lines = report.read_text(encoding="utf-8").splitlines()
    rows = {r.split("|")[1].strip(): r.split("|")[2:5] for r in lines if r.startswith("| ")}
    assert [cell.strip() for cell in rows["static"]] == ["8", "1", "1"]  # calls, parse failures, recorded
    calls, failures, recorded = (int(cell) for cell in rows["dynamic (-d)"])
    assert calls == 128 and failures == recorded


def test_a_transaction_is_set_aside_only_when_the_published_schema_rejects_it_as_its_types_document() -> None:
    doc = yaml.safe_load(interop.PUBLISHED.read_text(encoding="utf-8"))
    examples = interop._published_documents(doc)
    drawn = dataclasses.replace(examples, random=True)
    nothing: dict[str, object] = {"header": {}}  # no type's document
    assert not any(examples(kind, nothing) for kind in examples.kinds)
    assert not _set_aside({"type": "ORDER", "content": nothing}, examples)  # an example stays a failure to record
    assert _set_aside({"type": "ORDER", "content": nothing}, drawn)  # a random draw is set aside
