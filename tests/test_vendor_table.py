"""Everything that lists vendors agrees with the one vendor table (contracts/model/vendors.py).

Most lists derive from it at run time; the ones that cannot (pyproject.toml's uv sources, the README) are held to it
here, so a fourth row cannot be forgotten in them.
"""

from __future__ import annotations

import re
import tomllib

import pytest

from contract_tests.preflight import main as preflight_main
from contracts.mock.__main__ import _parser
from contracts.model import REPO_ROOT, VENDORS
from contracts.model.__main__ import main as spec_main

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def test_pyproject_installs_every_generated_client_the_table_names() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    sources = project["tool"]["uv"]["sources"]
    expected = {v.distribution: {"path": f"generated/{v.name}-client", "editable": True} for v in VENDORS.values()}
    assert sources == expected
    assert set(expected) <= set(project["dependency-groups"]["dev"])


def test_the_mock_serves_each_vendor_on_its_table_port() -> None:
    args = _parser().parse_args(["serve"])
    assert {name: getattr(args, f"{name}_port") for name in VENDORS} == {n: v.mock_port for n, v in VENDORS.items()}


def test_scripts_contract_sh_lists_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert spec_main(["vendors"]) == 0
    assert capsys.readouterr().out.split() == list(VENDORS)
    assert spec_main(["nope"]) == 2
    assert "python -m contract_tests.preflight" in (REPO_ROOT / "scripts" / "contract.sh").read_text()
    assert preflight_main([]) == 0
    assert capsys.readouterr().out.split() == list(VENDORS)


def test_the_readme_names_each_vendor_its_package_port_and_token_form() -> None:
    for v in VENDORS.values():
        assert re.search(rf"^\| `{v.name}` \| .* \| `{v.package}` \|", README, re.MULTILINE), v.name
        assert f"{v.mock_port} {v.name}" in README, f"README: make mock line lacks {v.mock_port} {v.name}"
        header = f"`Authorization: {v.authorization('<t>' if v.token_prefix else '<jwt>')}`"
        assert re.search(rf"^\| {v.name} \| .* \| {re.escape(header)} \|$", README, re.MULTILINE), header
        assert f"`{v.env_prefix}_`" in README
