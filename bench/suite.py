"""Item 3: the contract suite's cases per second against `st run --checks all` on Prism, and `make contract` time."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from bench._common import ROOT, Item, NotMeasured, Row, Sample, fmt, free_port, log, serve
from bench.load import PRISM, prism_command
from bench.phases import PHASES, PhaseProfile, profile_vendor
from contracts.mock.engine import DEMO_TOKEN
from contracts.model import VENDORS
from contracts.reporting.record import read_record

__all__ = ["measure"]

_AUTH = {name: vendor.authorization(DEMO_TOKEN) for name, vendor in VENDORS.items()}
_EXAMPLES = 25  # the `ci` Hypothesis profile's max_examples (contract_tests/hypothesis_profiles.py)
_LIMIT_SECONDS = 30.0  # the goal: `make contract` at 30 s median wall on this 2-core machine
_CPU_RATE_GOAL = 4.0  # cases per CPU-second at least 4x st run's
_ST_TIMEOUT = 600.0  # seconds for one `st run`: Prism answers the deep Procuros documents slowly
_ST = str(ROOT / ".venv" / "bin" / "st")


def _run_cases() -> dict[str, int]:
    """Cases per vendor from the run record, reports/run.json (every report is rendered from it)."""
    path = ROOT / "reports" / "run.json"
    if not path.exists():
        raise NotMeasured("reports/run.json is missing (did make contract write it?)")
    cases: dict[str, int] = {}
    for (vendor, _operation), operation in read_record(path).log.operations.items():
        cases[vendor] = cases.get(vendor, 0) + operation.cases
    return cases


def _junit_seconds() -> dict[str, float]:
    """Test seconds from reports/junit.xml, per `<vendor> conformance|stateful`."""
    seconds: dict[str, float] = {}
    for case in ET.parse(ROOT / "reports" / "junit.xml").iter("testcase"):
        parts = (case.get("classname") or "").split(".")
        if len(parts) < 3:
            continue
        key = f"{parts[1]} {'stateful' if 'stateful' in parts[2] else 'conformance'}"
        seconds[key] = seconds.get(key, 0.0) + float(case.get("time") or 0)
    return seconds


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's finished children so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _make_contract() -> tuple[float, float, float, dict[str, int], dict[str, float]]:
    """Wall and CPU seconds of `make contract`, seconds until the specs passed, cases per vendor, junit seconds."""
    env = {**os.environ, "HYPOTHESIS_PROFILE": "ci"}
    env.pop("VENDOR", None)
    start, cpu_before = time.perf_counter(), _children_cpu()
    validated_at = start
    command = ["make", "--no-print-directory", "contract"]
    with subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env) as process:
        assert process.stdout is not None
        tail: list[str] = []
        for raw in process.stdout:
            line = raw.decode(errors="replace")
            if line.startswith("==> contract suite"):
                validated_at = time.perf_counter()
            tail = [*tail[-5:], line.rstrip()]
        code = process.wait()
    wall, cpu = time.perf_counter() - start, _children_cpu() - cpu_before
    if code != 0:
        raise NotMeasured(f"make contract failed (exit {code}): " + " / ".join(tail[-3:]))
    return wall, cpu, validated_at - start, _run_cases(), _junit_seconds()


@contextmanager
def _prism(vendor: str) -> Iterator[str]:
    """Prism serving one vendor's spec for one `st run`, then stopped: a Prism left behind keeps answering a backlog of
    Procuros requests, and would take CPU from the next `make contract`."""
    if not PRISM.exists():
        raise NotMeasured("Prism is not installed (scripts/bench.sh runs npm ci in bench/)")
    port = free_port()
    with serve(prism_command(vendor, port), port, f"Prism on specs/{vendor}/openapi.yaml"):
        yield f"http://127.0.0.1:{port}"


def _st_run(vendor: str, base: str, folder: Path) -> tuple[float, float, int]:
    """Test seconds (st's own figure), CPU seconds and test cases of `st run --checks all` on one spec on Prism.

    The CPU seconds are st's own process: Prism (a child that outlives the run) is not in them.
    """
    command = [_ST, "run", str(ROOT / "specs" / vendor / "openapi.yaml"), "--url", base, "--checks", "all"]
    command += ["--max-examples", str(_EXAMPLES), "--generation-deterministic", "--no-color"]
    command += ["--header", f"Authorization: {_AUTH[vendor]}"]
    # Run outside the repository so that no schemathesis.toml of ours configures the anchor.
    cpu_before = _children_cpu()
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=_ST_TIMEOUT, check=False)
    cpu = _children_cpu() - cpu_before
    found = re.search(r"(\d+) generated", done.stdout)
    seconds = re.findall(r" in ([\d.]+)s\b", done.stdout)
    if found is None or not seconds:
        why = (done.stderr or done.stdout)[-200:]
        raise NotMeasured(f"st run on {vendor} printed no test-case count or time (exit {done.returncode}): {why}")
    return float(seconds[-1]), cpu, int(found.group(1))


def _method() -> list[str]:
    return [
        "Ours: `make contract` (validate the specs, then the pytest suite: conformance with every check over every "
        f"operation and the stateful workflows, against the in-process mocks), `HYPOTHESIS_PROFILE=ci` "
        f"(max_examples {_EXAMPLES}, derandomized); cases from the run record reports/run.json, test seconds from "
        "reports/junit.xml; wall time of the whole target and the CPU seconds (user + system) of every process it "
        "started.",
        f"Anchor: `st run specs/<vendor>/openapi.yaml --url <Prism> --checks all --max-examples {_EXAMPLES} "
        "--generation-deterministic` (schemathesis "
        + _st_version()
        + ") on each of the same three specs, one after the other, with the vendor's Authorization header, each "
        "against a Prism serving that spec, started for that run and stopped after it (Prism answers the deep Procuros "
        "documents slowly, and st gives up on an API that stops answering, so its Procuros case count varies from run "
        "to run); cases: its 'N generated', seconds: its own closing figure, CPU seconds: st's process alone (Prism's "
        "are not counted, while ours include the in-process mock's; a second row counts them, Prism's CPU seconds read "
        "once it is stopped). The three runs are summed into one figure to set beside the whole `make contract`.",
        "Both run every phase (examples, coverage, fuzzing, stateful). They do not count a 'case' identically "
        "(ours counts every request the suite checks, other-method probes included), so cases per second compares "
        "the throughput of generated-and-checked requests, not coverage.",
        "Where the time goes: each vendor's suite once more in one process under pyinstrument (bench/phases.py), "
        "every sampled second given to one phase (the innermost of: reporting, the mock, response checks, transport, "
        "case generation, the suite's own code, collection; else start-up). The profiler slows the run and samples "
        "the main thread only: a mock served from a thread shows as transport (waiting for the answer).",
    ]


class _StRun(NamedTuple):
    """One `st run` on one spec: its own closing seconds, its CPU seconds, its cases, and its Prism's CPU seconds."""

    seconds: float
    cpu: float
    cases: int
    prism_cpu: float


def _st_runs(folder: Path, rep: int, reps: int) -> dict[str, _StRun]:
    """`st run` on each vendor's spec, each against a Prism of its own (whose CPU seconds count once it is reaped)."""
    done: dict[str, _StRun] = {}
    for vendor in VENDORS:
        log(f"item 3: st run on Prism, {vendor} ({rep + 1}/{reps})")
        cpu_before = _children_cpu()
        with _prism(vendor) as base:
            seconds, cpu, cases = _st_run(vendor, base, folder)
        done[vendor] = _StRun(seconds, cpu, cases, _children_cpu() - cpu_before - cpu)
    return done


def _runs(reps: int, folder: Path) -> dict[str, Any]:
    """`make contract` and `st run` on Prism for the same three specs, alternating, `reps` times."""
    found: dict[str, Any] = {"wall": [], "cpu": [], "rate": [], "st_cpu_rate": [], "st_prism_cpu_rate": []}
    found.update(vendor_rate={v: [] for v in VENDORS}, st_rate={v: [] for v in VENDORS})
    for rep in range(reps):
        for which in ["ours", "anchor"] if rep % 2 == 0 else ["anchor", "ours"]:
            if which == "ours":
                log(f"item 3: make contract ({rep + 1}/{reps})")
                wall, cpu, setup, cases, junit = _make_contract()
                found["wall"].append(wall)
                found["cpu"].append(cpu)
                found["rate"].append(sum(cases.values()) / cpu)
                for vendor in VENDORS:
                    seconds = sum(v for k, v in junit.items() if k.startswith(f"{vendor} "))
                    found["vendor_rate"][vendor].append(cases[vendor] / seconds)
                found.update(setup=setup, cases=cases, junit=junit)
            else:
                st = _st_runs(folder, rep, reps)
                st_cases = sum(run.cases for run in st.values())
                found["st_cpu_rate"].append(st_cases / sum(run.cpu for run in st.values()))
                found["st_prism_cpu_rate"].append(st_cases / sum(run.cpu + run.prism_cpu for run in st.values()))
                for vendor, run in st.items():
                    found["st_rate"][vendor].append(run.cases / run.seconds)
                found["st_runs"] = st
    return found


def _phase_table(profiles: list[PhaseProfile]) -> str:
    head = "| phase | " + " | ".join(f"`{p.vendor}`" for p in profiles) + " |"
    lines = [head, "|---|" + "---:|" * len(profiles)]
    for phase in PHASES:
        cells = [f"{fmt(p.seconds.get(phase, 0.0))} s ({p.share(phase):.0%})" for p in profiles]
        lines.append(f"| {phase} | " + " | ".join(cells) + " |")
    lines.append("| all (under the profiler) | " + " | ".join(f"{fmt(p.total)} s" for p in profiles) + " |")
    return "Time per phase and vendor, one profiled run each:\n\n" + "\n".join(lines)


def measure(reps: int) -> Item:
    """Item 3: `make contract` and `st run` on Prism, side by side; then where `make contract`'s time goes."""
    item = Item(3, "Contract suite speed", "`make contract` (our suite)", "`st run --checks all` on Prism")
    item.method = _method()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        found = _runs(reps, folder)
        log("item 3: profiling each vendor's suite with pyinstrument")
        profiles = [profile_vendor(vendor, folder) for vendor in VENDORS]
    cases, junit = found["cases"], found["junit"]
    per_run = f"{sum(cases.values())} (" + ", ".join(f"{v} {n}" for n, v in cases.items()) + ")"
    st_cases = {vendor: run.cases for vendor, run in found["st_runs"].items()}
    st_per_run = f"{sum(st_cases.values())} (" + ", ".join(f"{v} {n}" for n, v in st_cases.items()) + ")"
    item.rows += [
        Row(
            "cases per CPU-second, whole `make contract` vs `st run` on the same three specs",
            "cases/CPU-s",
            Sample(tuple(found["rate"])),
            Sample(tuple(found["st_cpu_rate"])),
            True,
            goal=_CPU_RATE_GOAL,
            note=f"cases per run: ours {per_run}; st {st_per_run}",
        ),
        Row(
            "cases per CPU-second, whole `make contract` vs `st run` and the Prism it tests, same three specs",
            "cases/CPU-s",
            Sample(tuple(found["rate"])),
            Sample(tuple(found["st_prism_cpu_rate"])),
            True,
            note="the same runs, the anchor's CPU seconds counting its mock as ours count our in-process mocks; "
            "last run, CPU seconds of st + Prism: "
            + ", ".join(f"{v} {fmt(run.cpu)} + {fmt(run.prism_cpu)}" for v, run in found["st_runs"].items()),
        ),
        *(
            Row(
                f"test cases per second, `{vendor}` spec, test time",
                "cases/s",
                Sample(tuple(found["vendor_rate"][vendor])),
                Sample(tuple(found["st_rate"][vendor])),
                True,
            )
            for vendor in VENDORS
        ),
        Row("`make contract` CPU seconds", "CPU-s", Sample(tuple(found["cpu"])), None, False),
        Row("`make contract` wall time", "s", Sample(tuple(found["wall"])), None, False, limit=_LIMIT_SECONDS),
    ]
    tests = sum(junit.values())
    wall = found["wall"][-1]
    item.findings.append(
        f"Where `make contract` spends its time (last run, {fmt(wall)} s wall): {fmt(found['setup'])} s until the "
        "specs have passed validation (make, the .venv stamp, the input check, validate-specs, with the suite "
        f"starting beside it), then {fmt(tests)} s of test time summed over the "
        "pytest-xdist workers, which run side by side ("
        + ", ".join(f"{k} {fmt(v)} s" for k, v in sorted(junit.items(), key=lambda kv: -kv[1]))
        + f"); the {fmt(found['cpu'][-1])} CPU seconds of the run also pay each worker's start-up and collection "
        "and the report."
    )
    item.findings.append(_phase_table(profiles))
    return item


def _st_version() -> str:
    done = subprocess.run([_ST, "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip().rsplit(" ", 1)[-1] or "unknown"
