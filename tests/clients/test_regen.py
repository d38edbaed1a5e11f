"""`make regen` refuses to write a client the generator warned about, and shows the warning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from contracts.model import VENDORS
from scripts.client_inputs import CLIENTGEN, runtime_modules
from scripts.regen import GenerationError, generate, header_for, manifest_for


def test_a_generator_warning_fails_regen_and_is_shown(tmp_path: Path) -> None:
    vendor = VENDORS["roit"]
    spec_dir = tmp_path / "roit"
    shutil.copytree(vendor.spec_path.parent, spec_dir)
    spec = yaml.safe_load((spec_dir / "openapi.yaml").read_text())
    # A path parameter the path template does not name: the generator warns that it will skip the endpoint.
    # (A dangling $ref no longer gets that far: the compiled contract refuses it first, naming where.)
    get_request = spec["paths"]["/roit-data-integration/v1/requests/{process_unique_id}"]["get"]
    get_request.setdefault("parameters", []).append(
        {"name": "other", "in": "path", "required": True, "schema": {"type": "string"}}
    )
    (spec_dir / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))

    with pytest.raises(GenerationError) as failure:
        generate(vendor, tmp_path / "out", spec_dir=spec_dir)
    message = str(failure.value)
    assert "openapi-python-client failed" in message and "fix the spec" in message
    assert "Endpoint will not be generated" in message, message  # the generator's own warning is passed on
    assert not (tmp_path / "out" / "GENERATED.json").exists(), "a client the generator warned about is not stamped"


@pytest.mark.parametrize("changed", ["templates/model.py.jinja", "runtime/errors.py", "readmes/roit.md.jinja"])
def test_a_clientgen_change_changes_the_manifest_hash(tmp_path: Path, changed: str) -> None:
    vendor = VENDORS["roit"]
    clientgen = tmp_path / "clientgen"
    shutil.copytree(CLIENTGEN, clientgen, ignore=shutil.ignore_patterns("__pycache__"))
    before = manifest_for(vendor, clientgen=clientgen)
    assert before["templates_sha256"] == manifest_for(vendor)["templates_sha256"], "the copy hashes like the original"
    source = clientgen / changed
    source.write_text(source.read_text() + "\n# changed\n")
    assert manifest_for(vendor, clientgen=clientgen)["templates_sha256"] != before["templates_sha256"]


def test_the_runtime_modules_are_copied_into_the_package_verbatim_under_the_header(tmp_path: Path) -> None:
    vendor = VENDORS["roit"]
    generate(vendor, tmp_path / "out")
    package = tmp_path / "out" / vendor.package
    modules = runtime_modules(CLIENTGEN)
    assert {m.name for m in modules} >= {"errors.py", "types.py", "_retries.py", "_paging.py"}
    for module in modules:
        copied = package / module.relative_to(CLIENTGEN / "runtime")
        assert copied.read_text() == header_for(vendor) + module.read_text(), copied
    assert not (package / "runtime").exists() and not (package / "_runtime").exists()


def test_a_spec_fact_the_templates_read_changes_the_manifest_hash(tmp_path: Path) -> None:
    vendor = VENDORS["roit"]
    specs = tmp_path / "specs"
    shutil.copytree(vendor.spec_path.parent, specs / "roit")
    before = manifest_for(vendor, specs / "roit")["templates_sha256"]
    spec = specs / "roit" / "openapi.yaml"
    # Dropping x-mutates makes create_request a plain read: its retry policy, derived into the templates, changes.
    spec.write_text(spec.read_text().replace("      x-mutates: true\n", "", 1))
    assert manifest_for(vendor, specs / "roit")["templates_sha256"] != before


def test_a_spec_without_the_token_prefix_is_refused_naming_the_fix(tmp_path: Path) -> None:
    vendor = VENDORS["paymentworks"]
    specs = tmp_path / "specs"
    shutil.copytree(vendor.spec_path.parent, specs / "paymentworks")
    spec = specs / "paymentworks" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("      x-token-prefix: Token\n", "", 1))
    with pytest.raises(
        ValueError, match="securitySchemes/paymentworksToken: apiKey scheme 'Authorization' needs `x-token-prefix"
    ):
        manifest_for(vendor, specs / "paymentworks")
