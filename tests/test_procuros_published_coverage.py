"""Our Procuros spec covers every property of Procuros's published OpenAPI document, and its examples' faults are known.

The published document (`shared/docs/sources/procuros-openapi-published.yml`, OpenAPI 3.0.3) is the source the
documents were transcribed from. A property path is `Component.prop.sub` through inline objects, `allOf` parts and
array items; a `$ref` ends the path (the referenced component is counted on its own). In our spec a `$ref` to a
component the published document does not have (one we extracted, like `FinancialInstitution`) is followed, so an
extracted inline object still counts as covered.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker

from contracts.model.model import load_contract
from scripts.interop import published_json_schema

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = ROOT.parent / "shared" / "docs" / "sources" / "procuros-openapi-published.yml"
OURS = ROOT / "specs" / "procuros" / "openapi.yaml"

# Published component -> our component, where the name differs (SOURCES.md, Doc discrepancy 14).
RENAMED = {"ExportCustomersResult": "TradePartner", "ExportSuppliersResult": "TradePartner", "DateTime": "DateTime"}
# Published components deliberately not transcribed, with the reason (SOURCES.md, Known gaps).
NOT_TRANSCRIBED = {
    "TransactionContent": "a oneOf of the 12 documents without their type; replaced by the unions on `type`",
    "ProductCatalogSubItem": "referenced nowhere in the published document (sub-products reuse ProductCatalogItem)",
}
# The published examples that fail the published schemas (SOURCES.md, Doc discrepancy 15), by operation id and name.
FAILING_EXAMPLES = {
    ("v2_list_received_transactions", "List of transactions"),
    ("v2_send_transaction", "Order"),
    ("v2_send_transaction", "Minimal Order"),
    ("v2_send_transaction", "Order Response | ACCEPT"),
    ("v2_send_transaction", "Order Response | REJECT"),
    ("v2_send_transaction", "Order Response | CHANGE"),
    ("v2_send_transaction", "Shipping Notice"),
    ("v2_send_transaction", "Invoice"),
    ("v2_send_transaction", "CreditNote"),
    ("v2_send_transaction", "DispatchInstructionResponse"),
    ("v2_send_transaction", "ReceivalNotice"),
    ("v2_send_transaction", "RemittanceAdvice"),
    ("v2_send_transaction", "ProductCatalog"),
    ("v2_send_transaction", "InventoryReport"),
    ("v2_send_transaction", "SalesReport"),
    ("v2_bulk_mark_transactions_processed", "Example"),
    ("v2_list_all_transactions", "List of transactions"),
    ("v2_show_transaction", "Single Transaction"),
}


def _load(path: Path) -> dict[str, Any]:
    if not path.exists():
        pytest.skip(f"{path} is not checked out next to this repository (it lives in the shared docs folder)")
    doc: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return doc


def _paths(node: Any, schemas: dict[str, Any], follow: frozenset[str], prefix: str = "") -> Iterator[str]:
    """Every property path below `node`; `$ref`s to components named in `follow` are entered."""
    if not isinstance(node, dict):
        return
    ref = node.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[1]
        if name in follow:
            yield from _paths(schemas[name], schemas, follow - {name}, prefix)
        return
    for key in ("allOf", "anyOf", "oneOf"):
        for part in node.get(key, []):
            yield from _paths(part, schemas, follow, prefix)
    if isinstance(node.get("items"), dict):
        yield from _paths(node["items"], schemas, follow, prefix)
    for name, sub in (node.get("properties") or {}).items():
        yield prefix + name
        yield from _paths(sub, schemas, follow, f"{prefix}{name}.")


def _coverage() -> tuple[set[str], set[str]]:
    published = _load(PUBLISHED)["components"]["schemas"]
    ours = _load(OURS)["components"]["schemas"]
    extracted = frozenset(set(ours) - set(published))
    wanted: set[str] = set()
    missing: set[str] = set()
    for name, schema in published.items():
        if name in NOT_TRANSCRIBED:
            continue
        target = RENAMED.get(name, name)
        have = set(_paths(ours.get(target, {}), ours, extracted))
        for path in _paths(schema, published, frozenset()):
            wanted.add(f"{name}.{path}")
            if path not in have:
                missing.add(f"{name}.{path}")
    return wanted, missing


def test_every_published_property_is_in_our_spec() -> None:
    """A published property that is neither in our spec nor an exception fails, naming the component and path."""
    wanted, missing = _coverage()
    assert len(wanted) > 900, f"only {len(wanted)} published property paths found: is {PUBLISHED} the right file?"
    assert not missing, f"{len(missing)} of {len(wanted)} published properties missing from {OURS}: {sorted(missing)}"


def test_every_published_component_is_transcribed() -> None:
    """Each published component exists in our spec (under its mapped name) or is listed as not transcribed."""
    published = _load(PUBLISHED)["components"]["schemas"]
    ours = _load(OURS)["components"]["schemas"]
    absent = sorted(n for n in published if n not in NOT_TRANSCRIBED and RENAMED.get(n, n) not in ours)
    assert not absent, f"published components missing from {OURS}: {absent}"


def _published_examples(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], Any]]:
    for item in doc["paths"].values():
        for op in item.values():
            if not isinstance(op, dict):  # path-level `parameters` is a list
                continue
            holders = [op.get("requestBody", {}), *op.get("responses", {}).values()]
            for holder in holders:
                for media in holder.get("content", {}).values():
                    for name, example in media.get("examples", {}).items():
                        yield op["operationId"], name, media["schema"], example["value"]
                    if "example" in media:
                        yield op["operationId"], "example", media["schema"], media["example"]


def test_published_examples_fail_as_recorded() -> None:
    """Exactly the 18 examples SOURCES.md lists fail the published schemas (a vendor fix shows up here)."""
    doc = _load(PUBLISHED)
    components = published_json_schema(doc["components"])
    failing: set[tuple[str, str]] = set()
    total = 0
    for operation_id, name, schema, value in _published_examples(doc):
        total += 1
        validator = Draft202012Validator(
            {**published_json_schema(schema), "components": components}, format_checker=FormatChecker()
        )
        if not validator.is_valid(value):
            failing.add((operation_id, name))
    assert total == 27, f"the published document has {total} examples, SOURCES.md discusses 27"
    assert failing == FAILING_EXAMPLES, f"failing now: {sorted(failing ^ FAILING_EXAMPLES)} differ from SOURCES.md"


def test_shipping_notice_parties_take_the_shipping_notice_domains() -> None:
    """Doc discrepancy 18: the published allOf refuses a VVVO breeder; our ShippingNoticeParty takes it."""
    breeder = {"identifiers": [{"identifier": "276091234567890", "domain": "VVVO"}], "name": "Hof Meyer"}
    contract = load_contract("procuros")
    assert contract.validator("/components/schemas/ShippingNoticeParty").errors(breeder) == []
    item = _load(OURS)["components"]["schemas"]["ShippingNoticeItem"]["properties"]
    assert all(item[p] == {"$ref": "#/components/schemas/ShippingNoticeParty"} for p in ("breeder", "cutter"))
    assert contract.validator("/components/schemas/Party").errors(breeder), "a plain Party still refuses VVVO"
