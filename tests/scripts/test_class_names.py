"""scripts/class_names.py predicts the generator's class names: the same set `make regen` wrote, none invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from contracts.model import REPO_ROOT, VENDORS, load_spec
from scripts.class_names import NUMBERED, STACKED, inline_classes

_CLASS = re.compile(r"^class (\w+)", re.MULTILINE)


def _generated_classes(vendor: str) -> set[str]:
    package = VENDORS[vendor].package
    models = REPO_ROOT / "generated" / f"{vendor}-client" / package / "models"
    return {name for path in models.glob("*.py") for name in _CLASS.findall(path.read_text())}


@pytest.mark.parametrize("vendor", VENDORS)
def test_predicted_class_names_are_exactly_the_generated_models(vendor: str) -> None:
    predicted = {found.name for found in inline_classes(load_spec(VENDORS[vendor].spec_path))}
    assert predicted == _generated_classes(vendor)


@pytest.mark.parametrize("vendor", VENDORS)
def test_no_generated_model_name_is_numbered_or_stacked(vendor: str) -> None:
    invented = [found for found in inline_classes(load_spec(VENDORS[vendor].spec_path)) if found.invented]
    assert invented == []
    assert not [name for name in _generated_classes(vendor) if re.search(r"Type\d|ItemsItem", name)]


def test_nullable_enum_and_inline_items_are_named_as_the_generator_does(tmp_path: Path) -> None:
    doc = {
        "components": {
            "schemas": {
                "Doc": {
                    "type": "object",
                    "properties": {
                        "kind": {"type": ["string", "null"], "enum": ["a", None]},
                        "items": {"type": "array", "items": {"type": "object", "properties": {"n": {"enum": [1]}}}},
                        "state": {"type": "string", "enum": ["x"]},
                    },
                }
            }
        },
        "paths": {},
    }
    found = {(c.name, c.invented) for c in inline_classes(doc)}
    assert found == {
        ("Doc", None),
        ("DocKindType1", NUMBERED),
        ("DocKindType2Type1", NUMBERED),
        ("DocKindType3Type1", NUMBERED),
        ("DocItemsItem", STACKED),
        ("DocItemsItemN", None),  # named after its parent: flagged there
        ("DocState", None),
    }
