"""`python -m contracts.live [vendor ...]` prints the plan of a live run (or refuses it) before pytest starts."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from contracts.live.plan import plan_lines
from contracts.live.policy import LiveRunRefused
from contracts.model.environment import SettingsError
from contracts.model.vendors import VENDORS


def main(argv: Sequence[str] | None = None) -> int:
    """Print the live-run plan for the named vendors (default: all), or why it is refused (exit 2)."""
    names = list(sys.argv[1:] if argv is None else argv) or list(VENDORS)
    try:
        for line in plan_lines(names):
            print(f"    {line}")
    except (LiveRunRefused, SettingsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
