"""A client version's entry in its CHANGELOG.md: the release notes of a tag, and the check that a version has one.

`python -m scripts.changelog_entry <vendor>-client-<version> --notes FILE` (the release workflows call it) checks
that the tag names a client of the vendor table at the version its specs/<vendor>/client.yaml holds, writes that
version's CHANGELOG entry to FILE and prints `vendor=`, `version=` and `package=` lines for the CI's outputs.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from contracts.model import VENDORS, Vendor, package_version

__all__ = ["changelog_entry", "vendor_of_tag"]

_HEADING = re.compile(r"^## (\S+)", re.M)


def changelog_entry(changelog: Path, version: str) -> str | None:
    """The text under `## <version>` in a CHANGELOG.md up to the next version's heading, or None without one."""
    if not changelog.is_file():
        return None
    text = changelog.read_text(encoding="utf-8")
    headings = list(_HEADING.finditer(text))
    for index, heading in enumerate(headings):
        if heading.group(1) == version:
            end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
            return text[heading.start() : end].strip() + "\n"
    return None


def vendor_of_tag(tag: str) -> tuple[Vendor, str]:
    """The vendor and version a release tag `<vendor>-client-<version>` names; SystemExit naming the fix otherwise."""
    for row in VENDORS.values():
        prefix = f"{row.distribution}-"
        if tag.startswith(prefix):
            version = tag.removeprefix(prefix)
            configured = package_version(row.config_path)
            if version != configured:
                raise SystemExit(
                    f"release tag {tag}: {row.config_path.relative_to(row.root)} says {configured}; "
                    f"tag {prefix}{configured}, or run make release-notes VENDOR={row.name} first"
                )
            return row, version
    expected = ", ".join(f"{row.distribution}-<version>" for row in VENDORS.values())
    raise SystemExit(f"release tag {tag}: expected one of {expected}")


def main(argv: list[str] | None = None) -> int:
    """Check a release tag, write its release notes and print the vendor and version it names."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tag", help="<vendor>-client-<version>, e.g. procuros-client-2.0.1")
    parser.add_argument("--notes", type=Path, help="write the version's CHANGELOG entry here")
    args = parser.parse_args(argv)
    row, version = vendor_of_tag(args.tag)
    changelog = row.spec_dir / "CHANGELOG.md"
    entry = changelog_entry(changelog, version)
    if entry is None:
        print(f"{changelog}: no `## {version}` entry: run make release-notes VENDOR={row.name}", file=sys.stderr)
        return 1
    if args.notes:
        args.notes.parent.mkdir(parents=True, exist_ok=True)
        args.notes.write_text(entry, encoding="utf-8")
    print(f"vendor={row.name}")
    print(f"version={version}")
    print(f"package={row.package}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
