"""Semantics declared in the spec: what an answer must mean, read from x- extensions, and the checks that test it."""

from contracts.model.semantic import (
    FILTER_HOWS,
    Filter,
    OperationSemantics,
    Paging,
    SemanticsProblem,
    problems,
    semantics,
)

__all__ = ["FILTER_HOWS", "Filter", "OperationSemantics", "Paging", "SemanticsProblem", "problems", "semantics"]
