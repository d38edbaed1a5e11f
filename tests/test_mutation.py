"""The fast mutation subset stays killed: a fault the suite once caught must keep turning it red."""

from __future__ import annotations

import pytest

from scripts.mutation import FAST_SUBSET, mutants, run_mutant


@pytest.mark.parametrize(("vendor", "kind"), FAST_SUBSET, ids=[f"{k}@{v}" for v, k in FAST_SUBSET])
def test_contract_suite_kills_fault(vendor: str, kind: str) -> None:
    (mutant,) = mutants([vendor], [kind])
    outcome = run_mutant(mutant)
    assert outcome.killed, f"{kind} on the {vendor} mock survived the contract suite: {outcome.detail or 'it passed'}"
    assert outcome.killed_by, "a kill must name the operation and check (or test) that caught it"
