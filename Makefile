# BankConnect contract: every target bootstraps what it needs (a venv in .venv, npm packages in
# node_modules) and does nothing more when all is already in place.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
NODE_BIN := node_modules/.bin
SPEC := spec/bankconnect.yaml

# Stamps: re-run an install only when what it installs from has changed.
PY_STAMP := $(VENV)/.bootstrap-stamp
NODE_STAMP := node_modules/.bootstrap-stamp
CHROMIUM := /usr/bin/chromium

RELEASE_ARGS ?=

# Python writes each module's bytecode once, even where the environment says not to (some base images set
# PYTHONDONTWRITEBYTECODE=1): `make test` starts hundreds of Python processes, and without the cache each one
# compiles our packages again (a minute of CPU over the suite on two cores). __pycache__/ is git-ignored.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: test-checks test-behind test-contract test-clients dist release-check changelog help bootstrap generate check-generated lint test contract record clients docs postman postman-test workflows sandbox bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(PY_STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

bootstrap: $(PY_STAMP) $(NODE_STAMP) ## Install the Python venv and the npm tools (idempotent)

generate: $(PY_STAMP) ## Regenerate generated/bankconnect_client from the spec
	$(PY) codegen/generate.py

check-generated: $(PY_STAMP) ## Fail with a diff when generated/ does not match the spec
	$(PY) codegen/generate.py --check

ACTIONLINT := $(VENV)/bin/actionlint
ACTIONLINT_MODULE := github.com/rhysd/actionlint/cmd/actionlint@v1.7.12

$(ACTIONLINT): | $(PY_STAMP) # built once from the Go module proxy (its PyPI wrapper downloads a binary from GitHub)
	GOBIN=$(abspath $(VENV)/bin) go install $(ACTIONLINT_MODULE)

lint: $(PY_STAMP) $(NODE_STAMP) $(ACTIONLINT) ## Spec lint gates (openapi-spec-validator, redocly, spectral), ruff, import layers, mypy --strict, workflows
	$(VENV)/bin/bankconnect contract --stage lint
	$(NODE_BIN)/redocly lint spec/workflows.arazzo.yaml
	$(VENV)/bin/ruff check codegen contract_tests tests overrides sandbox spec bench clients publish
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy --strict -p bankconnect_spec
	$(VENV)/bin/mypy --strict -p bankconnect
	$(ACTIONLINT) .github/workflows/*.yml

# The suite's workers: three on two cores pays, as most tests wait on a server or a subprocess (docs/tests.md).
TEST_WORKERS ?= 3

test: $(PY_STAMP) $(NODE_STAMP) $(ACTIONLINT) $(CHROMIUM) ## Everything CI runs: lint, check-generated, tests, contract run, clients, dist
	$(MAKE) --no-print-directory -j2 test-checks test-behind

# `make test` in two lines of work at once. In front: lint, check-generated, the suite, the contract run, one after
# the other with their output as it comes. Behind them, at a lower priority: the clients and then the
# published artifacts (their compilers fill the CPU the suite leaves idle; the suite keeps its timing), their
# output in build/test-behind.log, printed whole when they end.
test-checks: $(PY_STAMP) $(NODE_STAMP)
	$(MAKE) --no-print-directory lint check-generated
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile
	$(MAKE) --no-print-directory test-contract

test-behind: $(PY_STAMP) $(NODE_STAMP)
	@mkdir -p build
	@echo "clients and dist: building behind the tests (nice 5), output in build/test-behind.log when they end"
	@nice -n 5 $(MAKE) --no-print-directory test-clients > build/test-behind.log 2>&1 \
		&& { cat build/test-behind.log; echo "clients and dist: passed"; } \
		|| { cat build/test-behind.log; echo "clients and dist: FAILED (above)"; exit 1; }

test-contract: $(PY_STAMP) $(NODE_STAMP)
	$(VENV)/bin/bankconnect contract --stage schemathesis --stage drift --stage invariants --stage sunset --stage cassettes --stage coverage \
		--stage spec-drift --stage release

test-clients: $(PY_STAMP) $(NODE_STAMP)
	$(PY) clients/build.py
	$(PY) publish/dist.py

clients: $(PY_STAMP) $(NODE_STAMP) ## Generate, build and run the seven clients: TypeScript x2, Go x2, Java, Rust, Kotlin (build/clients/)
	$(PY) clients/build.py

docs: $(NODE_STAMP) ## A self-contained HTML reference: build/docs/index.html
	$(NODE_BIN)/redocly build-docs $(SPEC) --inlineBundle --title "BankConnect API" -o build/docs/index.html

postman: $(PY_STAMP) $(NODE_STAMP) ## A Postman v2.1 collection: build/postman/bankconnect.postman_collection.json
	$(PY) publish/postman.py

workflows: $(PY_STAMP) $(NODE_STAMP) ## Lint spec/workflows.arazzo.yaml and run its workflows (redocly respect) against a fresh sandbox
	$(PY) publish/arazzo_run.py

postman-test: $(PY_STAMP) $(NODE_STAMP) ## Run the Postman collection with newman against a fresh sandbox
	$(PY) publish/postman_run.py

$(CHROMIUM): # headless Chromium for the docs test, from Debian's packages
	apt-get update -qq && apt-get install -y -qq chromium

contract: $(PY_STAMP) $(NODE_STAMP) ## The contract run against the sandbox (or live: see README)
	$(VENV)/bin/bankconnect contract $(CONTRACT_ARGS)

record: $(PY_STAMP) ## Re-record the cassettes under contract_tests/cassettes from a fresh sandbox
	$(VENV)/bin/bankconnect record

dist: $(PY_STAMP) $(NODE_STAMP) ## The published artifacts, each checked: the spec in 3.0/3.1/dereferenced forms, wheel and sdist
	$(PY) publish/dist.py

# release-check and changelog classify with this API's rules over oasdiff, pinned in
# contract_tests/bankconnect_contract/release/spec_diff.py (OASDIFF_VERSION, v1.39.0) and built on first use into
# $(VENV)/bin with `go install` (docs/ci-and-releases.md says why that version).
release-check: $(PY_STAMP) ## The spec's version against the last v* tag (semver by this API's rules, deprecations); fails with the reasons
	$(VENV)/bin/bankconnect release-check $(RELEASE_ARGS)

changelog: $(PY_STAMP) ## Prepend the next CHANGELOG.md section; a PR comment body in build/changelog-comment.md
	$(VENV)/bin/bankconnect release-check --changelog CHANGELOG.md --comment build/changelog-comment.md $(RELEASE_ARGS) || [ $$? -eq 1 ]

clean: ## Remove the venv, npm packages and caches
	rm -rf $(VENV) node_modules .pytest_cache reports build

sandbox: $(PY_STAMP) ## Run the sandbox on 127.0.0.1:8080 until Ctrl-C (SANDBOX_ARGS for more flags)
	$(VENV)/bin/bankconnect sandbox $(SANDBOX_ARGS)

BENCHMARKS := polling sandbox_vs_prism contract_time parse chaos proxy

bench: $(PY_STAMP) $(NODE_STAMP) ## Run the benchmarks (each ends with a RESULT line); fails when any misses its target
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
	@# Every benchmark runs; the target fails at the end when any missed its target (its RESULT line says fail).
	@missed=""; for bench in $(BENCHMARKS); do $(PY) bench/$$bench.py || missed="$$missed $$bench"; done; \
	  if [ -n "$$missed" ]; then echo "make bench: missed the target:$$missed"; exit 1; fi; echo "make bench: every target met"
