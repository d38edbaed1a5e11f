"""Where one vendor's contract run spends its time, per phase: pyinstrument's call tree, each frame given a phase.

A frame belongs to the phase of its innermost ancestor (itself included) that a rule names: the mock's code is "the
mock", the checks' code "response checks", whatever Hypothesis and Schemathesis' generation run "case generation",
and so on; a frame no rule names inherits its caller's phase, so a helper the mock calls (jsonschema-rs, orjson)
counts as the mock's time. Every sampled second lands in exactly one phase, so the shares add up to the whole run.
"""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench._common import PY, ROOT, NotMeasured

__all__ = ["PHASES", "PhaseProfile", "profile_vendor"]

# (phase, path fragments, function names): a frame matches when its file path holds a fragment, or, where names
# are given, when its function is one of them (any file). Innermost match wins; the order breaks ties in one frame.
_RULES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("reporting", ("contracts/reporting/", "contract_tests/run_report"), ("pytest_sessionfinish",)),
    ("the mock's handling and validation", ("contracts/mock/",), ()),
    (
        "response checks",
        ("contracts/semantics/", "schemathesis/checks", "schemathesis/specs/openapi/checks"),
        ("validate_response",),
    ),
    (
        "transport",
        ("schemathesis/transport/", "requests/", "urllib3/", "httpx/", "contracts/live/", "http/client.py"),
        (),
    ),
    ("case generation", ("hypothesis/", "hypothesis_jsonschema/", "schemathesis/generation/"), ()),
    ("the suite's own per-case code", ("contract_tests/",), ()),
    ("collection (building the suite, loading specs)", (), ("pytest_collection", "perform_collect")),
)
PHASES = (*(rule[0] for rule in _RULES), "start-up (imports, pytest, the rest)")
_REST = PHASES[-1]


@dataclass(frozen=True)
class PhaseProfile:
    """One vendor's sampled seconds per phase."""

    vendor: str
    seconds: dict[str, float]

    @property
    def total(self) -> float:
        """All sampled seconds."""
        return sum(self.seconds.values())

    def share(self, phase: str) -> float:
        """The phase's share of the run."""
        return self.seconds.get(phase, 0.0) / self.total if self.total else 0.0


def _phase_of(frame: Any) -> str | None:
    path = (frame.file_path or "").replace(os.sep, "/")
    for phase, fragments, functions in _RULES:
        if any(fragment in path for fragment in fragments) or (frame.function in functions):
            return phase
    return None


def _attribute(root: Any) -> dict[str, float]:
    seconds: Counter[str] = Counter()
    stack = [(root, _REST)]
    while stack:
        frame, inherited = stack.pop()
        phase = _phase_of(frame) or inherited
        seconds[phase] += max(frame.time - sum(child.time for child in frame.children), 0.0)
        stack.extend((child, phase) for child in frame.children)
    return dict(seconds)


def profile_vendor(vendor: str, folder: Path) -> PhaseProfile:
    """Run `pytest contract_tests/<vendor>` (the `ci` profile, one process) under pyinstrument; seconds per phase."""
    from pyinstrument.session import Session

    output = folder / f"{vendor}.pyisession"
    command = [PY, "-m", "pyinstrument", "-r", "session", "-o", str(output), "-m", "pytest", f"contract_tests/{vendor}"]
    command += ["-q", "-p", "no:cacheprovider"]
    env = {
        **os.environ,
        "HYPOTHESIS_PROFILE": "ci",
        # The reports (summary.md, drift.md, run.json) go beside the profile, not into reports/.
        "CONTRACT_SUMMARY": str(folder / vendor / "summary.md"),
    }
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, timeout=900, check=False)
    if not output.exists():
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        why = f"exit {done.returncode}: {tail[0]}"
        raise NotMeasured(f"pyinstrument wrote no profile of contract_tests/{vendor} ({why})")
    return PhaseProfile(vendor, _attribute(Session.load(str(output)).root_frame()))
