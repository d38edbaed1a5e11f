"""The facts regen derives from a spec for the client templates: the discriminated unions."""

from __future__ import annotations

from pathlib import Path

import pytest

from contracts.model.model import compile_spec
from scripts.client_inputs import ClientInputError, discriminators

PROCUROS = Path(__file__).resolve().parents[2] / "specs" / "procuros" / "openapi.yaml"


def test_each_mapped_discriminator_of_the_procuros_spec_is_a_fact_with_its_schemas() -> None:
    found = {d["schema"]: d for d in discriminators(compile_spec(PROCUROS).schemas, PROCUROS)}
    assert set(found) == {"ReceivedTransaction", "SentTransaction", "Transaction"}
    received = found["ReceivedTransaction"]
    assert received["property"] == "type" and len(received["mapping"]) == 12
    assert received["mapping"]["ORDER"] == "ReceivedOrderTransaction"
    # The forward-compatible member has no mapping entry: values outside the mapping go to it.
    assert "ReceivedTransactionOfUnknownType" not in received["mapping"].values()


def test_a_mapping_that_is_not_a_component_reference_is_refused_with_its_place() -> None:
    doc = {
        "components": {
            "schemas": {
                "Pet": {
                    "oneOf": [{"$ref": "#/components/schemas/Cat"}],
                    "discriminator": {"propertyName": "kind", "mapping": {"cat": "other.yaml#/Cat"}},
                }
            }
        }
    }
    with pytest.raises(ClientInputError, match=r"#/components/schemas/Pet/discriminator/mapping/cat"):
        discriminators(doc["components"]["schemas"], Path("openapi.yaml"))
