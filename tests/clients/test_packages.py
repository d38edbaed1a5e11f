"""Each client wheel installs in a fresh virtualenv (no network), imports, and runs its README example."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from contracts.mock import DEMO_TOKEN, create_app
from contracts.mock.testing import serve_in_thread
from contracts.model import VENDORS
from scripts.build import build, uv_binary
from scripts.wheelhouse import WHEELHOUSE

# What each README example prints when it succeeds against the seeded mock.
README_OUTPUT = {
    "roit": re.compile(r"^request [0-9a-f-]{36} is PENDING$", re.M),
    "paymentworks": re.compile(r"^update \d+ for .+ is Processed$", re.M),
    "procuros": re.compile(r"^task [0-9a-f-]{36} \(EXPORT_CUSTOMERS\): OK\.$", re.M),
}


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    assert (WHEELHOUSE / "requirements.txt").exists(), f"{WHEELHOUSE} is not filled: run make setup"
    out = tmp_path_factory.mktemp("dist")
    return {name: next(p for p in build(v, out) if p.suffix == ".whl") for name, v in VENDORS.items()}


def _readme_examples(name: str) -> list[str]:
    """Every python block of the package README; the first is the example that runs against the mock."""
    readme = (VENDORS[name].client_dir / "README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert blocks, f"generated/{name}-client/README.md has no python example"
    return blocks


def _readme_example(name: str) -> str:
    return _readme_examples(name)[0]


@pytest.mark.parametrize("name", VENDORS)
def test_wheel_installs_into_a_fresh_virtualenv_and_runs_its_readme_example(
    name: str, wheels: dict[str, Path], tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    uv = str(uv_binary())
    subprocess.run([uv, "venv", "--quiet", "--offline", "--python", "python3", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    # The wheel's declared dependencies resolve against the wheelhouse make setup filled from uv.lock and nothing
    # else: no index, no network, and no reliance on what uv's cache happens to hold on this machine.
    install = [uv, "pip", "install", "--quiet", "--offline", "--no-index", "--find-links", str(WHEELHOUSE)]
    subprocess.run([*install, "--python", python, str(wheels[name])], check=True)
    package = VENDORS[name].package
    probe = f"import {package}, {package}.api, {package}.models; print({package}.AuthenticatedClient.__name__)"
    result = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "AuthenticatedClient"
    # The package is the installed copy, not the editable one in generated/.
    where = subprocess.run(
        [python, "-c", f"import {package}; print({package}.__file__)"], capture_output=True, text=True
    )
    assert str(venv) in where.stdout, where.stdout + where.stderr

    example = tmp_path / "readme_example.py"
    example.write_text(_readme_example(name))
    prefix = VENDORS[name].env_prefix
    with serve_in_thread(create_app(name)) as base_url:
        env = {**os.environ, f"{prefix}_BASE_URL": base_url, f"{prefix}_TOKEN": DEMO_TOKEN}
        run = subprocess.run([python, str(example)], capture_output=True, text=True, env=env, timeout=60, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert README_OUTPUT[name].search(run.stdout), run.stdout


def test_readme_examples_type_check_strictly(tmp_path: Path) -> None:
    examples = []
    for name in VENDORS:
        for number, block in enumerate(_readme_examples(name)):
            examples.append(tmp_path / f"readme_{name}_{number}.py")
            examples[-1].write_text(block)
    mypy = str(Path(".venv/bin/mypy").resolve())
    command = [mypy, "--strict", "--no-incremental", "--config-file", "/dev/null", *map(str, examples)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
