"""The suite `make contract` starts beside validate-specs writes its reports only after the verdict `valid`."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from contract_tests import conftest
from contracts.model.environment import RunSettings


def _judged(monkeypatch: pytest.MonkeyPatch, verdict: Path | None) -> bool:
    monkeypatch.setattr(conftest, "RUN", RunSettings(specs_verdict=verdict))
    return conftest._specs_valid()


def test_without_a_check_beside_it_the_suite_reports_as_always(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _judged(monkeypatch, None)


@pytest.mark.parametrize(("written", "reports"), [("valid\n", True), ("invalid\n", False)])
def test_the_verdict_decides_whether_the_reports_are_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, written: str, reports: bool
) -> None:
    verdict = tmp_path / "verdict"
    verdict.write_text(written, encoding="utf-8")
    assert _judged(monkeypatch, verdict) is reports


def test_a_suite_that_ends_before_the_check_waits_for_its_verdict(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    verdict = tmp_path / "verdict"
    later = threading.Timer(0.2, lambda: verdict.write_text("valid\n", encoding="utf-8"))
    later.start()
    try:
        assert _judged(monkeypatch, verdict)
    finally:
        later.cancel()


def test_a_check_that_never_ends_writes_no_report(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(conftest, "_SPECS_WAIT_SECONDS", 0.05)
    assert not _judged(monkeypatch, tmp_path / "never-written")


def test_the_setting_is_read_from_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "verdict"
    assert RunSettings.from_env({"CONTRACT_SPECS_VERDICT": str(path)}).specs_verdict == path
    assert RunSettings.from_env({}).specs_verdict is None
