#!/usr/bin/env bash
# Installs what ActorGraph needs on a fresh Debian machine with the Swift toolchain:
# Graphviz's C library and headers (found through pkg-config), SQLite's headers (GRDB, under the
# store, links the system SQLite on Linux), Chromium and its driver for the
# browser test, and the pinned Python packages that the integration tests read our files with.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! pkg-config --exists libgvc 2>/dev/null; then
    echo "setup: installing libgraphviz-dev and pkgconf (Graphviz's C library, rendered in-process)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq libgraphviz-dev pkgconf >/dev/null
fi

# GRDB builds against the system SQLite on Linux: it needs sqlite3.h and libsqlite3.so.
if ! pkg-config --exists sqlite3 2>/dev/null; then
    echo "setup: installing libsqlite3-dev (SQLite's headers, for the store through GRDB)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq libsqlite3-dev pkgconf >/dev/null
fi

# The browser test of graph.html (Tests/integration/test_page.py) drives Debian's Chromium
# headless through its driver; both come from apt, never downloaded by Selenium.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    echo "setup: installing chromium and chromium-driver (the browser test of graph.html)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Graphviz loads its plugins from a config file that libgvc's post-install writes; without it
# every layout fails. `dot -c` rewrites it, but the `dot` program is optional, so only check.
config=$(ls /usr/lib/*/graphviz/config6* 2>/dev/null | head -n 1 || true)
if [ -z "$config" ]; then
    echo "setup: warning: Graphviz plugin config missing; ActorGraph falls back to loading the plugins itself" >&2
fi

if [ -f requirements-test.txt ]; then
    if ! python3 -c "import sys; sys.exit(0)" 2>/dev/null; then
        echo "setup: python3 is needed for the integration tests" >&2; exit 1
    fi
    python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore -r requirements-test.txt
fi
