"""The resource surface of a client (`client.updates.list(...)`), worked out in Python from the spec for the templates.

Each operation belongs to one resource: its `x-resource`, else its first tag's `x-resource` (on the tag object), else
its first tag's name in snake case ("New Vendor Requests" -> `new_vendor_requests`). Its method is its `x-method`,
else its operationId without the resource's name, plural or singular (`mark_update_processed` on `updates` ->
`mark_processed`, `get_new_vendor_request_details` on `new_vendor_requests` -> `get_details`). A paginated
operation's method starts with `list`; its iterators replace that with `iter` (`iter`, `iter_pages`; `list_tags` ->
`iter_tags`, `iter_tags_pages`). Names that are not snake-case identifiers, Python keywords, names the client already
uses, or names a resource gives twice are refused with ResourceFactError, naming the operation and the fix;
validate-specs reports the same problems as rule `x-resource`.
"""

from __future__ import annotations

import keyword
import re
from typing import Any

from contracts.model.model import Contract, Operation

__all__ = ["CLIENT_NAMES", "ResourceFactError", "method_name", "resource_facts", "resource_name", "resource_problems"]

_IDENTIFIER = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
# What AuthenticatedClient and AsyncClient already call their own: a resource may not take one of these names.
CLIENT_NAMES = frozenset(
    {
        "auth_header_name", "client", "from_env", "get_async_httpx_client", "get_httpx_client", "max_retries",
        "prefix", "raise_on_unexpected_status", "set_async_httpx_client", "set_httpx_client", "token",
        "token_provider", "with_cookies", "with_headers", "with_timeout", "aclose", "close",
    }
)  # fmt: skip


class ResourceFactError(ValueError):
    """A name the resource surface cannot use; the message names the operation, the name and the fix."""


def _snake(text: str) -> str:
    return "_".join(re.findall(r"[a-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text).lower()))


def _class_name(attr: str) -> str:
    return "".join(word.capitalize() for word in attr.split("_"))


def resource_name(contract: Contract, operation: Operation) -> str:
    """The resource an operation belongs to (x-resource, its first tag's x-resource, or that tag in snake case)."""
    if isinstance(operation.extensions.get("x-resource"), str):
        return str(operation.extensions["x-resource"])
    if not operation.tags:
        raise ResourceFactError(
            f"{operation.operation_id}: no tag and no x-resource; give it a tag or `x-resource: <name>`"
        )
    return contract.tag_resources.get(operation.tags[0]) or _snake(operation.tags[0])


def _without(words: list[str], removed: list[str]) -> list[str] | None:
    for start in range(len(words) - len(removed) + 1):
        if words[start : start + len(removed)] == removed:
            return words[:start] + words[start + len(removed) :]
    return None


def method_name(operation: Operation, resource: str) -> str:
    """An operation's method on its resource: x-method, else the operationId without the resource's name."""
    if isinstance(operation.extensions.get("x-method"), str):
        return str(operation.extensions["x-method"])
    words = _snake(operation.operation_id).split("_")
    plural = resource.split("_")
    singular = [*plural[:-1], plural[-1].removesuffix("s")]
    for removed in (plural, singular):
        rest = _without(words, removed)
        if rest:
            return "_".join(rest)
    return "_".join(words)


def _method_names(method: str, paginated: bool, operation_id: str) -> dict[str, str]:
    if not paginated:
        return {"call": method}
    if method != "list" and not method.startswith("list_"):
        raise ResourceFactError(
            f"{operation_id}: a paginated operation's method must start with `list` (its iterators start with `iter`); "
            f"got {method!r}: set `x-method: list` or `x-method: list_<what>` on the operation"
        )
    iterator = "iter" + method.removeprefix("list")
    return {"call": method, "iter": iterator, "iter_pages": iterator + "_pages"}


def _check_name(name: str, what: str, operation_id: str) -> None:
    if not _IDENTIFIER.fullmatch(name) or keyword.iskeyword(name) or keyword.issoftkeyword(name):
        raise ResourceFactError(
            f"{operation_id}: {what} {name!r} is not a snake-case Python name; set `x-{what}: <snake_case_name>`"
        )


def resource_facts(contract: Contract) -> list[dict[str, Any]]:
    """Every resource in order of first appearance: {attr, class, operations: [{operation, names}]} for the templates.

    `names` maps `call` to the method (and, for a paginated operation, `iter` and `iter_pages` to the iterators).
    """
    resources: dict[str, dict[str, Any]] = {}
    for operation in contract.operations.values():
        operation_id = operation.operation_id
        attr = resource_name(contract, operation)
        _check_name(attr, "resource", operation_id)
        if attr in CLIENT_NAMES:
            raise ResourceFactError(
                f"{operation_id}: resource {attr!r} is a name the client already uses; set `x-resource` to another name"
            )
        names = _method_names(method_name(operation, attr), operation.pagination is not None, operation_id)
        resource = resources.setdefault(attr, {"attr": attr, "class": _class_name(attr), "operations": []})
        taken = {name: other["operation"] for other in resource["operations"] for name in other["names"].values()}
        for name in names.values():
            _check_name(name, "method", operation_id)
            if name in taken:
                raise ResourceFactError(
                    f"{operation_id}: method {name!r} of resource {attr!r} is also {taken[name]}'s; "
                    "set `x-method` on one of them"
                )
        resource["operations"].append({"operation": operation_id, "names": names})
    return list(resources.values())


def resource_problems(contract: Contract) -> list[str]:
    """What validate-specs reports under rule x-resource: the first name the surface cannot use, if any."""
    try:
        resource_facts(contract)
    except ResourceFactError as exc:
        return [str(exc)]
    return []
