"""`make publish` against a real package index on loopback: pypiserver with upload authentication.

The index holds the three clients, uploaded by scripts/publish.py (what `make publish` runs), and their runtime
dependencies, copied into its folder from the wheelhouse make setup filled from uv.lock (as a mirror would hold
them), so a fresh virtualenv installs each client with `pip install --index-url <this index>` and nothing else:
no other index, no --find-links, no network. Each installed client then runs its README example against its mock
served on loopback.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from contracts.mock import DEMO_TOKEN, create_app
from contracts.mock.testing import serve_in_thread
from contracts.model import REPO_ROOT, VENDORS, package_version
from contracts.reporting.contract_status import git_head
from scripts.publish import Index, index_from_env, refused_status
from scripts.wheelhouse import WHEELHOUSE

USER = "ci"
# What each README example prints against the seeded mock (the same table as tests/clients/test_packages.py).
README_OUTPUT = {
    "roit": re.compile(r"^request [0-9a-f-]{36} is PENDING$", re.M),
    "paymentworks": re.compile(r"^update \d+ for .+ is Processed$", re.M),
    "procuros": re.compile(r"^task [0-9a-f-]{36} \(EXPORT_CUSTOMERS\): OK\.$", re.M),
}


@dataclass(frozen=True)
class LoopbackIndex:
    """A running pypiserver: its URLs, its folder of files and the one account allowed to upload."""

    url: str
    packages: Path
    password: str

    def env(self, password: str) -> dict[str, str]:
        """The environment `make publish INDEX=loopback` reads, with the given upload password."""
        return {
            "UV_INDEX": f"loopback={self.url}/simple/",
            "UV_INDEX_LOOPBACK_PUBLISH_URL": f"{self.url}/",
            "UV_INDEX_LOOPBACK_USERNAME": USER,
            "UV_INDEX_LOOPBACK_PASSWORD": password,
        }

    def client_files(self) -> list[str]:
        """The client files the index holds (the dependencies copied in are not among them)."""
        prefixes = tuple(f"{v.package}-" for v in VENDORS.values())
        return sorted(p.name for p in self.packages.iterdir() if p.name.startswith(prefixes))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def _serving(root: Path) -> Iterator[LoopbackIndex]:
    """A pypiserver on a free loopback port, its folder holding the clients' dependencies, upload behind a password."""
    assert (WHEELHOUSE / "requirements.txt").exists(), f"{WHEELHOUSE} is not filled: run make setup"
    packages = root / "packages"
    packages.mkdir()
    for wheel in WHEELHOUSE.glob("*.whl"):
        shutil.copy(wheel, packages)
    password = secrets.token_urlsafe(16)
    # Apache's {SHA} form, which pypiserver's password check (passlib) reads.
    digest = base64.b64encode(hashlib.sha1(password.encode()).digest()).decode()
    (root / "htpasswd").write_text(f"{USER}:{{SHA}}{digest}\n")
    port = _free_port()
    server = [str(Path(sys.executable).parent / "pypi-server"), "run", "-i", "127.0.0.1", "-p", str(port)]
    server += ["-P", str(root / "htpasswd"), "-a", "update", "--disable-fallback", str(packages)]
    with (root / "server.log").open("w") as log:
        process = subprocess.Popen(server, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if httpx.get(f"{url}/simple/", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert process.poll() is None and time.monotonic() < deadline, (root / "server.log").read_text()
                time.sleep(0.2)
            yield LoopbackIndex(url, packages, password)
        finally:
            process.terminate()
            process.wait(timeout=10)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LoopbackIndex]:
    with _serving(tmp_path_factory.mktemp("index")) as running:
        yield running


@pytest.fixture
def empty_index(tmp_path: Path) -> Iterator[LoopbackIndex]:
    root = tmp_path / "empty-index"
    root.mkdir()
    with _serving(root) as running:
        yield running


def _publish(index: LoopbackIndex, password: str, status: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **index.env(password)}
    command = [sys.executable, "-m", "scripts.publish", "--index", "loopback", "--status", str(status)]
    return subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300, check=False)


def _status(tmp_path: Path, green: bool) -> Path:
    """A contract-status record for this commit (the contract suite itself runs elsewhere in make test)."""
    path = tmp_path / "contract-status.json"
    outcome = {"passed": 10, "failed": 0 if green else 1, "skipped": 0, "green": green, "target": "mock"}
    path.write_text(json.dumps({"commit": git_head(), "vendors": {name: outcome for name in VENDORS}}))
    return path


@pytest.fixture(scope="module")
def published(index: LoopbackIndex, tmp_path_factory: pytest.TempPathFactory) -> str:
    """Publish the three clients once (the first upload); the output of that run."""
    result = _publish(index, index.password, _status(tmp_path_factory.mktemp("status"), green=True))
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_a_red_contract_run_refuses_every_client_and_uploads_nothing(
    empty_index: LoopbackIndex, tmp_path: Path
) -> None:
    index = empty_index
    result = _publish(index, index.password, _status(tmp_path, green=False))
    assert result.returncode == 1
    assert "was not green for procuros (1 failed)" in result.stderr and "nothing uploaded" in result.stderr
    assert index.client_files() == []


def test_a_wrong_password_is_one_clear_line_and_uploads_nothing(empty_index: LoopbackIndex, tmp_path: Path) -> None:
    index = empty_index
    result = _publish(index, "not-the-password", _status(tmp_path, green=True))
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1, result.stderr
    assert re.fullmatch(
        r"publish: index 'loopback' refused the credentials for \S+\.whl \(HTTP 40[13]\): "
        r"check UV_INDEX_LOOPBACK_USERNAME and UV_INDEX_LOOPBACK_PASSWORD",
        errors[0],
    ), errors[0]
    assert index.client_files() == []


def test_the_index_is_asked_about_the_credentials_when_the_upload_breaks_off(empty_index: LoopbackIndex) -> None:
    # pypiserver may refuse before it reads the upload, so uv reports a broken pipe, not the status: the fallback.
    def named(password: str) -> Index:
        return index_from_env("loopback", empty_index.env(password))

    assert refused_status(named("not-the-password")) in ("401", "403")
    assert refused_status(named(empty_index.password)) is None
    assert empty_index.client_files() == []


def test_publishing_uploads_each_wheel_and_sdist_and_prints_the_install_line(
    index: LoopbackIndex, published: str
) -> None:
    expected = []
    for vendor in VENDORS.values():
        version = package_version(vendor.config_path)
        expected += [f"{vendor.package}-{version}-py3-none-any.whl", f"{vendor.package}-{version}.tar.gz"]
        assert f"pip install --index-url {index.url}/simple/ {vendor.distribution}=={version}" in published
    assert index.client_files() == sorted(expected)
    for name in expected:
        assert f"uploaded {name}" in published


def test_publishing_again_is_a_no_op_that_says_so(index: LoopbackIndex, published: str, tmp_path: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in index.packages.iterdir()}
    result = _publish(index, index.password, _status(tmp_path, green=True))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("nothing to upload") == len(VENDORS) and "uploaded" not in result.stdout
    assert {p.name: p.stat().st_mtime_ns for p in index.packages.iterdir()} == before


@pytest.mark.parametrize("name", VENDORS)
def test_a_fresh_virtualenv_installs_the_client_from_the_index_alone_and_runs_its_readme_example(
    name: str, index: LoopbackIndex, published: str, tmp_path: Path
) -> None:
    vendor = VENDORS[name]
    line = next(line.strip() for line in published.splitlines() if f" {vendor.distribution}==" in line)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # Only the index: no pip configuration, no cache, no find-links from the environment.
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "UV_"))}
    env = {**clean, "PIP_CONFIG_FILE": os.devnull, "PIP_NO_CACHE_DIR": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    install = _run([str(venv / "bin" / "pip"), *line.split()[1:]], env=env)
    assert install.returncode == 0, install.stdout + install.stderr
    python = str(venv / "bin" / "python")
    where = _run([python, "-c", f"import {vendor.package}; print({vendor.package}.__file__)"])
    assert str(venv) in where.stdout, where.stdout + where.stderr

    readme = _run([python, "-c", _README_SOURCE, vendor.distribution])
    match = re.search(r"```python\n(.*?)```", readme.stdout, re.S)
    assert match, f"the installed {vendor.distribution} carries no README example: {readme.stderr}"
    example = tmp_path / "readme_example.py"
    example.write_text(match.group(1))
    with serve_in_thread(create_app(name)) as base_url:
        run_env = {**env, f"{vendor.env_prefix}_BASE_URL": base_url, f"{vendor.env_prefix}_TOKEN": DEMO_TOKEN}
        run = _run([python, str(example)], env=run_env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert README_OUTPUT[name].search(run.stdout), run.stdout


# The README as installed: the wheel's METADATA carries it as the long description.
_README_SOURCE = "import sys, importlib.metadata as m; print(m.metadata(sys.argv[1]).get_payload())"


def _run(command: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, timeout=120, capture_output=True, text=True, check=False)
