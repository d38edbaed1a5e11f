"""What a cassette keeps and what it never keeps: secrets scrubbed from what the spec says, the scan that refuses a
file with any left, and VCR.py reading what is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests
import vcr
import yaml

from contracts.live import cassettes as live_cassettes
from contracts.live.cassettes import CassetteRecorder, recorded_hypothesis_seed, write_cassettes
from contracts.model.cassette import Cassette, CassetteError, Exchange, read_cassette, write_cassette
from contracts.model.model import compile_spec, load_contract
from contracts.model.scrub import FILTERED, OTHER_CREDENTIAL, scrubber_for, secret_problems

FIXTURE = Path(__file__).parents[2] / "fixtures" / "minimal_valid.yaml"
TOKEN = "cassette-test-token-5d1e8c3b"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLXZhbHVl"
SIGNED = (
    "https://storage.googleapis.com/roit-mock-uploads/a/b.xml?X-Goog-Algorithm=GOOG4-RSA-SHA256"
    "&X-Goog-Credential=roit-mock&X-Goog-Expires=900&X-Goog-Signature=" + "ab12" * 16
)


def _secret_spec(tmp_path: Path) -> Path:
    """The fixture spec with a writeOnly and a password field in its schema, and a query apiKey scheme."""
    doc = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    props = doc["components"]["schemas"]["Thing"]["properties"]
    props["secret"] = {"type": "string", "writeOnly": True}
    props["login"] = {"type": "object", "properties": {"password": {"type": "string", "format": "password"}}}
    doc["components"]["securitySchemes"]["key"] = {"type": "apiKey", "in": "query", "name": "api_key"}
    path = tmp_path / "secret" / "openapi.yaml"
    path.parent.mkdir()
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


def test_the_scrubber_filters_what_the_spec_marks_secret(tmp_path: Path) -> None:
    scrub = scrubber_for(compile_spec(_secret_spec(tmp_path)), [TOKEN])
    assert {"secret", "password"} <= scrub.fields and "api_key" in scrub.query
    body = json.dumps({"id": 3, "secret": "s3cr3t", "login": {"password": "hunter2"}, "name": f"echo {TOKEN}"})
    cleaned = json.loads(scrub.body(body.encode()) or b"")
    assert cleaned == {"id": 3, "secret": FILTERED, "login": {"password": FILTERED}, "name": f"echo {FILTERED}"}
    assert "hunter2" not in scrub.uri("/things/3?api_key=hunter2&page=2") and "page=2" in scrub.uri("/things/3?page=2")
    assert scrub.header_values("Authorization", [f"Token {TOKEN}"]) == [f"Token {FILTERED}"]
    assert scrub.header_values("Authorization", ["Token not-the-token"]) == [OTHER_CREDENTIAL]
    assert scrub.header_values("X-Echo", [f"a {TOKEN} b"]) == [f"a {FILTERED} b"]
    assert scrub.body(b'{"id": 3}') == b'{"id": 3}'  # nothing secret: the bytes as they were


def test_a_signed_url_keeps_its_place_but_not_its_query_values() -> None:
    scrub = scrubber_for(load_contract("roit"), [TOKEN])
    body = json.dumps({"data": {"signedUrl": SIGNED, "next": "https://api.example/x?page=2"}}).encode()
    cleaned = json.loads(scrub.body(body) or b"")["data"]
    assert cleaned["signedUrl"].startswith("https://storage.googleapis.com/roit-mock-uploads/a/b.xml?X-Goog-Algorithm=")
    assert "ab12" not in cleaned["signedUrl"] and "roit-mock&" not in cleaned["signedUrl"]
    assert cleaned["next"] == "https://api.example/x?page=2"  # an unsigned URL is left alone
    assert not secret_problems(json.dumps(cleaned), [TOKEN]) and secret_problems(SIGNED)


@pytest.mark.parametrize(
    "planted",
    [TOKEN, JWT, f"Authorization: Bearer {'q' * 24}", f"Token {'k' * 40}", SIGNED],
    ids=["the token", "a JWT", "a bearer credential", "a token credential", "a signed URL"],
)
def test_the_scan_finds_a_planted_secret(planted: str) -> None:
    text = f'interactions:\n- response:\n    body:\n      string: \'{{"note": "{planted}"}}\'\n'
    assert secret_problems(text, [TOKEN]), planted
    assert not secret_problems(text.replace(planted, FILTERED), [TOKEN])


def _exchange(body: bytes) -> Exchange:
    headers = {"Authorization": [FILTERED], "Accept": ["*/*"]}
    return Exchange(
        "GET", "http://127.0.0.1:9/things/3", headers, None, 200, "OK", {"content-type": ["application/json"]}, body
    )


def test_a_cassette_with_a_jwt_left_is_refused_and_deleted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = CassetteRecorder("run-1")
    recorder.cassettes["roit"] = Cassette(
        "roit", "http://127.0.0.1:9", "run-1", [_exchange(json.dumps({"jwt": JWT}).encode())]
    )
    recorder.cassettes["paymentworks"] = Cassette("paymentworks", "http://127.0.0.1:9", "run-1", [_exchange(b"{}")])
    monkeypatch.setattr(live_cassettes, "_RECORDER", [recorder])
    written, refused = write_cassettes(tmp_path, (TOKEN,))
    assert not (tmp_path / "roit.yaml").exists() and (tmp_path / "paymentworks.yaml").exists()
    assert len(refused) == 1 and "roit.yaml: refused and deleted" in refused[0] and "JWT-shaped" in refused[0]
    assert "\n" not in refused[0] and len(written) == 1


def test_vcr_py_replays_a_written_cassette_and_it_reads_back_the_same(tmp_path: Path) -> None:
    cassette = Cassette("paymentworks", "http://127.0.0.1:9", "run-1", [_exchange(b'{"id": 3}')], [0, 0])
    path = tmp_path / "paymentworks.yaml"
    write_cassette(path, cassette)
    assert read_cassette(path) == cassette
    with vcr.use_cassette(str(path), record_mode="none"):
        answer = requests.get("http://127.0.0.1:9/things/3", timeout=5)
    assert answer.status_code == 200 and answer.json() == {"id": 3}


def test_a_file_that_is_not_a_recorded_cassette_is_one_line_naming_the_fix(tmp_path: Path) -> None:
    with pytest.raises(CassetteError, match="no such cassette; a live run with CONTRACT_RECORD=1"):
        read_cassette(tmp_path / "missing.yaml")
    (tmp_path / "bad.yaml").write_text("interactions: []\nversion: 1\n", encoding="utf-8")
    with pytest.raises(CassetteError, match="metadata names no vendor"):
        read_cassette(tmp_path / "bad.yaml")


def test_a_cassette_keeps_each_exchange_time_and_the_run_seed_through_a_write_and_a_read(tmp_path: Path) -> None:
    timed = Exchange(
        "GET", "http://127.0.0.1:9/things/3", {}, None, 200, "OK", {}, b"{}", "2026-01-02T03:04:05.123456+00:00", 0.5
    )
    cassette = Cassette(
        "paymentworks", "http://127.0.0.1:9", "run-1", [timed, _exchange(b"{}")], [0], seed="s33d", hypothesis_seed=7
    )
    path = tmp_path / "paymentworks.yaml"
    write_cassette(path, cassette)
    back = read_cassette(path)
    assert back == cassette and (back.seed, back.hypothesis_seed) == ("s33d", 7)
    assert recorded_hypothesis_seed(tmp_path) == 7
    write_cassette(tmp_path / "roit.yaml", Cassette("roit", "http://127.0.0.1:9", "run-2", [], hypothesis_seed=8))
    with pytest.raises(CassetteError, match="cassettes of different runs"):
        recorded_hypothesis_seed(tmp_path)
    assert str(back.exchanges[0].answered_at) == "2026-01-02 03:04:05.623456+00:00"
    assert back.exchanges[1].answered_at is None  # not kept: unknown, never "now"
