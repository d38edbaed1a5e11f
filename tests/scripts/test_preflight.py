"""The run's edge: every input of `make contract` is read once, before pytest, and a bad one is one line."""

from __future__ import annotations

import pytest

from contract_tests.preflight import check_run, main
from contracts.model import VENDORS


def _refusal(capsys: pytest.CaptureFixture[str], argv: list[str], monkeypatch: pytest.MonkeyPatch, **env: str) -> str:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1, captured.err
    return captured.err


def test_no_vendor_named_runs_every_vendor_of_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert capsys.readouterr().out.split() == list(VENDORS)


def test_named_vendors_run_in_the_order_given_once_each() -> None:
    assert check_run(["procuros roit", "procuros"], {}) == ["procuros", "roit"]


def test_an_unknown_vendor_is_refused_naming_the_known_ones(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    line = _refusal(capsys, ["foo"], monkeypatch)
    assert "VENDOR='foo'" in line and all(name in line for name in VENDORS)
    assert "Errno" not in line and "No such file" not in line


@pytest.mark.parametrize(
    ("variable", "value", "accepted"),
    [
        ("CONTRACT_TARGET", "prod", "'mock'"),
        ("HYPOTHESIS_PROFILE", "deep", "nightly"),
        ("CONTRACT_WORKERS", "many", "auto"),
        ("CONTRACT_MAX_REQUESTS", "lots", "0 or more"),
        ("CONTRACT_MAX_RESPONSE_TIME", "soon", "seconds"),
        ("MOCK_FAULTS", "no-such-fault", "wrong-type"),
        ("MOCK_FAULTS", "wrong-type@no_such_operation", "get_request"),
        ("CONTRACT_RECORD", "yes", "use 1 to switch it on"),
    ],
)
def test_a_bad_setting_is_one_line_naming_the_variable_the_value_and_what_is_accepted(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, variable: str, value: str, accepted: str
) -> None:
    line = _refusal(capsys, ["roit"], monkeypatch, **{variable: value})
    assert f"{variable}={value!r}" in line and accepted in line


def test_good_settings_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"HYPOTHESIS_PROFILE": "ci", "CONTRACT_WORKERS": "0", "MOCK_FAULTS": "wrong-type@get_request"}
    assert check_run(["roit"], env) == ["roit"]


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"CONTRACT_RECORD": "1"}, "CONTRACT_RECORD=1 applies to a live run only: add CONTRACT_TARGET=live"),
        ({"CONTRACT_TARGET": "live", "CONTRACT_REPLAY": "/nowhere"}, "/nowhere/roit.yaml: no such cassette"),
        (
            {"CONTRACT_TARGET": "live", "CONTRACT_REPLAY": "/nowhere", "CONTRACT_RECORD": "1"},
            "a replay sends nothing to record",
        ),
    ],
    ids=["record on a mock run", "replay of a missing cassette", "record and replay at once"],
)
def test_recording_and_replaying_are_refused_in_one_line_where_they_cannot_work(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, env: dict[str, str], named: str
) -> None:
    assert named in _refusal(capsys, ["roit"], monkeypatch, **env)
