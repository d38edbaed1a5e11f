"""Recompute drift offline from a live run's cassette (`make drift CASSETTE=reports/cassettes/<vendor>.yaml`).

Reads a cassette a live run wrote with CONTRACT_RECORD=1, compares again the answers that run compared with the
spec (no target, no network) and writes reports/drift.md, reports/drift.json (the findings and their evidence, as the
run record keeps them) and the drift as an OpenAPI Overlay (reports/drift.overlay.yaml, as a live run writes it,
naming the recorded run) from the spec as it is now: after a spec edit, the findings the edit covers are gone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from contracts.model import REPO_ROOT
from contracts.model.cassette import CassetteError, read_cassette
from contracts.model.model import load_contract
from contracts.reporting.cassette_drift import drift_from_cassette
from contracts.reporting.drift import DriftLog, drift_markdown
from contracts.reporting.overlay import write_overlays
from contracts.reporting.record import RunRecord

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m scripts.drift", description=__doc__)
    parser.add_argument(
        "cassettes", nargs="*", type=Path, metavar="CASSETTE", help="default: every reports/cassettes/*.yaml"
    )
    parser.add_argument("--reports", type=Path, default=REPO_ROOT / "reports", help="where drift.md/.json go")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Write drift.md and drift.json from the cassettes; one line per vendor; exit 2 on an unreadable cassette."""
    args = _parser().parse_args(argv)
    args.cassettes = args.cassettes or sorted((REPO_ROOT / "reports" / "cassettes").glob("*.yaml"))
    if not args.cassettes:
        print(
            "error: no cassette in reports/cassettes/: run live with CONTRACT_RECORD=1, or pass CASSETTE=<file>",
            file=sys.stderr,
        )
        return 2
    log = DriftLog()
    runs: list[str] = []
    try:
        for path in args.cassettes:
            cassette = read_cassette(path)
            runs.append(cassette.run_id)
            before = sum(len(c) for c in log.findings.values())
            drift_from_cassette(cassette, log)
            found = sum(len(c) for c in log.findings.values()) - before
            print(f"==> {cassette.vendor}: {path} (run {cassette.run_id or '?'}): {found} drift finding(s) offline")
    except CassetteError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    args.reports.mkdir(parents=True, exist_ok=True)
    names = ", ".join(str(p) for p in args.cassettes)
    (args.reports / "drift.md").write_text(drift_markdown(log, target=f"cassette {names}") + "\n", encoding="utf-8")
    (args.reports / "drift.json").write_text(json.dumps(log.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"drift: {args.reports / 'drift.md'} and {args.reports / 'drift.json'}")
    for line in write_overlays(_record(log, runs), args.reports):
        print(line)
    return 0


def _record(log: DriftLog, runs: list[str]) -> RunRecord:
    """A run record holding only the drift (what the overlay is rendered from), named after the recorded run(s)."""
    record = RunRecord(drift=log, run_id=",".join(dict.fromkeys(r for r in runs if r)))
    for (vendor, operation_id), label in log.labels.items():
        documented = tuple(load_contract(vendor).operations[operation_id].documented_statuses())
        record.log.operation(vendor, operation_id, label, documented)
    return record


if __name__ == "__main__":
    raise SystemExit(main())
