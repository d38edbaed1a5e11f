"""Turn the run log into what a user reads: a per-vendor terminal summary and reports/summary.md (no pytest)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from contracts.model.model import load_contract
from contracts.model.promises import coverage, load_promises
from contracts.model.responses import documents
from contracts.model.vendors import VENDORS
from contracts.reporting.relaxation_text import Relaxation, scope_text
from contracts.reporting.runlog import OperationLog, RunLog

__all__ = ["Relaxation", "all_operations", "run_vendors", "summary_markdown", "terminal_lines", "write_summary"]


def run_vendors(log: RunLog) -> list[str]:
    """The vendors this run exercised (`make contract VENDOR=roit` reports on roit alone)."""
    seen = {vendor for vendor, _ in log.operations} | {vendor for vendor, _ in log.excluded}
    return [name for name in VENDORS if name in seen]


def all_operations(log: RunLog) -> list[OperationLog]:
    """Every operation of the vendors run, in spec order, including any the run never reached (cases = 0)."""
    rows = []
    for name in run_vendors(log):
        for op in load_contract(name).operations.values():
            label = f"{op.method} {op.path_template}"
            rows.append(log.operation(name, op.operation_id, label, tuple(op.responses)))
    return rows


def _statuses(row: OperationLog) -> str:
    parts = []
    for status, count in sorted(row.statuses.items()):
        mark = "" if documents(status, row.documented) else " (UNDOCUMENTED)"
        parts.append(f"{status}x{count}{mark}")
    probes = ", ".join(f"{status}x{count}" for status, count in sorted(row.method_probes.items()))
    return (", ".join(parts) or "-") + (f"; other-method probes: {probes}" if probes else "")


def _relaxed(row: OperationLog, log: RunLog) -> list[Relaxation]:
    """The relaxations the row's cases ran under, as the run recorded them."""
    return [relaxation for key, relaxation in log.relaxations.items() if row.relaxed.get(key)]


def _semantic_line(vendor: str) -> str:
    """How many semantic checks the spec declares (x-pagination, x-filters, x-page-size, x-identifies, x-sets)."""
    declared = {op: s.check_count for op, s in load_contract(vendor).semantics.items() if s}
    parts = ", ".join(f"`{op}` {n}" for op, n in declared.items())
    return f"Semantic checks the spec declares: **{sum(declared.values())}**" + (f" ({parts})." if parts else ".")


def _promise_lines(vendor: str) -> list[str]:
    """The audit's coverage (specs/<vendor>/PROMISES.yaml) and each statement no check reads, with why."""
    spec_path = VENDORS[vendor].spec_path
    found = coverage(vendor, spec_path)
    if not found.found:
        return []
    lines = [f"Promises the documents make, checked: **{found.checked}/{found.found}** (specs/{vendor}/PROMISES.yaml)."]
    unchecked = [p for p in load_promises(spec_path) if not p.checked_by]
    if unchecked:
        lines += ["", "Left unchecked, and why:", ""]
        lines += [f"- {p.where}: {p.says} ({p.kind}). {p.unchecked}" for p in unchecked]
    return [*lines, ""]


def summary_markdown(log: RunLog, *, target: str, profile: str, notes: Sequence[str] = ()) -> str:
    """reports/summary.md: per operation, cases, checks that ran, statuses seen vs documented, and every relaxation."""
    relaxations = list(log.relaxations.values())
    rows = all_operations(log)
    lines = [
        "# Contract run summary",
        "",
        f"Target: **{target}** · Hypothesis profile: **{profile}** · operations: {len(rows)} · "
        f"cases: {sum(r.cases for r in rows)} · failed checks: {sum(r.checks_failed for r in rows)}",
        "",
        *(f"- {note}" for note in notes),
        *([""] if notes else []),
    ]
    for vendor in run_vendors(log):
        vendor_rows = [r for r in rows if r.vendor == vendor]
        lines += [
            f"## {vendor}",
            "",
            _semantic_line(vendor),
            "",
            *_promise_lines(vendor),
            "| operation | cases | checks passed | checks failed | statuses seen | documented | relaxed checks |",
            "|---|---:|---:|---:|---|---|---|",
        ]
        for row in vendor_rows:
            relaxed = " ".join(r.sentence or r.settings for r in _relaxed(row, log)) or "none"
            reason = log.excluded.get((row.vendor, row.operation_id))
            flag = f" **EXCLUDED** ({reason})" if reason else " **NOT RUN**" if row.cases == 0 else ""
            lines.append(
                f"| `{row.operation_id}` ({row.label}){flag} | {row.cases} | {row.checks_passed} | {row.checks_failed} "
                f"| {_statuses(row)} | {', '.join(row.documented)} | {relaxed} |"
            )
        failures = [(row, text, n) for row in vendor_rows for text, n in row.failures.most_common()]
        if failures:
            lines += ["", "Failures (check: message, times seen):", ""]
            lines += [f"- `{row.operation_id}`: {text} (x{n})" for row, text, n in failures]
        lines.append("")
    lines += ["## Relaxations and exclusions", ""]
    if relaxations:
        lines += ["Every place the suite checks less than everything, from contract_tests/schemathesis.toml:", ""]
        for r in relaxations:
            lines.append(f"- **{r.project}**, {scope_text(r.scope)}: {r.sentence or r.settings} Why: {r.reason}")
    else:
        lines.append("None: every check ran everywhere.")
    if log.excluded:
        labels = {(r.vendor, r.operation_id): r.label for r in rows}
        lines += ["", "Operations this run left out:", ""]
        for (vendor, operation_id), reason in sorted(log.excluded.items()):
            label = labels.get((vendor, operation_id), "")
            lines.append(f"- **{vendor}** `{operation_id}` ({label}): {reason}")
    lines.append("")
    return "\n".join(lines)


def terminal_lines(log: RunLog) -> list[str]:
    """One line per vendor, then one per operation that failed or never ran."""
    rows = all_operations(log)
    lines = []
    for vendor in run_vendors(log):
        vendor_rows = [r for r in rows if r.vendor == vendor]
        failed = [r for r in vendor_rows if r.checks_failed]
        excluded = [r for r in vendor_rows if (r.vendor, r.operation_id) in log.excluded]
        not_run = [r for r in vendor_rows if r.cases == 0 and r not in excluded]
        verdict = "FAIL" if failed else ("INCOMPLETE" if not_run else "ok")
        ran = len(vendor_rows) - len(not_run) - len(excluded)
        lines.append(
            f"{vendor:<13} {verdict:<10} operations {ran}/{len(vendor_rows)}  "
            f"cases {sum(r.cases for r in vendor_rows):>5}  "
            f"checks passed {sum(r.checks_passed for r in vendor_rows):>6}  "
            f"failed {sum(r.checks_failed for r in vendor_rows)}"
            + (
                f"  excluded {len(excluded)} ({log.excluded[excluded[0].vendor, excluded[0].operation_id]})"
                if excluded
                else ""
            )
        )
        for row in failed:
            first = row.failures.most_common(1)[0][0] if row.failures else ""
            lines.append(f"    {row.operation_id} ({row.label}): {row.checks_failed} failed check(s): {first}")
        for row in not_run:
            lines.append(f"    {row.operation_id} ({row.label}): no case ran")
    return lines


def write_summary(path: Path, text: str) -> None:
    """Write the summary file, creating reports/ if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
