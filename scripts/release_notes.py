"""Bump each client's version from its spec diff, write its CHANGELOG entry, regenerate it and update uv.lock.

For each vendor (default: all), the changes since BASE (see scripts/spec_diff.py) decide the semver bump of the
version at BASE: breaking -> major, additive -> minor, anything else -> patch. The new version is written to
`package_version_override` in specs/<vendor>/client.yaml, and an entry rendered from oasdiff's changelog and griffe's
breaking changes goes on top of specs/<vendor>/CHANGELOG.md (regen copies it into the package). Running it again
rewrites the same entry: entries newer than the version at BASE describe the same changes and are replaced.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from contracts.model import REPO_ROOT, VENDORS, VERSION_KEY
from contracts.model import vendor as lookup
from scripts.regen import CHANGELOG, GenerationError
from scripts.regen import main as regen
from scripts.spec_diff import SpecDiffError, VendorDiff, bumped, semver, vendor_diff

__all__ = ["NOTES", "changelog_entry", "kept_notes", "release", "write_changelog", "write_version"]

_HEADER = """\
# Changelog: {project}

Written by `make release-notes` from oasdiff's changelog of `specs/{vendor}/openapi.yaml` and griffe's check of the
generated package; newest first. Versions follow semver: a breaking change bumps the major version, an addition the
minor, anything else the patch.
"""
# A hand-written section under an entry (why the bump, behaviour changes); release-notes keeps it on a rerun.
NOTES = "### Why this bump"
_ENTRY = re.compile(r"^## (\d+)\.(\d+)\.(\d+)\b.*$", re.MULTILINE)
_VERSION_LINE = re.compile(rf"^{VERSION_KEY}:.*$", re.MULTILINE)


def _grouped(paths: Sequence[str]) -> list[str]:
    """`parent`: name, name, ... for each parent of the added paths (one line per module or class)."""
    by_parent: dict[str, list[str]] = {}
    for path in paths:
        parent, _, name = path.rpartition(".")
        by_parent.setdefault(parent, []).append(name)
    return [f"`{parent}`: {', '.join(names)}" for parent, names in sorted(by_parent.items())]


def kept_notes(changelog: str, version: str) -> str:
    """The hand-written `### Why this bump` section of version's entry, so a rerun does not drop it."""
    entry = re.search(rf"^## {re.escape(version)} .*?(?=^## |\Z)", changelog, re.MULTILINE | re.DOTALL)
    if entry is None:
        return ""
    notes = re.search(rf"^{re.escape(NOTES)}\n.*?(?=^##|\Z)", entry.group(0), re.MULTILINE | re.DOTALL)
    return notes.group(0).rstrip("\n") + "\n" if notes else ""


def changelog_entry(diff: VendorDiff, version: str, date: dt.date, notes: str = "") -> str:
    """The markdown entry for version: spec breaks, Python breaks, other spec changes, Python additions, notes."""
    lines = [f"## {version} ({date.isoformat()})", ""]
    if diff.is_new:
        return "\n".join([*lines, "First version.", ""])
    lines += [f"{str(diff.bump).capitalize()} release: changes since {diff.base_version} (`{diff.base.ref}`).", ""]
    sections = [
        ("Breaking (spec)", [f"{c.operation}: {c.text} (`{c.id}`)" for c in diff.breaking_changes]),
        ("Breaking (Python API)", [f"{b.explanation} ({b.kind})" for b in diff.python_breaks]),
        ("Other changes", [f"{c.operation}: {c.text} (`{c.id}`)" for c in diff.spec_changes if not c.breaking]),
        ("Added (Python API)", _grouped(diff.python_additions)),
    ]
    for title, items in sections:
        if items:
            lines += [f"### {title}", "", *(f"- {item}" for item in items), ""]
    if not any(items for _, items in sections):
        lines += ["No API change: the spec's documentation, examples, the generator config or templates changed.", ""]
    if notes:
        lines += [notes.rstrip("\n"), ""]
    return "\n".join(lines)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def write_changelog(path: Path, header: str, entry: str, base_version: str | None) -> None:
    """Put entry on top of the changelog at path, dropping entries newer than base_version (they are superseded)."""
    text = _read(path) or header
    starts = [match.start() for match in _ENTRY.finditer(text)]
    head = text[: starts[0]] if starts else text.rstrip("\n") + "\n\n"
    floor = semver(base_version) if base_version else (-1, -1, -1)
    ends = [*starts[1:], len(text)] if starts else []
    kept = [
        text[start:end].rstrip("\n") + "\n"
        for start, end in zip(starts, ends, strict=True)
        if (match := _ENTRY.match(text, start)) and tuple(int(part) for part in match.groups()) <= floor
    ]
    path.write_text(head + "\n".join([entry.rstrip("\n") + "\n", *kept]), encoding="utf-8")


def write_version(config_path: Path, version: str) -> None:
    """Set package_version_override in a client.yaml, leaving the rest of the file as written."""
    text = config_path.read_text(encoding="utf-8")
    if not _VERSION_LINE.search(text):
        raise SpecDiffError(f"{config_path}: no {VERSION_KEY} line to update")
    config_path.write_text(_VERSION_LINE.sub(f"{VERSION_KEY}: {version}", text, count=1), encoding="utf-8")


def release(diff: VendorDiff, spec_dir: Path, project: str, date: dt.date) -> str | None:
    """Apply diff's bump to spec_dir's client.yaml and CHANGELOG.md; the new version, or None when nothing changed."""
    if diff.is_new:
        if (spec_dir / CHANGELOG).exists():
            return None  # released before; BASE predates the spec
        version = diff.current_version
    elif diff.bump is None or diff.base_version is None:
        return None
    else:
        version = max(bumped(diff.base_version, diff.bump), diff.current_version, key=semver)
    write_version(spec_dir / "client.yaml", version)
    changelog = spec_dir / CHANGELOG
    # A rerun keeps the date the version was first written.
    dated = re.search(rf"^## {re.escape(version)} \((\d{{4}}-\d{{2}}-\d{{2}})\)", _read(changelog), re.MULTILINE)
    date = dt.date.fromisoformat(dated.group(1)) if dated else date
    header = _HEADER.format(project=project, vendor=diff.vendor)
    notes = kept_notes(_read(changelog), version)
    write_changelog(changelog, header, changelog_entry(diff, version, date, notes), diff.base_version)
    return version


def main(argv: Sequence[str] | None = None) -> int:
    """Release the named vendors (default: all)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", help=f"any of {', '.join(VENDORS)} (default: all)")
    parser.add_argument("--base", help="git ref to compare with (default: per vendor, see scripts/spec_diff.py)")
    parser.add_argument("--no-regen", action="store_true", help="only write client.yaml and CHANGELOG.md")
    args = parser.parse_args(argv)
    released: list[str] = []
    for vendor in [lookup(name) for name in args.vendors or VENDORS]:
        try:
            diff = vendor_diff(vendor, args.base)
            version = release(diff, vendor.spec_path.parent, f"{vendor.name}-client", dt.date.today())
        except (SpecDiffError, GenerationError) as exc:
            print(f"release-notes: {vendor.name}: {exc}", file=sys.stderr)
            return 1
        if version is None:
            print(f"==> {vendor.name}: no changes since {diff.base.ref}; version stays {diff.current_version}")
        else:
            released.append(vendor.name)
            print(
                f"==> {vendor.name}: {diff.bump or 'new'} release {version} (was {diff.base_version} at "
                f"{diff.base.ref}); wrote specs/{vendor.name}/client.yaml and specs/{vendor.name}/{CHANGELOG}"
            )
    if not released or args.no_regen:
        return 0
    if regen(released) != 0:
        return 1
    # uv.lock records each client's version (they are editable path dependencies of the dev group).
    print("==> uv lock (the clients' versions changed)")
    uv = REPO_ROOT / ".tools" / "bin" / "uv"
    if subprocess.run([str(uv), "lock", "--quiet"], cwd=REPO_ROOT, check=False).returncode != 0:
        print(f"release-notes: {uv.relative_to(REPO_ROOT)} lock failed: run make setup, then it again", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
