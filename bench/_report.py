"""The machine's details and BENCHMARKS.md from the measured items."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
from datetime import UTC, datetime
from importlib.metadata import version

from bench._common import ROOT, Item, Row, fmt

__all__ = ["machine", "render"]


def _first_line(command: list[str]) -> str:
    if shutil.which(command[0]) is None and not os.path.exists(command[0]):
        return "not installed"
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    text = (done.stdout or done.stderr).strip()
    return text.splitlines()[0] if text else "unknown"


def machine() -> dict[str, str]:
    """What the figures were measured on (read now, so call it at the start and the end of a run)."""
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), cpu)
    except OSError:
        pass
    memory = "unknown"
    try:
        with open("/proc/meminfo") as info:
            kib = int(next(line.split()[1] for line in info if line.startswith("MemTotal")))
            memory = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    prism = ROOT / "bench" / "node_modules" / ".bin" / "prism"
    return {
        "date (UTC)": datetime.now(UTC).strftime("%Y-%m-%d %H:%M"),
        "CPU": f"{cpu}, {os.cpu_count()} logical cores",
        "memory": memory,
        "OS": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "Python": platform.python_version(),
        "uvicorn / httpx / schemathesis / hypothesis": " / ".join(
            version(p) for p in ("uvicorn", "httpx", "schemathesis", "hypothesis")
        ),
        "openapi-python-client": version("openapi-python-client"),
        "Node.js": _first_line(["node", "--version"]),
        "Prism": _first_line([str(prism), "--version"]),
        "load tool": _first_line(["wrk", "--version"]).split(" Copyright")[0],
        "load average at start (1, 5, 15 min)": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def _ratio(row: Row) -> str:
    if row.ratio is None:
        return "-"
    return f"{row.ratio:.2f}x"


def _goal(row: Row) -> str:
    if row.limit is not None:
        text = f"< {fmt(row.limit)} {row.unit}"
    elif row.goal is not None:
        text = f"{'≥' if row.higher_is_better else '≤'} {row.goal:.2f}x"
    else:
        return "-"
    met = row.goal_met
    return text + (" **met**" if met else " **NOT MET**" if met is False else "")


def _cell(sample_median: float | None) -> str:
    return "-" if sample_median is None else fmt(sample_median)


def render(items: list[Item], before: dict[str, str], reps: int, seconds: float) -> str:
    """BENCHMARKS.md."""
    load_end = " ".join(f"{x:.2f}" for x in os.getloadavg())
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (scripts/bench.sh, then `python -m bench`; code in [bench/](bench/)); do not edit.",
        "Each figure is the **median** of repeated runs, with the spread (min-max, ± half-range) beside it, and each",
        "ratio is ours / the anchor measured **in the same run**, interleaved with ours. The benchmark never fails on",
        "a number. The machine is shared (other test runs may be loading it: see the load averages), so compare ratios",
        "more than absolute figures.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *[f"| {k} | {v} |" for k, v in before.items()],
        f"| load average at end | {load_end} |",
        f"| repetitions | {reps} per figure (wrk runs of {seconds:g} s) |",
        "",
        "## Summary",
        "",
        "| # | measure | ours | anchor | ours / anchor | goal |",
        "|---|---|---:|---:|---:|---|",
    ]
    for item in items:
        if item.not_measured:
            lines.append(f"| {item.number} | {item.title} | not measured: {item.not_measured} | | | |")
            continue
        for row in item.rows:
            ours = f"{fmt(row.ours.median)} {row.unit}" if row.ours else "-"
            anchor = f"{fmt(row.anchor.median)} {row.unit}" if row.anchor else "-"
            lines.append(f"| {item.number} | {row.name} | {ours} | {anchor} | {_ratio(row)} | {_goal(row)} |")
    missed = [(i, r) for i in items for r in i.rows if r.goal_met is False]
    lines += ["", "Goals not met: " + (", ".join(f"{i.number}. {r.name}" for i, r in missed) or "none") + "."]
    for item in items:
        lines += ["", f"## {item.number}. {item.title}: {item.ours_label} against {item.anchor_label}", ""]
        lines += [f"- {m}" for m in item.method]
        if item.not_measured:
            lines += ["", f"**Not measured: {item.not_measured}**"]
            continue
        lines += [
            "",
            "| measure | unit | ours (median) | ours spread | anchor (median) | anchor spread | ours / anchor | goal |",
            "|---|---|---:|---|---:|---|---:|---|",
        ]
        for row in item.rows:
            lines.append(
                f"| {row.name} | {row.unit} | {_cell(row.ours.median if row.ours else None)} | "
                f"{row.ours.spread if row.ours else '-'} | {_cell(row.anchor.median if row.anchor else None)} | "
                f"{row.anchor.spread if row.anchor else '-'} | {_ratio(row)} | {_goal(row)} |"
            )
        notes = [f"{row.name}: {row.note}" for row in item.rows if row.note]
        if notes or item.findings:
            lines.append("")
            lines += [f"- {n}" for n in notes]
            lines += [f"- {f}" for f in item.findings]
    lines += [
        "",
        "## Reproduce",
        "",
        "`make bench` (about 20 minutes; `BENCH_ARGS='--items 1,2 --reps 5'` to choose). scripts/bench.sh installs",
        "wrk with `apt-get install -y wrk` when it is missing and Prism from bench/package-lock.json with `npm ci`;",
        "an item whose tool is missing is reported as not measured, with the reason.",
        "",
    ]
    return "\n".join(lines)
