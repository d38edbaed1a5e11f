"""Fail when generated/ is not exactly what `make regen` would write now, then run mypy --strict on every client.

Regenerates each client into a temporary folder and compares the trees byte for byte: changed, missing and
stale extra files are all named, with the fix ("run make regen").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from contracts.model import REPO_ROOT, VENDORS, Vendor
from scripts.regen import GenerationError, generate, generated_readme

_IGNORED_PARTS = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}


def _files(root: Path) -> dict[str, bytes]:
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file()
        and not _IGNORED_PARTS.intersection(path.relative_to(root).parts)
        and not path.name.endswith(".egg-info")
    }


def drift(vendor: Vendor, fresh_dir: Path) -> list[str]:
    """Describe every difference between the committed client and a fresh generation into fresh_dir."""
    generate(vendor, fresh_dir)
    committed, fresh = _files(vendor.client_dir), _files(fresh_dir)
    shown = vendor.client_dir.relative_to(REPO_ROOT).as_posix()
    problems = [
        f"changed: {shown}/{name}" for name in sorted(committed.keys() & fresh.keys()) if committed[name] != fresh[name]
    ]
    problems += [f"missing: {shown}/{name}" for name in sorted(fresh.keys() - committed.keys())]
    problems += [f"stale extra file: {shown}/{name}" for name in sorted(committed.keys() - fresh.keys())]
    return problems


def main(argv: list[str] | None = None) -> int:
    """Check every vendor's generated client for drift, then type-check them."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-mypy", action="store_true", help="only compare the trees")
    args = parser.parse_args(argv)
    readme = REPO_ROOT / "generated" / "README.md"
    failed = not readme.exists() or readme.read_text(encoding="utf-8") != generated_readme()
    if failed:
        print("  changed: generated/README.md")
    with tempfile.TemporaryDirectory(prefix="check-generated-") as tmp:
        for vendor in VENDORS.values():
            print(f"==> comparing {vendor.client_dir.relative_to(REPO_ROOT)} with a fresh regeneration")
            try:
                problems = drift(vendor, Path(tmp) / vendor.client_dir.name)
            except GenerationError as exc:
                print(f"check-generated: {exc}", file=sys.stderr)
                return 1
            for problem in problems:
                print(f"  {problem}")
            failed |= bool(problems)
    if failed:
        print(
            "check-generated: generated/ does not match specs/ and their configs: run make regen "
            "(never edit generated/ by hand)"
        )
        return 1
    if not args.skip_mypy:
        # Files named explicitly are checked even though the root mypy config excludes generated/ from discovery.
        files = sorted(str(path) for v in VENDORS.values() for path in (v.client_dir / v.package).rglob("*.py"))
        print(f"==> mypy --strict on {len(files)} generated files ({len(VENDORS)} packages)")
        result = subprocess.run([sys.executable, "-m", "mypy", "--strict", *files], check=False)
        if result.returncode != 0:
            print(
                "check-generated: mypy --strict failed on generated code: fix the spec or the config, then make regen"
            )
            return 1
    print("check-generated: generated/ matches specs/" + ("" if args.skip_mypy else "; mypy --strict clean"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
