"""Adding a vendor is a folder under specs/, a behaviour module and one row (README "Adding a vendor").

A throwaway vendor `acme`, built in a temporary folder from a tiny spec, proves the steps: the mock serves it, regen
generates its client, and the suite collects its conformance test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from contracts.mock import create_app
from contracts.mock.testing import sync_client
from contracts.model import REPO_ROOT, VENDORS, Vendor, registered
from scripts.regen import generate

SPEC = """\
openapi: 3.1.0
info: {title: Acme widgets, version: "1"}
servers: [{url: "https://staging.acme.example", x-environment: staging}]
security: [{acmeKey: []}]
components:
  securitySchemes:
    acmeKey: {type: apiKey, in: header, name: Authorization, x-token-prefix: Key}
  schemas:
    Widget:
      type: object
      required: [id, name]
      properties:
        id: {type: integer, minimum: 1}
        name: {type: string}
    Error:
      type: object
      required: [detail]
      properties:
        detail: {type: string}
paths:
  /widgets:
    get:
      operationId: list_widgets
      summary: List widgets
      tags: [widgets]
      x-source: a test
      responses:
        "200":
          description: the widgets
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Widget"}}
        "401":
          description: no or a wrong key
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
"""
CLIENT_YAML = (
    "project_name_override: acme-client\npackage_name_override: acme_client\npackage_version_override: 0.1.0\n"
)
BEHAVIOUR = '''\
"""The throwaway vendor's behaviour: two seeded widgets."""

from typing import Any

from contracts.mock.behaviour import Reply, RequestContext, VendorBehaviour


def _list(context: RequestContext) -> Reply:
    return Reply(200, context.state["widgets"])


def _error(status: int, message: str) -> Any:
    return {"detail": message}


BEHAVIOUR = VendorBehaviour(
    name="acme",
    seed=lambda: {"widgets": [{"id": 1, "name": "sprocket"}, {"id": 2, "name": "flange"}]},
    handlers={"list_widgets": _list},
    error_body=_error,
    invalid_request=lambda op, issues: Reply(400, {"detail": "; ".join(i.message for i in issues)}),
    malformed_json=lambda op, message: Reply(400, {"detail": message}),
    validation_status=400,
)
'''
ROW = 'Vendor("acme", "acme_client", "ACME", 4099, root=ROOT, behaviour_module="acme_behaviour")'


@pytest.fixture
def acme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Vendor]:
    """The folder under specs/, the behaviour module and the row, registered for the test."""
    (tmp_path / "specs" / "acme").mkdir(parents=True)
    (tmp_path / "specs" / "acme" / "openapi.yaml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "specs" / "acme" / "client.yaml").write_text(CLIENT_YAML, encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "acme_behaviour.py").write_text(BEHAVIOUR, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "tests"))
    with registered(Vendor("acme", "acme_client", "ACME", 4099, root=tmp_path, behaviour_module="acme_behaviour")):
        yield VENDORS["acme"]
    assert "acme" not in VENDORS


def test_the_table_refuses_a_row_that_repeats_another(acme: Vendor) -> None:
    with pytest.raises(ValueError, match="mock_port 4011 is already 'roit'"):
        with registered(Vendor("other", "other_client", "OTHER", 4011)):
            pass
    with pytest.raises(ValueError, match="use lower-case letters and digits"):
        with registered(Vendor("Acme-2", "acme2_client", "ACME2", 4098)):
            pass


def test_the_mock_serves_the_fourth_vendor_from_its_spec(acme: Vendor) -> None:
    assert acme.token_prefix == "Key" and acme.authorization("t") == "Key t"
    app = create_app("acme")
    assert app.authorization_header() == "Authorization: Key mock-demo-token"
    with sync_client(app) as client:
        listed = client.get("/widgets")
        refused = client.get("/widgets", headers={"Authorization": "mock-demo-token"})
    assert listed.status_code == 200 and [w["name"] for w in listed.json()] == ["sprocket", "flange"]
    assert refused.status_code == 401 and "Authorization: Key <token>" in refused.json()["detail"]


def test_regen_generates_and_the_suite_collects_the_fourth_vendor(acme: Vendor) -> None:
    generate(acme, acme.client_dir)
    manifest = json.loads((acme.client_dir / "GENERATED.json").read_text(encoding="utf-8"))
    assert manifest["spec_sha256"] == acme.spec_sha256() and manifest["package_version"] == "0.1.0"
    assert (acme.client_dir / "acme_client" / "api" / "widgets" / "list_widgets.py").is_file()
    suite = acme.root / "tests" / "test_acme_conformance.py"
    suite.write_text(
        textwrap.dedent(f"""\
            from pathlib import Path

            from contracts.model import Vendor, register
            from contract_tests.suite import conformance_test

            ROOT = Path({str(acme.root)!r})
            register({ROW})
            test_conformance = conformance_test("acme")
        """),
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CONTRACT_", "MOCK_", "PYTEST_"))}
    env["PYTHONPATH"] = f"{acme.root / 'tests'}{os.pathsep}{REPO_ROOT}"
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", str(suite)]
    done = subprocess.run(command, cwd=acme.root, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    # One Schemathesis test per operation of the spec: the tiny spec has one.
    assert "tests/test_acme_conformance.py::test_conformance" in done.stdout
    assert "1 test collected" in done.stdout, done.stdout
