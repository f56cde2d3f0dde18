# Two commands set everything up: `make demo` and `make test` (see README).
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-slow lint bench fuzz clean

# Reinstall only when the dependency pins or the package metadata change.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24" 
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/socialscope demo

# Two workers (this machine has two cores), a test file at a time on a worker: the Spark parity
# suite (one file, one expensive session fixture) is built once.
# `make test` is the fast tier; the slow tier (exact references on large real graphs, Spark
# edge cases, whole-model sweeps) is `make test-slow`, and CI (.ci/run) runs both.
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile --durations=25 -m "not slow"

test-slow: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile --durations=25 -m slow

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# Nightly-size fuzzing: 10,000 damaged files per import format (hours, not part of `make test`).
fuzz: $(STAMP)
	SOCIALSCOPE_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -q tests/ingest/test_fuzz_formats.py

clean:
	rm -rf $(VENV) socialscope.duckdb socialscope.duckdb.wal
