# Qorgau. `make` lists the targets; the first one run creates .venv and installs the pinned packages.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Marker file: the venv is (re)installed only when requirements.txt changes.
READY := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help serve build check format test test-fast bench bench-quick import clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(READY): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	# Lets hooks, tests and tools import the qorgau package from this checkout.
	echo "$(CURDIR)" > $$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/qorgau-checkout.pth
	touch $(READY)

serve: $(READY) ## Build every language and serve the site on http://127.0.0.1:8000 with live reload
	$(BIN)/python -m qorgau.serve --host $(HOST) --port $(PORT)

build: $(READY) ## Build the site of every language into site/ (strict)
	$(BIN)/python -m qorgau.build

check: $(READY) ## Validate the corpus and guides; print every problem with its file and line
	$(BIN)/python -m qorgau.check

format: $(READY) ## Rewrite corpus files into the canonical YAML form that check expects
	$(BIN)/python -m qorgau.format

test: $(READY) ## Run every test, browser tests included (needs /usr/bin/chromium)
	$(BIN)/python -m pytest

test-fast: $(READY) ## Run the tests that need no browser
	$(BIN)/python -m pytest -m "not browser"

bench: $(READY) ## Benchmark search and build at 2,000 and 10,000 articles against stock Material and Pagefind (~20 min)
	$(BIN)/python -m bench

bench-quick: $(READY) ## The benchmark at 2,000 articles only, fewer repetitions
	$(BIN)/python -m bench --quick

import: $(READY) ## Import the legal texts in ../shared/sources into corpus/
	$(BIN)/python -m qorgau.importer

clean: ## Remove the built site and caches (keeps .venv)
	rm -rf site .pytest_cache
