"""`python -m contracts.model vendors` prints the vendor names, one per line (scripts/contract.sh lists them so)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from contracts.model.vendors import VENDORS


def main(argv: Sequence[str] | None = None) -> int:
    """Print what the vendor table says: `vendors` (names) or `ports` (name and mock port)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["vendors"]:
        print("\n".join(VENDORS))
        return 0
    if args == ["ports"]:
        print("\n".join(f"{name} {v.mock_port}" for name, v in VENDORS.items()))
        return 0
    print("usage: python -m contracts.model vendors|ports", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
