"""A pytest plugin for `make mutation MUTATION_ARGS=--ablate`: the suite with some of its checks taken out.

An ablation shows that a check is what catches its fault: the same fault, the suite without that check, and the
fault must then survive. Loaded only by scripts/mutation.py (`-p contract_tests.ablation --ablate=a,b`), never by
`make contract`: --ablate names the Schemathesis checks to unregister and the test functions to deselect. A name
that is neither is refused, so a misspelt ablation cannot pass for a survivor.
"""

from __future__ import annotations

import pytest
from schemathesis.checks import CHECKS, load_all_checks

__all__: list[str] = []


def pytest_addoption(parser: pytest.Parser) -> None:
    """--ablate=NAME[,NAME...]: the checks and tests to take out of this run."""
    parser.addoption("--ablate", default="", help="comma-separated Schemathesis checks and test functions to take out")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Unregister the named checks (before any case runs, so no schema has built its list yet); drop the named tests."""
    names = tuple(name.strip() for name in str(config.getoption("ablate")).split(",") if name.strip())
    if not names:
        return
    load_all_checks()
    registered = set(CHECKS.get_all_names())
    functions = [getattr(item, "originalname", item.name) for item in items]  # a test's function, without [params]
    unknown = [n for n in names if n not in registered and n not in functions]
    if unknown:
        raise pytest.UsageError(
            f"--ablate: {', '.join(unknown)} is neither a registered Schemathesis check nor a collected test"
        )
    for name in names:
        if name in registered:
            CHECKS.unregister(name)
    dropped = [item for item, function in zip(items, functions, strict=True) if function in names]
    config.hook.pytest_deselected(items=dropped)
    items[:] = [item for item, function in zip(items, functions, strict=True) if function not in names]
