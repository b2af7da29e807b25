# wgsessions: `make run` serves the site with the demo sessions; `make test` runs the suite;
# `make serve` runs it in production (gunicorn, DEBUG off: README, "Deploy").
SHELL := /bin/bash
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# Local runs keep the test database between runs (--reuse-db: PostgreSQL's; SQLite's is in memory
# anyway); CI (CI=true) makes a fresh one. After a change of models or migrations, run
# `make test PYTEST_ARGS=--create-db` once.
PYTEST_ARGS ?= $(if $(CI),,--reuse-db)

# Django 6.1 needs Python 3.12 or newer: take the first interpreter found that is recent enough.
PYTHON ?= $(shell for p in python3.13 python3.12 python3 /root/.pyenv/versions/3.13*/bin/python3 /root/.pyenv/versions/3.12*/bin/python3 /usr/local/bin/python3.1[2-9] /usr/bin/python3.1[2-9]; do \
	  if $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then echo $$p; break; fi; done)

.PHONY: install run serve migrate demo editor messages browser pgclient axe backup restore test test-browser lint format check clean bench bench-serve bench-render bench-scale

# The development targets run Django with DEBUG on unless told otherwise (with DEBUG off the
# settings refuse to start without SECRET_KEY); `make serve` always runs with DEBUG off.
messages migrate demo editor run check bench: export DEBUG ?= 1
serve: export DEBUG = 0

$(BIN)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (Django 6.1)."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

install: $(BIN)/.installed

# Production: the dependencies without the test and lint tools.
$(BIN)/.installed-production: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (Django 6.1)."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

messages: install
	@if compgen -G "locale/*/LC_MESSAGES/*.po" >/dev/null; then $(BIN)/python manage.py compilemessages --ignore=.venv -v 0; fi

migrate: install messages
	$(BIN)/python manage.py migrate --no-input -v 0

demo: migrate
	$(BIN)/python manage.py load_demo

editor: migrate
	$(BIN)/python manage.py create_editor --site http://$(HOST):$(PORT)

run: demo editor
	$(BIN)/python manage.py collectstatic --no-input -v 0
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Production (README, "Deploy"): SECRET_KEY and ALLOWED_HOSTS from the environment, DEBUG off;
# compiles the messages (gettext's msgfmt), migrates, collects the static files (served by
# whitenoise) and serves with gunicorn on HOST:PORT with WEB_CONCURRENCY workers (default 2).
# Access log on standard output; errors, with the traceback of every 500, on standard error.
serve: $(BIN)/.installed-production
	@command -v msgfmt >/dev/null || { echo "gettext's msgfmt is needed to compile the translations (apt-get install gettext)."; exit 1; }
	$(BIN)/python manage.py compilemessages --ignore=.venv -v 0
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py collectstatic --no-input -v 0
	exec $(BIN)/gunicorn config.wsgi --bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-2} \
	  --access-logfile - --error-logfile -

# The browser tests drive Debian's Chromium, and the message catalogues compile with gettext's
# msgfmt: both come from Debian's packages when missing (with the Noto CJK fonts, so that
# screenshots of Chinese pages show the text). The PDF files of the provisional agenda need
# WeasyPrint's Pango and the Noto fonts of every script (fonts-noto-core: Latin, Cyrillic and
# Naskh Arabic; fonts-noto-cjk), and their tests poppler-utils' pdftotext and pdffonts.
browser:
	@if command -v chromium >/dev/null && command -v msgfmt >/dev/null && command -v pdftotext >/dev/null \
	  && fc-list | grep -q "Noto Naskh Arabic" && fc-list | grep -q "Noto Serif CJK SC"; then exit 0; fi; \
	if ! command -v apt-get >/dev/null || [ "$$(id -u)" != 0 ]; then \
	  echo "Install Debian's chromium, fonts-noto-cjk, gettext and poppler-utils (apt-get, as root) for the tests."; exit 1; fi; \
	export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && \
	apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-core gettext poppler-utils \
	  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 >/dev/null

# pg_dump and pg_restore (`manage.py backup`/`restore` on PostgreSQL, and their tests) come
# from Debian's postgresql-client package: installed by apt-get when missing and DATABASE_URL
# names a PostgreSQL database. Their major version must be at least the server's.
pgclient:
	@case "$$DATABASE_URL" in postgres*) ;; *) exit 0;; esac; \
	if command -v pg_dump >/dev/null && command -v pg_restore >/dev/null; then exit 0; fi; \
	if ! command -v apt-get >/dev/null || [ "$$(id -u)" != 0 ]; then \
	  echo "Install Debian's postgresql-client (apt-get, as root) for pg_dump and pg_restore."; exit 1; fi; \
	export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null

# The whole database to a file and back (README, "Backup and restore"):
#   make backup FILE=/var/backups/wgsessions.backup
#   make restore FILE=/var/backups/wgsessions.backup   (into an empty database)
backup: install pgclient
	@test -n "$(FILE)" || { echo "Name the backup file: make backup FILE=path"; exit 1; }
	$(BIN)/python manage.py backup "$(FILE)"

restore: install pgclient
	@test -n "$(FILE)" || { echo "Name the backup file: make restore FILE=path"; exit 1; }
	$(BIN)/python manage.py restore "$(FILE)"

# axe-core (package.json, pinned in package-lock.json) for the browser tests' accessibility checks.
AXE := node_modules/axe-core/axe.min.js

$(AXE): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node.js) is needed for the browser tests' axe-core."; exit 1; }
	npm ci --no-audit --no-fund
	touch $@

axe: $(AXE)

test: install browser pgclient messages axe
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-browser: install browser messages axe
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

# Not a test: gunicorn (DEBUG off) on a PostgreSQL database of its own (wgs_bench_serve, dropped
# afterwards) with the demo; 2,000 requests at 20 at a time to three public pages and a bare
# one-query page; prints req/s and latencies of each, relative to the bare page.
bench-serve: install messages
	$(BIN)/python bench/serve.py

# Not a test: a PostgreSQL database of its own (wgs_bench_render, dropped afterwards) with the
# demo and a session of 100 agenda items; prints the time and peak memory of its DOCX and PDF
# beside its HTML page, in zh-hans and en.
bench-render: install messages browser
	$(BIN)/python bench/render.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache node_modules test-output

# Not a test: a PostgreSQL database of its own (wgs_bench_scale, dropped afterwards) with the
# demo, served by gunicorn and measured; then 2,000 sessions and 100,000 agenda items more
# (six languages), measured again; prints each page's req/s and p95 beside a bare one-query
# page, its time at scale over its time on the demo, the imports' rows/s of 10,000 rows of
# sessions, items and documents beside bulk_create and COPY, and export_all's rows/s beside
# COPY. A quicker run: BENCH_ARGS="--no-pages --scale 0.05 --import-rows 1000".
bench-scale: install messages
	$(BIN)/python bench/scale.py $(BENCH_ARGS)
