#!/usr/bin/env bash
# The main job. Until the contract suite lands (issue 5) it validates the specs, which everything derives from.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "==> validating specs"
.venv/bin/python -m scripts.validate_specs
