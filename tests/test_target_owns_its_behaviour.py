"""`Target` owns its behaviour (transport, reset, page limit, live or not): nobody else asks which fields it has."""

from __future__ import annotations

import ast
from pathlib import Path

from contracts.model import REPO_ROOT

_OWNER = REPO_ROOT / "contract_tests" / "target.py"
_PRIVATE = ("app", "mode")  # what a target is built from; everyone else asks `live`, `transport()`, `reset()`, ...


def _reads_of_target_internals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and node.attr in _PRIVATE):
            continue
        owner = node.value
        name = owner.attr if isinstance(owner, ast.Attribute) else owner.id if isinstance(owner, ast.Name) else ""
        if "target" in name.lower():
            shown = path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path
            found.append(f"{shown}:{node.lineno} {ast.unparse(node)}")
    return found


def test_nothing_outside_target_py_asks_a_target_for_its_app_or_mode() -> None:
    files = sorted(p for folder in ("contract_tests", "contracts", "bench") for p in (REPO_ROOT / folder).rglob("*.py"))
    found = [hit for path in files if path != _OWNER for hit in _reads_of_target_internals(path)]
    assert not found, "ask the Target (live, transport(), reset(), page_limit, last_recorded()):\n" + "\n".join(found)


def test_the_check_finds_a_caller_that_asks_app_is_none(tmp_path: Path) -> None:
    caller = tmp_path / "caller.py"
    caller.write_text("def f(target):\n    return target.app is None or self.target.mode == 'live'\n", encoding="utf-8")
    assert len(_reads_of_target_internals(caller)) == 2
