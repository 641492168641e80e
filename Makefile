# The two commands a new machine needs: `make serve` and `make test`.
# Everything else (uv, the locked environment, Chromium, WebKit) installs itself.

PY := .venv/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export UV_PYTHON := python3

.PHONY: setup build serve test lint unit e2e judges soak bench catalogs chromium emoji-font node webkit clean

setup: .venv/.synced

.venv/.synced: pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || python3 -m pip install --quiet uv
	uv sync --frozen
	@touch $@

# Node.js runs Pyodide at build time to compile the start's bytecode (tools/bytecode.py).
build: setup emoji-font node
	$(PY) tools/build.py

node:
	@command -v node >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs >/dev/null; }

serve: build
	$(PY) tools/serve.py

chromium:
	@test -x /usr/bin/chromium || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

# The source of the colour emoji subsets the build writes (tools/emoji.py).
EMOJI_FONT := /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf
emoji-font:
	@test -f $(EMOJI_FONT) || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq fonts-noto-color-emoji >/dev/null; }

# WebKit, the engine of every iPhone browser (tests/e2e/test_webkit.py):
# Debian's WebKitWebDriver drives WebKitGTK's MiniBrowser on a private Xvfb.
webkit:
	@test -x /usr/bin/WebKitWebDriver -a -x /usr/bin/Xvfb || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq webkit2gtk-driver xvfb >/dev/null; }

lint: setup
	.venv/bin/ruff check app tools tests
	.venv/bin/mypy
	PYTHONPATH=app .venv/bin/lint-imports --no-cache

unit: setup
	$(PY) -m pytest tests/unit

# The outside judges (tools/judges): axe-core for the e2e suite, Lighthouse
# for `make judges`. Exact versions from the lock; never a browser download.
JUDGES := tools/judges/node_modules/.package-lock.json
$(JUDGES): tools/judges/package.json tools/judges/package-lock.json
	cd tools/judges && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
	@touch $@

# The e2e suite on two workers, each with its own server and Chromium, a
# test module to each in turn (so a module's app and profiles stay on one
# worker): 859 s -> 596 s here. One Chromium left a core idle while it
# waited on Python, the disk or its own timers.
E2E := $(PY) -m pytest tests/e2e -n 2 --dist loadfile --durations=10

e2e: build chromium webkit $(JUDGES)
	$(E2E)

# Lighthouse, mobile preset, on the built site as `make serve` serves it.
judges: build chromium $(JUDGES)
	tools/judges/lighthouse.sh

# Two pytest runs: Playwright's sync API keeps an event loop running for the
# whole session, which breaks unit tests that call asyncio.run.
# Everything apt and npm install comes first, one at a time (apt takes a lock);
# then the build (mostly one core, brotli) and lint (mypy) side by side.
# BUILT_DIST: the unit tests check the site just built instead of building it again.
test: setup emoji-font node chromium webkit $(JUDGES)
	$(MAKE) --no-print-directory -j2 build lint
	BUILT_DIST=dist $(PY) -m pytest tests/unit -n 2
	$(E2E)

# The fault injection alone, 200 rounds (make test runs 10, a new seed each time).
soak: build chromium
	FAULT_ROUNDS=200 $(PY) -m pytest tests/e2e/test_fault_injection.py

bench: setup chromium emoji-font node
	@command -v openssl >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq openssl >/dev/null; }
	$(PY) tools/bench.py

catalogs: setup
	$(PY) tools/catalogs.py extract
	$(PY) tools/catalogs.py update
	$(PY) tools/catalogs.py compile

clean:
	rm -rf dist build .venv
