"""What pagination.py.jinja renders for one paginated operation, worked out in Python from the spec's `x-pagination`.

The template only prints: each pointer (`items`, `next`, `has-more`) arrives as the steps from the page model to the
member, each step naming the JSON member, the Python attribute the generator gives it and whether the spec requires
it (an optional one may be Unset, and the walk stops there); the success status whose body is a page; the type of a
position (a page number or a cursor). validate-specs' x-pagination rule has already refused a pointer that names no
member, so a missing one here is a bug in this module, reported as PagingFactError naming the operation.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import PythonIdentifier

from contracts.model import Pagination, unescape
from contracts.model.model import Contract, Operation

__all__ = ["PagingFactError", "paging_facts", "pointer_steps", "success_status"]


class PagingFactError(ValueError):
    """An x-pagination the templates cannot follow; the message names the operation, the pointer and the fix."""


def success_status(operation: Operation) -> tuple[int, str]:
    """The 2xx status a page comes with, as a number (`2XX` counts as 200) and as the spec's key."""
    codes = sorted(code for code in operation.responses if code.startswith("2"))
    if not codes:
        raise PagingFactError(f"{operation.operation_id}: a paginated operation needs a 2xx response")
    key = codes[0]
    return (int(key) if key.isdigit() else 200), key


def pointer_steps(contract: Contract, page_schema: Any, pointer: str, field_prefix: str) -> list[dict[str, Any]]:
    """The steps from the page to the member at pointer: {name, attr, required} for each member on the way."""
    steps: list[dict[str, Any]] = []
    schema = contract.deref(page_schema)
    for token in pointer.removeprefix("/").split("/"):
        name = unescape(token)
        properties = schema.get("properties") if isinstance(schema, dict) else None
        if not isinstance(properties, dict) or name not in properties:
            raise PagingFactError(f"{pointer!r}: {name!r} is not a member of the page schema on the way there")
        steps.append(
            {
                "name": name,
                "attr": str(PythonIdentifier(value=name, prefix=field_prefix)),
                "required": name in (schema.get("required") or []),
            }
        )
        schema = contract.deref(properties[name])
    return steps


def paging_facts(contract: Contract, operation: Operation, paging: Pagination, field_prefix: str) -> dict[str, Any]:
    """Everything pagination.py.jinja prints for one operation: the extension itself plus what follows from it."""
    status, key = success_status(operation)
    media = operation.responses[key].content.get("application/json")
    page_schema = contract.schema_at(media.pointer) if media is not None and media.pointer else None
    where = f"{operation.operation_id}: x-pagination"
    try:
        steps = {
            "items": pointer_steps(contract, page_schema, paging.items, field_prefix),
            "next": pointer_steps(contract, page_schema, paging.next, field_prefix),
            "has_more": pointer_steps(contract, page_schema, paging.has_more, field_prefix)
            if paging.has_more
            else None,
        }
    except PagingFactError as exc:
        raise PagingFactError(f"{where}: {exc} (make validate-specs names the fix)") from None
    return {
        **paging.as_extension(),
        "status": status,
        "position_type": "int" if paging.style == "page-number" else "str",
        "steps": steps,
    }
