# evolink - `make test` is the whole check; `make` (= `make generate`) regenerates spec and client.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# Where `make spec` / `make generate` write; check-generated points it at a temporary folder.
OUT ?= .
APIS := evolink uniall
# Per API: the folders of sources merged into its spec (hand-written, then imported from the provider's docs).
SOURCES_evolink := spec/sources/evolink spec/imported/evolink
SOURCES_uniall := spec/sources/uniall
# The provider's docs repository (a bare git dir or a work tree) and the revision `make import`/`drift` read.
DOCS ?=
REV ?=
PYTEST_ARGS ?=
# The generated clients live inside the evolink package (one top-level package installed); nothing else does there.
GEN := wrapper/evolink/_generated

.DEFAULT_GOAL := generate
.PHONY: tools install import drift spec generate check-generated lint typecheck test contract-long demo bench clean

# The tools alone (enough to regenerate), then the project itself in editable mode.
$(BIN)/.tools: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	$(PY) -m pip install --quiet --group dev
	touch $@

$(BIN)/.installed: $(BIN)/.tools pyproject.toml
	$(PY) -m pip install --quiet -e '.[mock]'
	touch $@

tools: $(BIN)/.tools
install: $(BIN)/.installed

# Re-import the provider's per-model documents into spec/imported (then `make` regenerates the rest).
import: tools
	@test -n "$(DOCS)" || { echo "usage: make import DOCS=<docs git dir or work tree> [REV=<rev>]" >&2; exit 2; }
	$(PY) spec/docsimport.py "$(DOCS)" $(if $(REV),--rev "$(REV)") -o spec/imported

# What changed upstream since the committed import; exit 1 on any drift.
drift: tools
	@test -n "$(DOCS)" || { echo "usage: make drift DOCS=<docs git dir or work tree> [REV=<rev>]" >&2; exit 2; }
	$(PY) spec/specdrift.py "$(DOCS)" $(if $(REV),--rev "$(REV)") --against spec/imported

spec: tools
	@$(foreach api,$(APIS),mkdir -p $(OUT)/spec $(OUT)/$(GEN)/$(api)_api && \
	  $(PY) spec/specmerge.py spec/$(api).merge.yaml $(SOURCES_$(api)) \
	    $(if $(wildcard spec/overlays/$(api)),--overlays spec/overlays/$(api)) \
	    -o $(OUT)/spec/$(api).openapi.yaml --json $(OUT)/$(GEN)/$(api)_api/openapi.json || exit 1;)

generate: spec
	@for api in $(APIS); do \
	  $(PY) spec/generator.py $(OUT)/spec/$$api.openapi.yaml $(OUT)/$(GEN)/$${api}_api $$api || exit 1; \
	  touch $(OUT)/$(GEN)/$${api}_api/py.typed; \
	  PYTHONPATH=wrapper $(PY) spec/typedcalls.py $(OUT)/$(GEN)/$${api}_api -o $(OUT)/$(GEN)/$${api}_calls.pyi || exit 1; \
	done
	@printf '%s\n' '"""Code generated from spec/ by `make generate`: never edited by hand."""' > $(OUT)/$(GEN)/__init__.py

# Regenerate everything into a temporary folder and compare: a spec edit without `make generate` fails here.
check-generated: tools
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(MAKE) --no-print-directory -s generate OUT=$$tmp && \
	diff -ru --exclude=__pycache__ spec/evolink.openapi.yaml $$tmp/spec/evolink.openapi.yaml && \
	diff -ru --exclude=__pycache__ spec/uniall.openapi.yaml $$tmp/spec/uniall.openapi.yaml && \
	diff -ru --exclude=__pycache__ $(GEN) $$tmp/$(GEN) && \
	echo "generated code is up to date"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

# Four workers on two cores: most tests wait on subprocesses and loopback servers (PYTEST_ARGS="-n 0" for one).
test: lint typecheck check-generated
	$(BIN)/pytest -n 4 $(PYTEST_ARGS)

# The contract suite with ten times the bodies per model (minutes, not part of `make test`).
contract-long: install
	EVOLINK_CONTRACT_EXAMPLES=50 $(BIN)/pytest tests/contract $(PYTEST_ARGS)

# The whole job on the built-in mock: no key, no network, a few seconds once installed.
demo: install
	$(PY) scripts/demo.py

# Not part of `make test`: timings never fail CI. openai is a bench-only reference.
bench: install
	$(PY) -m pip install --quiet "openai==3.54.0"
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
