"""`make drift` dates its evidence by the recorded run, never by when it recomputes: each finding's first and last
seen come from the recorded exchanges' own times, and the overlay names the recorded run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from contracts.mock import create_app
from contracts.mock.testing import sync_client
from contracts.model.cassette import Cassette, Exchange, write_cassette
from contracts.model.scrub import FILTERED
from scripts.drift import main as drift_main

BASE = "http://127.0.0.1:9"
RUN_ID = "20260102T030000Z"


def _exchange(uri: str, body: dict[str, Any], sent_at: str, elapsed: float = 0.25) -> Exchange:
    headers = {"Authorization": [f"Token {FILTERED}"]}
    answer = {"content-type": ["application/json"]}
    encoded = json.dumps(body).encode()
    return Exchange("GET", f"{BASE}{uri}", headers, None, 200, "OK", answer, encoded, sent_at, elapsed)


def _recorded_drift(tmp_path: Path, run_id: str = RUN_ID, timed: bool = True) -> Path:
    """A paymentworks cassette whose two reads, three days apart, carry a field the spec does not describe."""
    with sync_client(create_app("paymentworks")) as client:
        first, second = client.get("/api/updates/").json()["results"][:2]
    times = ("2026-01-02T03:04:05+00:00", "2026-01-05T06:07:08+00:00") if timed else ("", "")
    exchanges = [
        _exchange(f"/api/updates/{record['id']}/", {**record, "seenLiveOnly": True}, sent_at)
        for record, sent_at in zip((first, second), times, strict=True)
    ]
    path = tmp_path / "cassettes" / "paymentworks.yaml"
    write_cassette(path, Cassette("paymentworks", BASE, run_id, exchanges, [0, 1]))
    return path


def _field_evidence(reports: Path) -> dict[str, Any]:
    drift = json.loads((reports / "drift.json").read_text(encoding="utf-8"))
    found = [f for o in drift["operations"] for f in o["findings"] if "seenLiveOnly" in f[1] + f[2]]
    assert len(found) == 1 and found[0][3] == 2, drift  # one finding, seen twice
    evidence: dict[str, Any] = found[0][4]
    return evidence


def test_drift_recomputed_from_a_cassette_is_dated_by_the_recorded_exchanges(tmp_path: Path) -> None:
    cassette = _recorded_drift(tmp_path)
    assert drift_main([str(cassette), "--reports", str(tmp_path / "reports")]) == 0
    evidence = _field_evidence(tmp_path / "reports")
    # When the answers arrived in the recorded run (sent + 0.25 s), not today.
    assert (evidence["first_seen"], evidence["last_seen"]) == ("2026-01-02T03:04:05Z", "2026-01-05T06:07:08Z")
    overlay = yaml.safe_load((tmp_path / "reports" / "drift.overlay.yaml").read_text(encoding="utf-8"))
    marks = [a["x-evidence"] for a in overlay["actions"] if "x-evidence" in a]
    assert marks and all(m["run"] == RUN_ID for m in marks), marks  # the recorded run, by its id
    assert {(m["first_seen"], m["last_seen"]) for m in marks} == {("2026-01-02T03:04:05Z", "2026-01-05T06:07:08Z")}


def test_a_cassette_without_exchange_times_is_dated_by_its_run_id(tmp_path: Path) -> None:
    cassette = _recorded_drift(tmp_path, timed=False)
    assert drift_main([str(cassette), "--reports", str(tmp_path / "reports")]) == 0
    evidence = _field_evidence(tmp_path / "reports")
    assert (evidence["first_seen"], evidence["last_seen"]) == ("2026-01-02T03:00:00Z", "2026-01-02T03:00:00Z")
