"""Regenerate generated/<vendor>-client from specs/<vendor>/ with the pinned openapi-python-client.

Each output folder is wiped first (the generator's --overwrite leaves stale files), generated with --fail-on-warning,
stamped with a DO-NOT-EDIT header on every Python file, and described by GENERATED.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path

from contracts.model import REPO_ROOT, VENDORS, Vendor, client_config
from contracts.model import package_version as configured_version
from contracts.model import vendor as lookup
from scripts.api_reference import API_REFERENCE, api_reference
from scripts.client_inputs import CLIENTGEN, copy_runtime, stage_templates

__all__ = ["CHANGELOG", "GenerationError", "generate", "generated_readme", "header_for", "manifest_for"]

_README_HEAD = """\
# generated/ — do not edit

Everything here is written by `make regen` from `specs/<vendor>/openapi.yaml` and `specs/<vendor>/client.yaml`
with `clientgen/` (the shared runtime modules `clientgen/runtime/`: typed errors, retries and timeouts, the page walk;
the per-spec templates `clientgen/templates/`: iterators, forward-compatible enums, models; the package READMEs
`clientgen/readmes/`), with the pinned openapi-python-client and ruff (see `pyproject.toml`):

| folder | package | made from |
|---|---|---|
"""
_README_TAIL = """
For each vendor, `make regen` wipes the folder, runs `openapi-python-client generate --fail-on-warning --meta uv`
(any warning fails the run), copies the runtime modules into the package, stamps every Python file with a
DO-NOT-EDIT header and writes `GENERATED.json`: the sha256 of the spec, config and templates (templates, README,
runtime modules and the facts derived from the spec, as staged for the generator), the generator and ruff versions,
and the package version.
It also writes `api.md`, the package's API reference (every operation, iterator, error and model, read from the
generated package; `scripts/api_reference.py`), shipped in the sdist with `CHANGELOG.md` and `GENERATED.json`.

`make check-generated` (part of `make test`) regenerates into a temporary folder and fails on any difference, then
runs `mypy --strict` over the three packages. To change a client, change its spec or config and run `make regen`.
`make build` turns each folder into a wheel and an sdist in `dist/`.
"""


def generated_readme() -> str:
    """generated/README.md: what is generated, one row per vendor of the table, and how."""
    rows = "".join(f"| `{v.name}-client/` | `{v.package}` | `specs/{v.name}/` |\n" for v in VENDORS.values())
    return _README_HEAD + rows + _README_TAIL


MANIFEST = "GENERATED.json"
# specs/<vendor>/CHANGELOG.md (written by `make release-notes`) ships in the package; the output folder is wiped.
CHANGELOG = "CHANGELOG.md"
# Written by the generator's ruff post-hook; its contents depend on the machine, not on the spec.
_DROP = (".ruff_cache",)


class GenerationError(RuntimeError):
    """The generator failed or warned; the message carries its output."""


def header_for(vendor: Vendor) -> str:
    """The one-line stamp at the top of every generated Python file."""
    return f"# generated from specs/{vendor.name}/openapi.yaml; DO NOT EDIT; run make regen\n"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _templates_sha256(templates: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(templates.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(templates).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def package_version(vendor: Vendor, spec_dir: Path | None = None) -> str:
    """The client package's version: `package_version_override` in specs/<vendor>/client.yaml (or spec_dir's)."""
    config_path = spec_dir / vendor.config_path.name if spec_dir else vendor.config_path
    try:
        return configured_version(config_path)
    except ValueError as exc:
        raise GenerationError(str(exc)) from None


def manifest_for(vendor: Vendor, spec_dir: Path | None = None, clientgen: Path | None = CLIENTGEN) -> dict[str, str]:
    """What a generated client was made from; the mock and the suite compare it with the spec on disk."""
    source = spec_dir or vendor.spec_path.parent
    with tempfile.TemporaryDirectory(prefix=f"templates-{vendor.name}-") as staged:
        stage_templates(vendor, source, Path(staged), clientgen)
        templates_sha256 = _templates_sha256(Path(staged))
    made_from = (
        f"specs/_shared/templates + specs/{vendor.name}/templates + derived"
        if clientgen is None
        else f"clientgen/templates + clientgen/readmes/{vendor.name}.md.jinja + clientgen/runtime + derived"
    )
    return {
        "config": f"specs/{vendor.name}/client.yaml",
        "config_sha256": _sha256(source / vendor.config_path.name),
        "generator": "openapi-python-client",
        "generator_version": version("openapi-python-client"),
        "package_version": package_version(vendor, spec_dir),
        "ruff_version": version("ruff"),
        "spec": f"specs/{vendor.name}/openapi.yaml",
        "spec_sha256": _sha256(source / vendor.spec_path.name),
        # Templates, README, runtime modules and derived facts, as staged for the generator: any change is drift.
        "templates": made_from,
        "templates_sha256": templates_sha256,
    }


def _package(vendor: Vendor, source: Path) -> str:
    """The import package the generator writes: client.yaml's package_name_override, else the vendor table's."""
    return str(client_config(source / vendor.config_path.name).get("package_name_override") or vendor.package)


def generate(vendor: Vendor, out_dir: Path, spec_dir: Path | None = None, clientgen: Path | None = CLIENTGEN) -> None:
    """Generate one client into out_dir (wiped first); raise GenerationError on any failure or warning.

    spec_dir, when given, replaces specs/<vendor>/ (another revision of it, laid out the same way), and clientgen
    replaces clientgen/ (None: a revision from before it, see scripts/client_inputs.py): the breaking-change report
    generates the client a consumer had at an older commit.
    """
    source = spec_dir or vendor.spec_path.parent
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    bin_dir = Path(sys.executable).parent
    staging = tempfile.TemporaryDirectory(prefix=f"templates-{vendor.name}-")
    templates = Path(staging.name)
    try:
        stage_templates(vendor, source, templates, clientgen)
    except ValueError as exc:  # the spec lacks what the templates need; the message names the place and the fix
        staging.cleanup()
        raise GenerationError(str(exc)) from None
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(source / vendor.spec_path.name),
        "--config",
        str(source / vendor.config_path.name),
        "--output-path",
        str(out_dir),
        "--meta",
        "uv",
        "--fail-on-warning",
        "--custom-template-path",
        str(templates),
    ]
    # The generator's post-hooks call `ruff` by name: make sure it is the pinned one from this environment.
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    with staging:
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        if result.returncode == 0:
            # The runtime modules replace whatever the generator wrote under their names (its errors.py, types.py).
            copy_runtime(templates, out_dir / _package(vendor, source))
    output = (result.stdout + result.stderr).strip()
    # --fail-on-warning makes any warning a non-zero exit; the output says what it was.
    if result.returncode != 0:
        shown = vendor.spec_path.relative_to(vendor.root) if spec_dir is None else source / vendor.spec_path.name
        raise GenerationError(
            f"openapi-python-client failed for {shown} "
            f"(exit {result.returncode}); fix the spec or specs/{vendor.name}/client.yaml:\n{output}"
        )
    for name in _DROP:
        shutil.rmtree(out_dir / name, ignore_errors=True)
    header = header_for(vendor)
    for path in sorted(out_dir.rglob("*.py")):
        path.write_text(header + path.read_text(encoding="utf-8"), encoding="utf-8")
    if (source / CHANGELOG).is_file():
        shutil.copyfile(source / CHANGELOG, out_dir / CHANGELOG)
    reference = api_reference(vendor.distribution, package_version(vendor, spec_dir), vendor.package, out_dir)
    (out_dir / API_REFERENCE).write_text(reference, encoding="utf-8")
    manifest = json.dumps(manifest_for(vendor, spec_dir, clientgen), indent=2, sort_keys=True) + "\n"
    (out_dir / MANIFEST).write_text(manifest, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Regenerate the named vendors' clients (default: every vendor of the table)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", help=f"any of {', '.join(VENDORS)} (default: all)")
    names = parser.parse_args(argv).vendors or list(VENDORS)
    (REPO_ROOT / "generated").mkdir(exist_ok=True)
    (REPO_ROOT / "generated" / "README.md").write_text(generated_readme(), encoding="utf-8")
    for vendor in [lookup(name) for name in names]:
        print(
            f"==> regenerating {vendor.client_dir.relative_to(vendor.root)} "
            f"from {vendor.spec_path.relative_to(vendor.root)}"
        )
        try:
            generate(vendor, vendor.client_dir)
        except GenerationError as exc:
            print(f"regen: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
