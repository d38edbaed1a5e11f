"""Every string format a spec names is one `make validate-specs` can check its examples against.

jsonschema checks a format only when the package that checks it is installed, and skips an unknown one in silence.
pyproject.toml installs the checkers these specs need, not jsonschema's whole `format-nongpl` extra, so a spec that
starts using another format (`iri`, `hostname`, ...) must fail here until its checker is added.
"""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from contracts.model import VENDORS, load_spec

# OpenAPI's own formats for numbers: they say how wide a number is, and no example check reads them.
NUMBER_FORMATS = frozenset({"int32", "int64", "float", "double"})


def _formats(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        if isinstance(node.get("format"), str):
            found.add(node["format"])
        for value in node.values():
            found |= _formats(value)
    elif isinstance(node, list):
        for value in node:
            found |= _formats(value)
    return found


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_every_string_format_the_spec_names_is_checked(vendor: str) -> None:
    checked = set(Draft202012Validator.FORMAT_CHECKER.checkers)
    unchecked = sorted(_formats(load_spec(VENDORS[vendor].spec_path)) - checked - NUMBER_FORMATS)
    assert not unchecked, (
        f"{vendor}: the spec names format(s) {unchecked} that no installed checker validates; add the package "
        "jsonschema checks it with to pyproject.toml (next to rfc3339-validator) and run `.tools/bin/uv lock`"
    )


def test_the_checkers_the_specs_rely_on_are_installed() -> None:
    # uri needs rfc3986-validator and date-time rfc3339-validator; without them jsonschema drops the format quietly.
    assert {"date", "date-time", "email", "uri", "uuid"} <= set(Draft202012Validator.FORMAT_CHECKER.checkers)
