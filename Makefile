# wgsessions: `make run` serves the site with the demo sessions; `make test` runs the suite.
SHELL := /bin/bash
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

# Django 6.1 needs Python 3.12 or newer: take the first interpreter found that is recent enough.
PYTHON ?= $(shell for p in python3.13 python3.12 python3 /root/.pyenv/versions/3.13*/bin/python3 /root/.pyenv/versions/3.12*/bin/python3 /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do \
	  if $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then echo $$p; break; fi; done)

.PHONY: install run serve migrate demo editor messages axe test test-browser lint format check clean bench

$(BIN)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (Django 6.1)."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(BIN)/.installed

messages: install
	@if compgen -G "locale/*/LC_MESSAGES/*.po" >/dev/null; then $(BIN)/python manage.py compilemessages --ignore=.venv -v 0; fi

migrate: install messages
	$(BIN)/python manage.py migrate --no-input -v 0

demo: migrate
	$(BIN)/python manage.py load_demo

editor: migrate
	$(BIN)/python manage.py create_editor

run: demo editor
	$(BIN)/python manage.py collectstatic --no-input -v 0
	DEBUG=$${DEBUG:-1} $(BIN)/python manage.py runserver $(HOST):$(PORT)

# axe-core (package.json, pinned in package-lock.json) for the browser tests' accessibility checks.
AXE := node_modules/axe-core/axe.min.js

$(AXE): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node.js) is needed for the browser tests' axe-core."; exit 1; }
	npm ci --no-audit --no-fund
	touch $@

axe: $(AXE)

test: install messages axe
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-browser: install messages axe
	$(BIN)/python -m pytest -m browser $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

# Not a test: fills a PostgreSQL database of its own (wgs_bench, dropped afterwards) with
# 100,000 agenda items and prints the agenda report's CSV export speed and memory beside COPY.
bench: install messages
	$(BIN)/python bench/export.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache node_modules test-output
