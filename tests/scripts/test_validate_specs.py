"""Each house rule of `make validate-specs` fails on a fixture that breaks it, naming file, pointer and rule."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from contracts.model import VENDORS, SpecLoadError, load_spec, operations, resolve_pointer
from contracts.model.model import compile_spec
from scripts.validate_specs import Problem, SpecChecker, check_file, main, pointer

FIXTURE = Path(__file__).parents[1] / "fixtures" / "minimal_valid.yaml"
OP = ("paths", "/things/{id}", "get")
Mutation = Callable[[dict[str, Any]], None]


def _op(doc: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"]["/things/{id}"]["get"]
    return op


def _example(doc: dict[str, Any]) -> dict[str, Any]:
    value: dict[str, Any] = _op(doc)["responses"]["200"]["content"]["application/json"]["examples"]["one"]["value"]
    return value


def _check(tmp_path: Path, doc: dict[str, Any]) -> list[Problem]:
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    problems, _, _ = check_file(path)
    return problems


def test_fixture_is_valid(tmp_path: Path) -> None:
    assert _check(tmp_path, load_spec(FIXTURE)) == []


BROKEN: dict[str, tuple[Mutation, str, str]] = {
    "not OpenAPI 3.1": (lambda d: d.update(openapi="3.0.3"), "openapi-3.1", "/openapi"),
    "structure": (
        lambda d: _op(d)["parameters"][0].update({"in": "body"}),
        "openapi-3.1",
        "/paths/~1things~1{id}/get/parameters/0/in",
    ),
    "dangling $ref": (
        lambda d: _op(d)["responses"]["200"]["content"]["application/json"].update(
            schema={"$ref": "#/components/schemas/Missing"}
        ),
        "ref-resolves",
        "/paths/~1things~1{id}/get/responses/200/content/application~1json/schema",
    ),
    "operationId not snake_case": (lambda d: _op(d).update(operationId="getThing"), "operation-id", ""),
    "duplicate operationId": (
        lambda d: d["paths"].update({"/other": {"get": {**copy.deepcopy(_op(d)), "parameters": []}}}),
        "unique-operation-id",
        "/paths/~1other/get/operationId",
    ),
    "no x-source": (lambda d: _op(d).pop("x-source"), "x-source", "/paths/~1things~1{id}/get"),
    "no security": (lambda d: _op(d).pop("security"), "security", "/paths/~1things~1{id}/get"),
    "no 4xx": (lambda d: _op(d)["responses"].pop("404"), "has-4xx", "/paths/~1things~1{id}/get/responses"),
    "unused schema": (
        lambda d: d["components"]["schemas"].update(Orphan={"type": "string"}),
        "no-unused-component",
        "/components/schemas/Orphan",
    ),
    "unused security scheme": (
        lambda d: d["components"]["securitySchemes"].update(other={"type": "http", "scheme": "bearer"}),
        "no-unused-component",
        "/components/securitySchemes/other",
    ),
    "apiKey without a token prefix": (
        lambda d: d["components"]["securitySchemes"]["token"].pop("x-token-prefix"),
        "token-prefix",
        "/components/securitySchemes/token",
    ),
    "example misses a required field": (
        lambda d: _example(d).pop("name"),
        "example-valid",
        "/paths/~1things~1{id}/get/responses/200/content/application~1json/examples/one/value",
    ),
    "example breaks a format": (lambda d: _example(d).update(ts="yesterday"), "example-valid", ""),
    "example carries a property the schema does not list": (
        lambda d: _example(d).update(nickname="Thingy"),
        "example-described",
        "/paths/~1things~1{id}/get/responses/200/content/application~1json/examples/one/value",
    ),
    "nullable inline enum (the generator numbers it: ThingKindType1)": (
        lambda d: d["components"]["schemas"]["Thing"]["properties"].update(
            kind={"type": ["string", "null"], "enum": ["a", "b", None]}
        ),
        "class-name",
        "/components/schemas/Thing/properties/kind",
    ),
    "nullable inline object (the generator numbers it: ThingOwnerType0)": (
        lambda d: d["components"]["schemas"]["Thing"]["properties"].update(owner={"type": ["object", "null"]}),
        "class-name",
        "/components/schemas/Thing/properties/owner",
    ),
    "inline array items (the generator stacks them: ThingItemsItem)": (
        lambda d: d["components"]["schemas"]["Thing"]["properties"].update(
            items={"type": "array", "items": {"type": "object", "properties": {"n": {"type": "integer"}}}}
        ),
        "class-name",
        "/components/schemas/Thing/properties/items/items",
    ),
    "a string format no installed checker validates": (
        lambda d: d["components"]["schemas"]["Thing"]["properties"]["name"].update(format="iri"),
        "format-checked",
        "/components/schemas/Thing/properties/name/format",
    ),
    "parameter example out of range": (
        lambda d: _op(d)["parameters"][0].update(example=0),
        "example-valid",
        "/paths/~1things~1{id}/get/parameters/0/example",
    ),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_broken_fixture_fails_naming_file_pointer_and_rule(tmp_path: Path, case: str) -> None:
    mutate, rule, where = BROKEN[case]
    doc = load_spec(FIXTURE)
    mutate(doc)
    problems = _check(tmp_path, doc)
    matching = [p for p in problems if p.rule == rule]
    assert matching, f"expected a [{rule}] problem, got {[str(p) for p in problems]}"
    assert all(p.file.endswith("openapi.yaml") for p in matching)
    if where:
        assert where in {p.pointer for p in matching}, [str(p) for p in matching]


def test_duplicate_yaml_key_is_refused_with_line(tmp_path: Path) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text(
        FIXTURE.read_text().replace("  /things/{id}:\n", "  /things/{id}:\n    summary: a\n    summary: b\n")
    )
    problems, _, _ = check_file(path)
    assert [p.rule for p in problems] == ["yaml"]
    assert "duplicate key 'summary'" in problems[0].message and ":" in problems[0].message


def test_main_prints_counts_and_fails_with_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = load_spec(FIXTURE)
    _example(doc).pop("id")
    bad = tmp_path / "openapi.yaml"
    bad.write_text(yaml.safe_dump(doc, sort_keys=False))
    assert main([str(FIXTURE)]) == 0
    assert "1 operations, 2 examples valid" in capsys.readouterr().out
    assert main([str(bad)]) == 1
    out = capsys.readouterr().out
    assert "'id' is a required property" in out and "FAILED" in out and "fix the problems" in out


def _documented_examples() -> list[tuple[str, str, str]]:
    """(vendor, pointer to the example value, required key) for every object example whose schema requires a key."""
    found = []
    for name, vendor in VENDORS.items():
        doc = load_spec(vendor.spec_path)
        for path, method, op in operations(doc):
            holders = [("requestBody", op.get("requestBody") or {})]
            holders += [(f"responses/{code}", resp) for code, resp in (op.get("responses") or {}).items()]
            for where, holder in holders:
                for media, content in (holder.get("content") or {}).items():
                    schema = content.get("schema") or {}
                    if "$ref" in schema:
                        schema = resolve_pointer(doc, schema["$ref"][1:])
                    for ex_name, example in (content.get("examples") or {}).items():
                        value = example.get("value")
                        required = [k for k in schema.get("required", []) if isinstance(value, dict) and k in value]
                        if required:
                            ptr = pointer("paths", path, method, *where.split("/"), "content", media)
                            found.append((name, f"{ptr}/examples/{ex_name}/value", required[0]))
    return found


DOCUMENTED_EXAMPLES = _documented_examples()


def test_every_spec_has_documented_examples_with_required_fields() -> None:
    assert {vendor for vendor, _, _ in DOCUMENTED_EXAMPLES} == set(VENDORS)


@pytest.mark.parametrize(
    ("vendor", "where", "key"), DOCUMENTED_EXAMPLES, ids=[f"{v}{w}" for v, w, _ in DOCUMENTED_EXAMPLES]
)
def test_removing_a_required_field_from_a_documented_example_fails(vendor: str, where: str, key: str) -> None:
    doc = load_spec(VENDORS[vendor].spec_path)
    del resolve_pointer(doc, where)[key]
    checker = SpecChecker(f"specs/{vendor}/openapi.yaml", doc)
    checker.check_examples()
    assert [(p.rule, p.pointer) for p in checker.problems] == [("example-valid", where)]
    assert f"'{key}' is a required property" in checker.problems[0].message


@pytest.mark.parametrize("vendor", VENDORS)
def test_validate_specs_fails_on_a_broken_documented_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], vendor: str
) -> None:
    _, where, key = next(case for case in DOCUMENTED_EXAMPLES if case[0] == vendor)
    doc = load_spec(VENDORS[vendor].spec_path)
    del resolve_pointer(doc, where)[key]
    broken = tmp_path / "openapi.yaml"
    broken.write_text(yaml.safe_dump(doc, sort_keys=False))
    assert main([str(broken)]) == 1
    assert f"openapi.yaml#{where}: [example-valid] '{key}' is a required property" in capsys.readouterr().out


def test_class_name_rule_names_the_class_the_generator_would_write_and_the_fix(tmp_path: Path) -> None:
    doc = load_spec(FIXTURE)
    doc["components"]["schemas"]["Thing"]["properties"]["kind"] = {"type": ["string", "null"], "enum": ["a", None]}
    [problem] = [p for p in _check(tmp_path, doc) if p.rule == "class-name"]
    assert "ThingKindType1, ThingKindType2Type1, ThingKindType3Type1" in problem.message
    assert "components/schemas" in problem.message and "anyOf: [{$ref" in problem.message


def test_a_named_nullable_enum_passes_the_class_name_rule(tmp_path: Path) -> None:
    doc = load_spec(FIXTURE)
    doc["components"]["schemas"]["ThingKind"] = {"type": "string", "enum": ["a", "b"]}
    doc["components"]["schemas"]["Thing"]["properties"]["kind"] = {
        "anyOf": [{"$ref": "#/components/schemas/ThingKind"}, {"type": "null"}]
    }
    assert _check(tmp_path, doc) == []


def test_an_unknown_vendor_is_refused_naming_the_vendors_not_read_as_a_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["foo"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "foo" in err and "roit, paymentworks, procuros" in err and "Errno" not in err


@pytest.mark.parametrize(
    ("where", "key", "value", "message"),
    [
        (("paths", "/things", "get"), "x-mutate", True, "unknown extension 'x-mutate'"),
        (("paths", "/things", "get"), "x-mutates", "yes", "x-mutates must be true or false"),
        (("servers", 0), "x-environment", "prod", "x-environment must be staging or production"),
    ],
)
def test_an_unknown_or_mistyped_extension_is_a_problem_and_refuses_the_model_load(
    tmp_path: Path, where: tuple[str | int, ...], key: str, value: Any, message: str
) -> None:
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://staging.example.com", "x-environment": "staging"}],
        "paths": {"/things": {"get": {"operationId": "list_things", "responses": {"200": {"description": "ok"}}}}},
    }
    node: Any = doc
    for part in where:
        node = node[part]
    node[key] = value
    spec = tmp_path / "acme" / "openapi.yaml"
    spec.parent.mkdir()
    spec.write_text(yaml.safe_dump(doc), encoding="utf-8")
    problems, _, _ = check_file(spec)
    expected = pointer(*where, key)
    assert [(p.pointer, p.rule) for p in problems if message in p.message] == [(expected, "x-extension")]
    with pytest.raises(SpecLoadError, match=re.escape(f"{spec}#{expected}: {message}")):
        compile_spec(spec)


def test_a_dangling_ref_refuses_the_model_load_naming_the_ref_and_where(tmp_path: Path) -> None:
    spec = tmp_path / "acme" / "openapi.yaml"
    spec.parent.mkdir()
    parameter = {"name": "q", "in": "query", "schema": {"$ref": "#/components/schemas/Nope"}}
    operation = {"operationId": "list_things", "parameters": [parameter], "responses": {"200": {"description": "ok"}}}
    spec.write_text(yaml.safe_dump({"paths": {"/things": {"get": operation}}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"\$ref '#/components/schemas/Nope' at /paths/~1things/get/parameters/0/"):
        compile_spec(spec)
