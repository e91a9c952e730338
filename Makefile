# realpolitik: the two commands of the README, and what they build on.
#   make demo   set up, code the example articles into examples.db and show what was found
#   make test   set up, then lint, type-check and run the tests

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= examples.db

.PHONY: setup demo test lint gate bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[web,scale,dev]'
	touch $@

demo: setup
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/realpolitik ingest examples/ --db $(DB)
	$(BIN)/realpolitik events --db $(DB)
	$(BIN)/realpolitik quotes --db $(DB)
	$(BIN)/realpolitik network --db $(DB)
	@echo
	@echo "Open the dashboard on these articles:  $(BIN)/realpolitik serve --db $(DB)"
	@echo "then browse http://127.0.0.1:8000 (Ctrl-C to stop)."

lint: setup
	$(BIN)/ruff check src tests benchmarks quality
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q

gate: setup
	$(BIN)/python quality/gate.py ../shared/gold/plover-gsr-dev.jsonl

bench: setup
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_coders.py
	$(BIN)/python benchmarks/bench_dedup.py

clean:
	rm -rf $(VENV) *.egg-info src/*.egg-info .mypy_cache .ruff_cache .pytest_cache $(DB)
