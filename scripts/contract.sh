#!/usr/bin/env bash
# The main job: check that each vendor API (or the mock standing in for it) honours its spec.
#   CONTRACT_TARGET=mock (default) | live   (live: <VENDOR>_BASE_URL and <VENDOR>_TOKEN; read-only unless
#     CONTRACT_ALLOW=<operationId>,...; CONTRACT_RATE_LIMIT / <VENDOR>_RATE_LIMIT (5/s), CONTRACT_MAX_REQUESTS (2000))
#   HYPOTHESIS_PROFILE=ci (default here) | dev | nightly      MOCK_FAULTS=<kind>[@operation_id],...
#   VENDOR=<name> to run one vendor (default: every vendor of contracts/model/vendors.py).
#   CONTRACT_WORKERS=auto (default: one pytest-xdist worker per core, mock runs only; 0 = one process).
set -euo pipefail
cd "$(dirname "$0")/.."
export HYPOTHESIS_PROFILE="${HYPOTHESIS_PROFILE:-ci}"
# Every input of the run (VENDOR and each setting) is read once here: a bad one is one line, before pytest starts.
read -r -a named <<<"${VENDOR:-}"
chosen="$(.venv/bin/python -m contract_tests.preflight "${named[@]}")" || exit 2
mapfile -t vendors <<<"${chosen}"

paths=()
for vendor in "${vendors[@]}"; do paths+=("contract_tests/${vendor}"); done
# reports/junit.xml is rendered from the run record (reports/run.json), like summary.md and drift.md.
export CONTRACT_JUNIT="${CONTRACT_JUNIT:-reports/junit.xml}"
suite_banner="==> contract suite: target ${CONTRACT_TARGET:-mock}, profile ${HYPOTHESIS_PROFILE}, vendors: ${vendors[*]}"
mkdir -p reports

if [[ "${CONTRACT_TARGET:-mock}" == "live" ]]; then
  # Nothing is sent before the specs are valid and the plan has refused production servers. One process: the rate
  # limit and the request cap are per process.
  echo "==> validating specs"
  .venv/bin/python -m scripts.validate_specs "${vendors[@]}"
  echo "==> live target plan (production servers are refused)"
  .venv/bin/python -m contracts.live "${vendors[@]}"
  echo "${suite_banner}"
  exec .venv/bin/python -m pytest "${paths[@]}" "$@"
fi

parallel=()
if [[ "${CONTRACT_WORKERS:-auto}" != "0" ]]; then
  # Tests, not files, to workers: each worker takes half the collection (contract_tests/conftest.py collects the
  # longest files first) and one that runs dry steals from the other's queue, so both cores stay busy to the end
  # (a file to a worker left one idle behind the Procuros conformance file: 44.7-47.5 s of pytest against 39.5-39.8 s).
  parallel=(-n "${CONTRACT_WORKERS:-auto}" --dist worksteal)
fi
# Against the mock the suite starts while the specs are validated: its start-up (imports, then each worker collecting)
# used to wait for that check with one core idle. What the suite prints is held in a file until the specs pass, then
# shown from its first line; an invalid spec stops it, and the verdict file (CONTRACT_SPECS_VERDICT) tells it to write
# no report (contract_tests/conftest.py). `set -m` gives the suite its own process group, where Ctrl-C still works (a
# script's background job otherwise ignores it): the trap passes it on.
held="$(mktemp -d)"
trap 'rm -rf "${held}"' EXIT
export CONTRACT_SPECS_VERDICT="${held}/specs-verdict"
if [[ -t 1 && -z "${PY_COLORS:-}" ]]; then export PY_COLORS=1; fi # it writes to a file, for a terminal
set -m
PYTHONUNBUFFERED=1 .venv/bin/python -m pytest "${paths[@]}" "${parallel[@]}" "$@" >"${held}/suite.out" 2>&1 &
suite=$!
set +m
stop_suite() { kill -INT -- "-${suite}" 2>/dev/null || true; }
verdict() { echo "$1" >"${held}/verdict.new" && mv "${held}/verdict.new" "${CONTRACT_SPECS_VERDICT}"; }
trap stop_suite INT TERM
echo "==> validating specs"
checked=0
.venv/bin/python -m scripts.validate_specs "${vendors[@]}" || checked=$?
if ((checked != 0)); then
  verdict invalid
  stop_suite
  wait "${suite}" 2>/dev/null || true
  if ((checked > 128)); then exit "${checked}"; fi # the check was interrupted (Ctrl-C): no spec to blame
  echo "make contract: stopped, no report written: a spec above is not valid; fix it (specs/README.md has the rules)" >&2
  exit 1
fi
verdict valid
echo "${suite_banner}"
tail -n +1 -f --pid="${suite}" -s 0.1 "${held}/suite.out" &
shown=$!
# A Ctrl-C ends the first wait (the trap passes it to the suite); the output goes on until the suite has stopped.
wait "${shown}" || wait "${shown}" || true
wait "${suite}"
