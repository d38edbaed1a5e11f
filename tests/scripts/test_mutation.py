"""The fast mutation subset stays killed: a fault the suite once caught must keep turning it red."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest
from schemathesis.checks import CHECKS

from contracts.mock import CATALOG
from contracts.model import REPO_ROOT
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
    monkeypatch.setattr(mutation, "run_mutant", lambda m, **_: Outcome(m, True, ("mark_update_processed: x",), 0.1))
    assert (
        mutation.main(["--vendor", "paymentworks", "--fault", "not-idempotent", "--no-controls", "--out", str(out)])
        == 0
    )
    assert f"report: {out}" in capsys.readouterr().out
    assert "1/1 faults killed" in out.read_text(encoding="utf-8")


def test_every_check_a_fault_names_as_its_catcher_exists() -> None:
    import contracts.semantics.checks  # noqa: F401  (registers the semantic checks)
    from contract_tests import promise_suite, semantic_suite

    registered = set(CHECKS.get_all_names())
    named = [(kind, name) for kind, fault in CATALOG.items() for name in fault.caught_by]
    assert {kind for kind, _ in named} >= {"ignores-filter", "lies-about-more", "accepts-any-scheme"}
    source = inspect.getsource(semantic_suite) + inspect.getsource(promise_suite)
    missing = [(kind, n) for kind, n in named if n not in registered and f"def {n}(" not in source]
    assert not missing, f"caught_by names no check or semantic test: {missing}"


def _semantics_run(fault: str, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MOCK_FAULTS": fault, "HYPOTHESIS_PROFILE": "mutation", "CONTRACT_TARGET": "mock"}
    command = [sys.executable, "-m", "pytest", "contract_tests/roit/test_semantics.py", "-q", "-p", "no:cacheprovider"]
    return subprocess.run([*command, *extra], cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False)


def test_an_ablated_test_no_longer_catches_its_fault_and_a_misspelt_one_is_refused() -> None:
    name = "test_auth_is_as_specified_and_no_looser"
    assert _semantics_run("accepts-any-scheme").returncode == 1
    ablated = _semantics_run("accepts-any-scheme", "-p", "contract_tests.ablation", f"--ablate={name}")
    assert ablated.returncode == 0, ablated.stdout[-2000:]
    assert "deselected" in ablated.stdout
    misspelt = _semantics_run("accepts-any-scheme", "-p", "contract_tests.ablation", "--ablate=no_such_check")
    assert misspelt.returncode == 4 and "no_such_check is neither" in misspelt.stderr + misspelt.stdout


def test_ablation_report_says_which_faults_survive_without_their_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "ablation.md"
    selected = mutation.ablations(["paymentworks"], ["ignores-filter", "accepts-any-scheme"])
    assert {m.kind: m.ablate for m in selected} == {
        "ignores-filter": ("filters_are_applied",),
        "accepts-any-scheme": ("test_auth_is_as_specified_and_no_looser",),
    }
    monkeypatch.setattr(
        mutation,
        "run_mutant",
        lambda m, **_: Outcome(
            m, m.kind == "ignores-filter", ("contract_tests.x::test_y",) if m.kind == "ignores-filter" else (), 0.1
        ),
    )
    args = ["--ablate", "--vendor", "paymentworks", "--fault", "ignores-filter", "--fault", "accepts-any-scheme"]
    assert mutation.main([*args, "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "**1/2 faults survive without their own checks**" in text
    assert (
        "| `ignores-filter` | paymentworks | `filters_are_applied` | still killed | contract_tests.x::test_y |" in text
    )


def test_a_suite_that_runs_out_of_time_is_timed_out_not_killed_unless_the_fault_is_slowness() -> None:
    (hidden,) = mutants(["roit"], ["wrong-type"])
    (slow,) = mutants(["roit"], ["slow-response"])
    over_cpu = run_mutant(hidden, timeout=1)  # pytest alone needs more than one CPU second to start
    assert over_cpu.timed_out and not over_cpu.killed and "timed out" in over_cpu.detail
    cut_short = run_mutant(hidden, wall=0.5)
    assert cut_short.timed_out and not cut_short.killed and "0 s wall" in cut_short.detail
    slowed = run_mutant(slow, wall=0.5)
    assert slowed.killed and not slowed.timed_out and "a slowness fault" in slowed.killed_by[0]


def test_a_timeout_fails_the_run_and_is_reported_as_its_own_outcome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "mutation.md"
    monkeypatch.setattr(
        mutation, "run_mutant", lambda m, **_: Outcome(m, False, (), 9.0, "suite timed out after 9 s", timed_out=True)
    )
    args = ["--vendor", "paymentworks", "--fault", "not-idempotent", "--fault", "reordered-keys", "--out", str(out)]
    assert mutation.main(args) == 1
    text = out.read_text(encoding="utf-8")
    assert "**Score: 0/1 faults killed (0.0%)**" in text and "**controls: 0/1 passed" in text
    assert "**2 timed out**" in text and text.count("| **TIMED OUT** |") == 2
    assert "- `not-idempotent` on paymentworks: suite timed out after 9 s" in text
    assert "## Survivors\n\nNone." in text
