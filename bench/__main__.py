"""`python -m bench`: measure the four items side by side with their anchors and write BENCHMARKS.md."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence

from bench import client, codegen, load, sdk, suite
from bench._common import ROOT, Item, NotMeasured, log
from bench._report import machine, render

_TITLES = {
    1: (1, "Mock throughput over loopback HTTP", "our mock (uvicorn)", "Prism 5.16"),
    2: (2, "Generated client against raw httpx", "generated client", "raw httpx / json.loads"),
    3: (3, "Contract suite speed", "`make contract` (our suite)", "`st run --checks all` on Prism"),
    4: (4, "Regeneration and its check", "`make regen` + `make check-generated`", "bare generator"),
    5: (5, "SDK layer: iterators and retries", "generated client", "raw httpx"),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--items", default="1,2,3,4,5", help="comma-separated item numbers (default 1,2,3,4,5)")
    parser.add_argument("--reps", type=int, default=3, help="repetitions per figure (default 3; at least 3)")
    parser.add_argument("--seconds", type=float, default=4.0, help="duration of each wrk run (default 4)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (default 8)")
    parser.add_argument("--calls", type=int, default=400, help="client calls per repetition (default 400)")
    parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"), help="where to write (default BENCHMARKS.md)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    args = _parser().parse_args(argv)
    if args.reps < 3:
        _parser().error("--reps must be at least 3 (medians of fewer runs mean little on a shared machine)")
    wanted = sorted({int(n) for n in args.items.split(",") if n.strip()})
    runners: dict[int, Callable[[], Item]] = {
        1: lambda: load.measure(args.reps, args.seconds, args.connections),
        2: lambda: client.measure(args.reps, args.calls),
        3: lambda: suite.measure(args.reps),
        4: lambda: codegen.measure(args.reps),
        5: lambda: sdk.measure(args.reps, args.calls),
    }
    before = machine()
    items: list[Item] = []
    for number in wanted:
        if number not in runners:
            _parser().error(f"no item {number}: choose from 1-5")
        start = time.perf_counter()
        try:
            item = runners[number]()
        except NotMeasured as exc:
            item = Item(*_TITLES[number], not_measured=str(exc))
            print(f"bench: item {number} not measured: {exc}", flush=True)
        log(f"item {number} took {time.perf_counter() - start:.0f} s")
        items.append(item)
    with open(args.output, "w") as out:
        out.write(render(items, before, args.reps, args.seconds))
    log(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
