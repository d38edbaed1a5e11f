"""What changed in each vendor's contract since BASE, at the spec level (oasdiff) and in the Python API (griffe).

For each vendor: the oasdiff changelog between specs/<vendor>/openapi.yaml at BASE and in the working tree, each
change classified breaking (oasdiff level ERR or WARN) or not (INFO); the breaking changes of the generated package
(griffe, plus an annotation comparison that griffe does not make); the semver bump they imply and the base and current
package versions. With --gate, exit 1 when a vendor has breaking changes but its major version did not change.

BASE, unless given with --base (then it is used for every vendor), is chosen per vendor:
  * specs/<vendor>/openapi.yaml has uncommitted changes (or is untracked): BASE = HEAD;
  * otherwise BASE = the parent of the most recent commit that changed specs/<vendor>/openapi.yaml.
Only openapi.yaml moves BASE: a release commit (client.yaml version, CHANGELOG.md) must not hide the change it
released. A vendor whose spec does not exist at BASE is new: nothing of it can break.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe

from contracts.model import REPO_ROOT, VENDORS, VERSION_KEY, Vendor, client_config, package_version
from contracts.model import vendor as lookup
from scripts.client_inputs import CLIENTGEN as CLIENTGEN_DIR
from scripts.client_inputs import stage_templates
from scripts.python_additions import added_names
from scripts.regen import MANIFEST, GenerationError, generate, manifest_for

__all__ = [
    "OASDIFF",
    "OPEN_ENUM_GROWTH",
    "OPEN_ENUM_NOTE",
    "Base",
    "BaseInputs",
    "PythonBreak",
    "SpecChange",
    "SpecDiffError",
    "VendorDiff",
    "bumped",
    "compare",
    "diff_python",
    "diff_specs",
    "gate_failures",
    "gate_notes",
    "render",
    "resolve_base",
    "semver",
    "vendor_diff",
]

OASDIFF = REPO_ROOT / "node_modules" / ".bin" / "oasdiff"
_LEVELS = {3: "ERR", 2: "WARN", 1: "INFO"}
# WARN counts as breaking: oasdiff's WARN checks are mostly removals (request parameter, request property, optional
# response property) and each one deletes a name from the generated client, which is a hard break for its importers.
_BREAKING_LEVELS = frozenset({"ERR", "WARN"})
# oasdiff rates a response enum that grows WARN (a client with a closed enum fails on the new value). Ours are open:
# the generated enums parse a value the spec does not list (clientgen/templates/str_enum.py.jinja, int_enum.py.jinja:
# `is_unknown`; tests/clients/test_sdk_pages_and_parsing.py), so for their consumers it is an addition, not a break.
OPEN_ENUM_GROWTH = frozenset({"response-property-enum-value-added"})
OPEN_ENUM_NOTE = "not breaking for these clients: their enums are open (an unknown value parses, is_unknown)"
_VERSION_KEY = VERSION_KEY


class SpecDiffError(RuntimeError):
    """A git ref, a version or a tool is missing or wrong; the message names the fix."""


@dataclass(frozen=True)
class SpecChange:
    """One entry of oasdiff's changelog."""

    id: str
    level: str
    text: str
    operation: str
    line: int | None
    in_base: bool

    @property
    def open_enum_growth(self) -> bool:
        """A response enum that gained a value: oasdiff's WARN, an addition for clients whose enums are open."""
        return self.id in OPEN_ENUM_GROWTH

    @property
    def breaking(self) -> bool:
        """oasdiff's ERR and WARN levels, but a response enum's growth (OPEN_ENUM_GROWTH); INFO is compatible."""
        return self.level in _BREAKING_LEVELS and not self.open_enum_growth


@dataclass(frozen=True)
class PythonBreak:
    """A change of the generated package that breaks code importing it."""

    kind: str
    path: str
    explanation: str
    source: str

    def __str__(self) -> str:
        return f"{self.explanation} [{self.kind}, {self.source}]"


@dataclass(frozen=True)
class Base:
    """The git revision a vendor is compared with, and why it was chosen."""

    ref: str
    commit: str
    reason: str


@dataclass(frozen=True)
class VendorDiff:
    """Everything a consumer of one client needs to know about an upgrade from BASE."""

    vendor: str
    base: Base
    base_version: str | None
    current_version: str
    inputs_changed: bool
    spec_changes: tuple[SpecChange, ...] = ()
    python_breaks: tuple[PythonBreak, ...] = ()
    python_additions: tuple[str, ...] = ()

    @property
    def is_new(self) -> bool:
        """The spec did not exist at BASE."""
        return self.base_version is None

    @property
    def breaking_changes(self) -> tuple[SpecChange, ...]:
        """The spec-level changes oasdiff rates ERR or WARN."""
        return tuple(change for change in self.spec_changes if change.breaking)

    @property
    def bump(self) -> str | None:
        """The semver part the changes imply: major, minor, patch, or None when nothing changed."""
        if self.is_new or not self.inputs_changed:
            return None
        if self.breaking_changes or self.python_breaks:
            return "major"
        if self.spec_changes or self.python_additions:
            return "minor"
        return "patch"


# --- versions ---------------------------------------------------------------------------------------------------


def semver(version: str) -> tuple[int, int, int]:
    """MAJOR.MINOR.PATCH as numbers, or SpecDiffError naming the file to fix."""
    parts = version.split(".")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        raise SpecDiffError(f"{_VERSION_KEY} {version!r} is not MAJOR.MINOR.PATCH: fix specs/<vendor>/client.yaml")
    return int(parts[0]), int(parts[1]), int(parts[2])


def bumped(version: str, part: str) -> str:
    """The version after a semver bump of part (major, minor or patch)."""
    major, minor, patch = semver(version)
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"unknown semver part {part!r}")


def _config(spec_dir: Path) -> dict[str, Any]:
    try:
        return client_config(spec_dir / "client.yaml")
    except ValueError as exc:
        raise SpecDiffError(str(exc)) from None


def _version(spec_dir: Path) -> str:
    try:
        return package_version(spec_dir / "client.yaml")
    except ValueError as exc:
        raise SpecDiffError(str(exc)) from None


# --- git --------------------------------------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SpecDiffError(f"git {' '.join(args)} failed in {repo}: {result.stderr.strip()}")
    return result.stdout.strip()


def _commit(repo: Path, ref: str) -> str:
    try:
        return _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except SpecDiffError:
        raise SpecDiffError(
            f"BASE {ref!r} is not a commit in {repo} (a shallow clone lacks history: git fetch --unshallow, "
            "or pass BASE=<ref>)"
        ) from None


def resolve_base(vendor: Vendor, ref: str | None = None, repo: Path = REPO_ROOT) -> Base:
    """The revision to compare vendor with: ref if given, else the rule in this module's docstring."""
    if ref:
        return Base(ref, _commit(repo, ref), f"BASE={ref}")
    spec = f"specs/{vendor.name}/openapi.yaml"
    if _git(repo, "status", "--porcelain", "--", spec):
        return Base("HEAD", _commit(repo, "HEAD"), f"HEAD ({spec} has uncommitted changes)")
    last = _git(repo, "log", "-1", "--format=%H", "--", spec)
    if not last:
        return Base("HEAD", _commit(repo, "HEAD"), f"HEAD (no commit has changed {spec})")
    short = last[:7]
    if _git(repo, "rev-parse", "--is-shallow-repository") == "true":
        # A shallow clone's oldest commit looks like a root commit: every vendor would pass as new.
        raise SpecDiffError(
            "this is a shallow clone, so the commit before the last spec change may be missing: "
            "git fetch --unshallow (CI: fetch-depth 0), or pass BASE=<ref>"
        )
    if not _git(repo, "rev-list", "--parents", "-n", "1", last).split()[1:]:
        # The root commit added the spec; compare with the empty tree, where the vendor is new.
        return Base(f"{short}^", "", f"before {short}, the root commit, which added {spec}")
    return Base(f"{short}^", _commit(repo, f"{last}^"), f"parent of {short}, the last commit that changed {spec}")


# Where the client templates and runtime were at a commit: clientgen/ since it exists; before it, specs/_shared/
# (shared templates) and specs/<vendor>/templates/ (the package README), which the vendor's folder brings along.
CLIENTGEN = "clientgen"
SHARED = "_shared"


@dataclass(frozen=True)
class BaseInputs:
    """A vendor's specs folder as it was at BASE, and clientgen/ then (None: a commit from before clientgen/)."""

    spec_dir: Path
    clientgen: Path | None


def _extract(vendor: Vendor, base: Base, dest: Path, repo: Path = REPO_ROOT) -> BaseInputs | None:
    """Write specs/<vendor>/ as it was at base into dest, and the client templates of that commit beside it:
    clientgen/ into dest/../clientgen, or, before clientgen/ existed, specs/_shared/ into dest/../_shared (where
    regen's stage_templates looks for them); None when the vendor's spec did not exist there."""
    if not base.commit:
        return None
    listed = _git(repo, "ls-tree", "-r", "--name-only", base.commit, "--", f"specs/{vendor.name}/")
    if f"specs/{vendor.name}/openapi.yaml" not in listed.splitlines():
        return None
    _extract_folder(repo, base.commit, f"specs/{vendor.name}/", dest)
    if _extract_folder(repo, base.commit, f"{CLIENTGEN}/", dest.parent / CLIENTGEN):
        return BaseInputs(dest, dest.parent / CLIENTGEN)
    _extract_folder(repo, base.commit, f"specs/{SHARED}/", dest.parent / SHARED)
    return BaseInputs(dest, None)


def _extract_folder(repo: Path, commit: str, prefix: str, dest: Path) -> bool:
    """Write the folder prefix as it was at commit into dest; False when it did not exist there."""
    if not _git(repo, "ls-tree", "--name-only", commit, "--", prefix).strip():
        return False  # the folder did not exist at that commit (the shared templates came later)
    archive = subprocess.run(
        ["git", "archive", "--format=tar", commit, prefix], cwd=repo, capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            if member.isfile() and member.name.startswith(prefix):
                target = dest / member.name[len(prefix) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(member)
                assert source is not None  # a regular file always has content
                target.write_bytes(source.read())
    return True


# --- spec level: oasdiff ----------------------------------------------------------------------------------------


def diff_specs(base_spec: Path, revision_spec: Path) -> tuple[SpecChange, ...]:
    """oasdiff's changelog from base_spec to revision_spec (every level), in oasdiff's order."""
    if not OASDIFF.exists():
        raise SpecDiffError(f"{OASDIFF.relative_to(REPO_ROOT)} is missing: run make setup (npm ci installs oasdiff)")
    command = [str(OASDIFF), "changelog", str(base_spec), str(revision_spec), "--format", "json"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SpecDiffError(f"oasdiff failed on {base_spec} -> {revision_spec}: {result.stderr.strip()}")
    entries: list[dict[str, Any]] = json.loads(result.stdout or "[]") or []
    changes = []
    for entry in entries:
        operation = " ".join(part for part in (entry.get("operation", ""), entry.get("path", "")) if part)
        source = entry.get("revisionSource") or entry.get("baseSource") or {}
        changes.append(
            SpecChange(
                id=entry["id"],
                level=_LEVELS.get(entry.get("level", 1), "INFO"),
                text=entry["text"],
                operation=operation or entry.get("section", ""),
                line=source.get("line"),
                in_base="revisionSource" not in entry and "baseSource" in entry,
            )
        )
    return tuple(changes)


# --- Python level: griffe ---------------------------------------------------------------------------------------


def _load(package: str, project_dir: Path) -> griffe.Object:
    loaded = griffe.load(
        package,
        search_paths=[str(project_dir)],
        try_relative_path=False,
        allow_inspection=False,
        find_stubs_package=False,
    )
    if not isinstance(loaded, griffe.Object):
        raise SpecDiffError(f"griffe could not load {package} from {project_dir}")
    return loaded


def _explain(breakage: griffe.Breakage) -> str:
    what = f"`{breakage.obj.path}`: {breakage.kind.value}"
    names = [value.name for value in (breakage.old_value, breakage.new_value) if isinstance(value, griffe.Parameter)]
    return f"{what} (`{names[-1]}`)" if names else what


def _union(annotation: object) -> frozenset[str]:
    """The members of a top-level `A | B` annotation, as text."""
    text, depth, start = str(annotation), 0, 0
    members: list[str] = []
    for index, char in enumerate(text):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == "|" and depth == 0:
            members.append(text[start:index].strip())
            start = index + 1
    members.append(text[start:].strip())
    return frozenset(members)


def _public_objects(obj: griffe.Object) -> Iterator[griffe.Object]:
    for member in obj.members.values():
        if isinstance(member, griffe.Alias) or not member.is_public:
            continue
        yield member
        if isinstance(member, griffe.Module | griffe.Class):
            yield from _public_objects(member)


def _annotation_breaks(old: griffe.Object, new: griffe.Object) -> Iterator[PythonBreak]:
    """Type changes griffe 2.4 does not report (its diff has `TODO: Support annotation breaking changes`).

    Model attributes and function parameters only. A return type that gains a union member (a newly documented error
    status) is left out: oasdiff rates that change INFO, and only code that annotates or matches the result
    exhaustively must add the new case.
    """
    for before in _public_objects(old):
        relative = before.path[len(old.path) + 1 :]
        try:
            after = new[relative]
        except KeyError:
            continue  # griffe reports the removal
        if isinstance(before, griffe.Attribute) and isinstance(after, griffe.Attribute):
            # Model fields are read (responses) and written (requests): any type change breaks one side.
            if before.annotation is not None and str(before.annotation) != str(after.annotation):
                yield PythonBreak(
                    griffe.BreakageKind.ATTRIBUTE_CHANGED_TYPE.name,
                    before.path,
                    f"`{before.path}`: attribute type changed: {before.annotation} -> {after.annotation}",
                    "annotations",
                )
        elif isinstance(before, griffe.Function) and isinstance(after, griffe.Function):
            new_params = {param.name: param for param in after.parameters}
            for param in before.parameters:
                moved = new_params.get(param.name)
                if moved is None or param.annotation is None or str(param.annotation) == str(moved.annotation):
                    continue
                # A parameter may widen (every old member of its union still accepted); anything else breaks callers.
                if not _union(param.annotation) <= _union(moved.annotation):
                    yield PythonBreak(
                        "PARAMETER_CHANGED_TYPE",
                        before.path,
                        f"`{before.path}`: parameter `{param.name}` type changed: "
                        f"{param.annotation} -> {moved.annotation}",
                        "annotations",
                    )


def diff_python(package: str, old_project: Path, new_project: Path) -> tuple[PythonBreak, ...]:
    """Breaking changes from the package in old_project to the one in new_project: griffe's, then annotations."""
    old, new = _load(package, old_project), _load(package, new_project)
    found = [
        PythonBreak(breakage.kind.name, breakage.obj.path, _explain(breakage), "griffe")
        for breakage in griffe.find_breaking_changes(old, new)
    ]
    found += _annotation_breaks(old, new)
    return tuple(found)


# --- per vendor -------------------------------------------------------------------------------------------------


def _inputs(vendor: Vendor, spec_dir: Path, clientgen: Path | None) -> tuple[bytes, dict[str, Any], dict[str, bytes]]:
    """What shapes the generated package, minus its version: the spec, config, and everything staged for the
    generator (templates, README, runtime modules, derived facts; scripts/client_inputs.py)."""
    config = {key: value for key, value in _config(spec_dir).items() if key != _VERSION_KEY}
    with tempfile.TemporaryDirectory(prefix=f"spec-diff-inputs-{vendor.name}-") as tmp:
        staged = Path(tmp) / "staged"
        stage_templates(vendor, spec_dir, staged, clientgen)
        files = {p.relative_to(staged).as_posix(): p.read_bytes() for p in staged.rglob("*") if p.is_file()}
    return (spec_dir / "openapi.yaml").read_bytes(), config, files


def _generated_is_current(vendor: Vendor) -> bool:
    manifest = vendor.client_dir / MANIFEST
    try:
        return bool(json.loads(manifest.read_text(encoding="utf-8")) == manifest_for(vendor))
    except (OSError, ValueError, GenerationError):
        return False


def compare(
    vendor: Vendor,
    base: Base,
    base_inputs: BaseInputs | Path | None,
    spec_dir: Path,
    work: Path,
    generated: Path | None = None,
) -> VendorDiff:
    """Diff a vendor's specs folder at base (base_inputs, None when it did not exist) with spec_dir and clientgen/.

    base_inputs may be a bare specs folder: it is then generated with today's clientgen/. The Python level generates
    both packages into work; generated, when given, is an up-to-date generation of spec_dir and is used instead of
    generating it again.
    """
    current = _version(spec_dir)
    if base_inputs is None:
        return VendorDiff(vendor.name, base, None, current, inputs_changed=True)
    if isinstance(base_inputs, Path):
        base_inputs = BaseInputs(base_inputs, CLIENTGEN_DIR)
    base_dir = base_inputs.spec_dir
    base_version = _version(base_dir)
    if _inputs(vendor, base_dir, base_inputs.clientgen) == _inputs(vendor, spec_dir, CLIENTGEN_DIR):
        return VendorDiff(vendor.name, base, base_version, current, inputs_changed=False)
    spec_changes = diff_specs(base_dir / "openapi.yaml", spec_dir / "openapi.yaml")
    package = str(_config(spec_dir).get("package_name_override") or vendor.package)
    generate(vendor, work / "base", base_dir, base_inputs.clientgen)
    if generated is None:
        generated = work / "current"
        generate(vendor, generated, spec_dir)
    python_breaks = diff_python(package, work / "base", generated)
    additions = added_names(_load(package, work / "base"), _load(package, generated))
    return VendorDiff(vendor.name, base, base_version, current, True, spec_changes, python_breaks, additions)


def vendor_diff(vendor: Vendor, ref: str | None = None) -> VendorDiff:
    """Compare the working tree's specs/<vendor>/ with BASE (ref, or the default rule)."""
    base = resolve_base(vendor, ref)
    with tempfile.TemporaryDirectory(prefix=f"spec-diff-{vendor.name}-") as tmp:
        work = Path(tmp)
        found = _extract(vendor, base, work / "base-spec")
        generated = vendor.client_dir if _generated_is_current(vendor) else None
        return compare(vendor, base, found, vendor.spec_path.parent, work, generated)


# --- what people read -------------------------------------------------------------------------------------------


def _location(diff: VendorDiff, change: SpecChange) -> str:
    spec = f"specs/{diff.vendor}/openapi.yaml"
    where = f"{diff.base.ref}:{spec}" if change.in_base else spec
    return f"{where}:{change.line}" if change.line else where


def render(diff: VendorDiff) -> str:
    """The report for one vendor: breaking and other spec changes, Python breaks, the bump and the versions."""
    lines = [f"==> {diff.vendor}: working tree vs {diff.base.ref} ({diff.base.reason})"]
    if diff.is_new:
        lines.append(f"  new: specs/{diff.vendor}/openapi.yaml did not exist at BASE; version {diff.current_version}")
        return "\n".join(lines)
    lines.append(f"  version: {diff.base_version} at BASE, {diff.current_version} now")
    if not diff.inputs_changed:
        lines.append("  no changes to the spec, generator config or templates")
        return "\n".join(lines)
    breaking = diff.breaking_changes
    lines.append(f"  breaking (oasdiff ERR/WARN): {len(breaking) or 'none'}")
    for change in breaking:
        lines.append(f"    {change.level} {change.id}: {change.operation} ({_location(diff, change)})")
        lines.append(f"        {change.text}")
    grown = [change for change in diff.spec_changes if change.open_enum_growth]
    lines.append(f"  response enums grown (oasdiff WARN; {OPEN_ENUM_NOTE}): {len(grown) or 'none'}")
    for change in grown:
        lines.append(f"    {change.level} {change.id}: {change.operation} ({_location(diff, change)})")
        lines.append(f"        {change.text}")
    other = Counter(change.id for change in diff.spec_changes if not change.breaking and not change.open_enum_growth)
    summary = ", ".join(f"{count} x {change_id}" for change_id, count in sorted(other.items()))
    lines.append(f"  non-breaking (oasdiff INFO): {summary or 'none'}")
    lines.append(f"  Python API breaks (griffe + annotations): {len(diff.python_breaks) or 'none'}")
    lines += [f"    {diff.vendor}: {brk}" for brk in diff.python_breaks]
    lines.append(f"  Python API additions: {len(diff.python_additions) or 'none'}")
    bump = diff.bump
    assert bump is not None and diff.base_version is not None  # inputs changed and the vendor is not new
    target = bumped(diff.base_version, bump)
    lines.append(f"  implies: {bump} bump, {diff.base_version} -> {target} (now {diff.current_version})")
    return "\n".join(lines)


def gate_notes(diff: VendorDiff) -> list[str]:
    """What the gate lets pass that oasdiff rates breaking, and why: each response enum that grew."""
    return [
        f"{diff.vendor}: {c.id}: {c.operation}: {c.text} ({_location(diff, c)}): {OPEN_ENUM_NOTE}"
        for c in diff.spec_changes
        if c.open_enum_growth
    ]


def gate_failures(diff: VendorDiff) -> list[str]:
    """Why diff fails the gate: breaking changes without a major version bump (empty when it passes)."""
    if diff.bump != "major" or diff.base_version is None:
        return []
    if semver(diff.current_version)[0] > semver(diff.base_version)[0]:
        return []
    target = bumped(diff.base_version, "major")
    lines = [
        f"{diff.vendor}: breaking changes since {diff.base.ref} ({diff.base.reason}), but the major version did not "
        f"change ({diff.base_version} at BASE, {diff.current_version} now):"
    ]
    lines += [f"  {c.level} {c.id}: {c.operation}: {c.text} ({_location(diff, c)})" for c in diff.breaking_changes]
    lines += [f"  {diff.vendor}: {brk}" for brk in diff.python_breaks]
    lines.append(
        f"  fix: bump the major version: make release-notes VENDOR={diff.vendor} (sets {_VERSION_KEY} to {target} "
        f"in specs/{diff.vendor}/client.yaml, adds the entry to specs/{diff.vendor}/CHANGELOG.md, regenerates the "
        "client and updates uv.lock); then commit them with the spec"
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report for the named vendors (default: all); with --gate, fail on unbumped breaking changes."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", help=f"any of {', '.join(VENDORS)} (default: all)")
    parser.add_argument("--base", help="git ref to compare with (default: per vendor, see above)")
    parser.add_argument("--gate", action="store_true", help="exit 1 on breaking changes without a major bump")
    args = parser.parse_args(argv)
    failures: list[str] = []
    for vendor in [lookup(name) for name in args.vendors or VENDORS]:
        try:
            diff = vendor_diff(vendor, args.base)
        except (SpecDiffError, GenerationError) as exc:
            print(f"spec-diff: {vendor.name}: {exc}", file=sys.stderr)
            return 1
        if args.gate:
            print(
                f"==> {vendor.name}: {diff.bump or 'no'} change since {diff.base.ref} ({diff.base.reason}); "
                f"version {diff.base_version or '(new)'} -> {diff.current_version}"
            )
            for note in gate_notes(diff):
                print(f"  {note}")
        else:
            print(render(diff))
        failures += gate_failures(diff)
    if args.gate and failures:
        print("spec-gate: breaking changes need a new major version", file=sys.stderr)
        print("\n".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
