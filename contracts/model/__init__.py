"""The core every part stands on: a spec loaded strictly, the vendor table, and one implementation each of JSON
pointers, media-type matching, parameter coercion, x-pagination and status -> documented response.

It imports no pytest and no Schemathesis (an import-linter contract in `make lint` holds it to that), so the mock,
the live runner, the reports and the scripts can all stand on it.
"""

from contracts.model.environment import RunSettings, SettingsError, run_settings
from contracts.model.loader import HTTP_METHODS, SpecLoadError, load_spec, operations, spec_document
from contracts.model.media import base_type, is_json, match_media, media_matches
from contracts.model.model import Contract, Issue, MediaRule, Operation, ParameterRule, load_contract
from contracts.model.pagination import PAGINATION_KEYS, PAGINATION_STYLES, Pagination, pagination
from contracts.model.params import coerce, parameter_text
from contracts.model.pointer import escape, pointer_of, resolve_pointer, unescape
from contracts.model.responses import documents, response_key
from contracts.model.security import token_prefix
from contracts.model.vendors import (
    REPO_ROOT,
    VENDORS,
    VERSION_KEY,
    Vendor,
    client_config,
    package_version,
    register,
    registered,
    unregister,
    vendor,
)

__all__ = [
    "HTTP_METHODS",
    "PAGINATION_KEYS",
    "PAGINATION_STYLES",
    "REPO_ROOT",
    "VENDORS",
    "VERSION_KEY",
    "Contract",
    "Issue",
    "MediaRule",
    "Operation",
    "Pagination",
    "ParameterRule",
    "RunSettings",
    "SettingsError",
    "SpecLoadError",
    "Vendor",
    "base_type",
    "client_config",
    "coerce",
    "documents",
    "escape",
    "is_json",
    "load_contract",
    "load_spec",
    "match_media",
    "media_matches",
    "operations",
    "package_version",
    "pagination",
    "parameter_text",
    "pointer_of",
    "register",
    "registered",
    "resolve_pointer",
    "response_key",
    "run_settings",
    "spec_document",
    "token_prefix",
    "unescape",
    "unregister",
    "vendor",
]
