"""What a run found and the reports it leaves, from its settings and the responses seen: one plain call, no pytest.

`run_report(settings, observed)` compares each observed response with its operation in the spec and returns the
drift findings, reports/summary.md, reports/drift.md and the terminal lines, live tokens masked. The pytest hooks
(contract_tests/conftest.py) call it with the run log and drift log the suite filled; any other runner (a script
replaying a live target's answers, a notebook) calls it with the responses it collected.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from contract_tests.schemathesis_config import response_time_bound
from contracts.live import budget_used, rate_limit_for
from contracts.model.environment import RunSettings
from contracts.model.model import load_contract
from contracts.reporting import (
    DriftLog,
    Finding,
    ObservedResponse,
    RunLog,
    drift_markdown,
    summary_markdown,
    terminal_lines,
)

__all__ = ["Observed", "RunReport", "redact", "run_report"]

_MASK = "***"


@dataclass(frozen=True)
class Observed:
    """One response a target sent, and the vendor operation it answered."""

    vendor: str
    operation_id: str
    response: ObservedResponse


@dataclass(frozen=True)
class RunReport:
    """What one run found and the texts it leaves; every text has the run's live tokens masked."""

    findings: dict[tuple[str, str], Counter[Finding]]  # (vendor, operationId) -> what the spec does not describe
    notes: list[str]
    summary: str  # reports/summary.md
    drift: str  # reports/drift.md
    terminal: list[str]  # the per-vendor lines of the terminal summary
    failed: bool  # some check failed

    @property
    def finding_count(self) -> int:
        """Distinct findings, over every operation."""
        return sum(len(found) for found in self.findings.values())


def redact(text: str, settings: RunSettings) -> str:
    """The text with every live token of the run replaced by ***."""
    for token in settings.tokens():
        text = text.replace(token, _MASK)
    return text


def run_report(
    settings: RunSettings,
    observed: Iterable[Observed] = (),
    *,
    log: RunLog | None = None,
    drift: DriftLog | None = None,
    profile: str = "none",
    skipped: Iterable[tuple[str, str]] = (),
) -> RunReport:
    """The findings and reports of a run on `settings`' target (mock or live), from `observed` responses.

    Each observed response is compared with the spec and counts as one case of its operation (its checks are not
    run here). `log` and `drift` hold what was seen before (the suite's run log and drift log); `profile` names
    the Hypothesis profile the run used; `skipped` lists the tests the run skipped, each with why (node id, reason).
    """
    log = RunLog() if log is None else log
    drift = DriftLog() if drift is None else drift
    for seen in observed:
        _observe(seen, log, drift)
    notes = [_response_time_note(settings), *_live_notes(settings, log), *log.notes]
    notes += [f"Skipped `{node_id}`: {reason}" for node_id, reason in skipped]
    summary = summary_markdown(log, target=settings.target, profile=profile, notes=notes)
    return RunReport(
        findings={key: Counter(found) for key, found in drift.findings.items()},
        notes=[redact(note, settings) for note in notes],
        summary=redact(summary, settings),
        drift=redact(drift_markdown(drift, target=settings.target), settings),
        terminal=[redact(line, settings) for line in terminal_lines(log)],
        failed=any(op.checks_failed for op in log.operations.values()),
    )


def _observe(seen: Observed, log: RunLog, drift: DriftLog) -> None:
    op = load_contract(seen.vendor).operations.get(seen.operation_id)
    if op is None:
        raise ValueError(f"specs/{seen.vendor}/openapi.yaml has no operation {seen.operation_id!r}")
    label = f"{op.method} {op.path_template}"
    entry = log.operation(seen.vendor, op.operation_id, label, tuple(op.documented_statuses()))
    log.record(entry, status=seen.response.status_code, checks_passed=0, failures=[])
    drift.observe(seen.vendor, op.operation_id, label, seen.response)


def _response_time_note(settings: RunSettings) -> str:
    how = "live default, CONTRACT_MAX_RESPONSE_TIME to change" if settings.live else "mock: strict"
    return f"Response-time bound: {response_time_bound(live=settings.live):g} s ({how})"


def _live_notes(settings: RunSettings, log: RunLog) -> list[str]:
    budget = budget_used()
    if budget is None or not settings.live:
        return []
    vendors = sorted({vendor for vendor, _ in log.operations})
    allow = settings.allow
    notes = [
        "Live run: read-only" + (f", plus CONTRACT_ALLOW={allow}" if allow else " (no CONTRACT_ALLOW)"),
        "Rate limit: " + ", ".join(f"{v} {rate_limit_for(v, settings) or 'none'}" for v in vendors),
        f"Requests sent: {budget.sent} of the cap {budget.limit} (CONTRACT_MAX_REQUESTS)"
        + (f"; **cap reached**: {budget.refused} request(s) not sent, their tests skipped" if budget.reached else ""),
    ]
    if settings.replay is not None:
        notes.append(
            f"Replayed from the cassettes in {settings.replay} (CONTRACT_REPLAY): nothing reached the network; "
            "'sent' counts the requests answered from the cassette"
        )
    if budget.retry_waits:
        notes.append(
            f"429/503 answers waited out: {len(budget.retry_waits)} (Retry-After), {sum(budget.retry_waits):.1f} s"
        )
    return notes
