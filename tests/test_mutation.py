"""The fast mutation subset stays killed: a fault the suite once caught must keep turning it red."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests.spec import REPO_ROOT
from scripts import mutation
from scripts.mutation import FAST_SUBSET, Outcome, mutants, run_mutant


@pytest.mark.parametrize(("vendor", "kind"), FAST_SUBSET, ids=[f"{k}@{v}" for v, k in FAST_SUBSET])
def test_contract_suite_kills_fault(vendor: str, kind: str) -> None:
    (mutant,) = mutants([vendor], [kind])
    outcome = run_mutant(mutant)
    assert outcome.killed, f"{kind} on the {vendor} mock survived the contract suite: {outcome.detail or 'it passed'}"
    assert outcome.killed_by, "a kill must name the operation and check (or test) that caught it"


def test_per_filter_mutants_name_one_filter_of_one_operation_each() -> None:
    split = mutants(["paymentworks"], ["ignores-filter"], per_filter=True)
    (whole,) = mutants(["paymentworks"], ["ignores-filter"])
    assert len(split) > len(whole.operations) and all(len(m.operations) == 1 for m in split)
    assert "ignores-filter=supplier_name@list_updates" in {m.kind for m in split}
    assert {m.operations[0] for m in split} == set(whole.operations)


def test_report_path_outside_the_repo_is_printed_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "elsewhere" / "mutation.md"
    assert not out.is_relative_to(REPO_ROOT)
    monkeypatch.setattr(mutation, "run_mutant", lambda m: Outcome(m, True, ("mark_update_processed: x",), 0.1))
    assert (
        mutation.main(["--vendor", "paymentworks", "--fault", "not-idempotent", "--no-controls", "--out", str(out)])
        == 0
    )
    assert f"report: {out}" in capsys.readouterr().out
    assert "1/1 faults killed" in out.read_text(encoding="utf-8")
