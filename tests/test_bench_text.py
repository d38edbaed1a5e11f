"""What BENCHMARKS.md says about the collector's share follows from the two gaps, and never a negative figure."""

from __future__ import annotations

from bench._common import collector_share


def test_the_collector_share_is_the_difference_of_the_gaps() -> None:
    text = collector_share(80.0, 50.0, "µs")
    assert text == "of the 80.0 µs the client adds, 50.0 µs is building models and ~30.0 µs the collector's extra work"


def test_a_paused_gap_no_smaller_than_the_running_one_is_called_noise_not_a_negative_share() -> None:
    text = collector_share(52.0, 85.5, "µs")
    assert "within the noise" in text and "-" not in text


def test_the_attrs_floor_builds_the_update_the_generated_parser_builds() -> None:
    # bench item 5's floor is hand-written for Update: a changed spec must fail here, not skew a diagnosis.
    from paymentworks_client.models.update import Update

    from bench.sdk import _attrs_floor
    from contracts.mock import create_app
    from contracts.mock.testing import sync_client

    with sync_client(create_app("paymentworks")) as client:
        record = client.get("/api/updates/20100/").json()
    assert _attrs_floor()(record) == Update.from_dict(record)
    assert _attrs_floor()({**record, "status": "Processed"}) != Update.from_dict(record)
