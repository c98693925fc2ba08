#!/usr/bin/env bash
# Makes this shell ready to run chc from a fresh clone; safe to repeat (each step is skipped when done).
#   . scripts/setup.sh        (source it: the shell keeps Node 24 on PATH)
# 1. Chromium and poppler-utils (PDFs and their tests), from Debian's packages, when missing and we can install.
# 2. Node >= 22.18 (scripts/ensure-node.sh brings Node 24 from the npm registry when the system's is older).
# 3. The npm dependencies (npm ci), when node_modules is missing or older than package-lock.json.
_setup_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

_have_browser() {
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 ||
    command -v google-chrome >/dev/null 2>&1 || [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] ||
    ls "${PUPPETEER_CACHE_DIR:-$HOME/.cache/puppeteer}"/chrome/*/chrome-*/chrome >/dev/null 2>&1
}
if ! _have_browser || ! command -v pdftotext >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "setup: installing chromium and poppler-utils (Debian packages)" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null; } >&2 ||
      echo "setup: could not install chromium; PDFs will need a Chrome (see docs/install.md)" >&2
  elif ! _have_browser; then
    echo "setup: no Chromium found; npm ci lets puppeteer download its own Chrome (see docs/install.md)" >&2
  fi
fi

. "$_setup_root/scripts/ensure-node.sh" || { return 1 2>/dev/null || exit 1; }

_stamp="$_setup_root/node_modules/.package-lock.json"
if [ ! -f "$_stamp" ] || [ "$_setup_root/package-lock.json" -nt "$_stamp" ]; then
  echo "setup: installing npm dependencies (npm ci)" >&2
  (cd "$_setup_root" && npm ci --no-audit --no-fund --loglevel=error >&2) || { return 1 2>/dev/null || exit 1; }
fi
export ASTRO_TELEMETRY_DISABLED=1
