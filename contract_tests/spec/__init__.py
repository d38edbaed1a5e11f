"""The core every part stands on: a spec loaded strictly, the vendor table, and one implementation each of JSON
pointers, media-type matching, parameter coercion, x-pagination and status -> documented response.

It imports no pytest and no Schemathesis (an import-linter contract in `make lint` holds it to that), so the mock,
the live runner, the reports and the scripts can all stand on it.
"""

from contract_tests.spec.environment import RunSettings, SettingsError, run_settings
from contract_tests.spec.loader import HTTP_METHODS, SpecLoadError, load_spec, operations, spec_document
from contract_tests.spec.media import base_type, is_json, match_media, media_matches
from contract_tests.spec.model import Contract, Issue, MediaRule, Operation, ParameterRule, load_contract
from contract_tests.spec.pagination import PAGINATION_KEYS, PAGINATION_STYLES, Pagination, pagination
from contract_tests.spec.params import coerce, parameter_text
from contract_tests.spec.pointer import escape, pointer_of, resolve_pointer, unescape
from contract_tests.spec.responses import documents, response_key
from contract_tests.spec.security import token_prefix
from contract_tests.spec.vendors import (
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
