"""What every benchmark item shares: samples and their medians, result rows, child processes on loopback ports."""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import signal
import socket
import statistics
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "PY",
    "ROOT",
    "UPDATE_TRACKED",
    "Item",
    "NotMeasured",
    "Row",
    "Sample",
    "collector_paused",
    "collector_share",
    "fmt",
    "free_port",
    "log",
    "serve",
    "taking_turns",
    "wait_for_port",
]

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")


class NotMeasured(Exception):
    """An item (or row) could not be measured; the message says why and how to fix it."""


@dataclass(frozen=True)
class Sample:
    """Repeated measurements of one quantity (one value per repetition)."""

    values: tuple[float, ...]

    @property
    def median(self) -> float:
        """The median of the repetitions."""
        return statistics.median(self.values)

    @property
    def spread(self) -> str:
        """min-max of the repetitions and the half-range as a percentage of the median."""
        low, high = min(self.values), max(self.values)
        half = (high - low) / 2 / self.median * 100 if self.median else 0.0
        return f"{fmt(low)}-{fmt(high)} (±{half:.0f} %)"


@dataclass
class Row:
    """One comparison: ours against the anchor measured in the same run."""

    name: str
    unit: str
    ours: Sample | None
    anchor: Sample | None
    higher_is_better: bool
    goal: float | None = None  # the ratio ours/anchor must reach (higher_is_better) or stay under
    limit: float | None = None  # an absolute bound ours must stay under
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """ours / anchor, medians."""
        if self.ours is None or self.anchor is None or not self.anchor.median:
            return None
        return self.ours.median / self.anchor.median

    @property
    def goal_met(self) -> bool | None:
        """Whether the ratio meets the goal (None when there is no goal or nothing to compare)."""
        if self.limit is not None and self.ours is not None:
            return self.ours.median < self.limit
        if self.goal is None or self.ratio is None:
            return None
        return self.ratio >= self.goal if self.higher_is_better else self.ratio <= self.goal


@dataclass
class Item:
    """One numbered benchmark item: its rows, the anchor's name, and notes (method, profile, limits)."""

    number: int
    title: str
    ours_label: str
    anchor_label: str
    rows: list[Row] = field(default_factory=list)
    method: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    not_measured: str | None = None


# What one parsed PaymentWorks `Update` gives the collector to track (items 2 and 5 explain their gaps with it).
UPDATE_TRACKED = (
    "six objects the collector tracks (the attrs instances of the update and its three nested models, and two lists)"
)


@contextlib.contextmanager
def collector_paused(pause: bool = True) -> Iterator[None]:
    """Python's garbage collector paused for the block when `pause` (a diagnosis only), then as it was before."""
    paused = pause and gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def taking_turns(ours: Callable[[], float], anchor: Callable[[], float], turns: int) -> tuple[float, float]:
    """The mean of `turns` measurements of each side, the two taking turns and alternating which goes first, so
    both see the same phases of a shared machine (one block each, one after the other, swung ratios by ±20 %).

    Each measurement starts from a collected heap (`gc.collect()`, untimed): otherwise the collections the garbage
    of one side makes due are paid by whichever side runs when they come, and the side that makes less garbage pays
    for the other's (a streamed iter_items measured 0.98-1.18x against the raw loop that way, 1.25-1.41x this way).
    """
    ours_total = anchor_total = 0.0

    def settled(measure: Callable[[], float]) -> float:
        gc.collect()
        return measure()

    for turn in range(turns):
        if turn % 2 == 0:
            ours_total += settled(ours)
            anchor_total += settled(anchor)
        else:
            anchor_total += settled(anchor)
            ours_total += settled(ours)
    return ours_total / turns, anchor_total / turns


def collector_share(gap: float, paused_gap: float, unit: str) -> str:
    """How a gap splits between building models and the collector's work, from the same gap with it paused."""
    if paused_gap >= gap or paused_gap <= 0:
        return (
            f"with the collector paused the gap is {fmt(paused_gap)} {unit} against {fmt(gap)} {unit} with it "
            "running: in this run the collector's share is within the noise"
        )
    return (
        f"of the {fmt(gap)} {unit} the client adds, {fmt(paused_gap)} {unit} is building models and "
        f"~{fmt(gap - paused_gap)} {unit} the collector's extra work"
    )


def fmt(value: float) -> str:
    """A number with three significant figures (thousands grouped)."""
    if value == 0:
        return "0"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def log(message: str) -> None:
    """A progress line on stdout."""
    print(f"==> {message}", flush=True)


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float, what: str) -> None:
    """Wait until something accepts connections on the loopback port, or fail naming the process."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise NotMeasured(f"{what} exited with code {process.returncode} before listening on port {port}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.1)
    raise NotMeasured(f"{what} did not listen on port {port} within {timeout:.0f} s")


@contextlib.contextmanager
def serve(command: Sequence[str], port: int, what: str, *, timeout: float = 60.0) -> Iterator[None]:
    """Run a server process in its own process group until the block ends; its output is discarded."""
    if shutil.which(command[0]) is None and not Path(command[0]).exists():
        raise NotMeasured(f"{what}: {command[0]} not found")
    process = subprocess.Popen(
        list(command), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        wait_for_port(port, process, timeout, what)
        yield
    finally:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
