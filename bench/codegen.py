"""Item 4: `make regen` and `make check-generated` wall time for the three specs, against the bare generator."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from bench._common import ROOT, Item, NotMeasured, Row, Sample, log
from contracts.model import VENDORS

__all__ = ["measure"]

_VENDORS = tuple(VENDORS)
_GENERATOR = ROOT / ".venv" / "bin" / "openapi-python-client"


def _timed(command: list[str], what: str, cwd: Path = ROOT) -> float:
    env = {**os.environ, "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("VENDOR", None)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, timeout=600, check=False)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise NotMeasured(f"{what} failed (exit {done.returncode}): {(done.stdout + done.stderr).strip()[-300:]}")
    return wall


def _bare_generator(folder: Path) -> float:
    """The three specs through `openapi-python-client generate` alone (no wipe, stamp, manifest or mypy)."""
    total = 0.0
    for vendor in _VENDORS:
        spec = ROOT / "specs" / vendor
        command = [str(_GENERATOR), "generate", "--path", str(spec / "openapi.yaml"), "--config"]
        command += [str(spec / "client.yaml"), "--output-path", str(folder / vendor), "--meta", "uv", "--overwrite"]
        if (spec / "templates").is_dir():
            command += ["--custom-template-path", str(spec / "templates")]
        total += _timed(command, f"openapi-python-client generate ({vendor})", cwd=folder)
    return total


def _generated_status() -> str:
    done = subprocess.run(
        ["git", "status", "--porcelain", "--", "generated"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return done.stdout


def measure(reps: int) -> Item:
    """Item 4: `reps` times each of `make regen`, `make check-generated` and the bare generator."""
    item = Item(4, "Regeneration and its check", "`make regen` + `make check-generated`", "bare generator")
    item.method = [
        "Ours: `make regen` (wipe, `openapi-python-client generate --fail-on-warning --meta uv` with our templates, "
        "DO-NOT-EDIT headers, GENERATED.json, for the three specs) and `make check-generated` (regenerate into a "
        "temporary folder, byte-compare, `mypy --strict` on the three clients); wall time of each target.",
        "Anchor: what a user would run instead, `openapi-python-client generate --meta uv --overwrite` once per "
        "spec with the same config and templates into a temporary folder, summed; lower is better. No goal is set.",
        "`make regen` rewrites generated/ in place; on a clean tree the bytes are the same (checked with git status).",
    ]
    if not _GENERATOR.exists():
        raise NotMeasured(".venv has no openapi-python-client (run make setup)")
    status_before = _generated_status()
    regen: list[float] = []
    check: list[float] = []
    bare: list[float] = []
    make = ["make", "--no-print-directory"]
    for rep in range(reps):
        log(f"item 4: make regen, make check-generated, bare generator ({rep + 1}/{reps})")
        regen.append(_timed([*make, "regen"], "make regen"))
        check.append(_timed([*make, "check-generated"], "make check-generated"))
        with tempfile.TemporaryDirectory() as tmp:
            bare.append(_bare_generator(Path(tmp)))
    if _generated_status() != status_before:
        item.findings.append(
            "`make regen` changed files under generated/ (git status differs from before the run): the specs and "
            "generated/ were out of step; run `make regen` and commit, then benchmark again."
        )
    both = tuple(a + b for a, b in zip(regen, check, strict=True))
    item.rows.append(Row("`make regen`, three specs", "s", Sample(tuple(regen)), Sample(tuple(bare)), False))
    item.rows.append(Row("`make check-generated`", "s", Sample(tuple(check)), None, False))
    item.rows.append(Row("`make regen` + `make check-generated`", "s", Sample(both), Sample(tuple(bare)), False))
    return item
