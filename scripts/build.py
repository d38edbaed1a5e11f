"""Build a wheel and an sdist of each generated client into dist/ (offline: the build backend is in .venv)."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from contracts.model import REPO_ROOT, VENDORS, Vendor
from contracts.model import vendor as lookup

__all__ = ["build", "uv_binary"]


def uv_binary() -> Path:
    """The pinned uv that scripts/setup.sh installed into .tools/."""
    uv = REPO_ROOT / ".tools" / "bin" / "uv"
    if not uv.exists():
        raise SystemExit(f"{uv} is missing: run make setup")
    return uv


def build(vendor: Vendor, out_dir: Path) -> list[Path]:
    """Build one client's wheel and sdist into out_dir and return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    before = set(out_dir.iterdir())
    command = [
        str(uv_binary()),
        "build",
        "--offline",
        "--no-build-isolation",  # uv_build comes from .venv (uv.lock), so no download is needed
        "--python",
        sys.executable,
        "--out-dir",
        str(out_dir),
        str(vendor.client_dir),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"build of {vendor.client_dir.name} failed:\n{result.stdout}{result.stderr}")
    return sorted(p for p in set(out_dir.iterdir()) - before if p.suffix in (".whl", ".gz"))


def main(argv: list[str] | None = None) -> int:
    """Build the named vendors' clients (default: every vendor of the table)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("vendors", nargs="*", help=f"any of {', '.join(VENDORS)} (default: all)")
    parser.add_argument("--out-dir", type=Path, default=REPO_ROOT / "dist")
    args = parser.parse_args(argv)
    for vendor in [lookup(name) for name in args.vendors or VENDORS]:
        print(f"==> building {vendor.client_dir.relative_to(REPO_ROOT)}")
        for artifact in build(vendor, args.out_dir):
            print(f"    {artifact.relative_to(REPO_ROOT) if artifact.is_relative_to(REPO_ROOT) else artifact}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
