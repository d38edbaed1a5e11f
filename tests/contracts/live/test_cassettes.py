"""Recorded evidence, end to end: a live run with CONTRACT_RECORD=1 against a mock standing in for a vendor that
changed (`undocumented-field`, plus a `wrong-type` on one read so some test fails), for every vendor, then:

- the cassette holds 0 occurrences of the token and 0 JWT-shaped strings;
- drift recomputed offline from the cassette (`make drift`) equals the live run's drift, finding for finding;
- a replay (CONTRACT_REPLAY) of the whole suite (conformance, stateful, client, properties, semantics) gives every
  test the live verdict: the failing ones fail naming the same check, the green ones stay green, and nothing is sent;
- a mock seeded from the cassette serves the recorded records (with the field only the changed vendor sends) and
  lists the recorded answers that break the spec as refused.

The runs are each vendor's whole suite with every write allowed, under the `smoke` profile (three of ci's examples,
no shrinking): what is proven is that evidence is kept and replayed faithfully, test for test, not depth. What makes
a whole suite replay faithfully: fresh values from the run's seed instead of uuid4 (contracts/live/fresh.py), the
run's clock read from the replayed exchange (contracts/model/clock.py), one place in the recording shared by every
target of the run (contracts/live/cassettes.py `replay_adapter`), and Hypothesis settings that do not depend on the
wall clock (contract_tests/hypothesis_profiles.py `replayable`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from contracts.mock import create_app
from contracts.mock.testing import sync_client
from contracts.model.cassette import read_cassette
from contracts.model.model import load_contract
from contracts.model.scrub import JWT_SHAPE
from scripts.drift import main as drift_main

# vendor -> the faults of its changed mock: drift everywhere, and one read that breaks its schema.
FAULTS = {
    "roit": "undocumented-field,wrong-type@get_request",
    "paymentworks": "undocumented-field,wrong-type@get_update",
    "procuros": "undocumented-field,wrong-type@show_transaction",
}
# Every vendor runs its whole suite: each of these files, every test in it, but what LEFT_OUT names (printed with why;
# nothing at present).
SUITE = ("test_client.py", "test_conformance.py", "test_properties.py", "test_semantics.py", "test_stateful.py")
LEFT_OUT: dict[str, dict[str, str]] = {}


@dataclass
class Cycle:
    vendor: str
    live: Any  # the LiveRun that recorded
    replay: Any  # the LiveRun answered from the cassette
    live_dir: Path
    replay_dir: Path

    @property
    def cassette(self) -> Path:
        return self.live_dir / "cassettes" / f"{self.vendor}.yaml"


_CYCLES: dict[str, Cycle] = {}


@pytest.fixture
def cycle(request: pytest.FixtureRequest, live_suite: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cycle]:
    """The vendor's recorded live run and its replay (run once per vendor, shared by this module's tests)."""
    vendor: str = request.param
    if vendor not in _CYCLES:
        left_out = LEFT_OUT.get(vendor, {})
        paths = tuple(f"contract_tests/{vendor}/{name}" for name in SUITE if name not in left_out)
        for name, why in left_out.items():
            print(f"{vendor}: {name} left out of the replay proof: {why}")
        live_dir, replay_dir = tmp_path_factory.mktemp(f"{vendor}-live"), tmp_path_factory.mktemp(f"{vendor}-replay")
        with live_suite.serve(vendor, FAULTS[vendor]) as base_url:
            live = live_suite.run(
                vendor, base_url, live_dir, profile="smoke", paths=paths, env={"CONTRACT_RECORD": "1"}, timeout=1500
            )
        cassettes = str(live_dir / "cassettes")
        # The mock has stopped: an answer can only come from the cassette (the replay takes its recorded base URL).
        replay = live_suite.run(
            vendor, "http://127.0.0.1:9", replay_dir, profile="smoke", paths=paths,
            env={"CONTRACT_REPLAY": cassettes}, timeout=1500,
        )  # fmt: skip
        print(
            f"{vendor}: recorded {live.seconds:.0f} s ({live.requests_sent} requests), replayed {replay.seconds:.0f} s"
        )
        _CYCLES[vendor] = Cycle(vendor, live, replay, live_dir, replay_dir)
    yield _CYCLES[vendor]


VENDORS = pytest.mark.parametrize("cycle", sorted(FAULTS), indirect=True)


@VENDORS
def test_a_recorded_cassette_holds_no_token_and_no_jwt(cycle: Cycle, live_suite: Any) -> None:
    assert cycle.live.returncode == 1 and f"cassette: {cycle.cassette}" in cycle.live.output, cycle.live.output[-3000:]
    text = cycle.cassette.read_text(encoding="utf-8")
    assert text.count(live_suite.token) == 0 and JWT_SHAPE.findall(text) == []
    assert "[Filtered]" in text  # the credential header is there, its value is not
    assert len(read_cassette(cycle.cassette).exchanges) == cycle.live.requests_sent


def _findings(drift: dict[str, Any]) -> dict[tuple[str, ...], int]:
    return {
        (o["vendor"], o["operation_id"], kind, where, detail): n
        for o in drift["operations"]
        for kind, where, detail, n, *_evidence in o["findings"]
    }


@VENDORS
def test_drift_recomputed_offline_from_the_cassette_equals_the_live_drift(cycle: Cycle, tmp_path: Path) -> None:
    live = _findings(json.loads((cycle.live_dir / "run.json").read_text(encoding="utf-8"))["drift"])
    assert drift_main([str(cycle.cassette), "--reports", str(tmp_path)]) == 0
    offline = _findings(json.loads((tmp_path / "drift.json").read_text(encoding="utf-8")))
    assert any(key[2] == "field" for key in live), live  # the changed vendor's field is there to find
    assert offline == live  # the same findings, each seen as often
    assert (tmp_path / "drift.overlay.yaml").is_file()  # and the overlay rendered from them


def _verdicts(run_dir: Path) -> dict[str, tuple[str, str]]:
    tests = json.loads((run_dir / "run.json").read_text(encoding="utf-8"))["tests"]
    return {t["node_id"]: (t["outcome"], t["reason"]) for t in tests}


@VENDORS
def test_a_replay_from_the_cassette_gives_every_test_its_live_verdict(cycle: Cycle) -> None:
    live, replayed = _verdicts(cycle.live_dir), _verdicts(cycle.replay_dir)
    failed = {node for node, (outcome, _) in live.items() if outcome == "failed"}
    assert failed and len(failed) < len(live), live  # some red, some green: both verdicts are put to the test
    ran = {node.split("::")[0].rpartition("/")[2] for node, (outcome, _) in live.items() if outcome != "skipped"}
    assert ran == set(SUITE) - set(LEFT_OUT.get(cycle.vendor, {})), sorted(ran)  # every kind of test ran, replayed
    assert replayed == live  # same outcome and the same failure line (naming the same check) for every test
    assert cycle.replay.returncode == cycle.live.returncode
    assert "cassette:" not in cycle.replay.output  # a replay records nothing


def _recorded_read(cycle: Cycle) -> tuple[str, str, dict[str, Any]]:
    """The last recorded 2xx answer of a read (not the wrong-type one) with the changed vendor's field: (path, query,
    body)."""
    cassette = read_cassette(cycle.cassette)
    contract = load_contract(cycle.vendor)
    broken = FAULTS[cycle.vendor].rpartition("@")[2]
    for exchange in reversed(cassette.exchanges):
        found = contract.match(exchange.path)
        op = found[0].operations.get(exchange.method) if found else None
        if op is None or op.changes_state or op.operation_id == broken or exchange.status != 200:
            continue
        if b"mockUndocumentedField" in exchange.response_body:
            return exchange.path, exchange.uri.partition("?")[2], json.loads(exchange.response_body)
    raise AssertionError(f"{cycle.cassette}: no recorded read with the undocumented field")


@VENDORS
def test_a_mock_seeded_from_the_cassette_serves_the_recorded_records(cycle: Cycle) -> None:
    path, query, recorded = _recorded_read(cycle)
    app = create_app(cycle.vendor, seed_from=cycle.cassette)  # a faithful mock: only the cassette has the new field
    assert app.seeded is not None
    with sync_client(app) as client:
        answer = client.get(path + (f"?{query}" if query else ""))
    assert answer.status_code == 200 and answer.json() == recorded
    # The recorded answers that break the spec (the wrong-type read) are refused and listed, never served.
    lines = app.seeded.lines()
    assert "refused as drift" in lines[0] and any("is not of type" in line for line in lines[1:]), lines
