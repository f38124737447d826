# The archive's commands, in the spirit of pelican-quickstart's Makefile.
# Every target sets up what it needs on first use (.venv from pyproject.toml,
# node_modules from package-lock.json) and again when those files change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PELICAN := $(BIN)/pelican

SEEDS ?= seeds
NOTES ?= content/notes
OUTPUTDIR ?= output
# People `make people` found in SEEDS, which the build reads (empty: none, no check).
PEOPLE_DETECTED ?= content/people-detected.yml
# Cache of per-article analyses (content-hashed, safe to delete); empty: no cache.
CACHEDIR ?= .cache
CONFFILE := pelicanconf.py
PUBLISHCONF := publishconf.py
INPUTDIR := content
HOST ?= 127.0.0.1
PORT ?= 8000
# STRICT=1: any error (a bad seed, a dangling note) fails the build.
STRICT ?=
PELICANOPTS ?=
PYTESTOPTS ?=
# make bench: article counts of the synthetic archives (comma-separated) and rounds.
N ?= 1000
BENCH_RUNS ?= 3
# make bench-search: archive sizes of the search session measured in Chromium.
SEARCH_N ?= 1000,5000
# Plain Pelican, the benchmark's baseline, reads Markdown with Python-Markdown,
# which the project does not use: it is installed apart, for `make bench` only.
BENCH_MARKDOWN := markdown==3.10.2
BENCH_DEPS := $(VENV)/bench-deps
# make screenshots: where the pictures of every kind of page go (gitignored).
SCREENSHOTDIR ?= output-screenshots
# The sets `make eval` measures the cleaner on: labelled pages (seeds/ and gold/,
# the project's own and the shared development set) and real pages scored by
# fragments (with their score.py). A set that is absent is skipped, saying so.
EVALSETS ?= tests/fixtures/eval ../shared/cleaning-dev ../shared/realpages-dev

PY_READY := $(VENV)/.installed
JS_READY := node_modules/.installed
# What eslint checks (eslint.config.js): the browser's modules and the node tests.
JS_LINT_PATHS := theme/static/js tests/js eslint.config.js

# The public site's address (canonical links, feeds, sitemap): `make publish` needs it,
# and stops before doing anything without it.
SITEURL ?=
ifneq ($(filter publish,$(MAKECMDGOALS)),)
ifeq ($(strip $(SITEURL)),)
$(error make publish needs SITEURL, the public address: make publish SITEURL=https://example.org/archive)
endif
endif

.DEFAULT_GOAL := html
.PHONY: html publish serve devserver clean distclean test lint lock bench bench-search bench-build eval review explain people people-report names-report topics-report screenshots help setup

help:
	@echo 'Usage: make [target] [VARIABLE=value]'
	@echo
	@echo 'Targets:'
	@echo '  html        build the site into OUTPUTDIR (default target)'
	@echo '  publish     build the public site with publishconf.py (needs SITEURL=https://...)'
	@echo '  serve       serve OUTPUTDIR at http://$(HOST):$(PORT)/'
	@echo '  devserver   rebuild on change and serve at http://$(HOST):$(PORT)/'
	@echo '  test        run every test (unit, build, browser)'
	@echo '  lint        check the Python code with ruff'
	@echo '  lock        re-resolve pyproject.toml and pin every package in requirements.lock'
	@echo '  bench       time the cleaner, the search index and whole builds against plain Pelican'
	@echo '  bench-search a search session on SEARCH_N synthetic articles in Chromium (docs/search-bench.md)'
	@echo '  bench-build time whole builds of N synthetic articles against plain Pelican (docs/bench.md)'
	@echo '  eval        measure the cleaner on the labelled and real pages of EVALSETS'
	@echo '  review      list the cleaner'\''s least certain decisions in SEEDS, with their fixes'
	@echo '  explain     show how each line of SEED=seeds/X.txt is classified'
	@echo '  people      scan the SEEDS not yet scanned for people, update PEOPLE_DETECTED (docs/people.md)'
	@echo '  people-report  list people named in SEEDS that content/people.yml lacks'
	@echo '  names-report   list organisations and places named in SEEDS that content/names.yml lacks'
	@echo '  topics-report  list the articles of SEEDS no topic reaches, with their words and closest topics'
	@echo '  screenshots build, then capture every kind of page at 375 and 1280 px into SCREENSHOTDIR'
	@echo '  clean       remove built output'
	@echo '  distclean   also remove .venv and node_modules'
	@echo
	@echo 'Variables:'
	@echo '  SEEDS=$(SEEDS)  NOTES=$(NOTES)  PEOPLE_DETECTED=$(PEOPLE_DETECTED)  OUTPUTDIR=$(OUTPUTDIR)  CACHEDIR=$(CACHEDIR)  STRICT=$(STRICT)  HOST=$(HOST)  PORT=$(PORT)'

setup: $(PY_READY) $(JS_READY)

# requirements.lock pins every transitive dependency (make lock rewrites it).
$(PY_READY): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test]'
	touch $@

# Resolve pyproject.toml afresh in a scratch environment and pin what it installed.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	{ sed -n '/^#/p' requirements.lock; \
	  .lock-venv/bin/python -m pip freeze --exclude-editable --disable-pip-version-check \
	  | grep -v '^archive-otan'; } > requirements.lock.new
	mv requirements.lock.new requirements.lock
	rm -rf .lock-venv

$(JS_READY): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Build into OUTPUTDIR.partial, then swap it into place: a failed build
# leaves the previous OUTPUTDIR as it was.
define build_site
	rm -rf "$(OUTPUTDIR).partial"
	SEEDS="$(SEEDS)" NOTES="$(NOTES)" PEOPLE_DETECTED="$(if $(PEOPLE_DETECTED),$(abspath $(PEOPLE_DETECTED)))" CACHEDIR="$(abspath $(CACHEDIR))" $(PELICAN) "$(INPUTDIR)" -o "$(OUTPUTDIR).partial" -s "$(1)" \
		$(if $(filter 1 yes true,$(STRICT)),--fatal errors) $(PELICANOPTS)
	rm -rf "$(OUTPUTDIR).previous"
	if [ -e "$(OUTPUTDIR)" ]; then mv "$(OUTPUTDIR)" "$(OUTPUTDIR).previous"; fi
	mv "$(OUTPUTDIR).partial" "$(OUTPUTDIR)"
	rm -rf "$(OUTPUTDIR).previous"
endef

html: setup
	$(call build_site,$(CONFFILE))

publish: setup
	$(call build_site,$(PUBLISHCONF))

# tools/serve.py, not `pelican --listen`: a missing path gets 404.html with status 404,
# as on GitHub Pages.
serve: setup
	$(BIN)/python tools/serve.py "$(OUTPUTDIR)" --bind "$(HOST)" --port "$(PORT)"

devserver: setup
	SEEDS="$(SEEDS)" NOTES="$(NOTES)" PEOPLE_DETECTED="$(if $(PEOPLE_DETECTED),$(abspath $(PEOPLE_DETECTED)))" CACHEDIR="$(abspath $(CACHEDIR))" $(PELICAN) --autoreload --listen --bind "$(HOST)" --port "$(PORT)" \
		"$(INPUTDIR)" -o "$(OUTPUTDIR)" -s "$(CONFFILE)" $(PELICANOPTS)

# No test collected (pytest's exit 5) is a failure like any other: a run that
# tested nothing proves nothing.
test: setup
	$(BIN)/python -m pytest $(PYTESTOPTS)

lint: setup
	$(BIN)/ruff check plugins tests tools pelicanconf.py publishconf.py
	$(BIN)/ruff format --check plugins tests tools pelicanconf.py publishconf.py
	node_modules/.bin/eslint $(JS_LINT_PATHS)

$(BENCH_DEPS)/.installed: $(PY_READY)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --target "$(BENCH_DEPS)" '$(BENCH_MARKDOWN)'
	touch $@

bench: setup
	$(BIN)/python tests/bench/bench_cleaning.py
	$(MAKE) --no-print-directory bench-search
	$(MAKE) --no-print-directory bench-build

bench-search: setup
	$(BIN)/python tests/bench/bench_search.py --sizes "$(SEARCH_N)"

bench-build: setup $(BENCH_DEPS)/.installed
	$(BIN)/python tests/bench/bench_build.py --sizes "$(N)" --runs "$(BENCH_RUNS)" --markdown-path "$(BENCH_DEPS)"

eval: setup
	$(BIN)/python -m person_pages eval $(EVALSETS)

review: setup
	$(BIN)/python -m seed_reader review --seeds "$(SEEDS)" --notes-dir "$(NOTES)"

explain: setup
	@test -n "$(SEED)" || { echo 'usage: make explain SEED=seeds/X.txt' >&2; exit 2; }
	$(BIN)/python -m seed_reader explain "$(SEED)"

people: setup
	@test -n "$(PEOPLE_DETECTED)" || { echo 'usage: make people PEOPLE_DETECTED=path/people-detected.yml' >&2; exit 2; }
	$(BIN)/python -m person_pages detect --seeds "$(SEEDS)" --notes-dir "$(NOTES)" --out "$(PEOPLE_DETECTED)"

people-report: setup
	$(BIN)/python -m person_pages report --seeds "$(SEEDS)" --notes-dir "$(NOTES)"

names-report: setup
	$(BIN)/python -m name_aliases report --seeds "$(SEEDS)" --notes-dir "$(NOTES)"

topics-report: setup
	$(BIN)/python -m topic_tags report --seeds "$(SEEDS)" --notes-dir "$(NOTES)"

# Every kind of page at phone and desktop widths, light, dark and printed, to look at.
screenshots: html
	$(BIN)/python tests/screenshots.py "$(OUTPUTDIR)" "$(SCREENSHOTDIR)"

clean:
	rm -rf "$(OUTPUTDIR)" "$(OUTPUTDIR).partial" "$(OUTPUTDIR).previous"

distclean: clean
	rm -rf $(VENV) node_modules "$(CACHEDIR)"
