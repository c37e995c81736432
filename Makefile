# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
# The PostgreSQL the second test run uses (trust authentication, no password).
TEST_POSTGRES_URL ?= postgresql://postgres@127.0.0.1:5432/test

.PHONY: run test test-sqlite test-postgres install install-dev clean

run: $(VENV)/.runtime
	$(BIN)/flask db create
	$(BIN)/flask db load-chinook --if-empty
	$(BIN)/flask run --host $(HOST) --port $(PORT)

test: test-sqlite test-postgres

test-sqlite: $(VENV)/.dev
	$(BIN)/python -m pytest

# Under CI (CI set) an unreachable PostgreSQL fails the run; elsewhere it is
# reported and skipped, so `make test` still works on a laptop without one.
test-postgres: $(VENV)/.dev
	@if $(BIN)/python scripts/postgres_ready.py "$(TEST_POSTGRES_URL)"; then \
		TEST_DATABASE_URL="$(TEST_POSTGRES_URL)" $(BIN)/python -m pytest; \
	elif [ -n "$$CI" ]; then \
		echo "PostgreSQL at $(TEST_POSTGRES_URL) is unreachable: failing under CI."; exit 1; \
	else \
		echo "PostgreSQL at $(TEST_POSTGRES_URL) is unreachable: its test run is skipped."; \
	fi

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

$(VENV)/.python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "t3a3 needs Python 3.11 or newer: set PYTHON=python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	touch $@

$(VENV)/.runtime: requirements.txt $(VENV)/.python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt requirements.txt $(VENV)/.runtime
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
