"""make apply-overlay (scripts/apply_overlay.py): Overlay 1.0 actions applied by RFC 9535 JSONPath, the spec edited
line by line (comments and layout stay), and bad input refused in one line that names the problem, place and fix."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from contracts.model.vendors import VENDORS
from scripts.apply_overlay import OverlayError, apply_actions, main, overlaid_text

VENDOR = "roit"
SPEC = VENDORS[VENDOR].spec_path


def _overlay(*actions: dict[str, Any], extends: str | None = None) -> dict[str, Any]:
    document: dict[str, Any] = {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}
    if extends is not None:
        document["extends"] = extends
    return document


def _run(
    tmp_path: Path, overlay: Any, capsys: pytest.CaptureFixture[str], *, raw: str | None = None
) -> tuple[int, str]:
    spec = tmp_path / "openapi.yaml"
    if not spec.exists():
        shutil.copyfile(SPEC, spec)
    path = tmp_path / "overlay.yaml"
    path.write_text(raw if raw is not None else yaml.safe_dump(overlay), encoding="utf-8")
    code = main([VENDOR, str(path), "--spec", str(spec), "--only"])
    return code, capsys.readouterr().out


def test_an_overlay_edits_only_the_lines_it_adds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    overlay = _overlay(
        {"target": "$.components.schemas.ProcessStatus.enum", "update": "MOCK_NEW_STATUS"},
        {"target": "$.components.schemas.ProcessStatus", "update": {"x-observed": {"run": "R", "count": 1}}},
    )
    code, out = _run(tmp_path, overlay, capsys)
    assert code == 0, out
    before = SPEC.read_text(encoding="utf-8").splitlines()
    after = (tmp_path / "openapi.yaml").read_text(encoding="utf-8").splitlines()
    changed = [line for line in difflib.unified_diff(before, after, lineterm="", n=0) if line[:1] in "+-"]
    removed = [line[1:].strip() for line in changed if line.startswith("-") and not line.startswith("---")]
    added = [line[1:].strip() for line in changed if line.startswith("+") and not line.startswith("+++")]
    # The flow-style enum line is rewritten with the value added; the mark is new lines; nothing else moves.
    assert removed == ["enum: [PENDING, START, PROCESSING, AUDIT, CONSOLIDATION, FINISHED, FAILED]"], changed
    assert added[0] == "enum: [PENDING, START, PROCESSING, AUDIT, CONSOLIDATION, FINISHED, FAILED, MOCK_NEW_STATUS]"
    assert sorted(added[1:]) == ["count: 1", "run: R", "x-observed:"], changed
    assert "# " in "\n".join(after)  # the spec's comments are still there


def test_update_merges_objects_appends_to_arrays_and_remove_removes() -> None:
    document = {"a": {"b": {"c": 1}, "list": [1]}, "gone": {"x": 1}}
    overlay = _overlay(
        {"target": "$.a", "update": {"b": {"d": 2}, "e": 3}},
        {"target": "$.a.list", "update": 2},
        {"target": "$.gone", "remove": True},
    )
    apply_actions(document, overlay)
    assert document == {"a": {"b": {"c": 1, "d": 2}, "e": 3, "list": [1, 2]}}


@pytest.mark.parametrize(
    ("overlay", "raw", "named"),
    [
        (None, "", "no such file"),
        (None, "overlay: [unclosed", "not readable as YAML"),
        ({"openapi": "3.1.0"}, None, "not an OpenAPI Overlay 1.0 document"),
        (_overlay(), None, "at least one action"),
        (_overlay({"update": {}}), None, "needs a `target`"),
        (_overlay({"target": "$.info"}), None, "exactly one of `update` or `remove: true`"),
        (_overlay({"target": "$.info[", "update": {}}), None, "is not an RFC 9535 JSONPath"),
        (_overlay({"target": "$.components.schemas.NoSuchSchema", "update": {}}), None, "matches nothing"),
        (_overlay({"target": "$.info.title", "update": {"a": 1}}), None, "an update needs an object or an array"),
        (_overlay({"target": "$.info", "update": {}}, extends="../paymentworks/openapi.yaml"), None, "extends"),
    ],
    ids=["missing", "not-yaml", "not-overlay", "no-actions", "no-target", "no-verb", "bad-path", "no-match",
         "scalar", "other-spec"],
)  # fmt: skip
def test_bad_input_is_one_line_naming_problem_place_and_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], overlay: Any, raw: str | None, named: str
) -> None:
    spec = tmp_path / "openapi.yaml"
    shutil.copyfile(SPEC, spec)
    if overlay is None and raw == "":
        code = main([VENDOR, str(tmp_path / "missing.yaml"), "--spec", str(spec), "--only"])
        out = capsys.readouterr().out
    else:
        if overlay is not None and "extends" in overlay:
            overlay["extends"] = str(VENDORS["paymentworks"].spec_path)
        code, out = _run(tmp_path, overlay, capsys, raw=raw)
    assert code == 1 and named in out and out.count("\n") == 1 and "Traceback" not in out, out
    assert out.startswith("apply-overlay: ") and ("overlay.yaml" in out or "missing.yaml" in out), out
    assert spec.read_text(encoding="utf-8") == SPEC.read_text(encoding="utf-8")  # the spec is left as it was


def test_an_unknown_vendor_or_no_overlay_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nobody", "x.yaml"]) == 2 and "is not one of roit" in capsys.readouterr().out
    assert main([VENDOR, ""]) == 2 and "pass OVERLAY=<file>" in capsys.readouterr().out


def test_an_edit_that_would_not_parse_back_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import scripts.apply_overlay as module

    overlay = _overlay({"target": "$.info", "update": {"x-observed": {"run": "R"}}})
    text = SPEC.read_text(encoding="utf-8")
    assert "x-observed" in overlaid_text(text, overlay)
    monkeypatch.setattr(module, "_to_source", lambda source, layout: lambda line: 0)  # every edit placed at the top
    with pytest.raises(OverlayError, match="does not parse back"):
        overlaid_text(text, overlay)
