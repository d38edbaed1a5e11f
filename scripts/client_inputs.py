"""What the client templates need from a vendor's spec and the vendor table, staged for openapi-python-client.

The generator takes one --custom-template-path, so regen stages a folder: the shared SDK templates
(specs/_shared/templates/), the vendor's own templates on top, and `_vendor.jinja`, a file derived here from the
spec (token prefix, env prefix, each operation's retry class and pagination). The generator's Endpoint objects do
not carry `x-` extensions, which is why the derived facts travel as a template of their own.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from contracts.model import REPO_ROOT, Vendor, load_spec, operations, pagination
from contracts.model.security import token_prefix

__all__ = [
    "DERIVED_TEMPLATE",
    "SAFE_METHODS",
    "SHARED_TEMPLATES",
    "ClientInputError",
    "discriminators",
    "retry_class",
    "stage_templates",
    "vendor_facts",
]

SHARED_TEMPLATES = REPO_ROOT / "specs" / "_shared" / "templates"
DERIVED_TEMPLATE = "_vendor.jinja"
SAFE_METHODS = frozenset({"get", "head", "options", "trace"})
# PUT and DELETE are idempotent by RFC 9110 section 9.2.2; POST and PATCH are not unless the spec says so.
_IDEMPOTENT_METHODS = frozenset({"put", "delete"})
_SCHEMA_REF = "#/components/schemas/"


class ClientInputError(ValueError):
    """The spec lacks something the client templates need; the message names the file, the place and the fix."""


def retry_class(method: str, operation: dict[str, Any]) -> str:
    """`safe` (reads and idempotent writes: retry 429/5xx and network errors) or `unsafe` (connect errors, 429)."""
    mutates = operation.get("x-mutates", method not in SAFE_METHODS)
    if not mutates:
        return "safe"
    idempotent = operation.get("x-idempotent", method in _IDEMPOTENT_METHODS)
    return "safe" if idempotent else "unsafe"


def discriminators(doc: dict[str, Any], spec: Path) -> list[dict[str, Any]]:
    """Each component schema's `discriminator` with a `mapping`: the member property and value -> schema name.

    The union template parses the member the value names (its errors are the ones reported) instead of trying
    every member in turn; values outside the mapping go to the members the mapping does not list.
    """
    found: list[dict[str, Any]] = []
    for name, schema in sorted((doc.get("components") or {}).get("schemas", {}).items()):
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
    """The facts `_vendor.jinja` carries: env and token prefix, staging URL, per operationId retry class and paging."""
    doc = load_spec(spec)
    ops: dict[str, dict[str, Any]] = {}
    for _path, method, operation in operations(doc):
        ops[operation["operationId"]] = {
            "retry": retry_class(method, operation),
            "pagination": paging.as_extension() if (paging := pagination(operation)) else None,
        }
    staging = [s["url"] for s in doc.get("servers") or [] if s.get("x-environment") == "staging"]
    if not staging:
        raise ClientInputError(f"{spec}: #/servers: no server has `x-environment: staging` (from_env's default)")
    return {
        "discriminators": discriminators(doc, spec),
        "env_prefix": vendor.env_prefix,
        # The core's rule (contracts.model.security): http bearer means Bearer, apiKey needs x-token-prefix.
        "token_prefix": token_prefix(doc, str(spec)),
        "staging_url": staging[0],
        "operations": ops,
    }


def stage_templates(vendor: Vendor, source: Path, dest: Path) -> None:
    """Lay shared templates, then source/templates/, then the derived `_vendor.jinja` into dest (wiped first).

    The shared templates are the ones beside source (source/../_shared/templates): an older revision of the specs
    folder, extracted the same way, brings its own.
    """
    shared = source.parent / "_shared" / "templates"
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for layer in (shared, source / "templates"):
        if layer.is_dir():
            shutil.copytree(layer, dest, dirs_exist_ok=True)
    if not shared.is_dir():
        return  # an older revision from before the shared templates: nothing reads the derived facts
    facts = vendor_facts(vendor, source / "openapi.yaml")
    # JSON is valid Jinja literal syntax for these values (strings, booleans, null mapped below, dicts).
    literal = json.dumps(facts, sort_keys=True).replace(": null", ": none")
    (dest / DERIVED_TEMPLATE).write_text(
        "{# derived by scripts/client_inputs.py from the spec and the vendor table #}\n"
        f"{{% set facts = {literal} %}}\n",
        encoding="utf-8",
    )
