"""One vendor's OpenAPI document compiled once: routes, operations, parameter rules and one validator per schema.

The shared spec model: the mock routes and validates with it, the client checker, the live guard and the drift
report look operations and schemas up in it.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jsonschema_rs

from contracts.model.house import Server, StateChange, changes_state, extension_problems, is_idempotent, retry_class
from contracts.model.loader import HTTP_METHODS, SpecLoadError, revision, spec_document
from contracts.model.pagination import Pagination, pagination
from contracts.model.pointer import deref, escape, pointer_of, resolve_pointer
from contracts.model.responses import response_key
from contracts.model.security import token_prefix
from contracts.model.semantic import OperationSemantics, schema_at, semantics
from contracts.model.semantic import problems as semantic_problems
from contracts.model.vendors import VENDORS

__all__ = [
    "BodyRule",
    "Contract",
    "Issue",
    "MediaRule",
    "Operation",
    "ParameterRule",
    "ResponseRule",
    "Route",
    "compile_spec",
    "discriminated_member",
    "load_contract",
]

_BASE_URI = "urn:mock-spec"
_FRAGMENT_SAFE = "/~-._!$&'()*+,;=:@"
_NO_DEFAULT: Any = object()


@dataclass(frozen=True)
class Issue:
    """One reason a request is invalid: where (path/query/header/body), which name or JSON pointer, and why."""

    location: str
    name: str
    message: str
    kind: str = "invalid"
    segments: tuple[str | int, ...] = ()

    @property
    def pointer(self) -> str:
        """The JSON pointer of the offending body element ("" for the whole body)."""
        return pointer_of(self.segments)


class _Validator:
    """A compiled JSON Schema validator for one location in the document, and the issues it finds."""

    def __init__(self, contract: Contract, pointer: str) -> None:
        self.pointer = pointer
        self._contract = contract
        self._validator = jsonschema_rs.Draft202012Validator(
            {"$ref": f"{_BASE_URI}#{quote(pointer, safe=_FRAGMENT_SAFE)}"},
            registry=contract.registry,
            validate_formats=True,
        )
        self._schema = contract.node(pointer)[0]

    def is_valid(self, instance: Any) -> bool:
        return bool(self._validator.is_valid(instance))

    def errors(self, instance: Any, limit: int = 20) -> list[tuple[tuple[str | int, ...], str, str]]:
        """(instance path, message, kind) of each failure; a missing property's name is appended to its path."""
        found: list[tuple[tuple[str | int, ...], str, str]] = []
        if self._validator.is_valid(instance):  # the common case, without building error objects
            return found
        branch = self._branch_for(instance)
        if branch is not None:
            found = branch.errors(instance, limit)
            if found:
                return found
        for segments, message, kind in _chosen_errors(self._validator.iter_errors(instance)):
            found.append((segments, message, kind))
            if len(found) >= limit:
                break
        return found

    def _branch_for(self, instance: Any) -> _Validator | None:
        """The validator of the union member the instance's discriminator value names, if it names a known one.

        Collecting errors across every member of a wide union is costly (Procuros `SentTransaction` has twelve,
        each a deep document): the named member alone gives the same errors as `_chosen_errors` would pick.
        """
        member = discriminated_member(self._schema, instance)
        return self._contract.validator(member) if member is not None else None


def discriminated_member(schema: dict[str, Any], instance: Any) -> str | None:
    """The pointer of the oneOf/anyOf member a `discriminator` mapping names for this instance, if it names one."""
    discriminator = schema.get("discriminator")
    if not isinstance(discriminator, dict) or not ("oneOf" in schema or "anyOf" in schema):
        return None
    name, mapping = discriminator.get("propertyName"), discriminator.get("mapping")
    if not isinstance(instance, dict) or not isinstance(name, str) or not isinstance(mapping, dict):
        return None
    target = mapping.get(instance.get(name)) if isinstance(instance.get(name), str) else None
    return target[1:] if isinstance(target, str) and target.startswith("#") else None


def _chosen_errors(errors: Iterable[Any]) -> Iterator[tuple[tuple[str | int, ...], str, str]]:
    """(instance path, message, kind) of each error, a oneOf/anyOf failure replaced by its meant branch's errors.

    A union discriminated by a `const` (Procuros transactions on `type`) fails as a whole at the root; the branch
    whose `const` matched holds the real reason (`content.items.0.tax: "amount" is a required property`). When
    every branch's `const` fails, the instance names no known branch, and that is the one error reported.
    """
    for error in errors:
        branches = error.kind.as_dict().get("context") if error.kind.name in ("oneOf", "anyOf") else None
        if not branches:
            segments = tuple(error.instance_path)
            if error.kind.name == "required":
                segments = (*segments, str(error.kind.as_dict()["property"]))
            yield segments, error.message, error.kind.name
            continue
        meant = [b for b in branches if not any(e.kind.name == "const" for e in b)]
        if meant:
            yield from _chosen_errors(min(meant, key=lambda branch: len(list(branch))))
            continue
        consts = [next(e for e in b if e.kind.name == "const") for b in branches]
        listed = ", ".join(json.dumps(e.kind.as_dict()["expected_value"]) for e in consts)
        yield tuple(consts[0].instance_path), f"{json.dumps(consts[0].instance)} is not one of {listed}", "const"


@dataclass(frozen=True)
class ParameterRule:
    """A documented path, query or header parameter with its (dereferenced) schema and compiled validator."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    validator: _Validator
    default: Any = _NO_DEFAULT

    @property
    def has_default(self) -> bool:
        """Whether the schema declares a default to apply when the parameter is absent."""
        return self.default is not _NO_DEFAULT


@dataclass(frozen=True)
class MediaRule:
    """One documented media type: its schema validator (if any) and its examples."""

    media_type: str
    pointer: str | None
    validator: _Validator | None
    examples: tuple[Any, ...]


@dataclass(frozen=True)
class BodyRule:
    """The documented request body."""

    required: bool
    content: dict[str, MediaRule]


@dataclass(frozen=True)
class HeaderRule:
    """A documented response header."""

    name: str
    required: bool
    pointer: str | None


@dataclass(frozen=True)
class ResponseRule:
    """A documented response (explicit status, `4XX`-style range or `default`)."""

    key: str
    content: dict[str, MediaRule]
    headers: dict[str, HeaderRule]
    links: Mapping[str, dict[str, Any]] = field(default_factory=dict)  # name -> the link ($refs followed)


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, ready to route and validate."""

    operation_id: str
    method: str
    path_template: str
    parameters: tuple[ParameterRule, ...]
    body: BodyRule | None
    responses: dict[str, ResponseRule]
    security: tuple[dict[str, list[str]], ...]
    state: StateChange = field(default_factory=lambda: StateChange(False, ""))  # house.changes_state: whether and why
    idempotent: bool = True
    pagination: Pagination | None = None
    source: str | None = None  # x-source
    inferred: str | None = None  # x-inferred
    extensions: Mapping[str, Any] = field(default_factory=dict)  # every x- key of the operation, as written
    tags: tuple[str, ...] = ()

    @property
    def changes_state(self) -> bool:
        """Whether the operation changes state (the one rule, contracts.model.house.changes_state)."""
        return self.state.changes

    @property
    def retry(self) -> str:
        """The generated client's retry class: `safe` or `unsafe` (contracts.model.house.retry_class)."""
        return retry_class(self.state, self.idempotent)

    def response_rule(self, status: int) -> ResponseRule | None:
        """The documented response for a status: the explicit code, then its range (`4XX`), then `default`."""
        key = response_key(status, self.responses)
        return None if key is None else self.responses[key]

    def documents(self, status: int) -> bool:
        """Whether the spec documents this status for the operation."""
        return self.response_rule(status) is not None

    def documented_statuses(self) -> list[str]:
        """The documented response keys, for error messages."""
        return list(self.responses)

    def success_statuses(self) -> list[int]:
        """The explicit 2xx statuses, lowest first."""
        return sorted(int(k) for k in self.responses if k.isdigit() and k.startswith("2"))


@dataclass
class Route:
    """A path template with its regex and the operations by method."""

    template: str
    regex: re.Pattern[str]
    param_count: int
    operations: dict[str, Operation] = field(default_factory=dict)


class Contract:
    """A spec compiled once: routes, operations and one validator per schema location ($refs resolved)."""

    def __init__(self, vendor: str, doc: dict[str, Any], spec_path: Path, *, strict: bool = True) -> None:
        self.vendor = vendor
        self._doc = doc
        self.spec_path = spec_path
        if strict:
            _refuse_unknown_extensions(doc, spec_path)
        info = doc.get("info") or {}
        self.title: str = str(info.get("title", vendor))
        self.servers: tuple[Server, ...] = tuple(
            Server(str(s["url"]).rstrip("/"), str(s.get("x-environment", ""))) for s in doc.get("servers") or []
        )
        self.registry = jsonschema_rs.Registry([(_BASE_URI, doc)], draft=jsonschema_rs.Draft202012)
        self.security_schemes: dict[str, dict[str, Any]] = doc.get("components", {}).get("securitySchemes", {})
        self.global_security: tuple[dict[str, list[str]], ...] = tuple(doc.get("security", []))
        # A tag object's x-resource: the client resource its operations belong to (clientgen/resources.py).
        self.tag_resources: dict[str, str] = {
            str(t["name"]): str(t["x-resource"]) for t in doc.get("tags") or [] if "x-resource" in t
        }
        self.operations: dict[str, Operation] = {}
        self.routes: list[Route] = []
        self._validators: dict[str, _Validator] = {}
        self._validators_lock = threading.Lock()
        self._nodes: dict[str, tuple[dict[str, Any], str]] = {}  # pointer -> node(pointer): the document never changes
        for template, item in doc.get("paths", {}).items():
            self._add_path(template, item)
        # Concrete paths win over templated ones (OpenAPI "Path Templating Matching").
        self.routes.sort(key=lambda r: (r.param_count, -len(r.template)))

    @functools.cached_property
    def token_prefix(self) -> str:
        """What precedes the token in `Authorization` ("" for a raw token), from the security scheme."""
        return token_prefix(self._doc, str(self.spec_path))

    @functools.cached_property
    def semantics(self) -> dict[str, OperationSemantics]:
        """Every operation's semantic extensions (x-pagination, x-filters, ...), by operationId."""
        return semantics(self._doc)

    @property
    def schemas(self) -> Mapping[str, Any]:
        """The component schemas by name, as written (the client inputs read their discriminators)."""
        found: Mapping[str, Any] = (self._doc.get("components") or {}).get("schemas") or {}
        return found

    def openapi_document(self) -> dict[str, Any]:
        """The document as written, to serve to a tool that reads OpenAPI itself (the mock's /__mock__/openapi.json)."""
        return self._doc

    def field_schema(self, schema: Any, ptr: str) -> dict[str, Any] | None:
        """The schema a JSON pointer into a value of `schema` leads to (through items, properties and unions)."""
        return schema_at(self._doc, schema, ptr)

    def servers_in(self, environment: str) -> list[str]:
        """The URLs of the servers with `x-environment: <environment>` (staging, production)."""
        return [s.url for s in self.servers if s.environment == environment]

    def deref(self, node: Any) -> Any:
        """The node with its top-level local `$ref`s followed (the one resolver of the spec's references)."""
        return self.resolve(node, "")[0]

    # -- building ---------------------------------------------------------------------------------
    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow local `$ref`s at the top of a node; returns the node and its JSON pointer."""
        return deref(self._doc, node, pointer, str(self.spec_path))

    def _lookup(self, ptr: str) -> Any:
        return resolve_pointer(self._doc, ptr)

    def validator(self, pointer: str) -> _Validator:
        """The compiled validator for the schema at a JSON pointer (compiled once, then cached)."""
        with self._validators_lock:
            found = self._validators.get(pointer)
            if found is None:
                found = self._validators[pointer] = _Validator(self, pointer)
            return found

    def node(self, pointer: str) -> tuple[dict[str, Any], str]:
        """The schema at a pointer with top-level $refs followed, and the pointer it really lives at.

        Followed once per pointer: the drift observer asks for the schema of every node of every answer.
        """
        known = self._nodes.get(pointer)
        if known is None:
            found, resolved = self.resolve(self._lookup(pointer), pointer)
            known = self._nodes[pointer] = (found if isinstance(found, dict) else {}), resolved
        return known

    def schema_at(self, pointer: str) -> dict[str, Any]:
        """The schema at a pointer with top-level $refs followed."""
        return self.node(pointer)[0]

    def _add_path(self, template: str, item: dict[str, Any]) -> None:
        base = "/paths/" + escape(template)
        names = re.findall(r"{([^}/]+)}", template)
        regex = "^" + re.sub(r"\\{([^}/]+)\\}", lambda m: f"(?P<{_group(m.group(1))}>[^/]+)", re.escape(template)) + "$"
        route = Route(template, re.compile(regex), len(names))
        shared = [(p, f"{base}/parameters/{i}") for i, p in enumerate(item.get("parameters", []))]
        for method in HTTP_METHODS:
            raw = item.get(method)
            if not isinstance(raw, dict):
                continue
            op_base = f"{base}/{method}"
            own = [(p, f"{op_base}/parameters/{i}") for i, p in enumerate(raw.get("parameters", []))]
            state = changes_state(method, raw.get("x-mutates"))
            op = Operation(
                operation_id=str(raw.get("operationId") or f"{method}_{template}"),
                method=method.upper(),
                path_template=template,
                parameters=self._parameters(shared + own),
                body=self._body(raw.get("requestBody"), f"{op_base}/requestBody"),
                responses={
                    str(k): self._response(v, f"{op_base}/responses/{escape(str(k))}", str(k))
                    for k, v in raw.get("responses", {}).items()
                },
                security=tuple(raw["security"]) if "security" in raw else self.global_security,
                state=state,
                idempotent=is_idempotent(method, state, raw.get("x-idempotent")),
                pagination=pagination(raw),
                source=raw.get("x-source"),
                inferred=raw.get("x-inferred"),
                extensions={k: v for k, v in raw.items() if k.startswith("x-")},
                tags=tuple(str(t) for t in raw.get("tags") or ()),
            )
            route.operations[op.method] = op
            self.operations[op.operation_id] = op
        self.routes.append(route)

    def _parameters(self, raw: list[tuple[Any, str]]) -> tuple[ParameterRule, ...]:
        rules: dict[tuple[str, str], ParameterRule] = {}
        for node, pointer in raw:
            param, pointer = self.resolve(node, pointer)
            location = param["in"]
            if location == "cookie":
                continue
            schema, schema_pointer = self.resolve(param.get("schema", {}), pointer + "/schema")
            rules[(param["name"], location)] = ParameterRule(
                name=param["name"],
                location=location,
                required=bool(param.get("required", location == "path")),
                schema=schema,
                validator=self.validator(schema_pointer),
                default=schema.get("default", _NO_DEFAULT),
            )
        return tuple(rules.values())

    def _media(self, content: dict[str, Any], pointer: str) -> dict[str, MediaRule]:
        rules: dict[str, MediaRule] = {}
        for media_type, media in (content or {}).items():
            media_pointer = f"{pointer}/content/{escape(media_type)}"
            schema_pointer = f"{media_pointer}/schema" if "schema" in media else None
            examples: list[Any] = []
            for name, example in (media.get("examples") or {}).items():
                ex, _ = self.resolve(example, f"{media_pointer}/examples/{escape(name)}")
                if isinstance(ex, dict) and "value" in ex:
                    examples.append(ex["value"])
            if "example" in media:
                examples.append(media["example"])
            rules[media_type] = MediaRule(
                media_type=media_type,
                pointer=schema_pointer,
                validator=self.validator(schema_pointer) if schema_pointer else None,
                examples=tuple(examples),
            )
        return rules

    def _body(self, node: Any, pointer: str) -> BodyRule | None:
        if node is None:
            return None
        body, pointer = self.resolve(node, pointer)
        return BodyRule(required=bool(body.get("required", False)), content=self._media(body.get("content"), pointer))

    def _response(self, node: Any, pointer: str, key: str) -> ResponseRule:
        resp, pointer = self.resolve(node, pointer)
        headers: dict[str, HeaderRule] = {}
        for name, header in (resp.get("headers") or {}).items():
            h, h_pointer = self.resolve(header, f"{pointer}/headers/{escape(name)}")
            headers[name.lower()] = HeaderRule(
                name=name,
                required=bool(h.get("required", False)),
                pointer=f"{h_pointer}/schema" if "schema" in h else None,
            )
        links = {
            name: found
            for name, link in (resp.get("links") or {}).items()
            if isinstance(found := self.deref(link), dict)
        }
        return ResponseRule(
            key=key, content=self._media(resp.get("content") or {}, pointer), headers=headers, links=links
        )

    # -- matching ---------------------------------------------------------------------------------
    def match(self, path: str) -> tuple[Route, dict[str, str]] | None:
        """The most specific route whose template matches the path, with the raw path parameter values."""
        for route in self.routes:
            found = route.regex.match(path)
            if found:
                names = re.findall(r"{([^}/]+)}", route.template)
                return route, {name: found.group(_group(name)) for name in names}
        return None

    def walk_schemas(self, pointer: str) -> Iterator[dict[str, Any]]:
        """Every schema node reachable from a pointer through properties/items/allOf (each visited once)."""
        seen: set[str] = set()
        stack = [pointer]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            schema, resolved = self.resolve(self._lookup(current), current)
            if resolved != current:
                if resolved in seen:
                    continue
                seen.add(resolved)
            if not isinstance(schema, dict):
                continue
            yield schema
            for name in schema.get("properties") or {}:
                stack.append(f"{resolved}/properties/{escape(name)}")
            if isinstance(schema.get("items"), dict):
                stack.append(f"{resolved}/items")
            for i, _ in enumerate(schema.get("allOf") or []):
                stack.append(f"{resolved}/allOf/{i}")


def _refuse_unknown_extensions(doc: dict[str, Any], spec_path: Path) -> None:
    # Unknown or mistyped x- keys, then semantic extensions naming what the document lacks (pagination's own rule
    # is validate-specs'; the model ignores an x-pagination it cannot read, contracts.model.pagination).
    semantic = ((pointer_of(p.pointer), f"[{p.rule}] {p.message}") for p in semantic_problems(doc))
    found = [*extension_problems(doc), *semantic]
    if found:
        pointer, message = found[0]
        more = f" (and {len(found) - 1} more; make validate-specs lists them)" if len(found) > 1 else ""
        raise SpecLoadError(f"{spec_path}#{pointer}: {message}{more}")


def _group(name: str) -> str:
    return "p_" + re.sub(r"\W", "_", name)


_CACHE: dict[tuple[str, str, int, int], Contract] = {}
_CACHE_LOCK = threading.Lock()


def load_contract(vendor: str) -> Contract:
    """The compiled contract of a vendor's current spec (compiled once per distinct spec content)."""
    return compile_spec(VENDORS[vendor].spec_path, vendor)


def compile_spec(spec_path: Path, vendor: str = "") -> Contract:
    """The compiled contract of the spec file at a path (any revision of a spec), once per version on disk.

    A version is what `spec_document` reads it by (`revision`): the contract and the document it compiles never
    disagree, and asking again costs a stat (the checks ask on every case).
    """
    key = (vendor or spec_path.parent.name, *revision(spec_path))
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is None:
            found = _CACHE[key] = Contract(key[0], spec_document(spec_path), spec_path)
        return found
