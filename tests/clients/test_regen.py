"""`make regen` refuses to write a client the generator warned about, and shows the warning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from contract_tests.spec import VENDORS
from scripts.regen import GenerationError, generate


def test_a_generator_warning_fails_regen_and_is_shown(tmp_path: Path) -> None:
    vendor = VENDORS["roit"]
    spec_dir = tmp_path / "roit"
    shutil.copytree(vendor.spec_path.parent, spec_dir)
    spec = yaml.safe_load((spec_dir / "openapi.yaml").read_text())
    # A parameter whose schema the generator cannot resolve: it warns that it will skip the endpoint.
    get_request = spec["paths"]["/roit-data-integration/v1/requests/{process_unique_id}"]["get"]
    get_request["parameters"] = [{"name": "q", "in": "query", "schema": {"$ref": "#/components/schemas/Nope"}}]
    (spec_dir / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))

    with pytest.raises(GenerationError) as failure:
        generate(vendor, tmp_path / "out", spec_dir=spec_dir)
    message = str(failure.value)
    assert "openapi-python-client failed" in message and "fix the spec" in message
    assert "Endpoint will not be generated" in message, message  # the generator's own warning is passed on
    assert not (tmp_path / "out" / "GENERATED.json").exists(), "a client the generator warned about is not stamped"
