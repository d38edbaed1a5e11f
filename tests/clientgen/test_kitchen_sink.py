"""The kitchen-sink spec (clientgen/kitchen_sink/) regenerates, renders every template branch, passes mypy --strict,
and its client walks every pagination style and sends a multipart body (openapi-python-client's golden record)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from contracts.model import Vendor
from scripts.client_inputs import CLIENTGEN
from scripts.regen import generate

KITCHEN_SINK = Vendor("kitchensink", "kitchen_sink_client", "KITCHEN_SINK", 0)
SPEC_DIR = CLIENTGEN / "kitchen_sink"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The kitchen-sink client generated once, importable for the module's tests."""
    out = tmp_path_factory.mktemp("kitchen-sink") / "kitchen-sink-client"
    generate(KITCHEN_SINK, out, SPEC_DIR)
    sys.path.insert(0, str(out))
    yield out / KITCHEN_SINK.package
    sys.path.remove(str(out))
    for name in [name for name in sys.modules if name.split(".")[0] == KITCHEN_SINK.package]:
        del sys.modules[name]


def _text(package: Path, module: str) -> str:
    return (package / module).read_text(encoding="utf-8")


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"{KITCHEN_SINK.package}.{name}")


def test_the_kitchen_sink_client_passes_mypy_strict(package: Path) -> None:
    files = sorted(str(path) for path in package.rglob("*.py"))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_multipart_branches_are_rendered(package: Path) -> None:
    upload = _text(package, "models/document_upload.py")
    assert "def to_multipart(self) -> types.RequestFiles:" in upload
    assert 'files.append(("file", self.file.to_tuple()))' in upload
    assert 'json.dumps(self.dimensions.to_dict()).encode(), "application/json"' in upload
    assert "for keywords_item_element in self.keywords:" in upload
    assert '_kwargs["files"] = body.to_multipart()' in _text(package, "api/documents/upload_document.py")


def test_the_typed_additional_properties_branches_are_rendered(package: Path) -> None:
    assert "additional_properties: dict[str, int] =" in _text(package, "models/settings_limits.py")
    sizes = _text(package, "models/settings_sizes.py")
    assert "additional_properties: dict[str, Dimensions] =" in sizes
    assert "additional_property = Dimensions.from_dict(prop_dict)" in sizes
    assert "def __getitem__(self, key: str) -> str:" in _text(package, "models/settings.py")


def test_unions_enums_and_every_paging_style_are_rendered(package: Path) -> None:
    assert 'kind = data.get("kind")' in _text(package, "models/event_page.py"), "a discriminated union"
    assert "label: int | None | str | Unset = UNSET" in _text(package, "models/widget.py"), "a union needing no parser"
    assert "def _missing_(" in _text(package, "models/colour.py") and "(IntEnum)" in _text(
        package, "models/priority.py"
    )
    widgets, events, tags = (
        _text(package, f"api/{m}.py") for m in ("widgets/list_widgets", "events/list_events", "tags/list_tags")
    )
    assert "def _has_more(" in widgets and "_item: Callable[[Any], Widget] = Widget.from_dict" in widgets
    assert "parse_qs(" in events and "= _parse_results_item" in events
    assert "return cast(str, data)" in tags and "def _has_more(" not in tags
    assert '_RETRY_CLASS = "unsafe"' in _text(package, "api/documents/upload_document.py")
    assert '_RETRY_CLASS = "safe"' in _text(package, "api/documents/touch_document.py"), "x-idempotent POST"


def _serve(routes: dict[str, Any], seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        key = f"{request.url.path}?{request.url.query.decode()}".rstrip("?")
        return httpx.Response(200, json=routes[key])

    return httpx.MockTransport(handler)


def _client(routes: dict[str, Any], seen: list[httpx.Request]) -> Any:
    client = _module("client")
    return client.AuthenticatedClient(
        base_url="http://testserver", token="t", httpx_args={"transport": _serve(routes, seen)}
    )


def test_cursor_paging_under_an_optional_member_stops_on_has_more(package: Path) -> None:
    list_widgets = _module("api.widgets.list_widgets")
    widget = {"id": 1, "name": "w", "colour": "blue", "dimensions": {"width": 1, "height": 2}}
    routes = {
        "/widgets": {"total": 2, "page": {"items": [widget], "next_cursor": "c2", "has_more": True}},
        "/widgets?cursor=c2": {
            "total": 2,
            "page": {"items": [{**widget, "id": 2}], "next_cursor": "c3", "has_more": False},
        },
    }
    seen: list[httpx.Request] = []
    items = list(list_widgets.iter_items(client=_client(routes, seen)))
    assert [item.id for item in items] == [1, 2] and len(seen) == 2
    assert items[0].colour.is_unknown and items[0].colour.value == "blue", "an open enum keeps an unlisted value"
    assert seen[0].headers["Authorization"] == "Bearer t"
    empty = list(list_widgets.iter_items(client=_client({"/widgets": {"total": 0}}, [])))
    assert empty == [], "a page without its optional `page` member has no items and no next"


def test_page_number_paging_follows_the_next_link_and_parses_each_union_member(package: Path) -> None:
    list_events = _module("api.events.list_events")
    routes = {
        "/events": {"results": [{"kind": "created", "widget_id": 1}], "next": "http://testserver/events?page=2"},
        "/events?page=2": {
            "results": [{"kind": "deleted", "widget_id": 1, "reason": "r"}, {"kind": "x"}],
            "next": None,
        },
    }
    kinds = [type(event).__name__ for event in list_events.iter_items(client=_client(routes, []))]
    assert kinds == ["CreatedEvent", "DeletedEvent", "UnknownEvent"]


def test_cursor_paging_without_has_more_stops_when_the_cursor_is_absent(package: Path) -> None:
    list_tags = _module("api.tags.list_tags")
    client = _module("client").Client(
        base_url="http://testserver",
        httpx_args={
            "transport": _serve({"/tags": {"tags": ["a"], "next_after": "a"}, "/tags?after=a": {"tags": ["b"]}}, [])
        },
    )
    assert list(list_tags.iter_items(client=client)) == ["a", "b"]


def test_a_multipart_body_and_typed_extras_go_out_as_the_spec_says(package: Path) -> None:
    models, types = _module("models"), _module("types")
    upload = models.DocumentUpload(
        file=types.File(payload=__import__("io").BytesIO(b"%PDF"), file_name="a.pdf", mime_type="application/pdf"),
        title="T",
        dimensions=models.Dimensions(width=1, height=2),
    )
    parts = {name: part for name, part in upload.to_multipart()}
    assert parts["file"][0] == "a.pdf" and parts["title"] == (None, b"T", "text/plain")
    assert json.loads(parts["dimensions"][1]) == {"width": 1, "height": 2}
    settings = models.Settings.from_dict(
        {"name": "n", "limits": {"a": 1}, "sizes": {"s": {"width": 1, "height": 2}}, "x": "y"}
    )
    assert settings.limits["a"] == 1 and settings.sizes["s"].width == 1 and settings["x"] == "y"
    assert settings.to_dict() == {"name": "n", "limits": {"a": 1}, "sizes": {"s": {"width": 1, "height": 2}}, "x": "y"}
