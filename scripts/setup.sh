#!/usr/bin/env bash
# Makes this shell ready to run chc from a fresh clone; safe to repeat (each step is skipped when done).
#   . scripts/setup.sh        (source it: the shell keeps Node 24 on PATH)
# 1. Chromium and poppler-utils (PDFs and their tests), from Debian's packages, when missing and we can install.
# 2. Node >= 22.18 (scripts/ensure-node.sh brings Node 24 from the npm registry when the system's is older).
# 3. The npm dependencies (npm ci), when node_modules is missing or older than package-lock.json.
# 4. Under an old system Node: primes npx's cache so that `npx chc` in a plain shell runs quietly.
_setup_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_system_npx="$(command -v npx 2>/dev/null || true)"

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

# `npx chc` installs this project (a link) into npx's cache the first time it runs. Under a system Node older
# than package.json's engines, npm warns "EBADENGINE Unsupported engine" while doing so, though chc then runs
# on the Node 24 in .tools/ (bin/chc.js hands over). Doing that first run here, quietly, spares a complaints
# manager the alarming warning. npx keys its cache on the project's resolved path.
if [ -n "$_system_npx" ] && [ "$_system_npx" != "$_setup_root/.tools/node_modules/.bin/npx" ] &&
  ! PATH="$(dirname "$_system_npx"):$PATH" _ok; then
  _npx_key="$(printf '%s' "$(cd "$_setup_root" && pwd -P)" | sha512sum | cut -c1-16)"
  if [ ! -e "${npm_config_cache:-$HOME/.npm}/_npx/$_npx_key/node_modules/chc" ]; then
    (cd "$_setup_root" && PATH="$(dirname "$_system_npx"):$PATH" "$_system_npx" --yes --loglevel=error chc --version >/dev/null 2>&1) || true
  fi
fi
export ASTRO_TELEMETRY_DISABLED=1
