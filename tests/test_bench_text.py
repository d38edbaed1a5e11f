"""What BENCHMARKS.md says about the collector's share follows from the two gaps, and never a negative figure."""

from __future__ import annotations

from bench._common import collector_share


def test_the_collector_share_is_the_difference_of_the_gaps() -> None:
    text = collector_share(80.0, 50.0, "µs")
    assert text == "of the 80.0 µs the client adds, 50.0 µs is building models and ~30.0 µs the collector's extra work"


def test_a_paused_gap_no_smaller_than_the_running_one_is_called_noise_not_a_negative_share() -> None:
    text = collector_share(52.0, 85.5, "µs")
    assert "within the noise" in text and "-" not in text
