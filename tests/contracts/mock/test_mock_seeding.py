"""A mock seeded from a cassette serves the recorded answers that honour the spec, refuses (and lists) those that do
not, and answers from its own state once a request changed it."""

from __future__ import annotations

import json
from pathlib import Path

from contracts.mock import create_app
from contracts.mock.testing import sync_client
from contracts.model.cassette import Cassette, Exchange, write_cassette
from contracts.model.scrub import FILTERED

BASE = "http://127.0.0.1:9"


def _exchange(uri: str, status: int, body: object) -> Exchange:
    headers = {"Authorization": [f"Token {FILTERED}"]}
    answer = {"content-type": ["application/json"]}
    return Exchange("GET", f"{BASE}{uri}", headers, None, status, "", answer, json.dumps(body).encode())


def _cassette(tmp_path: Path, exchanges: list[Exchange]) -> Path:
    path = tmp_path / "paymentworks.yaml"
    write_cassette(path, Cassette("paymentworks", BASE, "run-1", exchanges))
    return path


def test_a_seeded_mock_serves_what_was_recorded_and_refuses_what_breaks_the_spec(tmp_path: Path) -> None:
    with sync_client(create_app("paymentworks")) as client:
        first, second = client.get("/api/updates/").json()["results"][:2]
    one, two = f"/api/updates/{first['id']}/", f"/api/updates/{second['id']}/"
    recorded = {**first, "supplier_name": "Recorded Supplier Inc.", "seen_live_only": True}
    broken = {**second, "id": "not-an-integer"}
    cassette = _cassette(tmp_path, [_exchange(one, 200, recorded), _exchange(two, 200, broken)])
    app = create_app("paymentworks", seed_from=cassette)
    assert app.seeded is not None
    with sync_client(app) as client:
        assert client.get(one).json() == recorded  # what the vendor sent, not the mock's own record
        assert client.get(two).json() == second  # refused: the mock's own answer instead
    lines = app.seeded.lines()
    assert lines[0].endswith("1 recorded answer(s) served; 1 refused as drift (they break the spec):"), lines
    assert f"{two} -> 200: /id: " in lines[1] and len(lines) == 2
