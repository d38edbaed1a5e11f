"""Drift sees everything: a composition allows what at least one of its parts describes, no more."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from contracts.mock.procuros import documents
from contracts.model.model import Contract, load_contract
from contracts.model.undescribed import described_part, undescribed

_ITEM = {"type": "object", "properties": {"id": {"type": "string"}}}
_NOTE = {"type": "object", "properties": {"note": {"type": "string"}}}


def _contract(schema: dict[str, Any]) -> Contract:
    schemas = {"Item": _ITEM, "Note": _NOTE, "Alias": {"$ref": "#/components/schemas/Item"}, "Under": schema}
    doc = {"openapi": "3.1.0", "paths": {}, "components": {"schemas": schemas}}
    return Contract("tiny", doc, Path("tiny.yaml"))


def _fields(schema: dict[str, Any], value: dict[str, Any]) -> list[str]:
    return [f.where for f in undescribed(_contract(schema), value, ["/components/schemas/Under"]) if f.kind == "field"]


ITEM, NOTE, ALIAS = ({"$ref": f"#/components/schemas/{n}"} for n in ("Item", "Note", "Alias"))
VALUE = {"id": "1", "note": "n", "extra": 2}

# (composition, the keys of VALUE it does not describe)
CASES = {
    "allOf [$ref, {type: object}]": ({"allOf": [ITEM, {"type": "object"}]}, ["/extra", "/note"]),
    "allOf of two parts": ({"allOf": [ITEM, NOTE]}, ["/extra"]),
    "anyOf": ({"anyOf": [ITEM, NOTE]}, ["/extra"]),
    "oneOf with a bare object": ({"oneOf": [ITEM, {"type": "object"}]}, ["/extra", "/note"]),
    "$ref chain": (ALIAS, ["/extra", "/note"]),
    "$ref chain in allOf": ({"allOf": [ALIAS, {"type": "object"}]}, ["/extra", "/note"]),
    "additionalProperties true": ({"allOf": [ITEM, {"type": "object", "additionalProperties": True}]}, []),
    "additionalProperties false": ({"allOf": [ITEM, {"additionalProperties": False}]}, ["/extra", "/note"]),
    "additionalProperties schema": ({"allOf": [ITEM, {"additionalProperties": {"type": "string"}}]}, []),
    "patternProperties": ({"allOf": [ITEM, {"patternProperties": {"^e": {}}}]}, []),
    "a bare object alone is free-form": ({"type": "object"}, []),
}


@pytest.mark.parametrize(("schema", "undescribed_keys"), CASES.values(), ids=CASES.keys())
def test_a_composition_allows_only_what_one_of_its_parts_describes(
    schema: dict[str, Any], undescribed_keys: list[str]
) -> None:
    assert _fields(schema, VALUE) == undescribed_keys
    kept = described_part(_contract(schema), VALUE, ["/components/schemas/Under"])
    assert sorted(kept) == sorted(k for k in VALUE if f"/{k}" not in undescribed_keys)


def test_a_field_under_a_schema_behind_additional_properties_is_walked() -> None:
    schema = {"allOf": [ITEM, {"additionalProperties": NOTE}]}
    assert _fields(schema, {"id": "1", "extra": {"note": "n", "deeper": 1}}) == ["/extra/deeper"]


def test_the_seeded_remittance_advice_item_supplier_is_drift_without_its_spec_entry() -> None:
    """The mock's seeded REMITTANCE_ADVICE (the vendor's own example) sends items[].supplier; before the spec gained
    it, items were `allOf: [RemittanceAdviceItem, {type: object}]` and drift never showed it. It must show."""
    contract = load_contract("procuros")
    assert "supplier" in contract.schemas["RemittanceAdviceItem"]["properties"]  # SOURCES.md 19
    advice = documents()["REMITTANCE_ADVICE"]
    assert "supplier" in advice["items"][0]
    pointer = "/components/schemas/RemittanceAdvice"
    assert list(undescribed(contract, advice, [pointer])) == []
    before = copy.deepcopy(contract.openapi_document())
    del before["components"]["schemas"]["RemittanceAdviceItem"]["properties"]["supplier"]
    found = [f.where for f in undescribed(Contract("procuros", before, contract.spec_path), advice, [pointer])]
    assert found == ["/items/*/supplier"]
