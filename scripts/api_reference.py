"""api.md, the reference a consumer reads: every resource, operation, client, error and model of a generated package.

`make regen` writes it next to the package's README.md from the package itself, read statically with griffe, so it
names exactly what a consumer imports: the resource surface (`client.<resource>.<method>`), each operation's
signature, its iterators (where the spec says `x-pagination`) and the errors it raises (from the statuses the operation
documents and the package's status -> exception table), the client's constructor and methods, every exception class,
and every model's fields and types. `make check-generated` compares it like any generated file, so it cannot go stale.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import griffe

__all__ = ["API_REFERENCE", "api_reference"]

API_REFERENCE = "api.md"
_CALLS = ("sync_or_raise", "asyncio_or_raise", "iter_pages", "iter_items", "aiter_pages", "aiter_items")
_GENERATOR_CALLS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
_ASYNC = {"asyncio_or_raise", "asyncio", "asyncio_detailed"}
_ROUTE = re.compile(r'"method":\s*"(\w+)".*?"url":\s*f?"([^"]+)"', re.S)
_FIELD_ARG = re.compile(r"(\w+)=([^,()]+(?:\([^)]*\))?)")


def _own_classes(module: griffe.Module) -> list[griffe.Class]:
    """The classes a module defines (not those it imports)."""
    return [member for member in module.members.values() if not member.is_alias and isinstance(member, griffe.Class)]


def _first_line(obj: griffe.Object) -> str:
    line = obj.docstring.value.strip().splitlines()[0].strip() if obj.docstring else ""
    return "" if line.endswith(":") else line  # "Attributes:" opens a list, it says nothing itself


def _parameter(p: griffe.Parameter) -> str:
    text = p.name if p.annotation is None else f"{p.name}: {p.annotation}"
    return text if p.default is None else f"{text} = {p.default}"


def _parameters(function: griffe.Function) -> list[str]:
    shown, starred = [], False
    for p in function.parameters:
        if p.kind is griffe.ParameterKind.keyword_only and not starred:
            shown.append("*")
        starred |= p.kind in (griffe.ParameterKind.keyword_only, griffe.ParameterKind.var_positional)
        stars = {griffe.ParameterKind.var_positional: "*", griffe.ParameterKind.var_keyword: "**"}.get(p.kind, "")
        shown.append(stars + (_parameter(p) if not stars else f"{p.name}: {p.annotation}"))
    return shown


def _signature(prefix: str, function: griffe.Function) -> str:
    body = "".join(f"    {p},\n" for p in _parameters(function))
    awaited = "await " if function.name in _ASYNC else ""
    return f"{awaited}{prefix}{function.name}(\n{body}) -> {function.returns}"


def _short(prefix: str, function: griffe.Function, base: griffe.Function) -> str:
    """One line: the base's arguments when they are the same, the extras spelt out."""
    names = [p.name for p in function.parameters]
    base_names = [p.name for p in base.parameters]
    awaited = "await " if function.name in _ASYNC else ""
    if names[: len(base_names)] == base_names:
        extra = [_parameter(p) for p in function.parameters if p.name not in base_names]
        arguments = ", ".join(["same arguments", *extra])
    else:
        arguments = ", ".join(_parameters(function))
    return f"{awaited}{prefix}{function.name}({arguments}) -> {function.returns}"


def _raises(module: griffe.Module, by_status: dict[int, str], paginated: bool) -> list[str]:
    table = module.attributes.get("_DOCUMENTED")
    documented: tuple[tuple[int, int], ...] = ast.literal_eval(str(table.value)) if table is not None else ()
    errors = [(low, high) for low, high in documented if not 200 <= low <= 299]
    named = [
        f"`{cls}` ({status})"
        for status, cls in sorted(by_status.items())
        if any(lo <= status <= hi for lo, hi in errors)
    ]
    if any(lo < 500 and (lo != hi or lo not in by_status) for lo, hi in errors):
        named.append("`ApiStatusError` (another documented 4xx)")
    if any(hi >= 500 for _, hi in errors):
        named.append("`ServerError` (5xx)")
    lines = [f"documented: {', '.join(named)}"] if named else []
    lines.append(
        "any other status: its class above if it has one, `ServerError` for 5xx, else `UndocumentedStatusError`"
    )
    lines.append("`ResponseParseError`: a success body that does not fit the spec (with its JSON pointer)")
    if paginated:
        lines.append("`PaginationLoopError` (iterators): the vendor handed back a page or cursor twice")
    return lines


def _operation(package: str, tag: griffe.Module, module: griffe.Module, by_status: dict[int, str]) -> str:
    functions = module.functions
    base = functions.get("sync_or_raise") or functions["sync_detailed"]
    route = _ROUTE.search(functions["_get_kwargs"].source) if "_get_kwargs" in functions else None
    method_path = f"`{route.group(1).upper()} {route.group(2)}`: " if route else ""
    paginated = "iter_items" in functions
    calls = [_signature(f"{module.name}.", base)]
    calls += [
        _short(f"{module.name}.", functions[name], base) for name in _CALLS if name in functions and name != base.name
    ]
    text = [f"### `{tag.name}.{module.name}`\n", f"{method_path}{_first_line(functions['sync_detailed'])}\n"]
    text.append(f"```python\nfrom {package}.api.{tag.name} import {module.name}\n\n" + "\n".join(calls) + "\n```\n")
    if paginated:
        text.append("Iterators: `iter_pages` / `iter_items` (and `aiter_pages` / `aiter_items`) walk every page.\n")
    text.append("Raises:\n\n" + "".join(f"- {line}\n" for line in _raises(module, by_status, paginated)))
    generator = ", ".join(f"`{name}`" for name in _GENERATOR_CALLS if name in functions)
    text.append(f"Also the generator's own {generator} (no exceptions for a status; `Response` or `None`).\n")
    return "\n".join(text)


def _constructor(cls: griffe.Class) -> list[str]:
    arguments = []
    for attribute in cls.attributes.values():
        if "instance-attribute" not in attribute.labels or attribute.annotation is None:
            continue
        value = "" if attribute.value is None else str(attribute.value)
        options = dict(_FIELD_ARG.findall(value)) if value.startswith("field(") else {}
        if options.get("init") == "False" or (attribute.name.startswith("_") and "alias" not in options):
            continue
        name = options.get("alias", "").strip("\"'") or attribute.name
        if value.startswith("field("):
            default = options.get("default") or (f"{options['factory']}()" if "factory" in options else "")
        else:
            default = value
        arguments.append(f"`{name}: {attribute.annotation}`" + (f" = `{default}`" if default else " (required)"))
    return arguments


def _client_section(package: str, client: griffe.Module) -> str:
    text = ["## Client\n", f"`from {package} import AuthenticatedClient, Client`\n"]
    for name in ("AuthenticatedClient", "Client"):
        if name not in client.classes:
            continue
        cls = client.classes[name]
        text.append(f"### `{name}`\n\n{_first_line(cls)}.\n")
        text.append("Keyword arguments: " + ", ".join(_constructor(cls)) + ".\n")
        methods = [f for f in cls.functions.values() if not f.name.startswith("_")]
        lines = [f"{name}.{f.name}({', '.join(_parameters(f)[1:])}) -> {f.returns}" for f in methods]
        text.append("```python\n" + "\n".join(lines) + "\n```\n")
    return "\n".join(text)


def _resources_section(client: griffe.Module, api: griffe.Module) -> str:
    """`client.<resource>.<method>(...)`: every resource attribute of AuthenticatedClient and its methods."""
    text = [
        "## Resources\n",
        "The surface the README leads with: each method calls its operation's `sync_or_raise` (an `iter*` method its "
        "iterator) with the same arguments, plus `timeout` and `max_retries` for that call. `AsyncClient` has the "
        "same resources, every method awaited (`aiter*` iterators are `async for`).\n",
    ]
    authenticated = client.classes.get("AuthenticatedClient")
    for attribute in authenticated.attributes.values() if authenticated else []:
        name = str(attribute.annotation or "").strip("\"'")
        resource = api.members.get(name)
        if not name.endswith("Resource") or not isinstance(resource, griffe.Class):
            continue
        methods = [f for f in resource.functions.values() if not f.name.startswith("_")]
        lines = [f"client.{attribute.name}.{f.name}({', '.join(_parameters(f)[1:])}) -> {f.returns}" for f in methods]
        text.append(f"### `client.{attribute.name}`\n\n```python\n" + "\n".join(lines) + "\n```\n")
    return "\n".join(text)


def _errors_section(errors: griffe.Module) -> str:
    lines = [
        "## Errors\n",
        "All in `errors`; every exception the package raises for an answer derives from `ApiError`.\n",
    ]
    for cls in _own_classes(errors):
        bases = ", ".join(str(b) for b in cls.bases)
        lines.append(f"- `{cls.name}({bases})`: {_first_line(cls)}")
    return "\n".join(lines) + "\n"


def _model(cls: griffe.Class) -> str:
    text = [f"### `{cls.name}`\n"] + ([f"{_first_line(cls)}\n"] if _first_line(cls) else [])
    if any("Enum" in str(base) for base in cls.bases):
        values = [str(a.value) for a in cls.attributes.values() if a.value is not None and a.name.isupper()]
        text.append("Values: " + ", ".join(f"`{v}`" for v in values) + ".\n")
        return "\n".join(text)
    fields = []
    for attribute in cls.attributes.values():
        if "instance-attribute" not in attribute.labels or attribute.name == "additional_properties":
            continue
        default = "required" if attribute.value is None else f"default `{attribute.value}`"
        fields.append(f"- `{attribute.name}`: `{attribute.annotation}` ({default})")
    text.append("\n".join(fields) + "\n" if fields else "No fields of its own.\n")
    return "\n".join(text)


def _models_section(package: str, models: griffe.Module) -> str:
    classes = [cls for module in models.modules.values() for cls in _own_classes(module)]
    text = [
        "## Models\n",
        f"All in `{package}.models`. Every model has `from_dict` / `to_dict` and keeps members the spec does not "
        "list in `additional_properties`; `UNSET` marks an optional member the answer left out.\n",
    ]
    text += [_model(cls) for cls in sorted(classes, key=lambda c: c.name)]
    return "\n".join(text)


def api_reference(distribution: str, version: str, package: str, project_dir: Path) -> str:
    """The text of api.md for the package generated into project_dir."""
    root: Any = griffe.load(package, search_paths=[project_dir], resolve_aliases=False, allow_inspection=False)
    # An older package (the spec gate generates the client of an earlier commit) may lack the status table.
    errors_module = root["errors"]
    table = errors_module.attributes.get("_BY_STATUS")
    by_status = {int(s): c for s, c in re.findall(r"(\d{3}):\s*(\w+)", str(table.value if table else ""))}
    operations = [
        _operation(package, tag, module, by_status)
        # api/__init__.py imports the operation modules under private names for the resource surface: skip those.
        for tag in sorted(root["api"].modules.values(), key=lambda m: m.name)
        if not tag.is_alias
        for module in sorted(tag.modules.values(), key=lambda m: m.name)
    ]
    head = (
        f"# {distribution} {version}: API reference\n\n"
        f"Written by `make regen` from the package itself; never edit it. [README.md](README.md) has a complete "
        f"example, [CHANGELOG.md](CHANGELOG.md) what changed between versions. {len(operations)} operations.\n\n"
        "Contents: [Client](#client) · [Resources](#resources) · [Operations](#operations) · [Errors](#errors) · "
        "[Models](#models)\n"
    )
    parts = [head, _client_section(package, root["client"]), _resources_section(root["client"], root["api"])]
    parts += ["## Operations\n", *operations]
    parts += [_errors_section(errors_module), _models_section(package, root["models"])]
    return "\n".join(parts).rstrip() + "\n"
