# The README's contract: `make run` sets up and runs the main job; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup run demo live test lint dev bench fuzz quality screenshot clean-data

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch first, pinned: the CPU build on this machine's disk, never the multi-GB CUDA default.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# The default runs offline: the whole daily pipeline on the recorded responses in demo/replay.
run: setup
	$(BIN)/byway demo

demo: run

# The same code against the live boards of config/sources.yaml.
live: setup
	$(BIN)/byway run

test: setup
	bash tests/setup_chromium.sh
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

# The README's screenshot of the HTML shortlist: the browser test, saving its picture into docs/.
screenshot: setup
	bash tests/setup_chromium.sh
	BYWAY_DOCS_SCREENSHOT=1 $(BIN)/python -m pytest -q tests/pipelines/test_html_browser.py

dev: setup
	$(BIN)/byway dev

# Every benchmark, then one table of figure, value, reference and ratio (docs/performance.md keeps it).
bench: setup
	$(BIN)/python -m bench.all

# The parser property tests at full size: 10,000 generated payloads per parser (make test runs 1,000).
fuzz: setup
	BYWAY_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -q -p no:cacheprovider tests/scrapers/test_fuzz_parsers.py

quality: setup
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/match_quality.py

clean-data:
	rm -rf data exports
