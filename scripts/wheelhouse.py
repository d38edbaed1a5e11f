"""Fill .tools/wheelhouse with the wheels of the clients' runtime dependencies, at the versions uv.lock pins.

The wheel-install test installs each built client into a fresh virtualenv with `--no-index --find-links` on this
folder, so the client resolves against its declared dependencies and nothing else, with no network in the test.
`uv sync --frozen` alone is not enough: it installs from the lock's URLs and never stores the index pages that an
offline `uv pip install` resolves from, so an offline install only works on a machine whose cache happens to be warm.
make setup runs this once per uv.lock (it may reach PyPI); the download is hash-checked against the lock.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

from packaging.markers import Marker
from packaging.utils import NormalizedName, canonicalize_name

from contracts.model import REPO_ROOT, VENDORS

__all__ = ["WHEELHOUSE", "client_requirements", "fill"]

WHEELHOUSE = REPO_ROOT / ".tools" / "wheelhouse"
_REQUIREMENTS = "requirements.txt"


def _lock_packages(lock_path: Path) -> dict[NormalizedName, dict[str, Any]]:
    with lock_path.open("rb") as fh:
        lock = tomllib.load(fh)
    return {canonicalize_name(p["name"]): p for p in lock["package"]}


def _applies(dependency: dict[str, Any]) -> bool:
    marker = dependency.get("marker")
    return marker is None or Marker(marker).evaluate()


def client_requirements(lock_path: Path = REPO_ROOT / "uv.lock") -> list[str]:
    """Hash-pinned requirement lines for every package the generated clients need at run time on this Python."""
    packages = _lock_packages(lock_path)
    client_dirs = {v.client_dir.relative_to(REPO_ROOT).as_posix() for v in VENDORS.values()}
    clients = [name for name, p in packages.items() if p.get("source", {}).get("editable") in client_dirs]
    if len(clients) != len(client_dirs):
        raise SystemExit(f"uv.lock lists {sorted(clients)} for {sorted(client_dirs)}: run `.tools/bin/uv lock`")
    needed: set[NormalizedName] = set()
    todo = [canonicalize_name(d["name"]) for c in clients for d in packages[c].get("dependencies", []) if _applies(d)]
    while todo:
        name = todo.pop()
        if name in needed:
            continue
        needed.add(name)
        todo.extend(canonicalize_name(d["name"]) for d in packages[name].get("dependencies", []) if _applies(d))
    lines = []
    for name in sorted(needed):
        package = packages[name]
        hashes = [w["hash"] for w in package.get("wheels", [])]
        if not hashes:
            raise SystemExit(f"uv.lock has no wheel for {name} {package['version']}; the wheelhouse takes wheels only")
        lines.append(f"{name}=={package['version']} " + " ".join(f"--hash={h}" for h in hashes))
    return lines


def fill(wheelhouse: Path = WHEELHOUSE) -> None:
    """Download the clients' runtime dependencies into the wheelhouse, unless it already holds exactly them."""
    requirements = "\n".join(client_requirements()) + "\n"
    listing = wheelhouse / _REQUIREMENTS
    if listing.exists() and listing.read_text() == requirements:
        return
    wheelhouse.mkdir(parents=True, exist_ok=True)
    for stale in wheelhouse.glob("*.whl"):
        stale.unlink()
    pending = wheelhouse / f"{_REQUIREMENTS}.pending"
    pending.write_text(requirements)
    pip = REPO_ROOT / ".tools" / "bin" / "pip"
    command = [str(pip), "download", "--quiet", "--disable-pip-version-check", "--no-deps", "--only-binary=:all:"]
    command += ["--require-hashes", "--dest", str(wheelhouse), "--requirement", str(pending)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"wheelhouse: pip download failed (needs PyPI once):\n{result.stdout}{result.stderr}")
    # Written last, so an interrupted download is retried by the next make setup.
    pending.replace(listing)


def main(argv: list[str] | None = None) -> int:
    """Fill the wheelhouse (make setup calls this)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="print the requirement lines instead of downloading")
    args = parser.parse_args(argv)
    if args.print:
        print("\n".join(client_requirements()))
        return 0
    fill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
