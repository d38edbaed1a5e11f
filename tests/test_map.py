"""The README Map is true: every package has a row, the code imports only what its row allows, and no row allows what
an import-linter contract forbids."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

import grimp
import pytest

from contracts.model import REPO_ROOT, VENDORS

_TICKED = re.compile(r"`([^`]+)`")
ANYTHING = "anything"


@dataclass(frozen=True)
class Row:
    """One Map row: the Python modules it names and what they may import (dotted prefixes, or ANYTHING)."""

    line: int
    modules: tuple[str, ...]
    may_import: tuple[str, ...]


def _modules_of(cell: str) -> list[str]:
    """`contracts/model/` -> contracts.model; `contract_tests/target.py`, `run_report.py` -> two modules (a name
    without its top folder is read in the folder of the one before it); `client_layer/__init__.py` -> the package;
    `contract_tests/<vendor>/` -> one package per vendor; what is no Python (specs, Markdown) -> nothing."""
    modules: list[str] = []
    folder: list[str] = []
    for token in _TICKED.findall(cell):
        if token.endswith(".md") or token.startswith(("specs/", "generated/")):
            continue
        parts = token.rstrip("/").removesuffix(".py").removesuffix("__init__").rstrip("/").split("/")
        path = parts if (REPO_ROOT / parts[0]).is_dir() else folder + parts
        folder = path[:-1] or path
        names = list(VENDORS) if path[-1] == "<vendor>" else [path[-1]]
        modules.extend(".".join([*path[:-1], name]) for name in names)
    return modules


@cache
def map_rows() -> tuple[Row, ...]:
    """The Map table of README.md, parsed."""
    lines = (REPO_ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("## Map")
    rows: list[Row] = []
    for number, line in enumerate(lines[start + 1 :], start + 2):
        if line.startswith("## "):
            break
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("folder", "---"):
            continue
        allowed = cells[2]
        may = (ANYTHING,) if allowed == ANYTHING else tuple(_TICKED.findall(allowed))
        assert allowed in ("-", ANYTHING) or may, f"README.md:{number}: 'may import' is -, anything or `modules`"
        rows.append(Row(number, tuple(_modules_of(cells[0])), may))
    return tuple(rows)


def _covers(prefix: str, module: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def _row_of(module: str, rows: tuple[Row, ...] | None = None) -> Row | None:
    owners = [(len(m), row) for row in rows or map_rows() for m in row.modules if _covers(m, module)]
    return max(owners, key=lambda owner: owner[0])[1] if owners else None


def _allows(row: Row | None, module: str) -> bool:
    return row is not None and (ANYTHING in row.may_import or any(_covers(p, module) for p in row.may_import))


@cache
def _graph() -> grimp.ImportGraph:
    packages = sorted({m.split(".")[0] for row in map_rows() for m in row.modules})
    present = [p for p in packages if (REPO_ROOT / p / "__init__.py").exists()]
    return grimp.build_graph(*present, include_external_packages=False)


def _importlinter() -> list[dict[str, Any]]:
    config = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts: list[dict[str, Any]] = config["tool"]["importlinter"]["contracts"]
    return contracts


def test_every_package_has_a_map_row() -> None:
    # A top-level package's __init__ holds its docstring only, so it needs no row of its own.
    unmapped = sorted(m for m in _graph().modules if "." in m and _row_of(m) is None)
    assert not unmapped, f"add these to the README Map: {unmapped}"


def test_the_code_imports_only_what_its_map_row_allows() -> None:
    graph = _graph()
    wrong = set()
    for module in graph.modules:
        row = _row_of(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if row is None or _row_of(imported) is row or _allows(row, imported):
                continue
            wrong.add(f"{module} imports {imported} (README.md:{row.line} allows {', '.join(row.may_import) or '-'})")
    assert not wrong, "the README Map and the code disagree:\n" + "\n".join(sorted(wrong))


def _layer_conflicts(contract: dict[str, Any], rows: tuple[Row, ...] | None = None) -> list[str]:
    """Map rows that let a layer import a higher one, or an independent sibling, of a layers contract."""
    layers = [[part.strip() for part in str(layer).split("|")] for layer in contract["layers"]]
    found = []
    for container in contract["containers"]:
        for depth, layer in enumerate(layers):
            above = [f"{container}.{p}" for upper in layers[:depth] for p in upper]
            for part in layer:
                module = f"{container}.{part}"
                row = _row_of(module, rows)
                for target in above + [f"{container}.{p}" for p in layer if p != part]:
                    if row is not None and _row_of(target, rows) is not row and _allows(row, target):
                        found.append(f"README.md:{row.line} lets {module} import {target}: {contract['name']}")
    return found


def _forbidden_conflicts(contract: dict[str, Any], rows: tuple[Row, ...] | None = None) -> list[str]:
    """Map rows that let a contract's source module import one of its forbidden modules."""
    return [
        f"README.md:{row.line} lets {source} import {forbidden}: {contract['name']}"
        for source in contract["source_modules"]
        if (row := _row_of(source, rows)) is not None
        for forbidden in contract["forbidden_modules"]
        if _allows(row, forbidden)
    ]


def test_no_map_row_allows_what_an_import_linter_contract_forbids() -> None:
    conflicts = []
    for contract in _importlinter():
        if contract["type"] == "layers":
            conflicts += _layer_conflicts(contract)
        elif contract["type"] == "forbidden":
            conflicts += _forbidden_conflicts(contract)
    assert not conflicts, "\n".join(conflicts)


@pytest.mark.parametrize(
    ("cell", "modules"),
    [
        ("`contracts/model/`", ["contracts.model"]),
        ("`contract_tests/target.py`, `run_report.py`", ["contract_tests.target", "contract_tests.run_report"]),
        ("`scripts/`", ["scripts"]),
        ("`bench/`, `BENCHMARKS.md`", ["bench"]),
        ("`specs/<vendor>/`", []),
        (
            "`contract_tests/client_layer/hook.py`, `errors.py`",
            ["contract_tests.client_layer.hook", "contract_tests.client_layer.errors"],
        ),
        (
            "`contract_tests/suite.py`, `client_layer/__init__.py`",
            ["contract_tests.suite", "contract_tests.client_layer"],
        ),
        (
            "`contract_tests/<vendor>/`, `conftest.py`",
            [*(f"contract_tests.{v}" for v in VENDORS), "contract_tests.conftest"],
        ),
    ],
)
def test_map_cells_name_modules(cell: str, modules: list[str]) -> None:
    assert _modules_of(cell) == modules


def test_a_row_that_allows_what_a_contract_forbids_is_a_conflict() -> None:
    engine = ["live | reporting | mock", "semantics", "model"]
    layers = {"name": "engine", "containers": ["contracts"], "layers": engine}
    forbidden = {"name": "no suite", "source_modules": ["scripts"], "forbidden_modules": ["contract_tests.target"]}
    assert _layer_conflicts(layers) == [] and _forbidden_conflicts(forbidden) == []
    model, scripts = _row_of("contracts.model"), _row_of("scripts")
    assert model is not None and scripts is not None
    changed = {model: ("contracts.semantics",), scripts: ("contracts", "contract_tests")}
    rows = tuple(Row(r.line, r.modules, changed.get(r, r.may_import)) for r in map_rows())
    assert [c.split(" lets ")[1] for c in _layer_conflicts(layers, rows)] == [
        "contracts.model import contracts.semantics: engine"
    ]
    assert len(_forbidden_conflicts(forbidden, rows)) == 1
