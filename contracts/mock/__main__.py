"""`python -m contracts.mock serve` serves every vendor's mock on loopback; `--list-faults` prints the catalog;
`--seed-from <cassette>` serves what a live run recorded (contracts/mock/seeding.py)."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

import uvloop

from contracts.mock import DEFAULT_SLOW_SECONDS, DEMO_TOKEN, MockApp, create_app, format_catalog, parse_faults
from contracts.mock._uvicorn import mock_server
from contracts.model.cassette import read_cassette
from contracts.model.environment import run_settings
from contracts.model.model import load_contract
from contracts.model.vendors import VENDORS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m contracts.mock", description=__doc__)
    parser.add_argument("--list-faults", action="store_true", help="print the fault catalog and exit")
    sub = parser.add_subparsers(dest="command")
    serve = sub.add_parser("serve", help=f"serve the mocks of {', '.join(VENDORS)} on loopback")
    serve.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    for vendor in VENDORS.values():
        env, port = f"MOCK_{vendor.env_prefix}_PORT", vendor.mock_port
        serve.add_argument(
            f"--{vendor.name}-port", type=int, default=int(os.environ.get(env, port)), help=f"default {port} or ${env}"
        )
    serve.add_argument("--fault", action="append", default=[], metavar="KIND[@OP]", help="switch a fault on (repeat)")
    serve.add_argument("--token", default=DEMO_TOKEN, help=f"the token the mocks accept (default {DEMO_TOKEN})")
    serve.add_argument(
        "--token-lifetime",
        type=int,
        default=None,
        metavar="SECONDS",
        help="accept only tokens from POST /__mock__/token, each for SECONDS (default: off, the fixed --token)",
    )
    serve.add_argument(
        "--seed-from",
        action="append",
        default=[],
        type=Path,
        metavar="CASSETTE",
        help="serve the conforming answers a live run recorded (reports/cassettes/<vendor>.yaml; repeat per vendor)",
    )
    serve.add_argument(
        "--slow-seconds",
        type=float,
        default=DEFAULT_SLOW_SECONDS,
        help=f"sleep of the slow-response fault (default {DEFAULT_SLOW_SECONDS:g})",
    )
    return parser


def _apps(args: argparse.Namespace) -> dict[str, MockApp]:
    entries: list[str] = [*args.fault, *filter(None, run_settings().mock_faults.split(","))]
    operations = {vendor: set(load_contract(vendor).operations) for vendor in VENDORS}
    switches = parse_faults(entries, set().union(*operations.values()))
    seeds = {read_cassette(path).vendor: path for path in args.seed_from}
    unknown = sorted(set(seeds) - set(VENDORS))
    if unknown:
        raise ValueError(f"{seeds[unknown[0]]}: a cassette of {unknown[0]}, which is not in the vendor table")
    apps = {}
    for vendor in VENDORS:
        mine = [str(s) for s in switches if s.operation_id is None or s.operation_id in operations[vendor]]
        apps[vendor] = create_app(
            vendor,
            token=args.token,
            faults=mine,
            slow_seconds=args.slow_seconds,
            token_lifetime=args.token_lifetime,
            seed_from=seeds.get(vendor),
        )
    return apps


async def _serve(args: argparse.Namespace, apps: dict[str, MockApp]) -> None:
    servers = {vendor: mock_server(app, args.host, getattr(args, f"{vendor}_port")) for vendor, app in apps.items()}

    def stop() -> None:
        for server in servers.values():
            server.should_exit = True

    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop)
    tasks = [asyncio.create_task(s.serve()) for s in servers.values()]
    while not all(s.started for s in servers.values()):
        if any(t.done() for t in tasks):
            stop()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise SystemExit(
                "a mock server failed to start (is a port in use? pass --<vendor>-port or MOCK_<VENDOR>_PORT)"
            )
        await asyncio.sleep(0.02)
    for vendor, server in servers.items():
        host, port = server.servers[0].sockets[0].getsockname()[:2]
        header = apps[vendor].authorization_header()
        header = header.replace(args.token, "<token>") if args.token_lifetime else header
        print(f"==> {vendor:<13} http://{host}:{port}   {header}", flush=True)
        seeded = apps[vendor].seeded
        for line in seeded.lines() if seeded is not None else ():
            print(f"    {line}", flush=True)
    faults = ", ".join(sorted({str(s) for a in apps.values() for s in a.faults.switches})) or "none"
    token = f"POST /__mock__/token ({args.token_lifetime} s each)" if args.token_lifetime else args.token
    print(f"token: {token}   faults: {faults}   admin: GET /__mock__/requests, POST /__mock__/reset", flush=True)
    print("Ctrl-C stops", flush=True)
    await asyncio.gather(*tasks)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    args = _parser().parse_args(argv)
    if args.list_faults:
        print(format_catalog())
        return 0
    if args.command != "serve":
        _parser().print_help()
        return 2
    try:
        apps = _apps(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # uvloop (in uvicorn's "standard" set) is several times faster than the default loop on this hot path;
    # uvicorn.Config(loop=...) does not apply here because this process runs the three servers itself.
    uvloop.run(_serve(args, apps))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
