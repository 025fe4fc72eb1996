# Quartierstreff — developer tasks. `make help` lists them.
#
#   make run     start the program (creates .venv on first use)
#   make test    lint + the whole test suite on SQLite and a throwaway PostgreSQL
#
# Variables: ARGS (for run), PYTEST_ARGS (for test/bench), PYTHON (to build .venv),
# UPGRADE=1 (for lock: move every pin to the newest release).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARGS ?=
PYTEST_ARGS ?=
UPGRADE ?=

I18N_DIR := resources/i18n
TS_FILES := $(I18N_DIR)/quartierstreff_de.ts $(I18N_DIR)/quartierstreff_en.ts
FORMS_OUT := src/quartierstreff/ui/forms

.PHONY: help venv sysdeps sysdeps-test run test lint forms translations qm bench installer \
	lock clean

help:
	@echo "make run            start Quartierstreff (ARGS='--database URL ...' are passed on)"
	@echo "make test           lint, then all tests on SQLite and PostgreSQL (PYTEST_ARGS=...)"
	@echo "make lint           ruff check, ruff format --check, mypy"
	@echo "make forms          forms/*.ui -> $(FORMS_OUT)/ui_*.py (pyside6-uic)"
	@echo "make translations   update $(I18N_DIR)/*.ts (pyside6-lupdate) and build the .qm files"
	@echo "make bench          benchmarks in tests/benchmarks (report only, no timing asserts)"
	@echo "make installer      PyInstaller bundle in dist/quartierstreff/ + smoke test"
	@echo "make lock           regenerate requirements*.lock from pyproject.toml (UPGRADE=1)"
	@echo "make clean          remove .venv, build/, dist/ and caches"

# --- environment -------------------------------------------------------------

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstalled only when pyproject.toml or a lock file changes.
$(STAMP): pyproject.toml requirements.lock requirements-dev.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

venv: $(STAMP)

sysdeps:
	scripts/system-deps.sh gui

sysdeps-test:
	scripts/system-deps.sh test

# --- everyday ----------------------------------------------------------------

run: sysdeps venv
	$(BIN)/quartierstreff $(ARGS)

# Lint runs first and stops the run; pytest then prints its own summary line.
test: sysdeps-test venv lint
	QUARTIERSTREFF_REQUIRE_POSTGRESQL=1 QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest $(PYTEST_ARGS)

# All three run even when one fails, so one pass shows every problem.
lint: venv
	@status=0; \
	echo "+ ruff check"; $(BIN)/ruff check . || status=1; \
	echo "+ ruff format --check"; $(BIN)/ruff format --check . || status=1; \
	echo "+ mypy"; $(BIN)/mypy || status=1; \
	exit $$status

# --- generated files ---------------------------------------------------------

forms: venv
	@shopt -s nullglob; \
	for ui in forms/*.ui; do \
		out="$(FORMS_OUT)/ui_$$(basename "$$ui" .ui).py"; \
		echo "pyside6-uic $$ui -> $$out"; \
		$(BIN)/pyside6-uic "$$ui" -o "$$out"; \
	done

# Designer forms are read from forms/*.ui: lupdate misses the u"..." strings in uic's output.
I18N_SOURCES = $(sort $(filter-out $(FORMS_OUT)/ui_%.py,$(shell find src/quartierstreff/ui \
	-name '*.py' -not -path '*/__pycache__/*' 2>/dev/null))) \
	$(wildcard src/quartierstreff/app.py) $(wildcard forms/*.ui)

# New German texts: write "Context<TAB>English<TAB>Deutsch" lines to i18n-pending/*.tsv;
# this target merges them (English needs none: its translation is the source text).
translations: venv
	$(BIN)/pyside6-lupdate -no-obsolete $(I18N_SOURCES) -ts $(TS_FILES)
	$(BIN)/python scripts/fill_translations.py --source-is-translation $(I18N_DIR)/quartierstreff_en.ts
	$(BIN)/python scripts/fill_translations.py $(I18N_DIR)/quartierstreff_de.ts $(wildcard i18n-pending/*.tsv)
	$(MAKE) --no-print-directory qm

# .ts -> .qm only (also used by the installer).
qm: venv
	@shopt -s nullglob; \
	for ts in $(I18N_DIR)/*.ts; do \
		$(BIN)/pyside6-lrelease "$$ts" -qm "$${ts%.ts}.qm"; \
	done

# --- measurements and packaging ----------------------------------------------

# pytest's testpaths/norecursedirs leave tests/benchmarks out of `make test`.
bench: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -p no:cacheprovider tests/benchmarks \
		$(PYTEST_ARGS)

# sysdeps: the xcb libraries are bundled too, so they must be on the build machine.
installer: sysdeps venv qm
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller build_installer.spec
	QT_QPA_PLATFORM=offscreen dist/quartierstreff/quartierstreff --help

# Pins for Linux/CPython 3.11 (the CI machine); pip-tools comes into .venv if missing.
lock: | $(BIN)/python
	$(BIN)/python -m pip show --quiet pip-tools >/dev/null 2>&1 || \
		$(BIN)/python -m pip install --quiet --disable-pip-version-check 'pip-tools>=7.4'
	export CUSTOM_COMPILE_COMMAND="make lock"; \
	flags="--quiet --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links \
		--no-emit-trusted-host $(if $(UPGRADE),--upgrade)"; \
	$(BIN)/pip-compile $$flags --output-file requirements.lock pyproject.toml; \
	$(BIN)/pip-compile $$flags --extra dev --output-file requirements-dev.lock pyproject.toml

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
	find src tests scripts -name __pycache__ -type d -prune -exec rm -rf {} +
