"""The new mock faults break what an answer means (and nothing else); the controls change only how it travels."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from contract_tests.schemathesis_config import load_config, response_time_bound
from contracts.mock import DEMO_TOKEN, create_app
from contracts.model import RunSettings, SettingsError
from contracts.reporting.relaxation_text import describe, scope_text

BEARER = {"Authorization": f"Bearer {DEMO_TOKEN}"}
TASKS = "/v2/tasks"


def procuros(faults: str = "") -> httpx.Client:
    """A client into the Procuros mock with these faults switched on."""
    app = create_app("procuros", token=DEMO_TOKEN, faults=faults)
    return httpx.Client(transport=app.transport(), base_url="http://testserver")


def test_ignores_filter_lists_items_of_other_types() -> None:
    asked = {"filter[type]": "EXPORT_CUSTOMERS"}
    honest = procuros().get(TASKS, params=asked, headers=BEARER).json()["items"]
    faulty = procuros("ignores-filter").get(TASKS, params=asked, headers=BEARER).json()["items"]
    assert {t["type"] for t in honest} == {"EXPORT_CUSTOMERS"}
    assert {t["type"] for t in faulty} > {"EXPORT_CUSTOMERS"}


def test_ignores_page_size_serves_more_than_asked() -> None:
    assert len(procuros().get(TASKS, params={"per_page": 1}, headers=BEARER).json()["items"]) == 1
    assert len(procuros("ignores-page-size").get(TASKS, params={"per_page": 1}, headers=BEARER).json()["items"]) > 1


def test_accepts_any_scheme_takes_the_token_under_another_word() -> None:
    token = {"Authorization": f"Token {DEMO_TOKEN}"}
    assert procuros().get(TASKS, headers=token).status_code == 401
    assert procuros("accepts-any-scheme").get(TASKS, headers=token).status_code == 200


def test_lies_about_more_hands_out_a_cursor_on_the_last_page() -> None:
    honest = procuros().get(TASKS, headers=BEARER).json()
    lying = procuros("lies-about-more").get(TASKS, headers=BEARER).json()
    assert honest["nextCursor"] is None and not honest["hasMore"]
    assert lying["nextCursor"] and lying["hasMore"] and lying["items"] == honest["items"]


def test_answers_another_record_names_another_id() -> None:
    listed = procuros().get("/v2/all-transactions", headers=BEARER).json()["items"][0]["procurosTransactionId"]
    answer = procuros("answers-another-record").get(f"/v2/all-transactions/{listed}", headers=BEARER).json()
    assert answer["data"]["procurosTransactionId"] != listed


@pytest.mark.parametrize("control", ["reordered-keys", "indented-json", "charset-content-type", "extra-headers"])
def test_controls_keep_the_answer_the_same_json(control: str) -> None:
    honest = procuros().get(TASKS, headers=BEARER)
    changed = procuros(control).get(TASKS, headers=BEARER)
    assert changed.status_code == 200 and changed.json() == honest.json()
    assert changed.headers["content-type"].startswith("application/json")
    assert (changed.content != honest.content) or (dict(changed.headers) != dict(honest.headers))


def test_gzip_control_compresses_only_when_asked() -> None:
    client = procuros("gzip-when-asked")
    plain = client.get(TASKS, headers={**BEARER, "Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    answer = client.get(TASKS, headers={**BEARER, "Accept-Encoding": "gzip"})
    assert answer.headers["content-encoding"] == "gzip" and answer.json() == plain.json()


def test_response_time_bound_is_strict_on_the_mock_and_loose_live(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONTRACT_MAX_RESPONSE_TIME", raising=False)
    assert response_time_bound(live=False) == 2.0 and response_time_bound(live=True) == 10.0
    monkeypatch.setenv("CONTRACT_MAX_RESPONSE_TIME", "4.5")
    assert response_time_bound(live=True) == 4.5 and response_time_bound(live=False) == 4.5
    assert load_config(live=True)[0].projects.get_default().checks_config_for().max_response_time.limit == 4.5


def test_response_time_bound_is_a_run_setting() -> None:
    assert RunSettings.from_env({}).max_response_time is None
    assert RunSettings.from_env({"CONTRACT_MAX_RESPONSE_TIME": " 2.5 "}).max_response_time == 2.5
    live = RunSettings.from_env({"CONTRACT_TARGET": "live"})
    assert live.response_time_bound(2.0) == 10.0 and live.response_time_bound(2.0, live=False) == 2.0
    assert RunSettings.from_env({}).response_time_bound(2.0) == 2.0


@pytest.mark.parametrize(
    ("raw", "why"),
    [("soon", "give seconds"), ("0", "the bound must be more than 0"), ("-1", "the bound must be more than 0")],
)
def test_a_bad_response_time_bound_is_refused_naming_variable_and_value(raw: str, why: str) -> None:
    with pytest.raises(SettingsError, match=f"CONTRACT_MAX_RESPONSE_TIME={raw!r}: {why}"):
        RunSettings.from_env({"CONTRACT_MAX_RESPONSE_TIME": raw})


def test_relaxations_read_as_sentences() -> None:
    _, relaxations = load_config()
    assert relaxations and all(r.sentence and "{" not in r.sentence for r in relaxations)
    text = describe({"checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400"]}}})
    assert text == "The `positive_data_acceptance` check also counts 2xx and 400 as an expected answer to valid data."
    text = describe({"checks": {"negative_data_rejection": {"expected-statuses": ["400", "413"]}}})
    assert text == "The `negative_data_rejection` check also counts 400 and 413 as a rejection of invalid data."


def test_relaxation_scopes_read_as_operation_names() -> None:
    assert scope_text("include-operation-id=['a_b', 'c']") == "operations `a_b`, `c`"
    assert scope_text("include-operation-id=ping") == "operation `ping`"
    assert scope_text("include-method=['POST', 'PUT', 'PATCH']") == "POST, PUT and PATCH operations"
    assert scope_text("all operations") == "all operations"


def test_a_relaxation_without_a_reason_is_refused_naming_its_block(tmp_path: Path) -> None:
    config = tmp_path / "schemathesis.toml"
    config.write_text(
        '[[project]]\ntitle = "T"\n[[project.operations]]\ninclude-operation-id = "send"\n'
        'phases.coverage.generation.mode = "positive"\n'
    )
    with pytest.raises(ValueError, match=r"'T', operations block 0 .*without a `reason"):
        load_config(config)
    assert describe({"phases": {"coverage": {"generation": {"mode": "positive"}}}}) == (
        "The coverage phase generates only positive cases."
    )
