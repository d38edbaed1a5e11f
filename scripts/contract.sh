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

echo "==> validating specs"
.venv/bin/python -m scripts.validate_specs "${vendors[@]}"
if [[ "${CONTRACT_TARGET:-mock}" == "live" ]]; then
  echo "==> live target plan (production servers are refused)"
  .venv/bin/python -m contracts.live "${vendors[@]}"
fi
echo "==> contract suite: target ${CONTRACT_TARGET:-mock}, profile ${HYPOTHESIS_PROFILE}, vendors: ${vendors[*]}"
mkdir -p reports
paths=()
for vendor in "${vendors[@]}"; do paths+=("contract_tests/${vendor}"); done
parallel=()
# Live runs stay in one process: the rate limit and the request cap are per process.
if [[ "${CONTRACT_TARGET:-mock}" != "live" && "${CONTRACT_WORKERS:-auto}" != "0" ]]; then
  # Tests, not files, to workers: each worker takes half the collection (contract_tests/conftest.py collects the
  # longest files first) and one that runs dry steals from the other's queue, so both cores stay busy to the end
  # (a file to a worker left one idle behind the Procuros conformance file: 44.7-47.5 s of pytest against 39.5-39.8 s).
  parallel=(-n "${CONTRACT_WORKERS:-auto}" --dist worksteal)
fi
# reports/junit.xml is rendered from the run record (reports/run.json), like summary.md and drift.md.
export CONTRACT_JUNIT="${CONTRACT_JUNIT:-reports/junit.xml}"
exec .venv/bin/python -m pytest "${paths[@]}" "${parallel[@]}" "$@"
