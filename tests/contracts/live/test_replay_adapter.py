"""The replay wire on its own: answers matched on method, path, query, body and credential, identical requests in
recorded order, and a request the cassette never saw refused in one line naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from contracts.live.cassettes import ReplayAdapter
from contracts.model.cassette import Cassette, Exchange
from contracts.model.scrub import FILTERED, OTHER_CREDENTIAL

BASE = "http://127.0.0.1:9"
TOKEN = "replay-test-token-2f6a"


def _exchange(uri: str, status: int, body: bytes, credential: str | None = f"Token {FILTERED}") -> Exchange:
    headers = {"Authorization": [credential]} if credential is not None else {}
    return Exchange("GET", f"{BASE}{uri}", headers, None, status, "", {"Content-Type": ["application/json"]}, body)


@pytest.fixture
def session() -> requests.Session:
    cassette = Cassette(
        "paymentworks",
        BASE,
        "run-1",
        [
            _exchange("/api/updates/?page=1", 200, b'{"n": 1}'),
            _exchange("/api/updates/?page=1", 401, b'{"detail": "no"}', credential=None),
            _exchange("/api/updates/?page=1", 401, b'{"detail": "bad"}', credential=OTHER_CREDENTIAL),
            _exchange("/api/updates/?page=1", 200, b'{"n": 2}'),
        ],
    )
    session = requests.Session()
    adapter = ReplayAdapter(cassette, Path("reports/cassettes/paymentworks.yaml"), (TOKEN,))
    session.mount("http://", adapter)
    return session


def test_identical_requests_get_the_recorded_answers_in_order_and_probes_their_own(session: requests.Session) -> None:
    own = {"Authorization": f"Token {TOKEN}"}
    assert session.get(f"{BASE}/api/updates/?page=1", headers=own).json() == {"n": 1}
    assert session.get(f"{BASE}/api/updates/?page=1").status_code == 401  # no credential: the probe's answer
    wrong = session.get(f"{BASE}/api/updates/?page=1", headers={"Authorization": "Token wrong"})
    assert wrong.json() == {"detail": "bad"}
    assert session.get(f"{BASE}/api/updates/?page=1", headers=own).json() == {"n": 2}
    assert session.get(f"{BASE}/api/updates/?page=1", headers=own).json() == {"n": 2}  # the last one again


def test_a_request_the_cassette_never_saw_is_refused_naming_the_file(session: requests.Session) -> None:
    with pytest.raises(requests.ConnectionError) as caught:
        session.get(f"{BASE}/api/updates/?page=2", headers={"Authorization": f"Token {TOKEN}"})
    message = str(caught.value)
    assert "reports/cassettes/paymentworks.yaml: no recorded answer to GET /api/updates/?page=2" in message
    assert "\n" not in message
