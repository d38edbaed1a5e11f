"""Test parameters read when pytest collects a test, not when its module is imported.

pytest reads a `parametrize` mark's values when it collects the function, never before, so a suite module can
declare its parameters from the vendor's compiled contract while its import does no work at all. What the tests need
beyond their parameters (the target, Schemathesis's schema, the state machine) each suite builds when a test first asks
for it, in the process (pytest-xdist worker) that runs the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

import pytest

from contract_tests.target import ENVIRONMENT_ERRORS

__all__ = ["UNBUILDABLE_ID", "CollectedParams", "collected"]

# The one parameter of a test whose parameters the environment did not let pytest read (see CollectedParams).
UNBUILDABLE_ID = "-"


class CollectedParams(Sequence[Any]):
    """`parametrize` values computed on first use, that is when pytest collects the test, then kept.

    An environment that does not let them be computed (a spec that does not load, a bad CONTRACT_ALLOW) gives one
    parameter, `-`: its test builds what it needs first, meets the same error and fails in one line that names it.
    """

    def __init__(self, compute: Callable[[], list[Any]]) -> None:
        self._compute = compute
        self._params: list[Any] | None = None

    def _values(self) -> list[Any]:
        if self._params is None:
            try:
                self._params = self._compute()
            except ENVIRONMENT_ERRORS:
                self._params = [pytest.param(UNBUILDABLE_ID, id=UNBUILDABLE_ID)]
        return self._params

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Any]: ...
    def __getitem__(self, index: int | slice) -> Any:
        return self._values()[index]

    def __len__(self) -> int:
        return len(self._values())

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values())


def collected(argname: str, compute: Callable[[], list[Any]]) -> pytest.MarkDecorator:
    """`pytest.mark.parametrize(argname, ...)` with the values `compute` returns when pytest collects the test."""
    return pytest.mark.parametrize(argname, CollectedParams(compute))
