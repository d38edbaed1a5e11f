#!/usr/bin/env bash
# Benchmarks side by side with the tools users would pick instead; writes BENCHMARKS.md (see bench/).
#   BENCH_ARGS='--items 1,2 --reps 5'   pass options to `python -m bench` (--help lists them).
# Installs its own tools: wrk from Debian (apt-get, as root) and Prism from bench/package-lock.json (npm ci).
# A tool that cannot be installed is not fatal: its item is reported as "not measured" with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "==> load tool: wrk"
if ! command -v wrk >/dev/null; then
  if [[ ${EUID} -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "==> installing wrk with apt-get"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; } >/dev/null 2>&1 ||
      echo "bench: apt-get install -y wrk failed; item 1 will be reported as not measured" >&2
  else
    echo "bench: wrk is missing and this is not root with apt-get: install wrk (Debian package wrk) for item 1" >&2
  fi
fi

echo "==> Prism (bench/package-lock.json)"
if command -v npm >/dev/null; then
  if [[ ! -x bench/node_modules/.bin/prism ]] ||
    [[ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]]; then
    # Prism 5.16 declares node >= 24.18 but runs on the machine's node 20; engine-strict stays off.
    (cd bench && npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
      echo "bench: npm ci in bench/ failed; items 1 and 3 will be reported as not measured" >&2
  fi
else
  echo "bench: npm is missing: install Node.js and npm for Prism (items 1 and 3)" >&2
fi

read -r -a args <<<"${BENCH_ARGS:-}"
exec .venv/bin/python -m bench "${args[@]}"
