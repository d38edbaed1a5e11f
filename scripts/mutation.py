"""Mutation score of the contract suite: switch on one mock fault at a time and check that the suite turns red.

A mutant is one fault kind on one vendor's mock, active on every operation it applies to (`applies_to`). The mutant is
*killed* when the vendor's contract suite (profile `mutation`: ci's examples, no shrinking) fails; the run's own
summary names the operation and check that caught it. A *control* is a benign change switched on the same way
(indented JSON, gzip, latency, ...): the suite must pass it, and each one it fails is a false alarm (the false-
positive rate). Mutants and controls run in parallel, one pytest process each. Writes reports/mutation.md.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from contracts.mock import CATALOG
from contracts.mock.faults import CONTROL_KINDS
from contracts.mock.semantic_faults import operation_semantics
from contracts.model import REPO_ROOT, VENDORS
from contracts.model.model import load_contract
from contracts.reporting.record import read_record

__all__ = [
    "FAST_SUBSET",
    "NOT_SCORED",
    "SLOWNESS_FAULTS",
    "Mutant",
    "Outcome",
    "ablation_report",
    "ablations",
    "controls",
    "killers",
    "mutants",
    "run_mutant",
]

# Kept killed by `make test` (tests/scripts/test_mutation.py): one shape, one protocol and one behaviour fault
# per vendor.
FAST_SUBSET = (
    ("roit", "batch-partially-applied"),
    ("paymentworks", "not-idempotent"),
    ("procuros", "pagination-skips-item"),
    ("procuros", "wrong-type"),
)
# Faults that do not break the contract, so the suite must NOT turn red on them; listed in the report, not scored.
NOT_SCORED = {
    "undocumented-field": (
        "an extra response property is additive: the specs let vendors add fields without a version bump "
        "(responses are open objects), so a red suite would be a false alarm. It is reported instead, in "
        "reports/drift.md, as tests/contracts/live/test_live_runs.py proves."
    ),
}
# Faults whose whole effect is slowness: a suite that runs out of time against them has seen the fault, so a timeout
# counts as their kill. Against any other fault (or a control) a timeout is its own outcome, neither killed nor
# survived, and it fails the run: the suite did not finish, so it proved nothing.
SLOWNESS_FAULTS = frozenset({"slow-response"})
# The per-mutant timeout, in CPU seconds of the suite's own process (its RLIMIT_CPU): on a shared machine the wall
# time of the same suite varies fivefold with the load, its CPU time does not. Procuros's suite is the slowest under
# the mutation profile: a full pass measured 71 CPU s (176 s wall at load 6-8 on 2 cores, up to 590 s wall for a
# late kill at load 10); 300 CPU s is four times that. A suite that waits without computing (a hang) meets the wall
# guard instead, twelve times the CPU limit.
DEFAULT_TIMEOUT = 300.0
_WALL_GUARD = 12
# The suite's ablation plugin (contract_tests/ablation.py), loaded by name into the mutant's pytest process only.
_ABLATION_PLUGIN = "contract_tests.ablation"
# A failure's text is "<check title>: <first line of its message>"; the check is the title (with a `name` suffix).
_CHECK = re.compile(r"(?P<check>[^:(]+(?:: `[a-z_]+`)?)")


@dataclass(frozen=True)
class Mutant:
    """One fault kind switched on for one vendor, on the operations it applies to."""

    vendor: str
    kind: str
    operations: tuple[str, ...]
    ablate: tuple[str, ...] = ()  # checks and tests taken out of the suite for this run (an ablation)

    @property
    def control(self) -> bool:
        """A benign change the suite must pass, not a fault it must catch."""
        return self.kind in CONTROL_KINDS


@dataclass(frozen=True)
class Outcome:
    """What the suite did against one mutant."""

    mutant: Mutant
    killed: bool
    killed_by: tuple[str, ...]  # "operation: check" from the run record (run.json), or failing test names
    seconds: float
    detail: str = ""
    timed_out: bool = False  # the suite did not finish within its CPU limit or wall guard (killed only if slowness)


def _one_filter_each(vendor: str, operations: tuple[str, ...]) -> list[Mutant]:
    """ignores-filter split into one mutant per declared filter: `ignores-filter=<parameter>@<operation>`."""
    contract = load_contract(vendor)
    found = []
    for op in operations:
        sem = operation_semantics(contract, contract.operations[op])
        for rule in sem.filters if sem else ():
            found.append(Mutant(vendor, f"ignores-filter={rule.parameter}@{op}", (op,)))
    return found


def mutants(vendors: list[str] | None = None, kinds: list[str] | None = None, per_filter: bool = False) -> list[Mutant]:
    """Every (vendor, fault kind) pair where the fault applies to at least one operation.

    `per_filter`: ignores-filter becomes one mutant per x-filters parameter of each operation, so each filter is
    shown to be checked on its own.
    """
    found = []
    for vendor in vendors or list(VENDORS):
        operation_ids = list(load_contract(vendor).operations)
        for kind, fault in CATALOG.items():
            if (kinds and kind not in kinds) or kind in NOT_SCORED or kind in CONTROL_KINDS:
                continue
            applicable = tuple(op for op in operation_ids if fault.applies_to(vendor, op))
            if applicable and per_filter and kind == "ignores-filter":
                found += _one_filter_each(vendor, applicable)
            elif applicable:
                found.append(Mutant(vendor, kind, applicable))
    return found


def ablations(vendors: list[str] | None = None, kinds: list[str] | None = None) -> list[Mutant]:
    """Every fault the catalogue names its own checks for (`caught_by`), run against the suite without them."""
    return [
        Mutant(m.vendor, m.kind, m.operations, CATALOG[m.kind].caught_by)
        for m in mutants(vendors, kinds)
        if CATALOG[m.kind].caught_by
    ]


def controls(vendors: list[str] | None = None, kinds: list[str] | None = None) -> list[Mutant]:
    """Every (vendor, control) pair: benign changes on every operation, which the suite must pass."""
    return [
        Mutant(vendor, kind, tuple(load_contract(vendor).operations))
        for vendor in vendors or list(VENDORS)
        for kind in sorted(CONTROL_KINDS)
        if not kinds or kind in kinds
    ]


def _test_name(node_id: str) -> str:
    path, _, name = node_id.partition("::")
    return f"{path.removesuffix('.py').replace('/', '.')}::{name}"


def killers(record_path: Path) -> tuple[str, ...]:
    """What caught a mutant, from the run record (reports/run.json): "operation: check", else the failed tests."""
    if not record_path.exists():
        return ()
    record = read_record(record_path)
    lines: list[str] = []
    for op in record.log.operations.values():
        for text, _ in op.failures.most_common():
            match = _CHECK.match(text)
            entry = f"{op.operation_id}: {(match['check'] if match else text).strip()}"
            if entry not in lines:
                lines.append(entry)
    if not lines:
        lines = [_test_name(test.node_id) for test in record.failed_tests()]
    return tuple(lines[:4])


@dataclass(frozen=True)
class _TimedOut:
    """A suite stopped before it finished: over its CPU limit, or still waiting at the wall guard."""

    text: str
    waiting: bool  # stopped by the wall guard: it waited (slept, blocked) rather than computed


def _run_suite(
    command: list[str], env: dict[str, str], cpu_seconds: float, wall_seconds: float
) -> subprocess.CompletedProcess[str] | _TimedOut:
    """Run the suite with its CPU time limited to `cpu_seconds` and its wall time to `wall_seconds`."""
    limit = max(1, math.ceil(cpu_seconds))
    with subprocess.Popen(
        command, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        # Set from outside (prlimit), not in the child before exec: preexec_fn is unsafe with the pool's threads.
        resource.prlimit(process.pid, resource.RLIMIT_CPU, (limit, limit + 10))
        try:
            stdout, stderr = process.communicate(timeout=wall_seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return _TimedOut(f"suite timed out: still running after {wall_seconds:.0f} s wall", waiting=True)
    if process.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return _TimedOut(f"suite timed out: used its {limit} CPU s", waiting=False)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def run_mutant(mutant: Mutant, *, timeout: float = DEFAULT_TIMEOUT, wall: float | None = None) -> Outcome:
    """Run the vendor's contract suite against the mock with this fault switched on.

    `timeout`: the suite's CPU seconds; `wall`: the wall-clock guard (default twelve times `timeout`).
    """
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"mutant-{mutant.vendor}-{mutant.kind}-") as tmp:
        summary = Path(tmp) / "summary.md"  # run.json, the record the score is read from, is written beside it
        env = {
            **os.environ,
            "CONTRACT_TARGET": "mock",
            "MOCK_FAULTS": mutant.kind,
            "HYPOTHESIS_PROFILE": "mutation",
            "CONTRACT_SUMMARY": str(summary),
        }
        command = [
            sys.executable,
            "-m",
            "pytest",
            f"contract_tests/{mutant.vendor}",
            "-x",
            "-q",
            "-p",
            "no:cacheprovider",
            *(["-p", _ABLATION_PLUGIN, f"--ablate={','.join(mutant.ablate)}"] if mutant.ablate else []),
        ]
        result = _run_suite(command, env, timeout, timeout * _WALL_GUARD if wall is None else wall)
        seconds = time.monotonic() - started
        if isinstance(result, _TimedOut):
            if result.waiting and mutant.kind in SLOWNESS_FAULTS:  # it waited on the fault's sleeps: that is the kill
                return Outcome(mutant, True, (f"{result.text} (a slowness fault)",), seconds)
            detail = f"{result.text} (raise --timeout, or find the test that hangs)"
            return Outcome(mutant, False, (), seconds, detail, timed_out=True)
        if result.returncode == 0:
            return Outcome(mutant, False, (), seconds)
        if result.returncode != 1:  # 2+: the run itself broke (collection error, usage): not a kill
            tail = (result.stdout + result.stderr).strip().splitlines()[-5:]
            return Outcome(
                mutant, False, (), seconds, f"suite did not run (exit {result.returncode}): {' | '.join(tail)}"
            )
        return Outcome(mutant, True, killers(summary.with_name("run.json")), seconds)


def _control_lines(checked: list[Outcome]) -> list[str]:
    if not checked:
        return []
    lines = [
        "",
        "## Controls (benign changes: the suite must pass)",
        "",
        "| control | vendor | result | failed on (operation: check, or test) | time |",
        "|---|---|---|---|---:|",
    ]
    for o in sorted(checked, key=lambda o: (o.mutant.kind, o.mutant.vendor)):
        by = "<br>".join(o.killed_by) or o.detail or "-"
        lines.append(f"| `{o.mutant.kind}` | {o.mutant.vendor} | {_cell(o)} | {by} | {o.seconds:.1f} s |")
    return lines


def _passed(o: Outcome) -> bool:
    return not o.killed and not o.detail


def _verdict(o: Outcome, *, ablated: bool = False) -> str:
    """The outcome in words, for the reports and the console alike: a timeout and a run that broke are their own."""
    if o.timed_out:
        return "timed out"
    if o.mutant.control:
        return "false alarm" if o.killed else ("did not run" if o.detail else "passed")
    if o.killed:
        return "still killed" if ablated else "killed"
    return "did not run" if o.detail else "survived"


def _flagged(verdict: str, *, ablated: bool = False) -> bool:
    """A verdict that needs a reader's eye: anything but a kill or a passing control (an ablated fault may survive)."""
    return verdict not in ({"killed", "passed"} | ({"still killed", "survived"} if ablated else set()))


def _cell(o: Outcome) -> str:
    """The verdict as reports/mutation.md shows it: what needs an eye in bold capitals."""
    verdict = _verdict(o)
    return f"**{verdict.upper()}**" if _flagged(verdict) else verdict


def report(outcomes: list[Outcome], wall_seconds: float, workers: int, timeout: float = 0.0) -> str:
    """reports/mutation.md."""
    checked = [o for o in outcomes if o.mutant.control]
    outcomes = [o for o in outcomes if not o.mutant.control]
    killed = sum(o.killed for o in outcomes)
    total = len(outcomes)
    score = 100.0 * killed / total if total else 0.0
    alarms = sum(not _passed(o) for o in checked)
    rate = 100.0 * alarms / len(checked) if checked else 0.0
    timed_out = [o for o in outcomes + checked if o.timed_out]
    lines = [
        "# Mutation score of the contract suite",
        "",
        f"**Score: {killed}/{total} faults killed ({score:.1f}%)** · "
        f"**controls: {len(checked) - alarms}/{len(checked)} passed, false-positive rate {rate:.1f}%** · "
        f"**{len(timed_out)} timed out** (per-mutant timeout {timeout:.0f} CPU s; a timeout is neither killed nor "
        "passed) · "
        f"wall time {wall_seconds:.0f} s with {workers} workers · "
        "profile mutation (ci's examples, no shrinking) · "
        "each mutant = one fault kind on one vendor's mock, on every operation it applies to.",
        "",
        "| fault | vendor | operations faulted | result | killed by (operation: check, or test) | time |",
        "|---|---|---:|---|---|---:|",
    ]
    for o in sorted(outcomes, key=lambda o: (o.mutant.kind, o.mutant.vendor)):
        by = "<br>".join(o.killed_by) or o.detail or "-"
        cells = f"`{o.mutant.kind}` | {o.mutant.vendor} | {len(o.mutant.operations)} | {_cell(o)} | {by}"
        lines.append(f"| {cells} | {o.seconds:.1f} s |")
    survivors = [o for o in outcomes if not o.killed and not o.timed_out]
    lines += ["", "## Survivors", ""]
    lines += [f"- `{o.mutant.kind}` on {o.mutant.vendor}: {o.detail or 'the suite passed'}" for o in survivors] or [
        "None."
    ]
    lines += ["", "## Timed out (not killed, not passed: the suite did not finish)", ""]
    lines += [f"- `{o.mutant.kind}` on {o.mutant.vendor}: {o.detail}" for o in timed_out] or ["None."]
    lines += _control_lines(checked)
    lines += ["", "## Not scored", ""]
    lines += [f"- `{kind}`: {reason}" for kind, reason in NOT_SCORED.items()]
    lines += ["", "Fault descriptions: `python -m contracts.mock --list-faults`.", ""]
    return "\n".join(lines)


def ablation_report(outcomes: list[Outcome], wall_seconds: float, workers: int) -> str:
    """reports/ablation.md: each fault run against the suite without the checks built for it."""
    alone = sum(_passed(o) for o in outcomes)  # the suite passed: the fault survived
    lines = [
        "# Ablation: each semantic check taken out, its fault run again",
        "",
        f"**{alone}/{len(outcomes)} faults survive without their own checks** (so those checks are what catch "
        f"them) · wall time {wall_seconds:.0f} s with {workers} workers · profile mutation. A fault still killed "
        "is caught by another test too; the table names it.",
        "",
        "| fault | vendor | checks taken out | result | still killed by | time |",
        "|---|---|---|---|---|---:|",
    ]
    for o in sorted(outcomes, key=lambda o: (o.mutant.kind, o.mutant.vendor)):
        verdict = _verdict(o, ablated=True)
        shown = {
            "timed out": f"**timed out**: {o.detail}",
            "did not run": f"did not run: {o.detail}",
            "survived": "**survived**",
        }
        result = shown.get(verdict, verdict)
        taken = ", ".join(f"`{name}`" for name in o.mutant.ablate)
        by = "<br>".join(o.killed_by) or "-"
        lines.append(f"| `{o.mutant.kind}` | {o.mutant.vendor} | {taken} | {result} | {by} | {o.seconds:.1f} s |")
    return "\n".join([*lines, ""])


def main(argv: list[str] | None = None) -> int:
    """Run the mutants (all, or the fast subset) and write reports/mutation.md."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vendor", action="append", choices=list(VENDORS), help="only this vendor (repeatable)")
    parser.add_argument("--fault", action="append", choices=list(CATALOG), help="only this fault kind (repeatable)")
    parser.add_argument("--subset", action="store_true", help="only the fast subset that make test keeps killed")
    parser.add_argument("--no-controls", action="store_true", help="faults only, no benign controls")
    parser.add_argument(
        "--per-filter", action="store_true", help="ignores-filter as one mutant per x-filters parameter and operation"
    )
    parser.add_argument(
        "--ablate",
        action="store_true",
        help="each fault against the suite without the checks built for it (writes reports/ablation.md)",
    )
    parser.add_argument("--workers", type=int, default=max(1, os.cpu_count() or 1))
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help=f"CPU seconds one mutant's suite may use before it counts as timed out (default {DEFAULT_TIMEOUT:.0f})",
    )
    parser.add_argument("--out", type=Path, default=None, help="report path (default reports/mutation.md)")
    args = parser.parse_args(argv)
    if args.ablate:
        return _run_ablations(args)
    args.out = args.out or REPO_ROOT / "reports" / "mutation.md"
    selected = mutants(args.vendor, args.fault, args.per_filter)
    if args.subset:
        selected = [m for m in selected if (m.vendor, m.kind) in FAST_SUBSET]
    elif not args.no_controls:
        selected += controls(args.vendor, args.fault)
    print(f"==> {len(selected)} mutants, {args.workers} at a time (profile mutation: ci's examples, no shrinking)")
    outcomes, wall = _run_all(selected, args.workers, args.timeout, _mutant_mark)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report(outcomes, wall, args.workers, args.timeout), encoding="utf-8")
    faults = [o for o in outcomes if not o.mutant.control]
    checked = [o for o in outcomes if o.mutant.control]
    killed, passed = sum(o.killed for o in faults), sum(_passed(o) for o in checked)
    timed_out = sum(o.timed_out for o in outcomes)
    print(
        f"==> faults killed {killed}/{len(faults)}, controls passed {passed}/{len(checked)}, {timed_out} timed out "
        f"in {wall:.0f} s; report: {args.out}"
    )
    return 0 if killed == len(faults) and passed == len(checked) else 1


def _mutant_mark(outcome: Outcome) -> str:
    return _mark(outcome, ablated=False)


def _ablation_mark(outcome: Outcome) -> str:
    return _mark(outcome, ablated=True)


def _mark(outcome: Outcome, *, ablated: bool) -> str:
    """A verdict on the console: what needs an eye in capitals, the column kept even."""
    verdict = _verdict(outcome, ablated=ablated)
    return f"{verdict.upper() if _flagged(verdict, ablated=ablated) else verdict:<12}"


def _run_all(
    selected: list[Mutant], workers: int, timeout: float, mark: Callable[[Outcome], str]
) -> tuple[list[Outcome], float]:
    """Run the mutants `workers` at a time, printing a line per outcome as it comes; (outcomes, wall seconds)."""
    started = time.monotonic()
    outcomes: list[Outcome] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for outcome in pool.map(lambda m: run_mutant(m, timeout=timeout), selected):
            by = outcome.killed_by[0] if outcome.killed_by else outcome.detail
            m = outcome.mutant
            print(f"    {mark(outcome)} {m.kind:<26} {m.vendor:<13} {outcome.seconds:5.1f} s  {by}", flush=True)
            outcomes.append(outcome)
    return outcomes, time.monotonic() - started


def _run_ablations(args: argparse.Namespace) -> int:
    selected = ablations(args.vendor, args.fault)
    out = args.out or REPO_ROOT / "reports" / "ablation.md"
    print(f"==> {len(selected)} ablations, {args.workers} at a time (each fault without the checks built for it)")
    outcomes, wall = _run_all(selected, args.workers, args.timeout, _ablation_mark)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(ablation_report(outcomes, wall, args.workers), encoding="utf-8")
    alone = sum(_passed(o) for o in outcomes)
    print(f"==> {alone}/{len(outcomes)} faults survive without their own checks in {wall:.0f} s; report: {out}")
    # An ablation informs; it fails only when a run broke (a fault still killed by another test is not an error).
    return 1 if any(o.detail and not o.killed for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
