# claimlog: `make run` streams the example reports through the pipeline on the
# embedded server and prints the picture; `make test` runs the test suite.
# Both create .venv and install claimlog into it on first use.

PYTHON ?= python3
VENV   ?= .venv
DATA   ?= .claimlog
BIN     = $(VENV)/bin

.PHONY: run test bench install clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

run: $(BIN)/.installed
	$(BIN)/claimlog run --data-dir $(DATA) examples/

test: $(BIN)/.installed
	bash ops/test-deps.sh
	$(BIN)/python -m pytest -q

bench: $(BIN)/.installed
	$(BIN)/claimlog bench

clean:
	rm -rf $(VENV) $(DATA) .pytest_cache
