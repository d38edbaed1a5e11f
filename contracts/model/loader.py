"""Loading a spec strictly (valid YAML, no duplicate keys, dates kept as text) and walking its operations."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

__all__ = ["HTTP_METHODS", "SpecLoadError", "load_spec", "operations", "spec_document"]

# The methods an OpenAPI path item may hold, in the order the specification lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecLoadError(ValueError):
    """A spec file is not valid YAML, or repeats a key (which plain YAML loaders silently drop)."""


class _StrictLoader(yaml.CSafeLoader):
    """A SafeLoader that refuses duplicate mapping keys instead of keeping the last one."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            first = seen[key].start_mark.line + 1
            raise SpecLoadError(
                f"{key_node.start_mark.name}:{key_node.start_mark.line + 1}: duplicate key {key!r} "
                f"(first defined on line {first}); YAML would silently keep only the last one"
            )
        seen[key] = key_node
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Keep timestamps and dates as the strings the vendor wrote: JSON has no date type.
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_spec(path: Path) -> dict[str, Any]:
    """Load an OpenAPI document strictly: valid YAML, no duplicate keys, a mapping at the top."""
    try:
        with path.open(encoding="utf-8") as fh:
            doc = yaml.load(fh, Loader=_StrictLoader)
    except yaml.YAMLError as exc:
        raise SpecLoadError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise SpecLoadError(f"{path}: the top level must be a mapping (an OpenAPI document), got {type(doc).__name__}")
    return doc


def spec_document(path: Path) -> dict[str, Any]:
    """The spec at `path`, loaded once per process while the file is unchanged, and shared: read it, never change it.

    A run reads each spec from several places (the mock's contract, the token prefix, the semantic checks, the live
    policy, the summary); parsing a large spec costs ~0.15 s each time. `load_spec` gives a private copy to change.
    """
    return _shared(*revision(path))


def revision(path: Path) -> tuple[str, int, int]:
    """Which version of a spec file is on disk: its real path, modification time and size (one stat, nothing read).

    The one freshness rule for everything compiled from a spec (this loader's document, the compiled contract, the
    semantic index): asked on every case, so it costs a stat, not a read and a hash of the file.
    """
    stat = os.stat(path)
    return _real(os.fspath(path)), stat.st_mtime_ns, stat.st_size


@functools.lru_cache(maxsize=64)
def _real(path: str) -> str:
    return os.path.realpath(path)


@functools.lru_cache(maxsize=16)
def _shared(path: str, _mtime_ns: int, _size: int) -> dict[str, Any]:
    return load_spec(Path(path))


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method, operation) for every operation in an OpenAPI document, in document order."""
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op
