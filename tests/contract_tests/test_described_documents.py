"""`json_strategy(..., described_only=True)` draws documents of the spec that hold only what the spec describes."""

from __future__ import annotations

import json
from typing import Any

import jsonschema_rs
from hypothesis import HealthCheck, given, settings

from contract_tests.schemas import described, json_strategy, resolve, valid_formats
from contracts.model.model import load_contract
from contracts.model.undescribed import undescribed

SENT = {"$ref": "#/components/schemas/SentTransaction"}
CONTRACT = load_contract("procuros")
OPEN = jsonschema_rs.validator_for(resolve(SENT, CONTRACT))


@settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(document=json_strategy(SENT, CONTRACT, formats=valid_formats(), described_only=True))
def test_a_described_document_is_a_document_of_the_open_spec_with_nothing_undescribed(document: Any) -> None:
    assert OPEN.is_valid(document), json.dumps(document)[:500]
    assert not list(undescribed(CONTRACT, document, ["/components/schemas/SentTransaction"]))


def test_open_objects_are_closed_and_allof_members_stay_open() -> None:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {
            "line": {
                "allOf": [
                    {
                        "type": "object",
                        "properties": {"a": {"type": "string"}, "n": {"type": "object", "properties": {}}},
                    },
                    {"type": "object", "properties": {"b": {"type": "string"}}},
                ]
            },
            "extras": {"type": "object", "properties": {}, "additionalProperties": {"type": "integer"}},
        },
    }
    closed = described(schema)
    assert closed["additionalProperties"] is False
    members = closed["properties"]["line"]["allOf"]
    assert all("additionalProperties" not in member for member in members)  # each names only part of the whole
    assert closed["properties"]["line"]["unevaluatedProperties"] is False  # the whole is closed
    assert members[0]["properties"]["n"]["additionalProperties"] is False  # an object inside a member is closed
    assert closed["properties"]["extras"]["additionalProperties"] == {"type": "integer"}  # what the spec says, kept
    validator = jsonschema_rs.validator_for(closed)
    assert validator.is_valid({"line": {"a": "x", "b": "y"}})
    assert not validator.is_valid({"line": {"a": "x"}, "other": 1})
    assert not validator.is_valid({"line": {"a": "x", "c": "z"}})
