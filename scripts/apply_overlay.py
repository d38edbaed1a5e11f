"""Apply an OpenAPI Overlay 1.0 document to a vendor's spec, then show what it does to the consumers.

    python -m scripts.apply_overlay <vendor> <overlay.yaml>       (make apply-overlay VENDOR=<v> OVERLAY=<file>)

Each action's `target` is an RFC 9535 JSONPath (python-jsonpath in its strict, RFC 9535 mode); `update` merges an
object into each object it selects (recursively; any other value replaces) or appends to each array it selects, and
`remove: true` removes each node it selects. The spec file is edited in place, line by line: only the lines the
actions add or change are written, so its comments and layout stay (the edit is checked to parse back to exactly the
overlaid document). Then validate-specs, regen and spec-diff run for the vendor, so the impact on the generated
client shows before anyone commits. A bad overlay (no such file, not an overlay, a target that is not JSONPath or
matches nothing, an `extends` naming another spec) is one line naming the problem, the place and the fix; the spec
is left as it was.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import io
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import jsonpath
import yaml
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError as RuamelError

from contracts.model import VENDORS
from contracts.model import vendor as lookup

__all__ = ["OverlayError", "apply_actions", "main", "overlaid_text", "read_overlay"]

_JSONPATH = jsonpath.JSONPathEnvironment(strict=True)
_FIX = "make contract writes one from a run (reports/drift.overlay.yaml); see https://spec.openapis.org/overlay/v1.0.0"


class OverlayError(ValueError):
    """An overlay that cannot be applied; the message names the problem, the place and the fix."""


def read_overlay(path: Path) -> dict[str, Any]:
    """The overlay document at path, checked to be an Overlay 1.0 document whose actions can be applied."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OverlayError(f"{path}: no such file; pass OVERLAY=<file> ({_FIX})") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise OverlayError(f"{path}: not readable as YAML ({first}); pass an Overlay 1.0 document ({_FIX})") from None
    version = document.get("overlay") if isinstance(document, dict) else None
    if not isinstance(version, str) or not version.startswith("1.0."):
        raise OverlayError(f"{path}: not an OpenAPI Overlay 1.0 document (no `overlay: 1.0.x` at the top); {_FIX}")
    actions = document.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError(f"{path}#/actions: an overlay needs a list of at least one action; {_FIX}")
    for index, action in enumerate(actions):
        where = f"{path}#/actions/{index}"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise OverlayError(f"{where}: an action needs a `target` (a JSONPath); {_FIX}")
        if ("update" in action) == (action.get("remove") is True):
            raise OverlayError(f"{where}: an action needs exactly one of `update` or `remove: true`; {_FIX}")
    return dict(document)


def check_extends(overlay: dict[str, Any], overlay_path: Path, spec: Path) -> None:
    """Refuse an overlay whose `extends` names a document other than spec (a relative reference is resolved against
    the overlay's folder; an overlay without `extends` applies to any document)."""
    extends = overlay.get("extends")
    if not isinstance(extends, str) or not extends:
        return
    parsed = urlparse(extends)
    if parsed.scheme not in ("", "file"):
        return  # a remote URL names the document by location; nothing local to compare it with
    named = Path(unquote(parsed.path))
    named = named if named.is_absolute() else overlay_path.resolve().parent / named
    if named.resolve() != spec.resolve():
        raise OverlayError(
            f"{overlay_path}#/extends: the overlay extends {extends} ({named.resolve()}), not {spec}; "
            "pass the VENDOR whose spec it was written for"
        )


def _merge(node: dict[str, Any], update: dict[str, Any]) -> None:
    """Overlay 1.0's update of an object: each key merged recursively into an object, any other value replacing."""
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(node.get(key), dict):
            _merge(node[key], value)
        else:
            node[key] = copy.deepcopy(value)


def _apply_one(document: Any, action: dict[str, Any], where: str) -> None:
    target = action["target"]
    try:
        query = _JSONPATH.compile(target)
    except jsonpath.JSONPathError as exc:
        first = str(exc).splitlines()[0]
        problem = f"target {target!r} is not an RFC 9535 JSONPath ({first})"
        raise OverlayError(f"{where}: {problem}; fix the target") from None
    matches = list(query.finditer(document))
    if not matches:
        raise OverlayError(
            f"{where}: target {target} matches nothing in the spec; the spec changed since the run that wrote the "
            "overlay (run make contract again for a fresh one), or the overlay is for another spec"
        )
    if action.get("remove") is True:
        for match in reversed(matches):
            parent: Any = match.parent.obj if match.parent is not None else None
            if not isinstance(parent, dict | list):
                raise OverlayError(f"{where}: target {target} selects the whole document, which cannot be removed")
            key: Any = match.parts[-1]  # a dict's key or a list's index
            del parent[key]
        return
    update = action["update"]
    for match in matches:
        if isinstance(match.obj, list):
            match.obj.append(copy.deepcopy(update))
        elif isinstance(match.obj, dict) and isinstance(update, dict):
            _merge(match.obj, update)
        else:
            kind = type(match.obj).__name__
            raise OverlayError(
                f"{where}: target {target} selects a {kind} at {match.path}; an update needs an object or an array "
                "there (target the node that holds it)"
            )


def apply_actions(document: Any, overlay: dict[str, Any], source: str = "the overlay") -> None:
    """Apply every action of the overlay to the document, in order (OverlayError on the first that cannot apply)."""
    for index, action in enumerate(overlay["actions"]):
        _apply_one(document, action, f"{source}#/actions/{index}")


def _round_trip() -> YAML:
    handler = YAML()
    handler.preserve_quotes = True
    handler.width = 120
    handler.indent(mapping=2, sequence=4, offset=2)
    return handler


def _dumped(handler: YAML, document: Any) -> list[str]:
    out = io.StringIO()
    handler.dump(document, out)
    return out.getvalue().splitlines(keepends=True)


def _to_source(source: list[str], layout: list[str]) -> Callable[[int], int]:
    """Map a line boundary of the re-dumped original (layout) to the same boundary in the source; -1 when the boundary
    falls inside lines the dump lays out differently (a folded text)."""
    blocks = difflib.SequenceMatcher(None, source, layout, autojunk=False).get_opcodes()

    def where(line: int) -> int:
        for tag, s1, s2, l1, l2 in blocks:
            if tag == "equal" and l1 <= line <= l2:
                return s1 + (line - l1)
            if line in (l1, l2) and l1 != l2:
                return s1 if line == l1 else s2
        return -1

    return where


def overlaid_text(text: str, overlay: dict[str, Any], source: str = "the overlay") -> str:
    """The spec text with the overlay applied: the changed lines only, everything else (comments, layout) as it was."""
    handler = _round_trip()
    try:
        document = handler.load(text)
    except RuamelError as exc:
        raise OverlayError(f"the spec is not readable as YAML ({str(exc).splitlines()[0]}); fix it first") from None
    before = _dumped(handler, document)
    apply_actions(document, overlay, source)
    after = _dumped(handler, document)
    lines = text.splitlines(keepends=True)
    to_source = _to_source(lines, before)
    edits = []
    for tag, b1, b2, a1, a2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        start, end = to_source(b1), to_source(b2)
        if start < 0 or end < 0:
            raise OverlayError(f"{source}: cannot place its edit near line {b1 + 1} of the spec without reflowing it")
        edits.append((start, end, after[a1:a2]))
    for start, end, new in reversed(edits):
        lines[start:end] = new
    result = "".join(lines)
    expected = yaml.safe_load(text)
    apply_actions(expected, overlay, source)
    try:
        parsed = yaml.safe_load(result)
    except yaml.YAMLError:
        parsed = None
    if parsed != expected:
        problem = "the line-by-line edit does not parse back to the overlaid spec"
        raise OverlayError(f"{source}: {problem}; apply it by hand")
    return result


def _follow_up(vendor: str) -> int:
    """validate-specs, regen and spec-diff for the vendor, as `make` runs them; the first failure's exit code."""
    from scripts import regen, spec_diff, validate_specs  # their imports are heavy; only a successful apply needs them

    for step, run in (
        ("validate-specs", validate_specs.main),
        ("regen", regen.main),
        ("spec-diff", spec_diff.main),
    ):
        print(f"==> {step} {vendor}", flush=True)
        code = run([vendor])
        if code:
            print(f"apply-overlay: {step} failed for {vendor}; the spec keeps the overlay: review it (git diff)")
            return int(code)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Apply the overlay to the vendor's spec in place; then validate-specs, regen and spec-diff (unless --only)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendor", nargs="?", default="", help=f"one of {', '.join(VENDORS)}")
    parser.add_argument("overlay", nargs="?", default="", help="the overlay file (make contract: reports/...)")
    parser.add_argument("--spec", type=Path, help="the spec to edit (default: specs/<vendor>/openapi.yaml)")
    parser.add_argument("--only", action="store_true", help="apply only: no validate-specs, regen or spec-diff")
    args = parser.parse_args(argv)
    if args.vendor not in VENDORS:
        print(f"apply-overlay: VENDOR={args.vendor!r} is not one of {', '.join(VENDORS)}; pass VENDOR=<vendor>")
        return 2
    if not args.overlay:
        print("apply-overlay: no overlay given; pass OVERLAY=<file> (make contract writes reports/drift.overlay.yaml)")
        return 2
    spec = args.spec or lookup(args.vendor).spec_path
    path = Path(args.overlay)
    try:
        overlay = read_overlay(path)
        check_extends(overlay, path, lookup(args.vendor).spec_path)  # --spec names a copy of it
        spec.write_text(overlaid_text(spec.read_text(encoding="utf-8"), overlay, str(path)), encoding="utf-8")
    except OverlayError as exc:
        print(f"apply-overlay: {exc}")
        return 1
    print(f"==> applied {len(overlay['actions'])} action(s) of {path} to {spec}")
    if args.spec is not None and not args.only:
        print("==> --spec names a copy: validate-specs, regen and spec-diff read specs/<vendor>/, so they do not run")
    return 0 if args.only or args.spec is not None else _follow_up(args.vendor)


if __name__ == "__main__":
    sys.exit(main())
