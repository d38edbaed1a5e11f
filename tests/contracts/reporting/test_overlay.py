"""The drift overlay (contracts/reporting/overlay.py): each finding becomes an edit of the node it belongs in, marked as
observed with its evidence, and the spec with the overlay applied describes the very responses that showed the drift.

In process: responses are judged as the suite judges them (DriftLog.observe) and kept in a run record; the live,
over-a-socket version of the loop is tests/contracts/live/test_live_overlay.py.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from contracts.model.model import compile_spec, load_contract
from contracts.reporting.drift import DriftLog, RecordedResponse, drift_of_recorded
from contracts.reporting.overlay import drift_overlay, json_path, write_overlays
from contracts.reporting.record import RunRecord, read_record
from contracts.reporting.shape import merged, shape_of
from scripts.apply_overlay import overlaid_text

VENDOR = "paymentworks"


def _update() -> dict[str, Any]:
    """The documented example of get_update's answer."""
    op = load_contract(VENDOR).operations["get_update"]
    return copy.deepcopy(op.responses["200"].content["application/json"].examples[0])


def _response(operation_id: str, body: Any, status: int = 200, **extra: Any) -> RecordedResponse:
    raw = json.dumps(body).encode() if not isinstance(body, bytes) else body
    return RecordedResponse(VENDOR, operation_id, status, extra.get("media_type", "application/json"), raw,
                            tuple(extra.get("headers", ())))  # fmt: skip


def _drifting() -> list[RecordedResponse]:
    """Answers with one of everything drift reports: a field (by id and in a page), an enum value, a status, a
    header, a media type."""
    first, second = _update(), _update()
    first["mockRegion"], second["mockRegion"] = "2026-01-02", "2026-03-04"
    second["status"] = "Escalated"
    page = {"count": 1, "next": None, "previous": None, "results": [second]}
    return [
        _response("get_update", first, headers=("x-request-id",)),
        _response("list_updates", page),
        _response("get_update", _update(), status=418),
        _response("get_update", b"id,name\n1,a\n", media_type="text/csv"),
    ]


def _record(responses: list[RecordedResponse]) -> RunRecord:
    record = RunRecord(drift=drift_of_recorded(responses), run_id="20260101T000000Z")
    for response in responses:
        record.log.operation(VENDOR, response.operation_id, response.operation_id, ())
    return record


def _actions(record: RunRecord) -> dict[str, dict[str, Any]]:
    overlay = drift_overlay(record, VENDOR, load_contract(VENDOR), "../specs/paymentworks/openapi.yaml")
    assert overlay["overlay"] == "1.0.0" and overlay["info"]["version"] == "20260101T000000Z"
    return {action["description"].split(" seen ")[0]: action for action in overlay["actions"]}


def test_each_finding_becomes_an_edit_of_the_component_it_belongs_in() -> None:
    actions = _actions(_record(_drifting()))
    field = actions["Add the property 'mockRegion'"]
    assert field["target"] == "$.components.schemas.Update.properties"  # by id and in a page: one component, one edit
    assert field["update"]["mockRegion"]["type"] == "string" and field["update"]["mockRegion"]["format"] == "date"
    assert field["x-evidence"]["count"] == 2 and len(field["x-evidence"]["findings"]) == 2
    enum = actions["Add the enum value 'Escalated'"]
    assert enum["target"] == "$.components.schemas.UpdateStatusDisplay.enum" and enum["update"] == "Escalated"
    status = actions["Add the status '418'"]
    assert status["target"] == "$.paths['/api/updates/{id}/'].get.responses"
    assert status["update"]["418"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Update"}
    header = actions["Add the header 'x-request-id'"]
    assert header["target"] == "$.paths['/api/updates/{id}/'].get.responses['200']"  # no headers yet: wrapped
    assert header["update"]["headers"]["x-request-id"]["schema"] == {"type": "string"}
    media = actions["Add the media type 'text/csv'"]
    assert media["target"] == "$.paths['/api/updates/{id}/'].get.responses['200'].content"
    assert media["update"]["text/csv"]["schema"] == {"type": "string"}


def test_what_an_action_adds_is_marked_observed_with_its_evidence() -> None:
    for description, action in _actions(_record(_drifting())).items():
        evidence = action.get("x-evidence")
        if evidence is None:
            assert action["description"] == "Mark the enum values above as observed"
            assert action["update"]["x-observed"]["enum"] == ["Escalated"]
            continue
        assert evidence["run"] == "20260101T000000Z" and evidence["count"] >= 1, description
        assert evidence["first_seen"] <= evidence["last_seen"], description
        added = json.dumps(action["update"])
        assert action["update"] == "Escalated" or '"x-observed": {"run": "20260101T000000Z"' in added, description


def test_the_overlaid_spec_describes_the_responses_that_showed_the_drift(tmp_path: Path) -> None:
    record = _record(_drifting())
    assert sum(len(c) for c in record.drift.findings.values()) == 6
    overlay = drift_overlay(record, VENDOR, load_contract(VENDOR), "x")
    spec = load_contract(VENDOR).spec_path
    (tmp_path / "openapi.yaml").write_text(overlaid_text(spec.read_text(encoding="utf-8"), overlay), encoding="utf-8")
    again = drift_of_recorded(record.drift.recorded(VENDOR), lambda v: compile_spec(tmp_path / "openapi.yaml", v))
    assert again.findings == {}


def test_an_overlay_survives_the_run_record_and_is_written_beside_the_reports(tmp_path: Path) -> None:
    _record(_drifting()).write(tmp_path / "run.json")
    record = read_record(tmp_path / "run.json")
    assert record.run_id == "20260101T000000Z" and record.drift.recorded(VENDOR)
    [line] = write_overlays(record, tmp_path)
    assert "make apply-overlay VENDOR=paymentworks" in line
    written = yaml.safe_load((tmp_path / "drift.overlay.yaml").read_text(encoding="utf-8"))
    assert written["extends"].endswith("specs/paymentworks/openapi.yaml")
    assert len(written["actions"]) == 6


def test_a_run_without_drift_leaves_no_overlay(tmp_path: Path) -> None:
    (tmp_path / "drift.overlay.yaml").write_text("stale", encoding="utf-8")
    record = _record([_response("get_update", _update())])
    assert write_overlays(record, tmp_path) == ["overlay: none for paymentworks (no drift a spec edit could take)"]
    assert not (tmp_path / "drift.overlay.yaml").exists()


def test_a_value_outside_a_unions_const_is_listed_not_applied() -> None:
    contract = load_contract("procuros")
    op = contract.operations["show_transaction"]
    example = copy.deepcopy(op.responses["200"].content["application/json"].examples[0])
    example["data"]["type"] = "MOCK_NEW_DOCUMENT"  # a transaction type the union has no member for
    log = DriftLog()
    log.observe("procuros", "show_transaction", "show", _procuros(example))
    record = RunRecord(drift=log, run_id="R")
    overlay = drift_overlay(record, "procuros", contract, "x")
    [unapplied] = [u for u in overlay["x-not-applied"] if "MOCK_NEW_DOCUMENT" in u["detail"]]
    assert "const" in unapplied["why"]


def _procuros(body: Any) -> RecordedResponse:
    return RecordedResponse("procuros", "show_transaction", 200, "application/json", json.dumps(body).encode())


@pytest.mark.parametrize(
    ("pointer", "path"),
    [
        ("/components/schemas/Update/properties", "$.components.schemas.Update.properties"),
        ("/paths/~1api~1updates~1/get/responses/200", "$.paths['/api/updates/'].get.responses['200']"),
        ("/components/schemas/SentTransaction/oneOf/0", "$.components.schemas.SentTransaction.oneOf[0]"),
    ],
)
def test_a_json_pointer_becomes_an_rfc_9535_path(pointer: str, path: str) -> None:
    contract = load_contract("procuros" if "Transaction" in pointer else VENDOR)
    assert json_path(contract, pointer) == path


def test_a_shape_keeps_only_what_every_value_shows() -> None:
    assert shape_of("2026-01-02T03:04:05Z") == {"type": "string", "format": "date-time"}
    assert merged(shape_of("2026-01-02"), shape_of("soon")) == {"type": "string"}
    assert merged(shape_of(1), shape_of(2.5)) == {"type": "number"}
    assert merged(shape_of("a"), shape_of(None)) == {"type": ["string", "null"]}
    items = shape_of([{"a": 1}, {"b": True}])["items"]
    assert items == {"type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "boolean"}}}
    assert "enum" not in json.dumps(shape_of(["x", "x", "x"])) and "required" not in json.dumps(items)


def test_the_kept_responses_are_masked_before_the_record_is_written() -> None:
    first = _update()
    first["mockEcho"] = "token-123"
    record = _record([_response("get_update", first)])
    assert "token-123" in json.dumps(record.to_json())
    record.drift.redact(lambda text: text.replace("token-123", "***"))
    assert "token-123" not in json.dumps(record.to_json()) and "***" in json.dumps(record.to_json())
