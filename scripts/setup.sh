#!/usr/bin/env bash
# Create .venv exactly as uv.lock says, on a machine that has only python3 (with venv and pip) and make.
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.9.30
export UV_PYTHON_DOWNLOADS=never

if ! command -v python3 >/dev/null; then
  echo "setup: python3 (>= 3.11) is required; install it and run make setup again" >&2
  exit 1
fi
if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: python3 is $(python3 -V 2>&1); this project needs Python >= 3.11" >&2
  exit 1
fi
if [[ ! -x .tools/bin/uv ]] || [[ "$(.tools/bin/uv --version 2>/dev/null)" != "uv ${UV_VERSION}"* ]]; then
  echo "==> installing uv ${UV_VERSION} into .tools/ (kept apart from .venv so that sync never removes it)"
  rm -rf .tools
  python3 -m venv .tools
  .tools/bin/pip install --quiet --disable-pip-version-check "uv==${UV_VERSION}"
fi
echo "==> syncing .venv from uv.lock"
.tools/bin/uv sync --frozen --python python3 --quiet
echo "==> filling .tools/wheelhouse with the clients' runtime dependencies (the wheel-install test's only index)"
.venv/bin/python -m scripts.wheelhouse
if [[ -f package-lock.json ]]; then
  if ! command -v npm >/dev/null; then
    echo "setup: npm is required for oasdiff (make spec-diff); install Node.js and npm, then run make setup" >&2
    exit 1
  fi
  echo "==> installing node tools from package-lock.json (oasdiff)"
  # Not `npm ci`: the registry here lists only this platform's oasdiff binary, so the lock cannot name the other
  # platforms' optional packages and `npm ci` calls it out of sync. `install --no-save` installs what the lock pins.
  npm install --no-save --no-audit --no-fund --loglevel=error >/dev/null
fi
touch .venv/.synced
