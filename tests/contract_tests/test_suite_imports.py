"""Importing the suite builds nothing and never fails on the environment: what cannot be built fails in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from contracts.model.vendors import VENDORS

_ROOT = Path(__file__).resolve().parents[2]
_MODULES = sorted(
    ".".join(path.relative_to(_ROOT).with_suffix("").parts)
    for path in (_ROOT / "contract_tests").rglob("*.py")
    if path.name not in ("__init__.py", "__main__.py") and "__pycache__" not in path.parts
)
_IMPORT_ALL = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\nprint('imported')"


def _live_without_targets() -> dict[str, str]:
    """A live run with no vendor's <VENDOR>_BASE_URL or <VENDOR>_TOKEN: no target can be built."""
    prefixes = tuple(f"{vendor.env_prefix}_" for vendor in VENDORS.values())
    env = {k: v for k, v in os.environ.items() if not k.startswith((*prefixes, "CONTRACT_", "MOCK_"))}
    return {**env, "CONTRACT_TARGET": "live", "CONTRACT_RATE_LIMIT": "none"}


def test_every_suite_module_imports_when_no_target_can_be_built() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, *_MODULES],
        cwd=_ROOT, env=_live_without_targets(), capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert len(_MODULES) > 20
    assert done.returncode == 0 and "imported" in done.stdout, done.stderr[-3000:]


def test_the_environment_error_is_a_one_line_failure_not_a_collection_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "contract_tests/roit", "-q", "-p", "no:cacheprovider", "-p", "no:randomly"],
        cwd=_ROOT, env={**_live_without_targets(), "CONTRACT_SUMMARY": str(tmp_path / "summary.md"), "COLUMNS": "400"},
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    output = done.stdout + done.stderr
    assert done.returncode == 1, output[-3000:]
    assert "ERROR collecting" not in output and "Traceback" not in output, output[-3000:]
    assert "During handling of the above exception" not in output, output[-3000:]
    reason = "roit: CONTRACT_TARGET=live needs ROIT_BASE_URL and ROIT_TOKEN in the environment for roit"
    failed = [line for line in output.splitlines() if line.startswith(("FAILED", "ERROR"))]
    assert failed and all(line.endswith(f" - Failed: {reason}") for line in failed), "\n".join(failed)
    # Each test module of the vendor says it once (or once per test that needs the target).
    for module in ("test_conformance", "test_stateful", "test_semantics", "test_client", "test_properties"):
        assert any(f"contract_tests/roit/{module}.py" in line for line in failed), module


def test_importing_the_client_tests_builds_no_target() -> None:
    code = (
        "import sys\nfrom contract_tests.roit import test_client, test_properties\n"
        "built = [m for m in (test_client, test_properties) if 'target' in vars(m.LAYER)]\n"
        "sys.exit(f'built at import: {built}' if built else 0)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CONTRACT_", "MOCK_"))}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=_ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]


# Records what is built (a target, a mock, a Schemathesis schema, an operation's Hypothesis test, a state machine, a
# compiled contract) while the code that follows it runs.
_SPY = """
import importlib, json, sys
import pytest
import schemathesis
import schemathesis.generation.hypothesis.builder as builder
import schemathesis.pytest._test_builder as test_builder
from schemathesis.schemas import BaseSchema
import contract_tests.target as target
from contracts.model import model

built = []

def spy(owner, name):
    real = getattr(owner, name)
    def recorded(*args, **kwargs):
        built.append(name)
        return real(*args, **kwargs)
    setattr(owner, name, recorded)

for owner, name in (
    (target, "resolve_target"), (target, "load_schema"), (target, "create_app"), (schemathesis.openapi, "from_path"),
    (builder, "create_test"), (test_builder, "build_operation_test"), (BaseSchema, "as_state_machine"),
):
    spy(owner, name)
"""
# Imports every module named on the command line and prints what each import built.
_RECORD_IMPORTS = (
    _SPY
    + """
report = {}
for module in sys.argv[1:]:
    compiled, built[:] = set(model._CACHE), []
    importlib.import_module(module)
    report[module] = sorted(set(built)) + (["load_contract"] if set(model._CACHE) - compiled else [])
print(json.dumps(report))
"""
)
# Collects the contract suite and prints what collecting it built.
_RECORD_COLLECTION = (
    _SPY
    + """
# The spies above imported Schemathesis and Hypothesis before pytest could rewrite their plugins' asserts.
quiet = ["-W", "ignore::pytest.PytestAssertRewriteWarning"]
code = pytest.main(["contract_tests", "--collect-only", "-q", "-p", "no:cacheprovider", *quiet])
print(json.dumps({"exit": int(code), "built": sorted(set(built))}))
"""
)
_CLIENT_MODULES = ("test_client", "test_properties")  # ClientLayer checks its workflows' operationIds at import


def _vendor_modules() -> list[str]:
    """Each vendor's test modules, those that read no contract at import first (a contract is compiled once)."""
    modules = [m for m in _MODULES if m.split(".")[1] in VENDORS]
    return sorted(modules, key=lambda m: (m.rsplit(".", 1)[1] in _CLIENT_MODULES, m))


def test_importing_a_suite_module_builds_nothing() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CONTRACT_", "MOCK_"))}
    modules = _vendor_modules()
    done = subprocess.run(
        [sys.executable, "-c", _RECORD_IMPORTS, *modules],
        cwd=_ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, list[str]] = json.loads(done.stdout.splitlines()[-1])
    assert len(report) == 5 * len(VENDORS), report
    allowed = {m: ["load_contract"] if m.rsplit(".", 1)[1] in _CLIENT_MODULES else [] for m in modules}
    built = {m: [b for b in found if b not in allowed[m]] for m, found in report.items()}
    assert not any(built.values()), f"built at import: { {m: b for m, b in built.items() if b} }"


def test_collecting_the_suite_builds_no_target_schema_or_operation_test() -> None:
    # Under pytest-xdist every worker collects every vendor's files: collecting may read the compiled contracts (the
    # operations are the tests' parameters), and nothing more.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CONTRACT_", "MOCK_"))}
    done = subprocess.run(
        [sys.executable, "-c", _RECORD_COLLECTION],
        cwd=_ROOT, env={**env, "HYPOTHESIS_PROFILE": "ci"}, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    report = json.loads(done.stdout.splitlines()[-1])
    assert report == {"exit": 0, "built": []}, report
