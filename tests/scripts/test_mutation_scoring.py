"""`make mutation` scores a mutant from the run record (run.json), never by parsing a Markdown report back."""

from __future__ import annotations

from pathlib import Path

from contracts.reporting import RunRecord, summary_markdown
from scripts.mutation import killers


def _record_with_a_failure(folder: Path) -> Path:
    record = RunRecord()
    log = record.log.operation("roit", "get_request", "GET /requests/{id}", ("200", "404"))
    record.log.record(
        log, status=200, checks_passed=4, failures=["Response violates schema: 'id' is a required property"]
    )
    record.test_outcome("contract_tests/roit/test_conformance.py::test_x[GET /requests/{id}]", "failed", "boom")
    path = folder / "run.json"
    record.write(path)
    (folder / "summary.md").write_text(summary_markdown(record.log, target="mock", profile="ci"), encoding="utf-8")
    return path


def test_a_damaged_summary_does_not_change_the_score(tmp_path: Path) -> None:
    path = _record_with_a_failure(tmp_path)
    before = killers(path)
    assert before == ("get_request: Response violates schema",)
    (tmp_path / "summary.md").write_text("- `list_requests`: Made up check (x9)\n# garbage\n", encoding="utf-8")
    assert killers(path) == before
    (tmp_path / "summary.md").unlink()
    assert killers(path) == before


def test_the_score_follows_the_record(tmp_path: Path) -> None:
    path = _record_with_a_failure(tmp_path)
    record = RunRecord()
    record.test_outcome("contract_tests/roit/test_properties.py::test_batch_is_all_or_nothing", "failed", "x")
    record.test_outcome("contract_tests/roit/test_properties.py::test_other", "passed")
    record.write(path)
    assert killers(path) == ("contract_tests.roit.test_properties::test_batch_is_all_or_nothing",)
    path.unlink()
    assert killers(path) == ()
