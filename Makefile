# Newcomer commands (see README): `make serve` and `make test`. Both set up .venv themselves.
PYTHON_SYSTEM ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup browser-deps extract check-extract validate build serve test lint bench bench-extract eval-bot eval-extract bot release clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON_SYSTEM) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Debian's chromium and a CJK font for the browser tests (playwright cannot download browsers here).
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi 'wqy'; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei >/dev/null; \
	fi

extract: setup
	$(PY) -m scripts extract

# Fails when the committed CSVs differ from what extraction produces.
check-extract: extract
	@git diff --exit-code --stat -- datapackage || (echo "extraction differs from the committed CSVs (above)"; exit 1)
	@test -z "$$(git status --porcelain -- datapackage)" || (git status --short -- datapackage; echo "untracked or changed CSVs after extraction"; exit 1)

validate: setup
	$(PY) -m scripts validate

build: setup
	$(PY) -m scripts build

serve: setup
	$(PY) -m scripts serve

lint: setup
	$(PY) -m ruff check scripts bot tests benchmarks

test: setup browser-deps lint check-extract validate
	$(PY) -m pytest

bench: setup
	$(PY) -m benchmarks

bench-extract: setup
	$(PY) -m benchmarks extract

eval-bot: setup build
	$(PY) -m bot eval

# Facts of each synthetic issue (tests/fixtures/expected.json) that land structured.
eval-extract: setup
	$(PY) -m tests.facts_landed

bot: setup build
	$(PY) -m bot run

# The release gate: lint, extraction drift, validation and the whole test suite, then artifacts.
release: test
	$(PY) -m scripts release

clean:
	rm -rf build dist
