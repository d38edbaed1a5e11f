"""Public names a generated package gained since BASE: an addition is a minor release (semver), not a patch."""

from __future__ import annotations

from collections.abc import Iterator

import griffe

__all__ = ["added_names"]


def _public(obj: griffe.Object | griffe.Alias) -> Iterator[str]:
    for member in obj.members.values():
        if member.is_alias or member.name.startswith("_"):
            continue  # re-exports are the same object twice; underscored names are not the API
        yield member.path
        if member.is_module or member.is_class:
            yield from _public(member)


def added_names(old: griffe.Object, new: griffe.Object) -> tuple[str, ...]:
    """Public paths in new that old lacks, without the members of an added module or class (its path says it)."""
    before = set(_public(old))
    added = sorted(set(_public(new)) - before)
    added_set = set(added)
    return tuple(path for path in added if path.rpartition(".")[0] not in added_set)
