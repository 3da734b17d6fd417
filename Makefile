# KPM Desktop: `make run` opens the app, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test test-sqlite test-postgres test-second-zone lint bench bundle bundle-test clean translations translations-update constraints

# constraints.txt holds the exact version of every package of the tested environment;
# every install here uses it, so a new machine gets what the tests passed on.
$(STAMP): pyproject.toml constraints.txt scripts/ensure-system-packages.sh
	scripts/ensure-system-packages.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# Moves to the newest versions pyproject.toml allows: upgrades .venv without the pins and
# writes them down again. Run `make test` before committing the new constraints.txt.
constraints: $(STAMP)
	$(BIN)/python -m pip install --quiet --upgrade --upgrade-strategy eager -e '.[dev,bundle]'
	{ echo "# The tested environment, exact (written by \`make constraints\`; every install uses it)."; \
	  $(BIN)/python -m pip freeze --exclude-editable; } > constraints.txt
	touch $(STAMP)

# The UI catalogues: .ts sources are committed, the .qm files the app loads are built here,
# only when their .ts changed.
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After UI strings changed: extract them into the .ts files, then translate what it lists.
translations-update: $(STAMP)
	$(BIN)/python scripts/update_translations.py

# KPM_DEMO=1: on a new local database the first start opens the demo company (the dialog
# starts on that choice); `KPM_DEMO=0 make run` starts on the empty company instead.
run: $(STAMP) translations
	KPM_DEMO=$${KPM_DEMO-1} $(BIN)/kpm-desktop

lint: $(STAMP)
	$(BIN)/ruff check kpm_desktop tests
	$(BIN)/ruff format --check kpm_desktop tests
	$(BIN)/mypy
	$(BIN)/lint-imports

# The database-touching tests run a second time against a throwaway PostgreSQL cluster.
# The PostgreSQL pass runs the migrations and every service test; the CLI stays on SQLite.
DB_TESTS := $(wildcard tests/storage tests/services)
# The tests run in two time zones (a test process's zone is fixed before Python starts):
# the SQLite pass in UTC, the PostgreSQL pass in the office zone of the app's users, and
# the tests the PostgreSQL pass leaves out (CLI, domain: KPI and import values, and the
# SQLite-only storage and service tests) a second time there too. Figures must not depend
# on the zone a process runs in, only on the office zone stored in the database.
TZ_FIRST ?= UTC
TZ_SECOND ?= Asia/Shanghai
SECOND_ZONE_TESTS := $(wildcard tests/cli tests/domain)

# The three passes run two at a time (--output-sync keeps each pass's report in one piece);
# each has its own temporary folder under build/pytest/.
TEST_TMP := build/pytest

test: lint translations
	@mkdir -p $(TEST_TMP)
	$(MAKE) --no-print-directory -j2 --output-sync=target test-sqlite test-postgres test-second-zone

test-sqlite: $(STAMP)
	@echo "== SQLite run, TZ=$(TZ_FIRST) =="
	@mkdir -p $(TEST_TMP)
	TZ=$(TZ_FIRST) $(BIN)/pytest -q --basetemp=$(TEST_TMP)/sqlite

test-postgres: $(STAMP)
	@echo "== PostgreSQL run, TZ=$(TZ_SECOND): $(DB_TESTS) =="
	@mkdir -p $(TEST_TMP)
	scripts/with-postgres.sh env TZ=$(TZ_SECOND) $(BIN)/pytest -q -p no:cacheprovider \
	  --basetemp=$(TEST_TMP)/postgres $(DB_TESTS)

test-second-zone: $(STAMP)
	@echo "== SQLite run, TZ=$(TZ_SECOND): $(SECOND_ZONE_TESTS), SQLite-only tests of $(DB_TESTS) =="
	@mkdir -p $(TEST_TMP)
	TZ=$(TZ_SECOND) $(BIN)/pytest -q -p no:cacheprovider --basetemp=$(TEST_TMP)/second-zone \
	  $(SECOND_ZONE_TESTS)
	TZ=$(TZ_SECOND) $(BIN)/pytest -q -p no:cacheprovider --basetemp=$(TEST_TMP)/second-zone \
	  -m sqlite_only $(DB_TESTS)

bench: $(STAMP) translations
	$(BIN)/pytest -q tests/benchmarks -o addopts="-p no:randomly" -s --benchmark-columns=min,median,max

$(BIN)/pyinstaller: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,bundle]'

# A one-folder bundle in dist/kpm-desktop/ (PyInstaller, packaging/kpm-desktop.spec).
bundle: $(BIN)/pyinstaller translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/kpm-desktop.spec
	@du -sh dist/kpm-desktop

# Builds the bundle in a temp dir and starts it offscreen with --smoke (about a minute).
bundle-test: $(BIN)/pyinstaller translations
	scripts/ensure-system-packages.sh desktop-file-utils
	$(BIN)/pytest -q -s tests/packaging -o addopts="-p no:randomly" -m bundle

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache $(QM_FILES)
