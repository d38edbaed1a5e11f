"""The JUnit file of a contract run (reports/junit.xml), rendered from the run record like every other report.

The names follow pytest's own `--junitxml` (xunit2): a test's class name is its module path dotted plus its class,
its name the rest of its node id, so CI tools and bench/suite.py read it as they read pytest's.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from contracts.reporting.record import RunRecord, TestOutcome

__all__ = ["junit_xml"]


def _names(node_id: str) -> tuple[str, str]:
    """(classname, name) as pytest's junitxml derives them from a node id."""
    parts = node_id.split("::")
    module = parts[0].removesuffix(".py").replace("/", ".")
    return ".".join([module, *parts[1:-1]]), parts[-1] if len(parts) > 1 else parts[0]


def _case(suite: ET.Element, test: TestOutcome) -> None:
    classname, name = _names(test.node_id)
    case = ET.SubElement(suite, "testcase", classname=classname, name=name, time=f"{test.seconds:.3f}")
    if test.outcome == "failed":
        ET.SubElement(case, "failure", message=test.reason).text = test.details or test.reason
    elif test.outcome == "skipped":
        ET.SubElement(case, "skipped", type="pytest.skip", message=test.reason).text = test.reason


def junit_xml(record: RunRecord, *, name: str = "contract") -> str:
    """The record's tests as a JUnit (xunit2) document: one testcase per test, failures and skips with their reasons."""
    tests = list(record.tests.values())
    counts = {kind: sum(t.outcome == kind for t in tests) for kind in ("failed", "skipped")}
    root = ET.Element("testsuites", name="contract suite")
    suite = ET.SubElement(
        root,
        "testsuite",
        name=name,
        tests=str(len(tests)),
        failures=str(counts["failed"]),
        errors="0",
        skipped=str(counts["skipped"]),
        time=f"{sum(t.seconds for t in tests):.3f}",
    )
    for test in tests:
        _case(suite, test)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
