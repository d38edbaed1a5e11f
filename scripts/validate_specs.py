"""Validate the vendor specs: OpenAPI 3.1 structure, every example against its schema, and the house rules.

Each problem is reported as ``<file>#<JSON pointer>: [<rule>] <message>`` so it can be found and fixed.
Exit status is 1 when any spec has a problem.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from clientgen.resources import resource_problems
from contracts.model import REPO_ROOT, VENDORS, SpecLoadError, load_spec, operations, pointer_of, resolve_pointer
from contracts.model.house import extension_problems
from contracts.model.model import Contract
from contracts.model.promises import coverage, promise_problems, promises_path
from contracts.model.security import scheme_prefix
from contracts.model.undescribed import undescribed
from contracts.semantics import problems as semantics_problems
from scripts.class_names import inline_classes
from scripts.pagination_rules import pagination_problems

OPERATION_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_SPEC_URI = "urn:spec"


@dataclass(frozen=True)
class Problem:
    """One rule broken at one place in one file."""

    file: str
    pointer: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}#{self.pointer}: [{self.rule}] {self.message}"


def pointer(*parts: str | int) -> str:
    """Build an RFC 6901 JSON pointer from path parts."""
    return pointer_of(parts)


# OpenAPI's formats for numbers: they say how wide a number is, and no example check reads them.
_NUMBER_FORMATS = frozenset({"int32", "int64", "float", "double"})


def _walk(node: Any, parts: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    yield parts, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, (*parts, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, (*parts, index))


class SpecChecker:
    """Runs every rule over one loaded spec and collects the problems."""

    def __init__(self, file: str, doc: dict[str, Any]) -> None:
        self.file = file
        self.doc = doc
        self.problems: list[Problem] = []
        self.examples_checked = 0
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, DRAFT202012.create_resource(doc))
        self._compiled: Contract | None = None

    def report(self, parts: tuple[str | int, ...] | str, rule: str, message: str) -> None:
        """Record one problem."""
        ptr = parts if isinstance(parts, str) else pointer(*parts)
        self.problems.append(Problem(self.file, ptr or "/", rule, message))

    def check(self) -> list[Problem]:
        """Run all rules; examples are checked only once the document's structure and refs are sound."""
        self.check_refs()
        self.check_extensions()
        if not self.problems:
            self.check_structure()  # openapi-spec-validator cannot run over a dangling $ref
        self.check_operations()
        if not self.problems:
            self.check_pagination()  # before the semantics rules, which read x-pagination's names
            self.check_resources()
        self.check_semantics()
        self.check_security_schemes()
        self.check_unused_components()
        self.check_formats()
        if not self.problems:
            self.check_class_names()
            self.check_examples()
        return self.problems

    # -- rules -------------------------------------------------------------------------------------------------

    def check_structure(self) -> None:
        """The document is valid OpenAPI 3.1 (the official schema plus openapi-spec-validator's checks)."""
        if self.doc.get("openapi", "").split(".")[:2] != ["3", "1"]:
            self.report(("openapi",), "openapi-3.1", f"expected openapi: 3.1.x, found {self.doc.get('openapi')!r}")
            return
        for error in OpenAPIV31SpecValidator(self.doc).iter_errors():
            message = str(getattr(error, "message", error)).splitlines()[0]
            if message.startswith("Operation ID") and "is not unique" in message:
                continue  # reported by check_operations, with the operation's pointer
            self.report(tuple(getattr(error, "path", ()) or ()), "openapi-3.1", message)

    def check_extensions(self) -> None:
        """Every `x-` key is a house extension of the right type (the rule the model refuses a load by)."""
        for ptr, message in extension_problems(self.doc):
            self.report(ptr, "x-extension", message)

    def check_resources(self) -> None:
        """Every operation has a resource and a method name the generated client can use (x-resource, x-method)."""
        for message in resource_problems(self._contract()):
            self.report(("paths",), "x-resource", message)

    def check_pagination(self) -> None:
        """Every name an `x-pagination` mentions exists: the parameter, the items and next members (issue 15)."""
        for parts, message in pagination_problems(self.doc):
            self.report(parts, "x-pagination", message)

    def check_refs(self) -> None:
        """Every $ref is local ('#/...') and points at something that exists."""
        for parts, node in _walk(self.doc):
            if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
                continue
            ref = node["$ref"]
            if not ref.startswith("#/"):
                self.report(parts, "ref-resolves", f"$ref {ref!r} is not local; keep each spec in one file")
                continue
            try:
                resolve_pointer(self.doc, ref[1:])
            except (KeyError, IndexError, ValueError):
                self.report(parts, "ref-resolves", f"$ref {ref!r} points at nothing")

    def check_operations(self) -> None:
        """Unique snake_case operationIds; every operation has x-source, security and a 4xx response."""
        seen: dict[str, str] = {}
        global_security = self.doc.get("security")
        for path, method, op in operations(self.doc):
            where: tuple[str | int, ...] = ("paths", path, method)
            op_id = op.get("operationId")
            if not isinstance(op_id, str) or not op_id:
                self.report(where, "operation-id", "operation has no operationId; it names the generated function")
            else:
                if not OPERATION_ID.match(op_id):
                    self.report((*where, "operationId"), "operation-id", f"{op_id!r} is not snake_case")
                if op_id in seen:
                    self.report(
                        (*where, "operationId"), "unique-operation-id", f"{op_id!r} is also used by {seen[op_id]}"
                    )
                seen.setdefault(op_id, f"{method.upper()} {path}")
            if not isinstance(op.get("x-source"), str) or not op["x-source"].strip():
                self.report(
                    where, "x-source", "operation has no x-source (the vendor URL or source file it comes from)"
                )
            security = op.get("security", global_security)
            if not security:
                self.report(where, "security", "operation declares no security requirement")
            responses = op.get("responses") or {}
            if not any(str(code).startswith("4") for code in responses):
                self.report((*where, "responses"), "has-4xx", "operation documents no 4xx response")

    def check_semantics(self) -> None:
        """Every semantic extension (x-filters, x-page-size, x-identifies, x-sets, ...) names what exists."""
        if self.problems:
            return  # a dangling $ref would send the extension reader nowhere
        for problem in semantics_problems(self.doc):
            self.report(problem.pointer, problem.rule, problem.message)

    def check_security_schemes(self) -> None:
        """Each token scheme says the token's prefix: http/bearer by itself, an apiKey by `x-token-prefix`."""
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        for name, scheme in schemes.items():
            try:
                scheme_prefix(scheme, "scheme")
            except ValueError:
                self.report(
                    ("components", "securitySchemes", name),
                    "token-prefix",
                    'apiKey scheme has no `x-token-prefix` ("" for a raw token, e.g. `Token`); the mock, the suite '
                    "and the live runner send the token with it",
                )

    def check_unused_components(self) -> None:
        """Every component is referenced somewhere (security schemes: by a security requirement)."""
        refs = {
            node["$ref"] for _, node in _walk(self.doc) if isinstance(node, dict) and isinstance(node.get("$ref"), str)
        }
        requirements = list(self.doc.get("security") or [])
        for *_, op in operations(self.doc):
            requirements.extend(op.get("security") or [])
        used_schemes = {name for requirement in requirements for name in requirement}
        for kind, members in (self.doc.get("components") or {}).items():
            if not isinstance(members, dict):
                continue
            for name in members:
                if kind == "securitySchemes":
                    if name not in used_schemes:
                        self.report(
                            ("components", kind, name), "no-unused-component", "security scheme is never required"
                        )
                elif pointer("components", kind, name) not in {r[1:] for r in refs}:
                    self.report(("components", kind, name), "no-unused-component", "component is never referenced")

    def check_class_names(self) -> None:
        """No generated class is named by the generator's numbering (`Type1`) or stacking (`ItemsItem`)."""
        invented: dict[str, list[str]] = {}
        kinds: dict[str, str] = {}
        for found in inline_classes(self.doc):
            if found.invented is not None and found.name not in invented.get(found.pointer, []):
                invented.setdefault(found.pointer, []).append(found.name)
                kinds[found.pointer] = found.invented
        for where, names in invented.items():
            how = (
                "numbers a union member without a title (a nullable inline enum or object is such a union)"
                if kinds[where] == "numbered"
                else "stacks `Item` onto an array's inline items"
            )
            self.report(
                where,
                "class-name",
                f"the generator would name this schema {', '.join(names)} (it {how}); move it to "
                "components/schemas under a name from the vendor's vocabulary (`x-inferred: <why>` where the vendor "
                "has none) and `$ref` it (nullable: `anyOf: [{$ref: ...}, {type: 'null'}]`)",
            )

    def check_formats(self) -> None:
        """Every string format a schema names is one the example check validates (jsonschema skips others silently).

        pyproject.toml installs the checkers these specs need, not jsonschema's whole `format-nongpl` extra.
        """
        checked = Draft202012Validator.FORMAT_CHECKER.checkers
        for parts, node in _walk(self.doc):
            named = node.get("format") if isinstance(node, dict) and self._is_schema_position(parts) else None
            if isinstance(named, str) and named not in checked and named not in _NUMBER_FORMATS:
                self.report(
                    (*parts, "format"),
                    "format-checked",
                    f"no installed checker validates format {named!r}, so its examples would pass unchecked: add the "
                    "package jsonschema checks it with to pyproject.toml (beside rfc3339-validator) and run "
                    "`.tools/bin/uv lock`, or describe the value with a `pattern`",
                )

    def check_examples(self) -> None:
        """Every example (media types, parameters, headers, schema `examples`) validates against its schema."""
        for parts, node in _walk(self.doc):
            if not isinstance(node, dict):
                continue
            in_components_examples = len(parts) >= 2 and parts[0] == "components" and parts[1] == "examples"
            if "schema" in node and isinstance(node["schema"], dict) and not in_components_examples:
                schema_ptr = pointer(*parts, "schema")
                if "example" in node:
                    self._validate_example(node["example"], schema_ptr, (*parts, "example"))
                for name, example in (node.get("examples") or {}).items():
                    if isinstance(example, dict) and "$ref" in example:
                        target = resolve_pointer(self.doc, example["$ref"][1:])
                        if "value" in target:
                            self._validate_example(target["value"], schema_ptr, (*parts, "examples", name))
                    elif isinstance(example, dict) and "value" in example:
                        self._validate_example(example["value"], schema_ptr, (*parts, "examples", name, "value"))
            if self._is_schema_position(parts) and isinstance(node.get("examples"), list):
                for index, value in enumerate(node["examples"]):
                    self._validate_example(value, pointer(*parts), (*parts, "examples", index))

    @staticmethod
    def _is_schema_position(parts: tuple[str | int, ...]) -> bool:
        """A JSON Schema (not a media type or parameter), where `examples` is a list of values."""
        return "schema" in parts or (len(parts) >= 3 and parts[:2] == ("components", "schemas"))

    def _contract(self) -> Contract:
        """The compiled spec, built on first use: only once structure and refs are known sound."""
        if self._compiled is None:
            # Not strict: the extension rule above reports each unknown key with the rest, not the first alone.
            self._compiled = Contract(Path(self.file).parent.name, self.doc, Path(self.file), strict=False)
        return self._compiled

    def _validate_example(self, value: Any, schema_ptr: str, where: tuple[str | int, ...]) -> None:
        self.examples_checked += 1
        validator = Draft202012Validator(
            {"$ref": f"{_SPEC_URI}#{schema_ptr}"},
            registry=self._registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        errors: list[ValidationError] = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
        for error in errors:
            inside = pointer(*error.absolute_path) or "/"
            self.report(where, "example-valid", f"{error.message} (at {inside} in the example; schema {schema_ptr})")
        if errors:
            return
        # Valid is not enough: a property the schemas do not list passes (they tolerate unknown fields) yet tells
        # of a field the spec lacks or an example copied from another document; either way, the two must agree.
        for finding in undescribed(self._contract(), value, [schema_ptr]):
            self.report(where, "example-described", f"{finding.where or '/'} in the example: {finding.detail}")


def check_file(path: Path) -> tuple[list[Problem], int, int]:
    """Validate one spec file; return its problems, operation count and number of examples checked."""
    shown = str(path.relative_to(REPO_ROOT)) if path.is_relative_to(REPO_ROOT) else str(path)
    try:
        doc = load_spec(path)
    except (SpecLoadError, OSError) as exc:
        return [Problem(shown, "/", "yaml", str(exc))], 0, 0
    checker = SpecChecker(shown, doc)
    problems = checker.check()
    return problems, sum(1 for _ in operations(doc)), checker.examples_checked


_TEST_NAME = re.compile(r"\btest_[a-z0-9_]+\b")


def suite_tests(vendor: str) -> frozenset[str]:
    """The test functions of a vendor's contract suite (what an audit's `checked-by: test_<name>` may name)."""
    folder = REPO_ROOT / "contract_tests" / vendor
    return frozenset(n for path in folder.glob("test_*.py") for n in _TEST_NAME.findall(path.read_text("utf-8")))


def check_promises(vendor: str) -> tuple[list[Problem], str]:
    """The audit's problems (specs/<vendor>/PROMISES.yaml) and its coverage line."""
    spec_path = VENDORS[vendor].spec_path
    shown = str(promises_path(spec_path).relative_to(REPO_ROOT))
    doc = load_spec(spec_path)
    problems = [
        Problem(shown, at, "promises", message) for at, message in promise_problems(spec_path, doc, suite_tests(vendor))
    ]
    return problems, str(coverage(vendor, spec_path))


def main(argv: list[str] | None = None) -> int:
    """Validate the named vendors' specs (default: all), or explicit spec files."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("targets", nargs="*", help=f"vendor names ({', '.join(VENDORS)}) or paths to spec files")
    args = parser.parse_args(argv)
    targets = args.targets or list(VENDORS)
    unknown = [t for t in targets if t not in VENDORS and not Path(t).is_file()]
    if unknown:
        print(
            f"validate-specs: {', '.join(unknown)}: neither a vendor ({', '.join(VENDORS)}) nor a spec file",
            file=sys.stderr,
        )
        return 2
    failed = False
    for target in targets:
        path = VENDORS[target].spec_path if target in VENDORS else Path(target).resolve()
        name = target if target in VENDORS else path.name
        problems, op_count, example_count = check_file(path)
        promised = check_promises(target) if target in VENDORS else ([], "")
        problems += promised[0]
        for problem in problems:
            print(problem)
        if problems:
            failed = True
            print(f"{name}: FAILED, {len(problems)} problem(s) in {path.name} ({op_count} operations)")
        else:
            print(f"{name}: {op_count} operations, {example_count} examples valid")
        if promised[1]:
            print(promised[1])
    if failed:
        print(
            "validate-specs: fix the problems above (file#pointer: [rule] message); see specs/README.md for the rules"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
