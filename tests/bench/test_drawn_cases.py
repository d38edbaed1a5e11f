"""bench.drawn_cases counts every Hypothesis test case by outcome, so thrown-away draws show in CPU seconds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.internal.conjecture import engine

from bench.drawn_cases import Tally, counting, render

_SETTINGS = settings(
    max_examples=10, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck)
)


def test_every_kept_case_is_counted_as_valid_with_its_choices() -> None:
    @_SETTINGS
    @given(st.integers(0, 9), st.booleans())
    def small(number: int, flag: bool) -> None:
        pass

    with counting(Tally(current="small")) as tally:
        small()
    valid = tally.tests["small"]["VALID"]
    assert valid.cases == 10
    assert valid.choices == 2 * valid.cases
    assert valid.most_choices == 2


def test_a_case_past_the_choice_budget_is_counted_as_an_overrun() -> None:
    # A value that is, when its first number is high, more choices than Hypothesis's budget: those cases overrun.
    @st.composite
    def past_the_budget(draw: st.DrawFn) -> list[int]:
        size = 2 * engine.BUFFER_SIZE if draw(st.integers(0, 9)) > 4 else 1
        return [draw(st.integers(0, 1)) for _ in range(size)]

    @_SETTINGS
    @given(past_the_budget())
    def too_big(numbers: list[int]) -> None:
        pass

    with counting(Tally(current="too_big")) as tally:
        too_big()
    overruns = tally.tests["too_big"]["OVERRUN"]
    assert overruns.cases >= 1
    assert overruns.most_choices > 1000  # drawn up to the budget before being thrown away
    assert tally.tests["too_big"]["VALID"].most_choices == 2


def test_counting_stops_when_the_block_ends() -> None:
    before = engine.ConjectureRunner.test_function
    with counting(Tally()):
        assert engine.ConjectureRunner.test_function is not before
    assert engine.ConjectureRunner.test_function is before


def test_the_table_gives_each_outcome_its_share_of_the_test() -> None:
    tally = Tally(current="t")
    tally.add("VALID", 10, 1.0)
    tally.add("OVERRUN", 9000, 3.0)
    table = render(tally)
    assert "| t | OVERRUN | 1 | 3.00 | 75% | 9000 (9000) |" in table
    assert "| t | VALID | 1 | 1.00 | 25% | 10 (10) |" in table
