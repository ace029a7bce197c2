# Two commands set everything up on a fresh machine:
#   make run    creates ./.venv, installs kg and builds the graph of the shipped minutes into out/
#   make test   the same environment plus the test tools and chromium, then every check and test
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(DEVSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: $(STAMP)
	$(BIN)/kg build data/minutes --lexicon data/lexicons/bhyve.toml --out out

lint: $(DEVSTAMP)
	$(BIN)/ruff check kg tests $(wildcard benchmarks)
	$(BIN)/ruff format --check kg tests $(wildcard benchmarks)
	$(BIN)/mypy kg

test: $(DEVSTAMP)
	bash scripts/ensure-chromium.sh
	$(MAKE) lint
	$(BIN)/python -m pytest

bench: $(DEVSTAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf out
