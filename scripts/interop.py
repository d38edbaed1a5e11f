"""Interop: the generated Procuros client against a server we did not write, Prism serving Procuros's own document.

Prism 5.16 (bench/package-lock.json) serves `shared/docs/sources/procuros-openapi-published.yml` twice: static (it
answers the document's examples) and dynamic (`-d`, random data from the document's schemas). The generated
`procuros_client` calls all 8 of the document's operations against both, and each read operation `--calls` more
times against the dynamic one; every answer must be a documented success that parses into the model the client
declares. Writes reports/interop.md; exits 1 when a call fails, naming it.

The dynamic server gets a copy of the document with one change: `DateTime`'s `pattern` is dropped (its `format:
date-time` stays). Prism's faker crashes on that pattern (`RangeError: Invalid time value`: it generates a date-time
for the format, then a string for the unanchored pattern whose `.` matches any character, and cannot format the
mix), and answers 500. The static server serves the document unchanged.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import dataclasses
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

from contracts.model import REPO_ROOT

__all__ = ["PUBLISHED", "Outcome", "main", "relaxed_copy"]

PUBLISHED = REPO_ROOT.parent / "shared" / "docs" / "sources" / "procuros-openapi-published.yml"
PRISM = REPO_ROOT / "bench" / "node_modules" / ".bin" / "prism"
REPORT = REPO_ROOT / "reports" / "interop.md"


@dataclass
class Outcome:
    """The calls made against one Prism and the ones whose answer did not parse into the documented model."""

    server: str
    calls: int = 0
    failures: list[str] = field(default_factory=list)
    untyped: list[str] = field(default_factory=list)


# Parse failures that are the published document's fault, each with where SOURCES.md records it (server, operation).
RECORDED = {
    ("static", "list_incoming_transactions"): "SOURCES.md Doc discrepancy 8: the published example omits the "
    "required isLatestVersion",
}
# Parse failures that are Prism's random data's doing, by the cause in the failure text (SOURCES.md, Interop).
RECORDED_CAUSES = {
    "year 0 is out of range": "Prism's faker draws dates in year 0000, which RFC 3339 allows and Python's date cannot "
    "hold; the client raises its typed parse error naming the field",
}


def published_json_schema(node: Any) -> Any:
    """A published OpenAPI 3.0 schema as JSON Schema 2020-12: `nullable` becomes a type list, `example` goes."""
    if isinstance(node, list):
        return [published_json_schema(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: published_json_schema(v) for k, v in node.items() if k not in ("example", "discriminator", "nullable")}
    if node.get("nullable"):
        if "type" in out:
            out["type"] = [out["type"], "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
    return out


def relaxed_copy(doc: dict[str, Any]) -> dict[str, Any]:
    """The published document with `DateTime.pattern` dropped, the one change Prism's faker needs (module doc)."""
    served = copy.deepcopy(doc)
    served["components"]["schemas"]["DateTime"].pop("pattern", None)
    return served


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextlib.contextmanager
def _prism(spec: Path, dynamic: bool, seed: str | None = None) -> Iterator[str]:
    """A Prism process on a free loopback port, in its own process group, ended (by its id) when the block ends."""
    port = _free_port()
    command = [str(PRISM), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port), *(["-d"] if dynamic else [])]
    command += ["--seed", seed] if dynamic and seed else []
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise SystemExit(
                    f"interop: Prism exited with {process.returncode} before listening: {' '.join(command)}"
                )
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
            if time.monotonic() > deadline:
                raise SystemExit(f"interop: Prism did not listen on port {port} within 60 s: {' '.join(command)}")
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)


def _ensure_prism() -> None:
    if PRISM.exists():
        return
    print("==> installing Prism from bench/package-lock.json (npm ci)", flush=True)
    result = subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=REPO_ROOT / "bench")
    if result.returncode != 0 or not PRISM.exists():
        raise SystemExit("interop: npm ci in bench/ failed; install Node.js and npm, then run make interop again")


def main(argv: list[str] | None = None) -> int:
    """Run the interop calls and write the report; 1 when any answer did not parse."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=30, help="dynamic calls per read operation (default 30)")
    parser.add_argument("--report", type=Path, default=REPORT, help="where to write the report")
    parser.add_argument("--seed", help="seed of the dynamic server's random data (default: new data each run)")
    args = parser.parse_args(argv)
    if not PUBLISHED.exists():
        raise SystemExit(f"interop: {PUBLISHED} is missing (the vendor's published document, see SOURCES.md)")
    _ensure_prism()
    # the generated client: imported only when needed
    from scripts._interop_calls import every_call, interop_client, read_calls

    doc = yaml.safe_load(PUBLISHED.read_text(encoding="utf-8"))
    documents = _published_documents(doc)
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory() as tmp:
        relaxed = Path(tmp) / "procuros-openapi-published.relaxed.yml"
        relaxed.write_text(yaml.safe_dump(relaxed_copy(doc), sort_keys=False), encoding="utf-8")
        for name, spec, dynamic in (("static", PUBLISHED, False), ("dynamic (-d)", relaxed, True)):
            print(f"==> Prism {name}: {spec.name}", flush=True)
            with _prism(spec, dynamic, args.seed) as base_url, interop_client(base_url) as client:
                documents = dataclasses.replace(documents, random=dynamic)
                outcome = Outcome(name)
                _run(outcome, every_call(client, documents))
                if dynamic:
                    for _ in range(args.calls):
                        _run(outcome, read_calls(client, documents))
                outcomes.append(outcome)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(_report(outcomes, args.calls), encoding="utf-8")
    for outcome in outcomes:
        print(f"{outcome.server}: {outcome.calls} calls, {len(outcome.failures)} parse failures", flush=True)
    print(f"==> wrote {args.report.relative_to(REPO_ROOT) if args.report.is_relative_to(REPO_ROOT) else args.report}")
    unrecorded = [f for o in outcomes for f in o.failures if _recorded(f) is None]
    for failure in unrecorded:
        print(f"interop: {failure} (neither fixed in our spec nor recorded in SOURCES.md)", file=sys.stderr)
    return 1 if unrecorded else 0


def _recorded(failure: str) -> str | None:
    by_operation = (why for (server, op), why in RECORDED.items() if failure.startswith(f"{server} {op}:"))
    by_cause = (why for cause, why in RECORDED_CAUSES.items() if failure.startswith("dynamic") and cause in failure)
    return next(by_operation, None) or next(by_cause, None)


@dataclass(frozen=True)
class PublishedDocuments:
    """Whether a content is, by the published schemas, a valid document of a transaction type (`kinds`: all 12)."""

    validators: dict[str, Any]
    random: bool = False  # the answers are Prism's random data (-d), not the document's examples

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(self.validators)

    def __call__(self, kind: str, content: Any) -> bool:
        return kind in self.validators and bool(self.validators[kind].is_valid(content))


def _published_documents(doc: dict[str, Any]) -> PublishedDocuments:
    """The published document's 12 transaction documents, each a validator of its `content`."""
    from jsonschema import Draft202012Validator

    components = published_json_schema(doc["components"])
    validators: dict[str, Any] = {}
    for branch in doc["components"]["schemas"]["SentTransaction"]["oneOf"]:
        sent = doc["components"]["schemas"][branch["$ref"].rsplit("/", 1)[1]]
        kind = sent["properties"]["type"]["enum"][0]
        schema = {**published_json_schema(sent["properties"]["content"]), "components": components}
        validators[kind] = Draft202012Validator(schema)
    return PublishedDocuments(validators)


def _run(outcome: Outcome, calls: list[tuple[str, Callable[[], str | None]]]) -> None:
    """Make the calls; a call answers a note, or raises when its answer did not parse (a failure)."""
    for operation_id, call in calls:
        outcome.calls += 1
        try:
            note = call()
        except (httpx.HTTPError, KeyError, TypeError, ValueError, AttributeError, AssertionError) as exc:
            outcome.failures.append(f"{outcome.server} {operation_id}: {type(exc).__name__}: {str(exc)[:300]}")
            continue
        if note:
            outcome.untyped.append(f"{outcome.server} {operation_id}: {note}")


def _report(outcomes: list[Outcome], calls: int) -> str:
    lines = [
        "# Interop: procuros_client against Prism serving Procuros's published document",
        "",
        f"Prism 5.16 (bench/package-lock.json), `{PUBLISHED.name}`; all 8 operations on each server, plus {calls}"
        " calls of each read operation on the dynamic one. The dynamic server's copy drops `DateTime.pattern`"
        " (Prism's faker crashes on it; scripts/interop.py says why).",
        "",
        "A transaction whose `content` is not its `type`'s document does not parse (our models tie content to type);"
        " it is set aside and noted when the published schema rejects the content as that type's document too"
        " (on the static server it must also be another type's document: an example meant as its type's that fails"
        " for another reason stays a failure), and the rest of the answer must still parse."
        " Prism's random data picks `content` from the published `TransactionContent`, a oneOf of the 12 documents"
        " not tied to `type`, so most random transactions pair a type with another type's document.",
        "",
        "| server | calls | parse failures | recorded in SOURCES.md | answers with content not its type's document |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {o.server} | {o.calls} | {len(o.failures)} | {sum(_recorded(f) is not None for f in o.failures)} "
        f"| {len(o.untyped)} |"
        for o in outcomes
    ]
    for o in outcomes:
        for title, items in (("parse failures", o.failures), ("content not its type's document", o.untyped)):
            if items:
                notes = [f"- {i}" + (f" ({_recorded(i)})" if _recorded(i) else "") for i in sorted(set(items))]
                lines += ["", f"## {o.server}: {title}", "", *notes]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
