"""The spec is read once: outside the core and validate-specs, no module reads the raw document; one $ref resolver."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from contracts.model import REPO_ROOT

PRODUCT = ("contracts", "contract_tests", "scripts", "bench", "clientgen")
# Who may read the document as written, and why (everyone else asks the compiled model, contracts.model.Contract).
RAW_READERS = {
    "contracts/model/": "the core: it loads the spec and compiles it into the model",
    "scripts/validate_specs.py": "validate-specs checks the document as written",
    "scripts/apply_overlay.py": "apply-overlay edits the document as written (an overlay targets it by JSONPath)",
    "scripts/pagination_rules.py": "validate-specs' x-pagination rule",
    "scripts/class_names.py": "validate-specs' class-name rule: predicts the generator's names from the raw document",
    "contract_tests/test_model_round_trip.py": "the round-trip test reads the YAML on purpose",
    "scripts/interop.py": "reads Procuros's published document, not one of our specs",
    "scripts/_interop_calls.py": "reads Procuros's published document, not one of our specs",
}
_LOADERS = frozenset({"spec_document", "load_spec", "operations"})
_RAW_KEYS = frozenset({"paths", "components"})


def _raw_reads(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("contracts.model"):
            found += [(node.lineno, f"imports {a.name}") for a in node.names if a.name in _LOADERS]
        elif isinstance(node, ast.Attribute) and node.attr == "doc" and isinstance(node.ctx, ast.Load):
            found.append((node.lineno, ".doc"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _LOADERS:
            found.append((node.lineno, f"{node.func.id}()"))
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and node.slice.value in _RAW_KEYS:
            found.append((node.lineno, f"[{node.slice.value!r}]"))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value in _RAW_KEYS
        ):
            found.append((node.lineno, f".get({node.args[0].value!r})"))
    return found


def _product_files() -> list[Path]:
    return sorted(p for folder in PRODUCT for p in (REPO_ROOT / folder).rglob("*.py"))


def _allowed(path: Path) -> bool:
    relative = path.relative_to(REPO_ROOT).as_posix()
    return any(relative == name or (name.endswith("/") and relative.startswith(name)) for name in RAW_READERS)


def test_only_the_core_and_validate_specs_read_the_raw_spec() -> None:
    files = [p for p in _product_files() if not _allowed(p)]
    assert len(files) > 80
    found = [
        f"{path.relative_to(REPO_ROOT)}:{line} {what}"
        for path in files
        for line, what in _raw_reads(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not found, "ask the compiled model (contracts.model.load_contract) instead:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        "from contracts.model import spec_document",
        "from contracts.model.loader import load_spec, operations",
        "title = contract.doc['info']",
        "ops = doc['paths']['/x']",
        "schemes = doc.get('components', {})",
    ],
)
def test_the_check_finds_a_raw_read(source: str) -> None:
    assert _raw_reads(ast.parse(source))


# Who reads a `$ref`'s target besides the resolver, and why.
REF_READERS = {
    "contracts/model/pointer.py": "deref, the one resolver",
    "scripts/validate_specs.py": "checks that each $ref is local and points somewhere, reporting a dangling one",
    "contract_tests/test_model_round_trip.py": "reads the YAML on purpose",
    "contract_tests/schemas.py": "keeps the name of each $ref it inlines to stop at recursion; follows it with deref",
    "scripts/interop.py": "reads Procuros's published document, not one of our specs",
}


def _ref_reads(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        key: ast.expr | None = None
        if isinstance(node, ast.Subscript):
            key = node.slice
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and node.args
        ):
            key = node.args[0]
        if key is not None and isinstance(key, ast.Constant) and key.value == "$ref":
            lines.append(key.lineno)
    return lines


def test_one_ref_resolver() -> None:
    """`contracts.model.pointer.deref` is the one place that reads where a `$ref` leads (Contract.deref calls it)."""
    found = [
        f"{path.relative_to(REPO_ROOT).as_posix()}:{line}"
        for path in _product_files()
        if path.relative_to(REPO_ROOT).as_posix() not in REF_READERS
        for line in _ref_reads(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not found, "follow $refs with Contract.deref (contracts.model.pointer.deref):\n" + "\n".join(found)
    assert _ref_reads(ast.parse("node = doc[schema['$ref'][1:]]; other = schema.get('$ref')")) == [1, 1]
