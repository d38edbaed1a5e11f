"""Each semantic extension rule of `make validate-specs` fails on a fixture that names what does not exist."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from contracts.model import VENDORS, load_spec
from contracts.semantics import semantics
from scripts.validate_specs import Problem, check_file

FIXTURE = Path(__file__).parents[1] / "fixtures" / "semantics_valid.yaml"
Mutation = Callable[[dict[str, Any]], None]
LIST = "/paths/~1things/get"
PATCH = "/paths/~1things~1{id}/patch"


def _list(doc: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"]["/things"]["get"]
    return op


def _patch(doc: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"]["/things/{id}"]["patch"]
    return op


def _check(tmp_path: Path, doc: dict[str, Any]) -> list[Problem]:
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    problems, _, _ = check_file(path)
    return problems


BROKEN: dict[str, tuple[Mutation, str, str]] = {
    "paging items names no field": (
        lambda d: _list(d)["x-pagination"].update(items="/things"),
        "x-pagination",
        f"{LIST}/x-pagination/items",
    ),
    "paging parameter is no parameter": (
        lambda d: _list(d)["x-pagination"].update(parameter="page"),
        "x-pagination",
        f"{LIST}/x-pagination/parameter",
    ),
    "paging has an unknown style": (
        lambda d: _list(d)["x-pagination"].update(style="offset"),
        "x-pagination",
        f"{LIST}/x-pagination/style",
    ),
    "paging has an unknown key": (
        lambda d: _list(d)["x-pagination"].update(pages="/n"),
        "x-pagination",
        f"{LIST}/x-pagination/pages",
    ),
    "page count names no field": (
        lambda d: _list(d)["x-page-counts"].update({"page-count": "/size"}),
        "x-page-counts",
        f"{LIST}/x-page-counts/page-count",
    ),
    "page counts without pagination": (
        lambda d: _list(d).pop("x-pagination"),
        "x-page-counts",
        f"{LIST}/x-page-counts",
    ),
    "filter names no item field": (
        lambda d: _list(d)["parameters"][2]["x-filters"].update(field="/state"),
        "x-filters",
        f"{LIST}/parameters/2/x-filters/field",
    ),
    "filter has an unknown how": (
        lambda d: _list(d)["parameters"][2]["x-filters"].update(how="like"),
        "x-filters",
        f"{LIST}/parameters/2/x-filters",
    ),
    "filter without paging": (
        lambda d: _list(d).pop("x-pagination"),
        "x-filters",
        f"{LIST}/parameters/2/x-filters",
    ),
    "text match on an integer field": (
        lambda d: _list(d)["parameters"][2]["x-filters"].update(field="/id", how="prefix-ignoring-case"),
        "x-filters",
        f"{LIST}/parameters/2/x-filters/field",
    ),
    "days back from a string parameter": (
        lambda d: _list(d)["parameters"][3]["x-filters"].update(how="within-last-days"),
        "x-filters",
        f"{LIST}/parameters/3/x-filters/how",
    ),
    "true-when-true on a text parameter": (
        lambda d: _list(d)["parameters"][2]["x-filters"].update(how="true-when-true"),
        "x-filters",
        f"{LIST}/parameters/2/x-filters/field",
    ),
    "unchecked without a reason": (
        lambda d: _list(d)["parameters"][2].update({"x-filters": {"unchecked": " "}}),
        "x-filters",
        f"{LIST}/parameters/2/x-filters/unchecked",
    ),
    "unchecked next to a field": (
        lambda d: _list(d)["parameters"][2]["x-filters"].update(unchecked="no field shows it"),
        "x-filters",
        f"{LIST}/parameters/2/x-filters/unchecked",
    ),
    "page size is not true": (
        lambda d: _list(d)["parameters"][1].update({"x-page-size": 10}),
        "x-page-size",
        f"{LIST}/parameters/1/x-page-size",
    ),
    "identifies no path parameter": (
        lambda d: _patch(d).update({"x-identifies": {"thing_id": "/id"}}),
        "x-identifies",
        f"{PATCH}/x-identifies/thing_id",
    ),
    "identifies no response field": (
        lambda d: _patch(d).update({"x-identifies": {"id": "/thingId"}}),
        "x-identifies",
        f"{PATCH}/x-identifies/id",
    ),
    "sets no response field": (
        lambda d: _patch(d).update({"x-sets": {"/state": "Done"}}),
        "x-sets",
        f"{PATCH}/x-sets/~1state",
    ),
    "sets a value outside the enum": (
        lambda d: _patch(d).update({"x-sets": {"/status": "Finished"}}),
        "x-sets",
        f"{PATCH}/x-sets/~1status",
    ),
}


def test_semantics_fixture_is_valid(tmp_path: Path) -> None:
    assert _check(tmp_path, load_spec(FIXTURE)) == []


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_broken_semantics_fail_naming_pointer_and_rule(tmp_path: Path, case: str) -> None:
    mutate, rule, where = BROKEN[case]
    doc = load_spec(FIXTURE)
    mutate(doc)
    problems = _check(tmp_path, doc)
    assert (rule, where) in {(p.rule, p.pointer) for p in problems}, [str(p) for p in problems]
    assert all(p.file.endswith("openapi.yaml") for p in problems)


def test_fixture_semantics_are_read() -> None:
    found = semantics(load_spec(FIXTURE))
    listing, finish = found["list_things"], found["finish_thing"]
    assert [(f.parameter, f.field, f.how) for f in listing.filters] == [
        ("status", "/status", "equals"),
        ("since", "/ts", "on-or-after"),
    ]
    assert listing.page_sizes == ("per_page",) and listing.paging is not None and listing.paging.next_param == "cursor"
    assert listing.paging.page_count == "/count" and listing.paging.has_more == "/hasMore"
    assert dict(finish.identifies) == {"id": "/id"} and dict(finish.sets) == {"/status": "Done"}


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_vendor_declares_semantics(vendor: str) -> None:
    found = semantics(load_spec(VENDORS[vendor].spec_path))
    assert any(s.paging for s in found.values()) and any(s.identifies for s in found.values())
