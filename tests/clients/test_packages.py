"""Each client builds as a wheel that installs into a fresh virtualenv (no network) and imports."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from contract_tests.specs import VENDORS
from scripts.build import build, uv_binary


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    return {name: next(p for p in build(v, out) if p.suffix == ".whl") for name, v in VENDORS.items()}


@pytest.mark.parametrize("name", VENDORS)
def test_wheel_installs_into_a_fresh_virtualenv_and_imports(name: str, wheels: dict[str, Path], tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    uv = str(uv_binary())
    subprocess.run([uv, "venv", "--quiet", "--offline", "--python", "python3", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    # --offline: the client's dependencies (httpx, attrs) come from uv's cache, filled by make setup.
    subprocess.run([uv, "pip", "install", "--quiet", "--offline", "--python", python, str(wheels[name])], check=True)
    package = VENDORS[name].package
    probe = f"import {package}, {package}.api, {package}.models; print({package}.AuthenticatedClient.__name__)"
    result = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "AuthenticatedClient"
    # The package is the installed copy, not the editable one in generated/.
    where = subprocess.run(
        [python, "-c", f"import {package}; print({package}.__file__)"], capture_output=True, text=True
    )
    assert str(venv) in where.stdout, where.stdout + where.stderr
