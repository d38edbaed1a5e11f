"""Write the new findings of the last live run into a vendor's baseline, for review (`make baseline VENDOR=<vendor>`).

Reads `reports/findings.json` (what the last live run saw, per vendor) and `contract_tests/baselines/<vendor>.yaml`.
Every entry already in the file is kept (an entry is never dropped here, recurring or not); a recurring entry's
`last_seen` moves to today. A new finding becomes an entry only with a reason: without `--reason` (REASON=...) the new
entries are written to `reports/baseline-new.<vendor>.yaml` to read, and the command refuses (exit 1).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path

from contracts.model import REPO_ROOT
from contracts.reporting.baseline import BaselineEntry, BaselineError, Identity, load_baseline, save_baseline

__all__ = ["main", "updated_entries"]

BASELINES = REPO_ROOT / "contract_tests" / "baselines"
_HEADER = (
    "# Known deviations of this vendor's target from its spec (issue 27): the shape of Schemathesis's `--baseline`\n"
    "# file, plus a required reason and expires and an optional ticket. `make baseline VENDOR=<vendor> REASON=...`\n"
    "# adds the last live run's new findings; entries are removed by hand, once the spec or the vendor is fixed.\n"
)


def updated_entries(
    entries: list[BaselineEntry], seen: list[Identity], *, reason: str, ticket: str | None, expires: str, today: date
) -> tuple[list[BaselineEntry], list[BaselineEntry]]:
    """(every entry kept, recurring ones seen today; the new entries for the findings no entry covers)."""
    stamp = today.isoformat()
    known = {e.identity: e for e in entries}
    for identity in seen:
        if identity in known:
            known[identity].last_seen = stamp
    fresh = [
        BaselineEntry(identity, reason, expires, ticket, first_seen=stamp, last_seen=stamp)
        for identity in sorted(set(seen) - known.keys())
    ]
    return list(entries), fresh


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendor")
    parser.add_argument("--findings", type=Path, default=REPO_ROOT / "reports" / "findings.json")
    parser.add_argument("--baselines", type=Path, default=BASELINES)
    parser.add_argument("--reason", default="", help="why the new findings are accepted (required to keep them)")
    parser.add_argument("--ticket", default=None)
    parser.add_argument("--expires", default=None, help="YYYY-MM-DD (default: 90 days from today)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Add the last run's new findings to the vendor's baseline, or refuse them without a reason."""
    args = _parser().parse_args(argv)
    path = args.baselines / f"{args.vendor}.yaml"
    try:
        found = json.loads(args.findings.read_text(encoding="utf-8"))["vendors"][args.vendor]
        entries = load_baseline(path)
    except (OSError, KeyError, ValueError) as exc:
        problem = exc if isinstance(exc, BaselineError) else f"{args.findings}: no findings for {args.vendor} ({exc})"
        print(
            f"make baseline: {problem}; run `make contract CONTRACT_TARGET=live VENDOR={args.vendor}` first",
            file=sys.stderr,
        )
        return 1
    today = date.today()
    expires = args.expires or (today + timedelta(days=90)).isoformat()
    seen = [Identity(*item) for item in found["seen"]]
    kept, fresh = updated_entries(
        entries, seen, reason=args.reason.strip(), ticket=args.ticket, expires=expires, today=today
    )
    if fresh and not args.reason.strip():
        review = args.findings.parent / f"baseline-new.{args.vendor}.yaml"
        save_baseline(review, fresh)
        print(
            f"make baseline: {len(fresh)} new finding(s) for {args.vendor}, written to {review} to review; an entry "
            f"needs a reason: rerun with REASON='why this is accepted' [TICKET=...] [EXPIRES=YYYY-MM-DD]",
            file=sys.stderr,
        )
        return 1
    save_baseline(path, [*kept, *fresh], _HEADER)
    print(f"==> {path}: {len(fresh)} new entr{'y' if len(fresh) == 1 else 'ies'}, {len(kept)} kept; review and commit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
