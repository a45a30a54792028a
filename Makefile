# Quick start:   make graphs   (set up, then build graphs/ from corpus/)
#                make test     (set up with test extras and system packages, then run every test)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SOURCES := pyproject.toml $(shell find src ontology -type f -not -name '*.pyc' 2>/dev/null)

.PHONY: graphs test install install-test system-deps bench screenshot clean

graphs: $(VENV)/.installed
	$(BIN)/reformgraph build corpus --out graphs

test: $(VENV)/.installed-test system-deps
	$(BIN)/python -m pytest

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Non-editable installs: the tests run against the wheel as users get it.
$(VENV)/.installed: $(VENV)/bin/python $(SOURCES)
	$(BIN)/python -m pip install --quiet --force-reinstall --no-deps . && $(BIN)/python -m pip install --quiet .
	touch $@

$(VENV)/.installed-test: $(VENV)/bin/python $(SOURCES)
	$(BIN)/python -m pip install --quiet --force-reinstall --no-deps . && $(BIN)/python -m pip install --quiet ".[test]"
	touch $@ $(VENV)/.installed

system-deps:
	@bash scripts/install-system-deps.sh

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_extraction.py
	$(BIN)/python benchmarks/bench_pages.py

screenshot: $(VENV)/.installed-test system-deps
	$(BIN)/python scripts/screenshot.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
