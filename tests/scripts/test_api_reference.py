"""Each client's api.md names every operation (its iterators where it pages) and every model; the README links it."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

from contracts.model import VENDORS
from scripts.api_reference import API_REFERENCE


@pytest.mark.parametrize("name", VENDORS)
def test_api_md_lists_every_operation_with_its_calls_and_every_model(name: str) -> None:
    vendor = VENDORS[name]
    text = (vendor.client_dir / API_REFERENCE).read_text()
    api = importlib.import_module(f"{vendor.package}.api")
    operations = 0
    for tag in pkgutil.iter_modules(api.__path__):
        for operation in pkgutil.iter_modules([f"{api.__path__[0]}/{tag.name}"]):
            module = importlib.import_module(f"{vendor.package}.api.{tag.name}.{operation.name}")
            assert f"### `{tag.name}.{operation.name}`" in text
            assert f"{operation.name}.sync_or_raise(" in text
            if hasattr(module, "iter_items"):
                assert f"{operation.name}.iter_items(same arguments, max_pages: int | None = None)" in text
            operations += 1
    assert f"{operations} operations." in text
    models = importlib.import_module(f"{vendor.package}.models")
    for model in models.__all__:
        assert f"### `{model}`" in text, f"{model} is missing from {vendor.client_dir.name}/{API_REFERENCE}"


@pytest.mark.parametrize("name", VENDORS)
def test_the_package_readme_links_api_md(name: str) -> None:
    assert f"[{API_REFERENCE}]({API_REFERENCE})" in (VENDORS[name].client_dir / "README.md").read_text()


@pytest.mark.parametrize("name", VENDORS)
def test_api_md_lists_every_resource_method_of_the_client(name: str) -> None:
    vendor = VENDORS[name]
    text = (vendor.client_dir / API_REFERENCE).read_text()
    package = importlib.import_module(vendor.package)
    client = package.AuthenticatedClient(base_url="http://127.0.0.1:9", token="t")
    resources = [attr for attr in dir(client) if type(getattr(client, attr, None)).__name__.endswith("Resource")]
    assert resources, f"{vendor.package}.AuthenticatedClient has no resource attributes"
    for attr in resources:
        assert f"### `client.{attr}`" in text, (
            f"resource {attr} is missing from {vendor.client_dir.name}/{API_REFERENCE}"
        )
        methods = [m for m in dir(getattr(client, attr)) if not m.startswith("_")]
        for method in methods:
            assert f"client.{attr}.{method}(" in text, f"client.{attr}.{method} is missing from {API_REFERENCE}"
