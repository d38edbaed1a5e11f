#!/usr/bin/env bash
# Everything CI runs, in the order a failure is cheapest to read.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export PATH="$PWD/.venv/bin:$PATH"

echo "==> validate-specs"
$PY -m scripts.validate_specs
echo "==> lint (ruff, import-linter layers)"
ruff check . && ruff format --check . && lint-imports --no-cache
echo "==> typecheck (mypy --strict, hand-written code)"
mypy clientgen contracts contract_tests scripts tests bench
echo "==> check-generated"
$PY -m scripts.check_generated
echo "==> spec gate (a breaking spec change needs a new major client version)"
$PY -m scripts.spec_diff --gate
echo "==> pytest"
mkdir -p reports
export HYPOTHESIS_PROFILE="${HYPOTHESIS_PROFILE:-ci}"
# One worker per core; whole files stay together (the contract files share an in-process mock per vendor).
$PY -m pytest -n "${TEST_WORKERS:-auto}" --dist loadfile --junitxml=reports/junit.xml -o junit_family=xunit2 "$@"
