"""What the client templates need from a vendor's spec and the vendor table, staged for openapi-python-client.

The generator takes one --custom-template-path, so regen stages a folder: the per-spec templates
(clientgen/templates/), the vendor's package README (clientgen/readmes/<vendor>.md.jinja) as README.md.jinja,
`_vendor.jinja`, a file derived here from the spec (token prefix, env prefix, each operation's retry class and
paging, the paging pointers already walked by clientgen/paging.py), and, under `_runtime/`, the shared runtime
modules (clientgen/runtime/) that regen copies into the package after the generator ran. The generator's Endpoint
objects do not carry `x-` extensions, which is why the derived facts travel as a template of their own. Staging
everything that shapes the client in one folder lets GENERATED.json hash it in one go.

A revision from before clientgen/ (the breaking-change report generates the client of an older commit) kept the
templates in specs/_shared/templates/ and specs/<vendor>/templates/ and had no runtime modules: stage_templates
lays those out instead when it is given no clientgen folder.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from clientgen.paging import paging_facts
from clientgen.resources import ResourceFactError, resource_facts
from contracts.model import REPO_ROOT, Vendor, client_config
from contracts.model.model import compile_spec

__all__ = [
    "CLIENTGEN",
    "DERIVED_TEMPLATE",
    "STAGED_RUNTIME",
    "ClientInputError",
    "copy_runtime",
    "discriminators",
    "runtime_modules",
    "stage_templates",
    "vendor_facts",
]

CLIENTGEN = REPO_ROOT / "clientgen"
DERIVED_TEMPLATE = "_vendor.jinja"
# Inside the staged folder: the runtime modules, copied into the package after generation.
STAGED_RUNTIME = "_runtime"
_SCHEMA_REF = "#/components/schemas/"
# openapi-python-client's default prefix for a member name that is not a Python identifier.
_FIELD_PREFIX = "field_"


class ClientInputError(ValueError):
    """The spec lacks something the client templates need; the message names the file, the place and the fix."""


def discriminators(schemas: Mapping[str, Any], spec: Path) -> list[dict[str, Any]]:
    """Each component schema's `discriminator` with a `mapping`: the member property and value -> schema name.

    The union template parses the member the value names (its errors are the ones reported) instead of trying
    every member in turn; values outside the mapping go to the members the mapping does not list.
    """
    found: list[dict[str, Any]] = []
    for name, schema in sorted(schemas.items()):
        discriminator = schema.get("discriminator") if isinstance(schema, dict) else None
        if not discriminator or not discriminator.get("mapping"):
            continue
        mapping: dict[str, str] = {}
        for value, ref in discriminator["mapping"].items():
            if not ref.startswith(_SCHEMA_REF):
                raise ClientInputError(
                    f"{spec}: #/components/schemas/{name}/discriminator/mapping/{value}: {ref!r} is not a "
                    f"{_SCHEMA_REF}<name> reference (the client templates map values to component schemas)"
                )
            mapping[str(value)] = ref.removeprefix(_SCHEMA_REF)
        found.append({"schema": name, "property": discriminator["propertyName"], "mapping": mapping})
    return found


def vendor_facts(vendor: Vendor, spec: Path) -> dict[str, Any]:
    """The facts `_vendor.jinja` carries: env and token prefix, staging URL, per operationId retry class and paging,
    the resources and their methods."""
    contract = compile_spec(spec, vendor.name)
    field_prefix = str(client_config(spec.with_name("client.yaml")).get("field_prefix", _FIELD_PREFIX))
    ops: dict[str, dict[str, Any]] = {}
    for op in contract.operations.values():
        ops[op.operation_id] = {
            # The model's rules: whether it changes state (x-mutates, else the method), then x-idempotent.
            "retry": op.retry,
            "pagination": paging_facts(contract, op, op.pagination, field_prefix) if op.pagination else None,
        }
    staging = contract.servers_in("staging")
    if not staging:
        raise ClientInputError(f"{spec}: #/servers: no server has `x-environment: staging` (from_env's default)")
    try:
        resources = resource_facts(contract)
    except ResourceFactError as exc:
        raise ClientInputError(f"{spec}: {exc}") from None
    return {
        "discriminators": discriminators(contract.schemas, spec),
        # The resource surface (clientgen/resources.py): client.<resource>.<method>, per resource in spec order.
        "resources": resources,
        "env_prefix": vendor.env_prefix,
        # The core's rule (contracts.model.security): http bearer means Bearer, apiKey needs x-token-prefix.
        "token_prefix": contract.token_prefix,
        "staging_url": staging[0],
        "operations": ops,
    }


def runtime_modules(clientgen: Path) -> list[Path]:
    """Every module of clientgen/runtime/ a client gets (all but the folder's own __init__.py), sorted."""
    runtime = clientgen / "runtime"
    return sorted(path for path in runtime.rglob("*.py") if path.relative_to(runtime).as_posix() != "__init__.py")


def _lay_out(vendor: Vendor, source: Path, dest: Path, clientgen: Path | None) -> bool:
    """Copy the templates (and runtime) into dest; False for a revision from before the templates read facts."""
    if clientgen is None:
        shared = source.parent / "_shared" / "templates"
        for layer in (shared, source / "templates"):
            if layer.is_dir():
                shutil.copytree(layer, dest, dirs_exist_ok=True)
        return shared.is_dir()
    shutil.copytree(clientgen / "templates", dest, dirs_exist_ok=True)
    readme = clientgen / "readmes" / f"{vendor.name}.md.jinja"
    if readme.is_file():
        shutil.copyfile(readme, dest / "README.md.jinja")
    runtime = clientgen / "runtime"
    for module in runtime_modules(clientgen):
        target = dest / STAGED_RUNTIME / module.relative_to(runtime)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(module, target)
    return True


def stage_templates(vendor: Vendor, source: Path, dest: Path, clientgen: Path | None = CLIENTGEN) -> None:
    """Lay clientgen's templates, the vendor's README, the runtime and the derived `_vendor.jinja` into dest (wiped).

    source is the vendor's specs folder (specs/<vendor>/ or another revision of it); clientgen None means a revision
    from before clientgen/: the templates beside source (source/../_shared/templates, then source/templates).
    """
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    if not _lay_out(vendor, source, dest, clientgen):
        return  # an older revision from before the shared templates: nothing reads the derived facts
    facts = vendor_facts(vendor, source / "openapi.yaml")
    # JSON is valid Jinja literal syntax for these values (strings, booleans, null mapped below, dicts).
    literal = json.dumps(facts, sort_keys=True).replace(": null", ": none")
    (dest / DERIVED_TEMPLATE).write_text(
        "{# derived by scripts/client_inputs.py from the spec and the vendor table #}\n"
        f"{{% set facts = {literal} %}}\n",
        encoding="utf-8",
    )


def copy_runtime(staged: Path, package_dir: Path) -> list[Path]:
    """Copy the staged runtime modules into the generated package, each at its place; the files written."""
    runtime = staged / STAGED_RUNTIME
    written = []
    for module in sorted(runtime.rglob("*.py")) if runtime.is_dir() else []:
        target = package_dir / module.relative_to(runtime)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(module, target)
        written.append(target)
    return written
