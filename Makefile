# The two commands a new machine needs: `make serve` and `make test`.
# Everything else (uv, the locked environment, Chromium) installs itself.

PY := .venv/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export UV_PYTHON := python3

.PHONY: setup build serve test lint unit e2e bench catalogs chromium clean

setup: .venv/.synced

.venv/.synced: pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || python3 -m pip install --quiet uv
	uv sync --frozen
	@touch $@

build: setup
	$(PY) tools/build.py

serve: build
	$(PY) tools/serve.py

chromium:
	@test -x /usr/bin/chromium || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

lint: setup
	.venv/bin/ruff check app tools tests
	.venv/bin/mypy
	PYTHONPATH=app .venv/bin/lint-imports --no-cache

unit: setup
	$(PY) -m pytest tests/unit

e2e: build chromium
	$(PY) -m pytest tests/e2e

# Two pytest runs: Playwright's sync API keeps an event loop running for the
# whole session, which breaks unit tests that call asyncio.run.
test: build chromium lint
	$(PY) -m pytest tests/unit
	$(PY) -m pytest tests/e2e

bench: setup chromium
	@command -v openssl >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq openssl >/dev/null; }
	$(PY) tools/bench.py

catalogs: setup
	$(PY) tools/catalogs.py extract
	$(PY) tools/catalogs.py update
	$(PY) tools/catalogs.py compile

clean:
	rm -rf dist build .venv
