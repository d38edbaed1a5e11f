"""The replay wire on its own: answers matched on method, path, query, body and credential, identical requests in
recorded order, one place in the recording for every target of a run, and a request the cassette never saw refused in
one line naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests

from contracts.live.cassettes import ReplayAdapter, replay_adapter
from contracts.live.fresh import FreshValues, fresh_values
from contracts.model import clock
from contracts.model.cassette import Cassette, Exchange, write_cassette
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


def test_a_replay_sets_the_run_clock_to_when_the_exchange_was_sent_live() -> None:
    recorded = [
        Exchange("GET", f"{BASE}/a", {}, None, 200, "", {}, b"{}", "2026-01-02T03:04:05+00:00", 0.1),
        Exchange("GET", f"{BASE}/b", {}, None, 200, "", {}, b"{}", "2026-01-09T00:00:00+00:00", 0.1),
    ]
    session = requests.Session()
    session.mount("http://", ReplayAdapter(Cassette("paymentworks", BASE, "run-1", recorded), Path("p.yaml"), ()))
    try:
        session.get(f"{BASE}/a")
        assert clock.now().isoformat() == "2026-01-02T03:04:05+00:00"  # a week-old answer is judged as it was live
        session.get(f"{BASE}/b")
        assert clock.now().isoformat() == "2026-01-09T00:00:00+00:00"
    finally:
        clock.stop_replaying()
    assert clock.now().year >= 2026 and clock.now() != recorded[1].sent  # the wall clock again


def test_fresh_values_are_new_per_seed_and_drawn_again_from_the_same_seed() -> None:
    live, replay, other = FreshValues("seed-1"), FreshValues("seed-1"), FreshValues("seed-2")
    drawn = [live.uuid("order number"), live.uuid("order number"), live.uuid("unknown id of get_update")]
    assert len(set(drawn)) == 3  # each draw is new within a run
    assert [replay.uuid("order number"), replay.uuid("order number"), replay.uuid("unknown id of get_update")] == drawn
    assert other.uuid("order number") != drawn[0]  # another run (another seed) sends another value


def test_a_replay_seed_arriving_after_values_were_drawn_is_refused() -> None:
    vendor = "replay-test-vendor"
    fresh_values(vendor).uuid("x")
    with pytest.raises(ValueError, match=r"fresh values were already drawn from seed .*replay in a process of its own"):
        fresh_values(vendor, "the-cassette-seed")
    assert fresh_values("replay-test-other", "the-cassette-seed").seed == "the-cassette-seed"


def test_a_request_recorded_twice_gets_the_answer_of_its_place_in_the_run_even_after_a_skip() -> None:
    before, after = b'{"open": [1, 2]}', b'{"open": [2]}'
    recorded = [
        Exchange("GET", f"{BASE}/open", {}, None, 200, "", {}, before),  # an earlier test's read of the listing
        Exchange("PATCH", f"{BASE}/things/1", {}, b"{}", 200, "", {}, b"{}"),  # this test's write
        Exchange("GET", f"{BASE}/open", {}, None, 200, "", {}, after),  # this test's read after it
    ]
    session = requests.Session()
    session.mount("http://", ReplayAdapter(Cassette("paymentworks", BASE, "run-1", recorded), Path("p.yaml"), ()))
    # The earlier read is not sent again on this replay (answered from the per-example memory, say): the read after
    # the write still gets the listing as it was after the write, not the one before it.
    session.patch(f"{BASE}/things/1", data=b"{}")
    assert session.get(f"{BASE}/open").content == after
    assert session.get(f"{BASE}/open").content == after  # and again, once no later answer is left


def test_every_target_of_a_run_replays_from_one_place_in_the_recording(tmp_path: Path) -> None:
    # ROIT's create is a bodiless GET: every create of the run is the same request, each answered with a new id.
    recorded = [
        Exchange("GET", f"{BASE}/requests/create", {}, None, 200, "", {}, b'{"id": "made-by-the-conformance-suite"}'),
        Exchange("GET", f"{BASE}/requests/made-by-the-conformance-suite", {}, None, 200, "", {}, b"{}"),
        Exchange("GET", f"{BASE}/requests/create", {}, None, 200, "", {}, b'{"id": "made-by-the-client-layer"}'),
        Exchange("GET", f"{BASE}/requests/made-by-the-client-layer", {}, None, 200, "", {}, b"{}"),
    ]
    path = tmp_path / "roit.yaml"
    write_cassette(path, Cassette("roit", BASE, "run-1", recorded))
    suite, client_layer = requests.Session(), requests.Session()  # two targets of one run, each with its session
    suite.mount("http://", replay_adapter(tmp_path, "roit", ())[0])
    made = suite.get(f"{BASE}/requests/create").json()["id"]
    assert suite.get(f"{BASE}/requests/{made}").ok
    # Built later in the same process, the second target goes on from where the run stands, as the live run did.
    client_layer.mount("http://", replay_adapter(tmp_path, "roit", ())[0])
    made = client_layer.get(f"{BASE}/requests/create").json()["id"]
    assert made == "made-by-the-client-layer"
    assert client_layer.get(f"{BASE}/requests/{made}").ok
