"""Where a test's Hypothesis time goes, per drawn test case: kept (valid), thrown away (invalid), or overrun.

Hypothesis throws away a test case that outgrows its choice budget (an overrun) after drawing all of it, so a
schema whose documents run deep can spend most of a test's time on cases that never reach the target. Hypothesis
reports no CPU seconds per outcome (its observability mode would, but serialises every drawn argument and slowed
the Procuros document test about sixfold), so this counts them at the one place every case passes through: the
engine's `test_function`.

    python -m bench.drawn_cases contract_tests/procuros -p no:randomly

prints, per test, the cases of each outcome with their CPU seconds and choices (run it with HYPOTHESIS_PROFILE=ci
to see what `make contract` draws).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest

__all__ = ["Outcome", "Tally", "counting", "main", "render"]


@dataclass
class Outcome:
    """The test cases of one outcome (VALID, INVALID, OVERRUN, INTERESTING) of one test."""

    cases: int = 0
    cpu_seconds: float = 0.0
    choices: int = 0
    most_choices: int = 0


@dataclass
class Tally:
    """Outcomes per test; `current` names the test whose cases are being counted."""

    current: str = "(outside a test: collection, explicit examples)"
    tests: dict[str, dict[str, Outcome]] = field(default_factory=dict)

    def add(self, status: str, choices: int, cpu_seconds: float) -> None:
        """Count one test case of the current test."""
        outcome = self.tests.setdefault(self.current, {}).setdefault(status, Outcome())
        outcome.cases += 1
        outcome.cpu_seconds += cpu_seconds
        outcome.choices += choices
        outcome.most_choices = max(outcome.most_choices, choices)


@contextmanager
def counting(tally: Tally) -> Iterator[Tally]:
    """Count every test case Hypothesis runs inside the block into `tally`."""
    # Imported here: Hypothesis imported before pytest starts is a module pytest's plugin rewrite warns about.
    from hypothesis.internal.conjecture import engine

    original: Callable[[Any, Any], None] = engine.ConjectureRunner.test_function

    def counted(runner: Any, data: Any) -> None:
        started = time.process_time()
        try:
            original(runner, data)
        finally:
            tally.add(data.status.name, len(data.nodes), time.process_time() - started)

    engine.ConjectureRunner.test_function = counted  # type: ignore[method-assign,assignment]
    try:
        yield tally
    finally:
        engine.ConjectureRunner.test_function = original  # type: ignore[method-assign,assignment]


def render(tally: Tally) -> str:
    """A Markdown table: per test and outcome, cases, CPU seconds, share of the test's case CPU, choices."""
    lines = [
        "| test | outcome | cases | CPU s | share of the test's case CPU | choices (most in one case) |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for test, outcomes in sorted(tally.tests.items(), key=lambda item: -sum(o.cpu_seconds for o in item[1].values())):
        total = sum(o.cpu_seconds for o in outcomes.values()) or 1.0
        for status, o in sorted(outcomes.items()):
            share = f"{100 * o.cpu_seconds / total:.0f}%"
            lines.append(
                f"| {test} | {status} | {o.cases} | {o.cpu_seconds:.2f} | {share} | {o.choices} ({o.most_choices}) |"
            )
    return "\n".join(lines)


class _Plugin:
    """Counts while pytest runs, and names the running test in the tally."""

    def __init__(self, tally: Tally) -> None:
        self.tally = tally
        self.counting = ExitStack()

    def pytest_configure(self) -> None:
        self.counting.enter_context(counting(self.tally))

    def pytest_unconfigure(self) -> None:
        self.counting.close()

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Any:
        self.tally.current = item.nodeid
        try:
            return (yield)
        finally:
            self.tally.current = Tally.current


def main(argv: Sequence[str] | None = None) -> int:
    """Run pytest with `argv` and print where each test's Hypothesis case time went."""
    tally = Tally()
    code = pytest.main(list(sys.argv[1:] if argv is None else argv), plugins=[_Plugin(tally)])
    print(render(tally))
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
