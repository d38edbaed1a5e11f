# A table of contents: one line per target; the logic lives in scripts/. `make` alone prints this help.
.DEFAULT_GOAL := help
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.synced
export PATH := $(CURDIR)/$(VENV)/bin:$(PATH)
export UV_PYTHON_DOWNLOADS := never
# Bytecode caches (__pycache__/, git-ignored) stay on even where the environment turns them off: without them each
# pytest session recompiles every module it imports and re-rewrites the asserts of Schemathesis's plugin modules,
# about 6 s of every collection (half of `make contract`'s per-worker collection time).
unexport PYTHONDONTWRITEBYTECODE
VENDOR ?=
BASE ?=

OVERLAY ?= reports/drift.overlay.yaml

.PHONY: help setup validate-specs regen check-generated spec-diff apply-overlay release-notes lint typecheck mock contract baseline drift test test-quick interop mutation bench build publish clean

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

setup: $(STAMP) ## create .venv from uv.lock (needs only python3; run by every target)
$(STAMP): pyproject.toml uv.lock package-lock.json
	@scripts/setup.sh

validate-specs: $(STAMP) ## check the specs: OpenAPI 3.1, every example, house rules
	@$(PY) -m scripts.validate_specs $(VENDOR)

regen: $(STAMP) ## regenerate generated/<vendor>-client from specs/ [VENDOR=roit|paymentworks|procuros]
	@$(PY) -m scripts.regen $(VENDOR)

check-generated: $(STAMP) ## fail if generated/ differs from a fresh regeneration; mypy --strict on it
	@$(PY) -m scripts.check_generated

spec-diff: $(STAMP) ## spec + Python API changes since BASE, breaking or not, implied semver [BASE=<git ref>] [VENDOR=…]
	@$(PY) -m scripts.spec_diff $(if $(BASE),--base $(BASE)) $(VENDOR)

apply-overlay: $(STAMP) ## apply a drift overlay to specs/<v>/openapi.yaml, then validate-specs, regen, spec-diff VENDOR=… [OVERLAY=file]
	@$(PY) -m scripts.apply_overlay "$(VENDOR)" "$(OVERLAY)"

release-notes: $(STAMP) ## bump client versions from the diff, write specs/<v>/CHANGELOG.md, regen, uv lock [VENDOR=…] [BASE=…]
	@$(PY) -m scripts.release_notes $(if $(BASE),--base $(BASE)) $(VENDOR)

lint: $(STAMP) ## ruff check and format check on hand-written code; import-linter holds the layers (README "Map")
	@ruff check . && ruff format --check . && lint-imports --no-cache

typecheck: $(STAMP) ## mypy --strict on hand-written code
	@mypy clientgen contracts contract_tests scripts tests bench


mock: $(STAMP) ## serve the three vendor mocks on loopback (ports 4011-4013; --fault, MOCK_<VENDOR>_PORT)
	@$(PY) -m contracts.mock serve $(MOCK_ARGS)

contract: $(STAMP) ## the main job: the contract suite against the mock (or CONTRACT_TARGET=live)
	@scripts/contract.sh

baseline: $(STAMP) ## add the last live run's new findings to contract_tests/baselines/<vendor>.yaml [VENDOR= REASON= TICKET= EXPIRES=]
	@$(PY) -m scripts.baseline $(VENDOR) --reason "$(REASON)" $(if $(TICKET),--ticket "$(TICKET)") $(if $(EXPIRES),--expires $(EXPIRES))

drift: $(STAMP) ## recompute drift offline from live-run cassettes [CASSETTE=reports/cassettes/<vendor>.yaml]
	@$(PY) -m scripts.drift $(CASSETTE)

test: $(STAMP) ## everything CI runs
	@scripts/test.sh

test-quick: $(STAMP) ## the tooling tests without the slow ones (no subprocess, server or install): under a minute
	@$(PY) -m pytest tests -m "not slow" -n 2 --dist loadfile -p no:cacheprovider -q

interop: $(STAMP) ## procuros_client against Prism serving Procuros's published document; writes reports/interop.md
	@$(PY) -m scripts.interop $(INTEROP_ARGS)




mutation: $(STAMP) ## every mock fault x vendor against the suite; writes reports/mutation.md [MUTATION_ARGS=--subset]
	@$(PY) -m scripts.mutation $(MUTATION_ARGS)

bench: $(STAMP) ## benchmarks vs Prism, raw httpx, st run and the bare generator; writes BENCHMARKS.md
	@scripts/bench.sh

build: $(STAMP) ## wheels and sdists of the three clients in dist/
	@$(PY) -m scripts.build

publish: $(STAMP) ## upload the clients to a package index named as uv names them INDEX=<name> [VENDOR=…] [ALLOW_UNTESTED=1]
	@$(PY) -m scripts.publish $(if $(INDEX),--index $(INDEX)) $(if $(ALLOW_UNTESTED),--allow-untested) $(VENDOR)

clean: ## remove the virtualenvs, caches, reports and build outputs
	@rm -rf $(VENV) .tools reports dist build .pytest_cache .mypy_cache .ruff_cache .hypothesis
